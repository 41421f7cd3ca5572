import { expect, type Locator } from '@playwright/test';
import type { PercentileKey } from '../../src/engine/monteCarloSummary';
import { MONTE_CARLO } from '../../src/i18n/messages/monteCarlo';
import { cap } from '../support/timeouts';
import type { AppPage } from './AppPage';

/**
 * The uncertainty-bands panel (section #monte-carlo): assumption form, paths and seed, Run /
 * Cancel with a progress bar, and the results. The raw percentiles (fen) are read from the
 * results' data attribute, so a test compares them with Node to the fen.
 */
export class MonteCarloPanel {
  constructor(private readonly app: AppPage) {}

  get m() {
    return MONTE_CARLO[this.app.lang];
  }
  get region(): Locator {
    return this.app.main.getByRole('region', { name: this.m.title, exact: true });
  }
  field(label: string): Locator {
    return this.region.getByLabel(label, { exact: true });
  }
  get paths(): Locator {
    return this.field(this.m.paths);
  }
  get seed(): Locator {
    return this.field(this.m.seed);
  }
  get runButton(): Locator {
    return this.region.getByRole('button', { name: this.m.run, exact: true });
  }
  get cancelButton(): Locator {
    return this.region.getByRole('button', { name: this.m.cancel, exact: true });
  }
  get progress(): Locator {
    return this.region.getByRole('progressbar', { name: this.m.progress });
  }
  get status(): Locator {
    return this.region.getByRole('status');
  }
  get results(): Locator {
    return this.region.getByTestId('mc-results');
  }
  /** The note beside the progress bar while provisional bands (merged from partial summaries) show. */
  get provisionalNote(): Locator {
    const [before] = this.m.provisional({ done: '\u0000' }).split('\u0000');
    return this.region.getByText(new RegExp(`^${before!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  }

  async waitReady(): Promise<void> {
    await this.app.showSection('stress');
    await this.region.scrollIntoViewIfNeeded();
    await expect(this.runButton).toBeEnabled();
  }

  async setRun(paths: number, seed: number): Promise<void> {
    await this.paths.fill(String(paths));
    await this.seed.fill(String(seed));
  }

  /**
   * Start a run and wait until its results show (the paths and seed in the fields, not marked
   * stale) and the Run button is enabled again. It waits on the results, never on the progress
   * bar: a 500-path run can end before a check for the bar runs (it did, twice in a row, on a
   * machine busy with two spinning loops). Results matching the fields before the click are
   * this run's too: the same inputs and seed give the same figures.
   */
  async runToEnd(timeout = cap(60_000)): Promise<void> {
    const paths = await this.paths.inputValue();
    const seed = await this.seed.inputValue();
    await this.runButton.click();
    await expect(
      this.region.locator(
        `[data-testid="mc-results"][data-paths="${paths}"][data-seed="${seed}"]:not(.is-stale)`,
      ),
    ).toBeVisible({ timeout });
    await expect(this.runButton).toBeEnabled({ timeout });
  }

  /** Progress bar value (paths done) while a run is going. */
  async progressValue(): Promise<number> {
    return Number(await this.progress.getAttribute('value'));
  }

  async percentiles(): Promise<Record<PercentileKey, number[]>> {
    return JSON.parse((await this.results.getAttribute('data-cash-percentiles')) ?? 'null');
  }
  async shortfallShare(): Promise<number> {
    return Number(await this.results.getAttribute('data-shortfall-share'));
  }
}
