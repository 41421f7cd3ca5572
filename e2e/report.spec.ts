import { mkdirSync, writeFileSync } from 'node:fs';
import { ADVICE } from '../src/i18n/messages/advice';
import { expect, test } from './fixtures';
import { ReportPage } from './pages/ReportPage';
import { expectNoAxeViolations } from './support/axe';

// The report runs the full analysis, a 48-run stress grid and the advisor: room on 2 cores.
test.describe.configure({ timeout: 90_000 });

const SHOTS = 'test-output/screenshots';
/** A4 less the report's 10 mm margins, in CSS px (96 per inch): 190 × 277 mm. */
const PAGE = { width: Math.floor((190 / 25.4) * 96), height: Math.floor((277 / 25.4) * 96) };

test.describe('printed report', () => {
  test('opens from the header in place of the app, with the answer, chart, metrics and suggestions first', async ({
    app,
  }) => {
    const sentence = await app.headlineText();
    const report = await new ReportPage(app).open();
    await expect(app.page.locator('#root')).toBeHidden();
    await expect(report.title).toBeFocused();

    const first = report.pages.first();
    await expect(first.getByText(sentence, { exact: true })).toBeVisible();
    await expect(first.getByRole('img', { name: app.t.cash.chartLabel })).toBeVisible();
    await expect(first.getByRole('heading', { name: report.r.metricsTitle })).toBeVisible();
    expect(
      await first.getByRole('table').first().getByRole('row').count(),
      'a header and a row per metric',
    ).toBeGreaterThan(8);
    const suggestions = first
      .getByRole('region', { name: report.r.suggestionsTitle })
      .getByRole('listitem');
    await expect(suggestions).toHaveCount(3);

    // Following pages: assumptions with sources, the stress grid (symbol and words), the contingency plan.
    await expect(report.pages).toHaveCount(4);
    const assumptions = report.section(report.r.assumptionsTitle);
    await expect(assumptions.getByRole('heading', { name: report.r.citationsTitle })).toBeVisible();
    await expect(assumptions.getByRole('cell', { name: /^\[\d+\]$/ }).first()).toBeVisible();
    await expect(report.stressGrid.getByRole('row')).toHaveCount(1 + 8);
    await expect(report.stressGrid.getByText('✓').first()).toBeVisible();
    await expect(report.stressGrid.getByText('✗').first()).toBeVisible();
    await expect(
      report
        .section(report.r.contingencyTitle)
        .getByRole('table', { name: ADVICE.en.contingency.caption }),
    ).toBeVisible();

    await report.close();
    await expect(report.openButton).toBeFocused();
    await expect(app.headline).toBeVisible();
  });

  test('prints on A4 with nothing cut across a page; screenshots of each page', async ({
    app,
    page,
  }) => {
    const report = await new ReportPage(app).open();
    await page.setViewportSize({ width: PAGE.width, height: PAGE.height });
    await page.emulateMedia({ media: 'print' });
    await expect(report.toolbar).toBeHidden();
    await expect(app.page.locator('#root')).toBeHidden();

    mkdirSync(SHOTS, { recursive: true });
    const pages = await report.pages.all();
    for (const [i, p] of pages.entries())
      await p.screenshot({ path: `${SHOTS}/report-page-${i + 1}.png` });

    const layout = await report.root.evaluate((root, pageHeight) => {
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 40)}`;
      const blocks = [...root.querySelectorAll('tr, li, .report-keep, .chart-frame')];
      return {
        blocks: blocks.length,
        breakable: blocks
          .filter((el) => getComputedStyle(el).breakInside !== 'avoid')
          .map(describe),
        // A block taller than a page would have to be cut whatever the CSS says.
        tooTall: blocks
          .filter((el) => el.getBoundingClientRect().height > pageHeight)
          .map(describe),
        headers: [...root.querySelectorAll('thead')].map((el) => getComputedStyle(el).display),
        pageBreaks: [...root.querySelectorAll('.report-page')].map(
          (el) => getComputedStyle(el).breakBefore,
        ),
        firstPageHeight: root.querySelector('.report-first')!.getBoundingClientRect().height,
        // Anything wider than the page is cut at its right edge on paper.
        tooWide: [...root.querySelectorAll('table, .chart-frame, p')]
          .filter((el) => el.getBoundingClientRect().right > root.getBoundingClientRect().right + 1)
          .map(describe),
      };
    }, PAGE.height);
    expect(layout.blocks).toBeGreaterThan(40);
    expect(layout.breakable, 'rows, items and charts that a page break could cut').toEqual([]);
    expect(layout.tooTall, 'blocks taller than an A4 page').toEqual([]);
    expect(new Set(layout.headers)).toEqual(new Set(['table-header-group']));
    expect(layout.pageBreaks).toEqual(['auto', 'page', 'page', 'page']);
    expect(layout.tooWide, 'content wider than the page').toEqual([]);
    expect(layout.firstPageHeight, 'the first page fits one A4 sheet').toBeLessThanOrEqual(
      PAGE.height,
    );

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync('test-output/report.pdf', pdf);
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pageCount, 'one page per section at least').toBeGreaterThanOrEqual(4);
    // The answer, the metrics and suggestions, the credit terms assumed, the advice with its
    // sources and the whole contingency plan (triggers, signals, dated steps): 9 A4 pages today.
    expect(pageCount).toBeLessThanOrEqual(10);
  });

  test('in Chinese, and axe finds no WCAG 2 A/AA violations', async ({ app }, testInfo) => {
    await app.switchLanguage('zh-CN');
    const report = await new ReportPage(app).open();
    await expect(app.page.locator('.report-shell')).toHaveAttribute('lang', 'zh-CN');
    await expect(report.title).toHaveText('流动性压力测试报告');
    await expectNoAxeViolations(app.page, 'report-zh', testInfo, '.report-shell');
    await app.page.keyboard.press('Escape');
    await expect(report.root).toHaveCount(0);
  });
});
