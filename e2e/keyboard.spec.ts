import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { STEPS } from './pages/EditorPage';
import { PRESETS } from './support/engine';

/** Press Tab until `target` has focus; fails after `max` presses. Returns the number of presses. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return i;
  }
  throw new Error(`not reached with ${max} Tab presses`);
}

test.describe('keyboard', () => {
  test('editor step tabs move with the arrow keys, Home and End', async ({ app, page }) => {
    const tab = (i: number) => app.editor.tab(STEPS[i]!);
    await app.editor.show();
    await tab(0).focus();
    await expect(tab(0)).toHaveAttribute('aria-selected', 'true');
    // Only the selected tab is in the Tab order (roving tabindex).
    await expect(app.editor.tablist.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);

    for (const i of [1, 2, 3, 0]) {
      await page.keyboard.press('ArrowRight');
      await expect(tab(i)).toBeFocused();
      await expect(tab(i)).toHaveAttribute('aria-selected', 'true');
      await expect(app.editor.panel).toHaveAccessibleName(
        new RegExp(`^${app.t.editor.steps[STEPS[i]!].name}`),
      );
    }
    await page.keyboard.press('ArrowLeft');
    await expect(tab(3)).toBeFocused();
    await expect(tab(3)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(tab(0)).toBeFocused();
    await page.keyboard.press('End');
    await expect(tab(3)).toBeFocused();
    await expect(
      app.editor.panel.getByRole('heading', { level: 3, name: app.t.editor.steps.scenario.name }),
    ).toBeVisible();
  });

  test('the language select and the preset radios are reachable by Tab', async ({ app, page }) => {
    // From the top of the page.
    await page.locator('body').focus();
    const toSelect = await tabTo(page, app.languageSelect);
    expect(toSelect).toBeLessThan(10);

    // The checked preset is the radio group's Tab stop; arrows then change the scenario.
    await app.scenario.show();
    const at = PRESETS.findIndex((p) => p.id === 'risk_control_freeze_30d');
    const checked = app.scenario.presetRadio(PRESETS[at]!.id);
    await tabTo(page, checked);
    const before = await app.headlineText();
    await page.keyboard.press('ArrowDown');
    const next = app.scenario.presetRadio(PRESETS[at + 1]!.id);
    await expect(next).toBeFocused();
    await expect(next).toBeChecked();
    await expect(app.headline).not.toHaveText(before);

    // The language select works from the keyboard too (arrow keys change a closed select).
    await app.languageSelect.focus();
    await page.keyboard.press('ArrowUp'); // English → 中文 (中文 is listed first)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});
