import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { SHARE_LINK_WARN_CHARS } from '../src/io/shareLink';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

const SHOTS = 'test-output/screenshots';
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
test.describe.configure({ timeout: 60_000 });

test.describe('share links', () => {
  test('a share link opens the same plan, as a new client file, in a fresh browser', async ({
    app,
    page,
    browser,
  }) => {
    await app.editor.setBusinessName('Linked Shop');
    const sent = await app.clients.exportPlan();
    const link = await app.clients.shareLink();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#plan=_1[A-Za-z0-9_-]+$/);
    // Where the plan goes, said next to the link; the sample's link fits what chat apps keep
    // (docs/share-links.md), so its length is a note, not a warning.
    await expect(app.clients.fileDialog.getByText(app.t.clients.shareIntro)).toBeVisible();
    expect(link.length).toBeLessThanOrEqual(SHARE_LINK_WARN_CHARS);
    await expect(
      app.clients.fileDialog.getByText(app.t.clients.shareLength(link.length)),
    ).toBeVisible();
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa'])
      .include('.client-files')
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/share-link.png` });

    const context = await browser.newContext({ locale: 'en-US' });
    try {
      const receiver = new AppPage(await context.newPage(), 'en');
      await receiver.page.goto(link);
      await receiver.waitReady();
      await expect(receiver.headline).toContainText('Linked Shop');
      await expect(receiver.page.getByText(receiver.t.clients.shareOpened)).toBeVisible();
      // The fragment is gone from the address bar once the plan is a client file.
      expect(new URL(receiver.page.url()).hash).toBe('');
      expect(await receiver.clients.names()).toEqual(['Linked Shop']);
      await receiver.clients.closeDialog();
      const received = await receiver.clients.exportPlan();
      expect(received.text).toBe(sent.text);
      await receiver.clients.closeDialog();
      await receiver.reload();
      await expect(receiver.headline).toContainText('Linked Shop');
      expect(await receiver.clients.names()).toEqual(['Linked Shop']);
    } finally {
      await context.close();
    }
  });

  test('a damaged link says so and changes nothing', async ({ app, page }) => {
    await app.editor.setBusinessName('Kept Safe');
    await expect.poll(async () => (await app.savedState()) !== null).toBe(true);
    await page.goto('/#plan=N4IgdghgtgpgzgBwE4H0BmB7');
    await app.waitReady();
    const alert = page.getByRole('alert').filter({ hasText: app.t.clients.shareInvalid });
    await expect(alert).toContainText(app.t.clients.shareGarbled);
    await expect(app.headline).toContainText('Kept Safe');
    expect(await app.clients.names()).toEqual(['Kept Safe']);
    await app.clients.closeDialog();
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa'])
      .include('.client-alerts')
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/share-damaged.png` });
  });
});
