import { expect, type Locator, type Page } from '@playwright/test';
import { ADVICE } from '../../src/i18n/messages/advice';
import { WHAT_IF } from '../../src/i18n/messages/adviceWhatIf';
import type { AppPage } from './AppPage';

/**
 * The advisor's two panels, in the advice section: "What would close the gap" (#advice: ranked suggestion cards
 * with Try it / Keep) and the contingency plan (section #contingency: triggers table and the
 * order of actions during an outage). Both load lazily and compute after paint, so every
 * accessor here waits by role (the panels carry aria-busy while working).
 */
export class AdvicePanel {
  constructor(private readonly app: AppPage) {}

  private get page(): Page {
    return this.app.page;
  }
  get m() {
    return ADVICE[this.app.lang];
  }
  get whatIf() {
    return WHAT_IF[this.app.lang];
  }

  // ── Advice panel ─────────────────────────────────────────────────────────────────────────────
  get region(): Locator {
    return this.app.main.getByRole('region', { name: this.m.title, exact: true });
  }
  /** "In time for this scenario": the suggestions that can be arranged before the gap. */
  get timelySection(): Locator {
    return this.region.getByRole('region', { name: this.m.timelyTitle, exact: true });
  }
  get lateSection(): Locator {
    return this.region.getByRole('region', { name: this.m.tooLateTitle, exact: true });
  }
  /** Every suggestion card, in rank order (a list item headed by the action; badges have no heading). */
  get cards(): Locator {
    return this.region
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 4 }) });
  }
  card(index: number): SuggestionCard {
    return new SuggestionCard(this, this.cards.nth(index));
  }
  get first(): SuggestionCard {
    return this.card(0);
  }

  /** The panel is loaded, not busy, and shows at least one suggestion. */
  async waitReady(): Promise<void> {
    await this.app.showSection('advice');
    await expect(this.region).toBeVisible();
    await expect(this.region).toHaveAttribute('aria-busy', 'false');
    await expect(this.cards.first()).toBeVisible();
  }

  /** The polite status line under the title ("The cash chart now shows …", "Added to your plan …"). */
  get status(): Locator {
    return this.region.getByRole('status').first();
  }

  // ── Contingency plan ─────────────────────────────────────────────────────────────────────────
  get contingency(): Locator {
    return this.app.main.getByRole('region', { name: this.m.contingency.title, exact: true });
  }
  get triggerTable(): Locator {
    return this.contingency.getByRole('table', { name: this.m.contingency.caption, exact: true });
  }
  get stepsList(): Locator {
    return this.contingency.getByRole('list').first();
  }
  async waitContingencyReady(): Promise<void> {
    await this.app.showSection('advice');
    await expect(this.contingency).toBeVisible();
    await expect(this.triggerTable).toBeVisible();
    // "Working out…" is shown until the advice for this plan is ready.
    await expect(this.contingency.getByText(this.m.working, { exact: true })).toHaveCount(0);
    await expect(this.triggerTable.getByRole('row')).not.toHaveCount(0);
  }

  // ── Cash chart overlay (the chart belongs to Dashboard; these are the what-if bits) ─────────
  /** The legend entry of the dotted "With this change" line. */
  get whatIfLegend(): Locator {
    return this.app.dashboard.cashChart
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`^${this.whatIf.line}$`) });
  }
  /** The sentence above the chart (the chart's text alternative). */
  get chartSummary(): Locator {
    return this.app.dashboard.cashChart.getByRole('paragraph').first();
  }

  // ── Header ───────────────────────────────────────────────────────────────────────────────────
  /** Undo in the header (unfold the header's menu first on a phone: app.openHeaderCommands). */
  get undoButton(): Locator {
    return this.app.header.getByRole('button', { name: this.app.t.common.undo, exact: true });
  }
}

/** One ranked suggestion card. */
export class SuggestionCard {
  constructor(
    private readonly panel: AdvicePanel,
    readonly root: Locator,
  ) {}

  get title(): Locator {
    return this.root.getByRole('heading', { level: 4 });
  }
  /** The value (<dd>) of a fact by its label (<dt>, which may also hold an info button). */
  fact(
    id: 'amount' | 'leadTime' | 'rate' | 'cost' | 'survival' | 'gapClosed' | 'antShare' | 'hhi',
  ): Locator {
    const label = this.panel.m.fact[id];
    return this.root
      .locator('div')
      .filter({
        has: this.root
          .page()
          .getByRole('term')
          .filter({ hasText: new RegExp(`^${label}`) }),
      })
      .getByRole('definition')
      .first();
  }
  get badges(): Locator {
    return this.root.getByRole('list').getByRole('listitem');
  }
  get tooLateBadge(): Locator {
    return this.badges.filter({ hasText: this.panel.m.badge.tooLate });
  }
  get tryButton(): Locator {
    return this.root.getByRole('button', { name: this.panel.m.tryIt, exact: true });
  }
  get keepButton(): Locator {
    return this.root.getByRole('button', { name: this.panel.m.keep, exact: true });
  }
}
