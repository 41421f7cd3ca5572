import { expect, type Locator } from '@playwright/test';
import type { AppPage } from './AppPage';

type CardId = keyof AppPage['t']['dashboard']['metrics']['card'];

/**
 * The cash chart and the risk-metric cards, in the answer section. The cards are found from any
 * section (`includeHidden`), so a test can read what an edit elsewhere did to them; the chart is
 * looked at on screen only.
 */
export class Dashboard {
  constructor(private readonly app: AppPage) {}

  get cashChart(): Locator {
    return this.app.main.getByRole('region', { name: this.app.t.cash.title, exact: true });
  }
  /** The chart itself: a role="img" frame named for screen readers, holding the hand-drawn SVG. */
  get cashChartImage(): Locator {
    return this.cashChart.getByRole('img', { name: this.app.t.cash.chartLabel, exact: true });
  }
  /** The sentence above the chart: what it shows, and why when the outage line runs higher. */
  get cashSummary(): Locator {
    return this.cashChart.locator('.chart-summary');
  }
  /** The legend's entries (what each line and band is), in order. */
  get cashLegend(): Locator {
    return this.cashChart.locator('.chart-legend > li');
  }
  /** The two series of the cash chart (with and without the outage). */
  get cashChartLines(): Locator {
    return this.cashChartImage.locator('svg path.cash-line');
  }
  get cashTableToggle(): Locator {
    return this.cashChart.getByRole('button', { name: this.app.t.common.showTable, exact: true });
  }
  /** The day-by-day table shown instead of the chart (a focusable scrolling region). */
  get cashTable(): Locator {
    return this.cashChart
      .getByRole('region', { name: this.app.t.cash.title, exact: true })
      .getByRole('table');
  }
  async showCashTable(): Promise<void> {
    await this.app.showSection('answer');
    await this.cashTableToggle.click();
    await expect(
      this.cashChart.getByRole('button', { name: this.app.t.common.showChart }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(this.cashTable).toBeVisible();
  }

  get metricsRegion(): Locator {
    return this.app.main.getByRole('region', {
      name: this.app.t.dashboard.metrics.title,
      exact: true,
      includeHidden: true,
    });
  }
  /** A metric card by its visible title. */
  card(title: string): Locator {
    return this.metricsRegion.getByRole('listitem', { includeHidden: true }).filter({
      has: this.app.page.getByRole('heading', { name: title, exact: true, includeHidden: true }),
    });
  }
  /**
   * A metric card's value: the first paragraph of the card (the value has no accessible hook of
   * its own — reported in the suite's notes).
   */
  metricValue(title: string): Locator {
    return this.card(title).getByRole('paragraph', { includeHidden: true }).first();
  }
  metric(id: CardId): Locator {
    return this.metricValue(this.app.t.dashboard.metrics.card[id].title);
  }
}
