import { expect, type Locator } from '@playwright/test';
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
  /** "In time for this outage": the suggestions that can be arranged before the gap. */
  get timelySection(): Locator {
    return this.region.getByRole('region', { name: this.m.timelyTitle, exact: true });
  }
  /** The too-late list, named by its folded heading with its count (open `lateFold` first). */
  lateSection(count: number): Locator {
    return this.region.getByRole('region', {
      name: this.m.tooLateCount({ count: String(count) }),
      exact: true,
    });
  }
  /**
   * Every suggestion card, in rank order, whether shown or folded (a phone folds all but the first
   * measures in time, and every width folds the too-late ones): reveal() one before using it.
   */
  get cards(): Locator {
    return this.region.locator('li.advice-card');
  }
  /** The fold holding the measures too late for this outage; its summary says how many. */
  get lateFold(): Locator {
    return this.region.locator('details.advice-late');
  }
  /** A phone's fold under the first measures in time; its summary says how many more. */
  get moreTimelyFold(): Locator {
    return this.region.locator('details.advice-more-timely');
  }
  /** The "Why" / "依据" disclosures of the panel. */
  get whys(): Locator {
    return this.region.locator('details.advice-why');
  }
  card(index: number): SuggestionCard {
    return new SuggestionCard(this, this.cards.nth(index));
  }
  /** The card of one action (`data-action` on the card). */
  cardFor(action: string): SuggestionCard {
    return new SuggestionCard(this, this.region.locator(`li.advice-card[data-action="${action}"]`));
  }
  /** The recommendation: the cheapest combination that closes the gap. */
  get combination(): Locator {
    return this.region.getByRole('region', { name: this.m.combination.title, exact: true });
  }
  /** The confirmation that takes a kept card's place, with its before and after. */
  get keptNote(): Locator {
    // Fixed at the bottom of the view, outside the panel (AdvicePanel.tsx).
    return this.app.page.locator('.advice-kept');
  }
  /** The greyed list of what this business cannot use, and why. */
  get unavailable(): Locator {
    return this.region.locator('details.advice-unavailable');
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
  get signalTable(): Locator {
    return this.contingency.getByRole('table', {
      name: this.m.contingency.signalsCaption,
      exact: true,
    });
  }
  /** A phone's trigger cards (the table's rows as cards). */
  get triggerCards(): Locator {
    return this.contingency.getByRole('list', { name: this.m.contingency.caption, exact: true });
  }
  /** A phone's signal cards: each a disclosure whose summary is the signal and its status. */
  get signalCards(): Locator {
    return this.contingency.getByRole('list', {
      name: this.m.contingency.signalsCaption,
      exact: true,
    });
  }
  get stepsList(): Locator {
    return this.contingency.locator('ol.outage-steps');
  }
  async waitContingencyReady(): Promise<void> {
    await this.app.showSection('advice');
    await expect(this.contingency).toBeVisible();
    // A table on a desktop, cards on a phone.
    const triggers = this.triggerTable.or(this.triggerCards);
    await expect(triggers).toBeVisible();
    // "Working out…" is shown until the advice for this plan is ready.
    await expect(this.contingency.getByText(this.m.working, { exact: true })).toHaveCount(0);
    await expect(triggers.locator('tr, li')).not.toHaveCount(0);
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
  /** Opens every fold the card sits in (a phone's "N more", the too-late list). */
  async reveal(): Promise<void> {
    await this.root.evaluate((el) => {
      for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null)
        d.open = true;
    });
    await expect(this.root).toBeVisible();
  }
  /** The value of a fact by its id (the card model's `FactId`); the funding mix is folded. */
  fact(id: 'amount' | 'timing' | 'cost' | 'source' | 'effect' | 'mix' | 'proviso'): Locator {
    return this.root.locator(`.fact-${id} dd, details.fact-${id} > p`);
  }
  /** "Try it": the before/after table on the card. */
  get compare(): Locator {
    return this.root.getByRole('table', { name: this.panel.m.compare.title, exact: true });
  }
  get badges(): Locator {
    return this.root.getByRole('list').getByRole('listitem');
  }
  get tooLateBadge(): Locator {
    return this.badges.filter({ hasText: this.panel.m.badge.tooLate });
  }
  /** "Try it", which reads "Stop trying" while pressed. */
  get tryButton(): Locator {
    return this.root.getByRole('button', {
      name: new RegExp(`^(${this.panel.m.tryIt}|${this.panel.m.stopTrying})$`),
    });
  }
  get keepButton(): Locator {
    return this.root.getByRole('button', { name: this.panel.m.keep, exact: true });
  }
}
