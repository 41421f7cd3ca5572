import { expect, type Locator } from '@playwright/test';
import { COMPARE } from '../../src/i18n/messages/compare';
import type { AppPage } from './AppPage';

/** "Scenarios side by side" (section #compare): kept scenarios, one cash chart, one metrics table. */
export class ComparePanel {
  constructor(private readonly app: AppPage) {}

  get m() {
    return COMPARE[this.app.lang];
  }
  get region(): Locator {
    return this.app.main.getByRole('region', { name: this.m.title, exact: true });
  }
  /** The kept scenarios, one list item each, in column order (A, B, C, D). */
  get kept(): Locator {
    return this.region.locator('.compare-kept-list > li');
  }
  get presetSelect(): Locator {
    return this.region.getByRole('combobox', { name: this.m.addPreset, exact: true });
  }
  get keepCopyButton(): Locator {
    return this.region.getByRole('button', { name: this.m.addPresetButton, exact: true });
  }
  get limitMessage(): Locator {
    return this.region.getByText(this.m.limitReached(4), { exact: true });
  }
  get status(): Locator {
    return this.region.getByRole('status');
  }
  get metricsTable(): Locator {
    return this.region.getByRole('table', { name: this.m.metricsCaption, exact: true });
  }
  get chartLegend(): Locator {
    return this.region.locator('.chart-legend li');
  }
  get chartSummary(): Locator {
    return this.region.locator('.chart-summary');
  }
  button(label: string): Locator {
    return this.region.getByRole('button', { name: label, exact: true });
  }

  async keepPresetCopy(presetId: string): Promise<void> {
    await this.presetSelect.selectOption(presetId);
    await this.keepCopyButton.click();
  }

  async waitReady(): Promise<void> {
    await this.app.showSection('scenarios');
    await this.region.scrollIntoViewIfNeeded();
    await expect(this.region).toBeVisible();
  }
}
