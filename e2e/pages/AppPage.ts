import { expect, type Locator, type Page } from '@playwright/test';
import { SETTLE_MS } from '../../src/state/useSettled';
import { LAYOUT } from '../../src/i18n/messages/layout';
import { sectionOfHash, type SectionId } from '../../src/ui/layout/sections';
import { savedActiveState } from '../support/clientDb';
import { strings, type Lang, type Strings } from '../support/strings';
import { EXPECT_TIMEOUT } from '../support/timeouts';
import { ClientFiles } from './ClientFiles';
import { Dashboard } from './Dashboard';
import { EditorPage } from './EditorPage';
import { ScenarioPanel } from './ScenarioPanel';

/**
 * How long a first load may take to show its panels: they render once the browser is idle
 * (src/ui/layout/Slot.tsx), which on a shared, loaded machine is later than an assertion's
 * default wait. A condition, not a sleep: a ready page passes at once.
 */
const FIRST_LOAD = { timeout: 60_000 };

/**
 * FundGap: a one-row header, a tab bar, and one section on screen at a time (answer, plan,
 * scenarios, advice, stress lab, clients) with the headline kept in view beside or above it.
 * Every test gets a new browser context, so `goto()` is a first visit (empty storage: the
 * online-shop sample, default scenario, the answer section). Page objects move to the section
 * they act in (`showSection`); what they only read (a metric card's value, a radio's state) they
 * find in any section. Names come from the app's message catalogues for the current language,
 * so the same page object works in zh-CN.
 */
export class AppPage {
  lang: Lang;
  readonly dashboard: Dashboard;
  readonly scenario: ScenarioPanel;
  readonly editor: EditorPage;
  readonly clients: ClientFiles;

  constructor(
    readonly page: Page,
    lang: Lang = 'en',
  ) {
    this.lang = lang;
    this.dashboard = new Dashboard(this);
    this.scenario = new ScenarioPanel(this);
    this.editor = new EditorPage(this);
    this.clients = new ClientFiles(this);
  }

  get t(): Strings {
    return strings(this.lang);
  }

  // ── Landmarks ────────────────────────────────────────────────────────────────────────────────
  get header(): Locator {
    return this.page.getByRole('banner');
  }
  get main(): Locator {
    return this.page.getByRole('main');
  }
  get languageSelect(): Locator {
    return this.header.getByRole('combobox', { name: this.t.common.language, exact: true });
  }
  /** The header's "Menu" button: shown on a phone, where the commands fold into it. */
  get menuToggle(): Locator {
    return this.header.getByRole('button', { name: LAYOUT[this.lang].menu, exact: true });
  }
  /** Unfold the header's commands when they are folded into the menu (a phone); else nothing. */
  async openHeaderCommands(): Promise<void> {
    if (!(await this.menuToggle.isVisible())) return;
    if ((await this.menuToggle.getAttribute('aria-expanded')) !== 'true')
      await this.menuToggle.click();
    await expect(this.menuToggle).toHaveAttribute('aria-expanded', 'true');
  }

  // ── Sections ─────────────────────────────────────────────────────────────────────────────────
  get sectionNav(): Locator {
    return this.page.getByRole('navigation', { name: LAYOUT[this.lang].navLabel, exact: true });
  }
  /** A section's link in the tab bar. */
  sectionLink(id: SectionId): Locator {
    return this.sectionNav.getByRole('link', { name: LAYOUT[this.lang].sections[id], exact: true });
  }
  /** A section on screen (a region named after its tab). */
  section(id: SectionId): Locator {
    return this.main.getByRole('region', { name: LAYOUT[this.lang].sections[id], exact: true });
  }
  /** The section the address names. */
  currentSection(): SectionId {
    return sectionOfHash(new URL(this.page.url()).hash);
  }
  /** Move to a section with one tap on its tab (nothing when it is on screen already). */
  async showSection(id: SectionId): Promise<Locator> {
    const link = this.sectionLink(id);
    if ((await link.getAttribute('aria-current')) !== 'page') await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(this.section(id)).toBeVisible();
    return this.section(id);
  }

  // ── Headline ─────────────────────────────────────────────────────────────────────────────────
  get headlineRegion(): Locator {
    return this.main.getByRole('region', { name: this.t.headline.regionLabel, exact: true });
  }
  get headline(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  async headlineText(): Promise<string> {
    return (await this.headline.innerText()).trim();
  }
  /** The status line above the sentence ("Liquidity gap", "Gets through"…). */
  get headlineStatus(): Locator {
    return this.headlineRegion.getByText(
      new RegExp(`^(${Object.values(this.t.headline.status).join('|')})$`),
    );
  }
  /** The scenario named in the headline's context line. */
  get headlineScenario(): Locator {
    return this.headlineRegion.getByRole('strong').first();
  }
  /** A key figure under the headline (a <dt>/<dd> pair), by its label. */
  fact(label: string): Locator {
    return this.headlineRegion
      .locator('div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) })
      .getByRole('definition')
      .first();
  }
  factValue(id: 'survival' | 'deepest' | 'daysShort' | 'breakEven'): Locator {
    return this.fact(this.t.headline.facts[id]);
  }

  // ── Navigation ───────────────────────────────────────────────────────────────────────────────
  /** First visit (clean context): load and wait for every lazy panel. */
  async goto(): Promise<this> {
    await this.page.goto('/');
    await this.waitReady();
    return this;
  }

  async reload(): Promise<this> {
    await this.page.reload();
    await this.waitReady();
    return this;
  }

  /**
   * The headline and chart ship in the first bundle; the other panels render once the reader
   * engages with the page (a key, a tap, a scroll: src/ui/layout/reveal.ts). Engage like a reader,
   * wait for the section the address names (after a reload, the one the reader was in) and, on
   * the answer, for each of its panels by role and name; then for nothing to be busy anywhere
   * (placeholders and stale reverse-stress cards carry aria-busy, in hidden sections too).
   */
  async waitReady(): Promise<void> {
    const t = this.t;
    await expect(this.page.locator('html')).toHaveAttribute('lang', this.lang);
    await expect(this.headline).toBeVisible(FIRST_LOAD);
    await this.engage();
    const section = this.currentSection();
    await expect(this.sectionLink(section)).toHaveAttribute('aria-current', 'page', FIRST_LOAD);
    await expect(this.section(section)).toBeVisible(FIRST_LOAD);
    if (section === 'answer') {
      await expect(this.dashboard.cashChartImage).toBeVisible(FIRST_LOAD);
      await expect(this.dashboard.metricsRegion).toBeVisible(FIRST_LOAD);
      await expect(
        this.main.getByRole('region', { name: t.dashboard.headroom.title, exact: true }),
      ).toBeVisible(FIRST_LOAD);
      await expect(
        this.main.getByRole('region', { name: t.dashboard.mix.title, exact: true }),
      ).toBeVisible(FIRST_LOAD);
    }
    await expect(this.clients.currentName).toBeVisible(FIRST_LOAD);
    await this.settled();
  }

  /** What a reader's first key press does: every deferred panel starts rendering. */
  async engage(): Promise<void> {
    await this.page.keyboard.press('Shift');
  }

  /**
   * Nothing on the page is loading or recomputing, and nothing is about to: no aria-busy, and
   * none for longer than the delay after which secondary panels follow an edit (SETTLE_MS).
   * Right after an edit nothing is busy yet — the panels start only once typing pauses — so
   * "no aria-busy" alone could be read before the work began (a real race on a busy machine,
   * where that timer fires late). Quiet is measured in the page's own time, in which that
   * timer runs too.
   */
  async settled(): Promise<void> {
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0);
    const token = Math.random();
    await this.page.waitForFunction(
      ({ quietMs, token }) => {
        const w = window as unknown as { __fgQuiet?: { token: number; since: number | null } };
        if (w.__fgQuiet?.token !== token) w.__fgQuiet = { token, since: null };
        const now = performance.now();
        if (document.querySelector('[aria-busy="true"]')) w.__fgQuiet.since = null;
        else w.__fgQuiet.since ??= now;
        return w.__fgQuiet.since !== null && now - w.__fgQuiet.since >= quietMs;
      },
      { quietMs: SETTLE_MS + 100, token },
      { polling: 50, timeout: EXPECT_TIMEOUT },
    );
  }

  async switchLanguage(lang: Lang): Promise<void> {
    await this.openHeaderCommands();
    await this.languageSelect.selectOption(lang);
    this.lang = lang;
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
    await expect(this.languageSelect).toHaveValue(lang);
  }

  /** The open client file's saved state (IndexedDB), as `{ state }`, or null before the first save. */
  async savedState(): Promise<{ state: Record<string, unknown> } | null> {
    const state = await savedActiveState(this.page);
    return state ? { state } : null;
  }
}
