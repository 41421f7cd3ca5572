import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { HEATMAP } from '../src/i18n/messages/heatmap';
import { SECTIONS, type SectionId } from '../src/ui/layout/sections';
import { pickSentence } from '../src/ui/stress/heatmapPick';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { HeatmapPanel } from './pages/HeatmapPanel';
import { expectNoAxeViolations } from './support/axe';
import { SHOTS } from './support/screenshots';
import { expectedMap } from './support/stress';
import type { Lang } from './support/strings';

// Every section in two languages at two sizes, with axe: a lot of page on a shared 2-core machine.
test.describe.configure({ timeout: 300_000 });
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

const SIZES = [
  { name: 'phone', viewport: { width: 375, height: 812 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
] as const;
const LANGS: readonly Lang[] = ['en', 'zh-CN'];
const LOCALE: Record<Lang, string> = { en: 'en-US', 'zh-CN': 'zh-CN' };

/**
 * A walk through the sections that takes every ordered pair (from → to) exactly once: an
 * Eulerian circuit of the complete directed graph on the sections (Hierholzer), starting and
 * ending at the answer. 6 sections: 30 taps.
 */
function everyPair(nodes: readonly SectionId[]): SectionId[] {
  const left = new Map(nodes.map((n) => [n, nodes.filter((m) => m !== n)]));
  const stack: SectionId[] = [nodes[0]!];
  const walk: SectionId[] = [];
  while (stack.length > 0) {
    const at = stack.at(-1)!;
    const next = left.get(at)!.shift();
    if (next) stack.push(next);
    else walk.push(stack.pop()!);
  }
  return walk.reverse();
}

/** A first visit in `lang` (the browser's language picks it, as for a real visitor). */
async function firstVisit(page: Page, lang: Lang): Promise<AppPage> {
  return new AppPage(page, lang).goto();
}

/** The page is no wider than the screen; else the elements that stick out, for the message. */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .filter((el) => !el.parentElement?.closest('.heatmap-scroll, .table-scroll'))
      .slice(0, 10)
      .map(
        (el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.getBoundingClientRect().right}`,
      );
  });
}

for (const size of SIZES) {
  for (const lang of LANGS) {
    test.describe(`${size.name}, ${lang}`, () => {
      test.use({ viewport: size.viewport, locale: LOCALE[lang] });

      test('every section is one tap from every other; Back, Forward and a reload keep the place', async ({
        page,
      }) => {
        const app = await firstVisit(page, lang);
        const walk = everyPair(SECTIONS);
        expect(walk).toHaveLength(SECTIONS.length * (SECTIONS.length - 1) + 1);
        for (const [i, to] of walk.slice(1).entries()) {
          const from = walk[i]!;
          // From the foot of the section, the tab is on screen: one tap, no scrolling back.
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          await expect(app.sectionLink(to), `${from} → ${to}`).toBeInViewport();
          await app.sectionLink(to).click();
          await expect(app.sectionLink(to)).toHaveAttribute('aria-current', 'page');
          await expect(app.section(to)).toBeVisible();
          expect(app.currentSection()).toBe(to);
          // The answer stays in view while working in any other section (on a phone the answer
          // section itself scrolls like a page).
          if (to !== 'answer' || size.name === 'desktop')
            await expect(app.factValue('survival')).toBeInViewport();
        }

        // Back and Forward move between the sections visited, as the browser's own history.
        for (const steps of [1, 2, 3]) {
          await page.goBack();
          const want = walk.at(-1 - steps)!;
          await expect(app.sectionLink(want)).toHaveAttribute('aria-current', 'page');
          await expect(app.section(want)).toBeVisible();
        }
        await page.goForward();
        const back = walk.at(-3)!;
        await expect(app.section(back)).toBeVisible();
        await app.reload();
        expect(app.currentSection()).toBe(back);
        await expect(app.section(back)).toBeVisible();

        // A section keeps the place the reader left it at.
        await app.showSection('advice');
        await app.settled();
        await page.evaluate(() => window.scrollTo(0, 600));
        await app.showSection('answer');
        await app.showSection('advice');
        await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(600);
      });

      test('axe finds nothing in any section; a screenshot of each', async ({ page }, testInfo) => {
        const app = await firstVisit(page, lang);
        for (const id of SECTIONS) {
          await app.showSection(id);
          await app.settled();
          await page.evaluate(() => window.scrollTo(0, 0));
          await expectNoAxeViolations(page, `${id}-${size.name}-${lang}`, testInfo, 'body');
          await page.screenshot({
            path: `${SHOTS}/section-${id}-${size.name}-${lang === 'en' ? 'en' : 'zh'}.png`,
          });
        }
      });
    });
  }
}

test.describe('a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the plan editor is one tap from the first screen', async ({ app }) => {
    await expect(app.editor.tablist).toHaveCount(0);
    await app.sectionLink('plan').click();
    await expect(app.editor.tablist).toBeInViewport();
    await expect(app.editor.businessName).toBeInViewport();
  });

  test('no section is the old 23-screen page: each is at most 13 screens, the advice 7', async ({
    app,
    page,
  }, testInfo) => {
    // The one long page was about 16,800 px at 375 px: 23 screens (issue 14). Each section alone,
    // with every panel in it rendered, is at most 13 screens. The advice, the longest, is at most
    // 7 in both languages with its disclosures as they open: measured about 6.2 screens in English
    // and 5.1 in Chinese since its trigger and signal tables became cards, the too-late measures
    // and all but the first two in time were folded under their counts and the method texts put
    // behind "Why" (it was 12.3 and 10.3). The plan is about 3.7.
    const screen = page.viewportSize()!.height;
    for (const lang of ['en', 'zh-CN'] as const) {
      if (app.lang !== lang) await app.switchLanguage(lang);
      const heights = new Map<SectionId, number>();
      for (const id of SECTIONS) {
        await app.showSection(id);
        await app.settled();
        heights.set(id, await page.evaluate(() => document.documentElement.scrollHeight));
      }
      const said = [...heights].map(
        ([id, h]) => `${id} ${h} px (${(h / screen).toFixed(1)} screens)`,
      );
      testInfo.annotations.push({
        type: `section heights at 375 px (${lang})`,
        description: said.join('; '),
      });
      for (const [id, height] of heights)
        expect(height, `${lang} ${id}: ${said.join('; ')}`).toBeLessThanOrEqual(
          (id === 'advice' ? 7 : 13) * screen,
        );
    }
  });

  test('the header is one row: the name, the client, a menu holding the other commands', async ({
    app,
  }) => {
    const rowHeight = (await app.header.boundingBox())!.height;
    expect(rowHeight).toBeLessThanOrEqual(64);
    await expect(app.clients.currentName).toBeInViewport();
    await expect(app.menuToggle).toBeVisible();
    await expect(app.languageSelect).toBeHidden();
    await app.openHeaderCommands();
    await expect(app.languageSelect).toBeVisible();
    for (const name of [app.t.common.undo, app.t.common.redo])
      await expect(app.header.getByRole('button', { name, exact: true })).toBeVisible();
    await app.page.keyboard.press('Escape');
    await expect(app.menuToggle).toHaveAttribute('aria-expanded', 'false');
    await expect(app.menuToggle).toBeFocused();
    await expect(app.languageSelect).toBeHidden();
  });

  test('the heatmap opens on your scenario beyond the screen’s edge, says a swipe reaches the rest, and a tap says what it did', async ({
    app,
  }) => {
    const heatmap = new HeatmapPanel(app);
    await heatmap.waitReady();
    const m = HEATMAP.en;
    const { marked, map } = expectedMap('risk_control_freeze_30d');
    const cell = heatmap.cell(marked.durationIndex, marked.cutIndex);
    // The 30-day column is past the screen's right edge at 375 px, yet on screen on arrival.
    await expect(cell).toHaveAccessibleName(/\(your scenario\)$/);
    await expect(cell).toBeInViewport();
    await expect(
      heatmap.region.getByText(/^← Swipe the map sideways: outages from 1 day to/),
    ).toBeVisible();
    // Columns on either side are a swipe away, and the hint follows the swipe.
    const scroller = heatmap.region.locator('.heatmap-scroll');
    await scroller.evaluate((el) => el.scrollTo({ left: 0 }));
    await expect(heatmap.region.getByText(/^Swipe the map sideways.* →$/)).toBeVisible();
    await expect(heatmap.cell(0, 0)).toBeInViewport();
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(heatmap.region.getByText(/^← Swipe the map sideways[^→]*$/)).toBeVisible();
    const last = map.grid.durations.length - 1;
    await expect(heatmap.cell(last, 0)).toBeInViewport();
    // A tap on the last column says what it means, in the live line under the map.
    await heatmap.pick(last, 5);
    const said = pickSentence(
      { durationDays: map.grid.durations[last]!, cutPercent: map.grid.cuts[5]! },
      map.grid.cells[last]![5]!,
      'en',
    );
    await expect(heatmap.status).toContainText(said);
    await expect(heatmap.status).toContainText(m.pick.keepsAs('C', 3, 4));
    await expect(heatmap.status).toBeInViewport();
    await app.page.screenshot({ path: `${SHOTS}/heatmap-pick-375.png` });
  });
});

test.describe('no horizontal overflow with a 40-character client name', () => {
  const LATIN = 'Qingshan-Apparel-Flagship-Store-Hangzhou';
  const CJK = '青山服饰杭州淘宝旗舰店华东区批发零售部第一分店青山服饰杭州淘宝旗舰店华东区批发零';
  test('the names are 40 characters', () => {
    expect([...LATIN]).toHaveLength(40);
    expect([...CJK]).toHaveLength(40);
  });

  for (const width of [320, 375, 414]) {
    test.describe(`${width} px`, () => {
      test.use({ viewport: { width, height: 800 } });
      test(`every section in both languages at ${width} px`, async ({ app, page }) => {
        for (const [lang, name] of [
          ['en', LATIN],
          ['zh-CN', CJK],
        ] as const) {
          if (app.lang !== lang) await app.switchLanguage(lang);
          await app.editor.setBusinessName(name);
          await expect(app.clients.currentName).toHaveText(name);
          for (const id of SECTIONS) {
            await app.showSection(id);
            await app.settled();
            expect(await horizontalOverflow(page), `${id}, ${lang}, ${width} px`).toEqual([]);
          }
        }
      });
    });
  }
});
