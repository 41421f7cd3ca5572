import { mkdirSync, writeFileSync } from 'node:fs';
import { ADVICE } from '../src/i18n/messages/advice';
import { REPORT_HANDOVER } from '../src/i18n/messages/reportHandover';
import type { Lang } from '../src/i18n/lang';
import { expect, test } from './fixtures';
import type { AppPage } from './pages/AppPage';
import { CheckInsPanel } from './pages/CheckInsPanel';
import { PdfDocument } from './pages/PdfDocument';
import { ReportPage } from './pages/ReportPage';
import { expectNoAxeViolations } from './support/axe';
import { JIEBEI } from './support/engine';

// Two check-ins, then the full report (analysis, a 48-run stress grid, the advisor) and its PDF.
test.describe.configure({ timeout: 150_000 });

const OUT = 'test-output';
const ADVISOR = {
  en: { name: 'Wang Min', firm: 'Qinghe Finance Advisory', contact: '138 0013 8000' },
  'zh-CN': { name: '王敏', firm: '青禾财务咨询', contact: '138 0013 8000' },
} as const;
const COMMENTARY = {
  en: 'Jiebei cut the limit by 30 % and a repayment failed in January: apply for the bank line this week.',
  'zh-CN': '借呗额度下调 30%，1 月还款失败：本周申请银行授信。',
} as const;

/** A date a line break cut: "2026年12月1" | "日…", "Dec 1," | "2026". */
const CUT_DATE: Record<Lang, { end: RegExp; start: RegExp }> = {
  'zh-CN': { end: /\d{4}年(\d{1,2}(月(\d{1,2})?)?)?$/, start: /^(\d{1,2}[月日]|[月日])/ },
  en: {
    end: /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{1,2},?)?$/,
    start: /^(\d{1,2}, )?\d{4}\b/,
  },
};

async function twoCheckIns(app: AppPage) {
  const c = new CheckInsPanel(app);
  const jiebei = app.lang === 'zh-CN' ? '借呗' : 'Jiebei';
  const cut = String(JIEBEI.limit * 0.7);
  await c.record('2026-12-01', async (form) => {
    await c.line(form, jiebei).getByLabel(c.m.limit).fill(cut);
  });
  await c.record('2027-01-05', async (form) => {
    const line = c.line(form, jiebei);
    await line.getByLabel(c.m.limit).fill(cut);
    await line.getByRole('checkbox', { name: c.m.failedRepayment }).check();
    await form
      .getByLabel(c.m.note)
      .fill(app.lang === 'zh-CN' ? '1月5日还款被拒' : 'Repayment refused on 5 Jan');
  });
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`report to hand over (${lang}): advisor block, commentary, what changed; the PDF has no file name, no unexplained code, no cut date`, async ({
    app,
    page,
  }) => {
    if (lang === 'zh-CN') await app.switchLanguage('zh-CN');
    await twoCheckIns(app);
    const h = REPORT_HANDOVER[lang];
    const report = await new ReportPage(app).open();

    // Set once: the details are kept in this browser.
    const panel = page.getByRole('region', { name: h.settingsTitle });
    const who = ADVISOR[lang];
    await panel.getByLabel(h.advisorName).fill(who.name);
    await panel.getByLabel(h.advisorFirm).fill(who.firm);
    await panel.getByLabel(h.advisorContact).fill(who.contact);
    await panel.getByLabel(h.commentaryLabel).fill(COMMENTARY[lang]);
    expect(await page.evaluate(() => localStorage.getItem('fundgap.advisor'))).toContain(who.firm);
    // The commentary typed for a meeting survives a reload, like every other input.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('fundgap.commentary') ?? ''))
      .toContain(COMMENTARY[lang].slice(0, 12));

    const first = report.pages.first();
    await expect(first).toContainText(`${who.name} · ${who.firm} · ${who.contact}`);
    const handover = report.section(h.handoverTitle);
    await expect(handover).toContainText(COMMENTARY[lang]);
    await expect(handover.getByRole('table')).toBeVisible();
    await expect(report.pages).toHaveCount(5);

    // A firing trigger is never told there is nothing to do.
    const c = ADVICE[lang].contingency;
    const firing = report.root.locator('.trigger-table tr.fires');
    for (const row of await firing.all()) await expect(row).not.toContainText(c.quietNoResponse);
    await expectNoAxeViolations(page, `report-handover-${lang}`, test.info(), '.report-shell');

    await page.emulateMedia({ media: 'print' });
    await expect(panel).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/report-handover-${lang}.pdf`, pdf);
    const doc = await PdfDocument.read(pdf);
    const text = doc.text;

    expect(text).toContain(who.name);
    expect(text).toContain(who.firm);
    expect(text).toContain(who.contact);
    expect(text.replace(/\s+/g, '')).toContain(COMMENTARY[lang].replace(/\s+/g, ''));
    expect(text).toContain(h.handoverTitle);
    // No internal file name anywhere.
    expect(text).not.toMatch(/docs\/|\.md\b|\.json\b|\.tsx?\b/);
    // Every grade letter is explained in words on the page that prints it.
    for (const g of h.gradeLegend) expect(text).toContain(g.words);
    // No date cut across two lines.
    const cut = doc.lineBreaks.filter(
      ([a, b]) => CUT_DATE[lang].end.test(a) && CUT_DATE[lang].start.test(b),
    );
    expect(cut, 'dates cut across two lines').toEqual([]);
    // Cover, commentary and changes, assumptions, stress grid, contingency plan: 5 sections, A4.
    expect(doc.pageCount).toBeGreaterThanOrEqual(5);
    expect(doc.pageCount).toBeLessThanOrEqual(12);
    writeFileSync(`${OUT}/report-handover-${lang}.txt`, text);
  });
}
