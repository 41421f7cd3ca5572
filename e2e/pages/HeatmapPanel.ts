import { expect, type Locator, type Page } from '@playwright/test';
import { HEATMAP } from '../../src/i18n/messages/heatmap';
import { cap } from '../support/timeouts';
import type { AppPage } from './AppPage';

/**
 * "Where your business breaks" (#heatmap, in the stress lab): the reverse-stress map of outage
 * length × limit cut, computed in a Web Worker after the page loads. Cells are buttons addressed
 * by their grid indices (`data-cell="<duration index>-<cut index>"`), one of them in the tab
 * order. A click picks a cell (it says what the cell means and where loading it would go); the
 * "Load" button under the map then makes it the scenario.
 */
export class HeatmapPanel {
  constructor(private readonly app: AppPage) {}

  private get page(): Page {
    return this.app.page;
  }
  get m() {
    return HEATMAP[this.app.lang];
  }
  get region(): Locator {
    return this.app.main.getByRole('region', { name: this.m.title, exact: true });
  }
  /** The map with its summary and "show as table" toggle (a region named after the map). */
  get map(): Locator {
    return this.region.getByRole('region', { name: this.m.mapTitle, exact: true }).first();
  }
  get summary(): Locator {
    return this.region.locator('.chart-summary');
  }
  get cells(): Locator {
    return this.region.locator('button[data-cell]');
  }
  cell(durationIndex: number, cutIndex: number): Locator {
    return this.region.locator(`button[data-cell="${durationIndex}-${cutIndex}"]`);
  }
  /**
   * The map as the page shows it, row by row: each row's limit cut (its header, "−20%") and, per
   * outage-length column, whether the cell says the plan survives (its accessible name).
   */
  async rows(): Promise<{ cut: number; survives: boolean[] }[]> {
    const survives = this.m.outcome.survives;
    return this.region.locator('tbody tr').evaluateAll(
      (trs, word) =>
        trs.map((tr) => ({
          // "−20%" / "20%": the number, whatever the minus sign or the locale's percent.
          cut: Number(/\d+(\.\d+)?/.exec(tr.querySelector('th')?.textContent ?? '')?.[0] ?? NaN),
          survives: [...tr.querySelectorAll('button[data-cell]')].map((b) =>
            (b.getAttribute('aria-label') ?? '').includes(word),
          ),
        })),
      survives,
    );
  }
  /** The one cell in the tab order (roving focus). */
  get tabStop(): Locator {
    return this.region.locator('button[data-cell][tabindex="0"]');
  }
  get focusedCell(): Locator {
    return this.region.locator('button[data-cell]:focus');
  }
  /** The live line under the map: what a pick means and where it would go, or what was loaded. */
  get status(): Locator {
    return this.region.getByRole('status');
  }
  get loadButton(): Locator {
    return this.region.getByRole('button', { name: this.m.pick.load, exact: true });
  }
  /** Pick a cell: nothing changes yet. */
  async pick(durationIndex: number, cutIndex: number): Promise<void> {
    await this.cell(durationIndex, cutIndex).click();
    await expect(this.cell(durationIndex, cutIndex)).toHaveAttribute('aria-pressed', 'true');
    await expect(this.loadButton).toBeVisible();
  }
  /** Pick a cell and load it as the scenario. */
  async load(durationIndex: number, cutIndex: number): Promise<void> {
    await this.pick(durationIndex, cutIndex);
    await this.loadButton.click();
  }
  get tableToggle(): Locator {
    return this.region.getByRole('button', { name: this.app.t.common.showTable, exact: true });
  }
  select(label: string): Locator {
    return this.region.getByRole('combobox', { name: label, exact: true });
  }

  async waitReady(): Promise<void> {
    await this.app.showSection('stress');
    await this.region.scrollIntoViewIfNeeded();
    await expect(this.region).toBeVisible();
    await expect(this.region).toHaveAttribute('aria-busy', 'false', { timeout: cap(20_000) });
    await expect(this.cells.first()).toBeVisible();
    await expect(this.page.locator('#heatmap .is-stale')).toHaveCount(0);
  }
}
