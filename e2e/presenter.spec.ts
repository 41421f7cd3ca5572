import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { PresenterPage, SECTION_ORDER } from './pages/PresenterPage';
import { expectNoAxeViolations } from './support/axe';
import { cap } from './support/timeouts';

test.describe.configure({ timeout: 60_000 });

test.describe('presenter view', () => {
  test('moves through the sections by keyboard and leaves with Esc', async ({ app, page }) => {
    const presenter = await new PresenterPage(app).open();
    await expect(page.locator('#root')).toBeHidden();
    // Editors are hidden: no text field anywhere in the view.
    await expect(presenter.root.getByRole('textbox')).toHaveCount(0);
    await presenter.expectSection('overview');

    for (const section of SECTION_ORDER.slice(1)) {
      await page.keyboard.press('ArrowRight');
      await presenter.expectSection(section);
    }
    await page.keyboard.press('ArrowRight'); // stays on the last
    await presenter.expectSection('contingency');
    await page.keyboard.press('PageUp');
    await presenter.expectSection('advice');
    await page.keyboard.press('ArrowLeft');
    await presenter.expectSection('chart');
    await expect(presenter.root.getByRole('img', { name: app.t.cash.chartLabel })).toBeVisible();
    // The chart slide fits a 1280 × 800 screen, date axis and footer included (the advisor walk
    // found both below the window).
    await page.setViewportSize({ width: 1280, height: 800 });
    const plot = presenter.root.locator('svg.cash-plot');
    await expect(plot).toBeVisible();
    await expect
      .poll(async () => {
        const footer = (await presenter.root.locator('.presenter-footer').boundingBox())!;
        const box = (await plot.boundingBox())!;
        return box.y + box.height <= footer.y && footer.y + footer.height <= 800;
      })
      .toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.keyboard.press('PageDown');
    await presenter.expectSection('advice');
    await page.keyboard.press('1');
    await presenter.expectSection('overview');
    await page.keyboard.press('4');
    await presenter.expectSection('contingency');

    mkdirSync('test-output/screenshots', { recursive: true });
    await page.keyboard.press('1');
    await page.screenshot({ path: 'test-output/screenshots/presenter-overview.png' });

    await page.keyboard.press('Escape');
    await expect(presenter.root).toHaveCount(0);
    await expect(presenter.openButton).toBeFocused();
    await expect(app.headline).toBeVisible();
  });

  test('anonymise hides the client name and rounds figures to ¥1,000 and whole days', async ({
    app,
    page,
  }) => {
    // The headline's business line, without its screen-reader label ("Business: ").
    const labelled = (await app.headlineRegion.locator('.headline-business').innerText()).trim();
    const business = labelled.replace(/^[^:：]*[:：]\s*/, '');
    expect(business.length).toBeGreaterThan(3);
    const presenter = await new PresenterPage(app).open();
    await expect(presenter.business).toHaveText(business);
    const exact = await presenter.sentence.innerText();
    expect(exact).toMatch(/¥\d{1,3}(,\d{3})*/);

    await presenter.anonymise.check();
    await expect(presenter.business).toHaveText(presenter.p.clientAlias);
    await expect(presenter.root).not.toContainText(business);
    const text = await presenter.root.innerText();
    // Every amount shown is a whole thousand (¥19,900 → ¥20,000); days are whole numbers.
    const amounts = [...text.matchAll(/[-−]?¥([\d,]+)/g)].map((m) =>
      Number(m[1]!.replace(/,/g, '')),
    );
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts.filter((x) => x % 1000 !== 0)).toEqual([]);
    expect(text).not.toMatch(/\d\.\d+ days/);
    await page.screenshot({ path: 'test-output/screenshots/presenter-anonymised.png' });

    // Rounding applies in every section, and the plan itself is untouched.
    await page.keyboard.press('3');
    await presenter.expectSection('advice');
    const adviceText = await presenter.root.innerText();
    const adviceAmounts = [...adviceText.matchAll(/¥([\d,]+)/g)].map((m) =>
      Number(m[1]!.replace(/,/g, '')),
    );
    expect(adviceAmounts.filter((x) => x % 1000 !== 0)).toEqual([]);

    await presenter.anonymise.uncheck();
    await page.keyboard.press('1');
    await expect(presenter.sentence).toHaveText(exact);
    await page.keyboard.press('Escape');
    await expect(app.headlineRegion).toContainText(business);
  });

  test('axe finds no WCAG 2 A/AA violations in any section', async ({ app, page }, testInfo) => {
    const presenter = await new PresenterPage(app).open();
    for (const [i, section] of SECTION_ORDER.entries()) {
      await page.keyboard.press(String(i + 1));
      await presenter.expectSection(section);
      await expect(presenter.root.locator('[aria-busy="true"]')).toHaveCount(0, {
        timeout: cap(20_000),
      });
      await expectNoAxeViolations(page, `presenter-${section}`, testInfo, '.presenter');
    }
  });
});
