import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CLIENT_DB, STORAGE_KEYS } from '../src/state/storageKeys';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { readClientDb } from './support/clientDb';
import { cap } from './support/timeouts';
import { deafenable } from './support/tabs';

const SHOTS = 'test-output/screenshots';
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
// Each test loads the app at least twice: on a shared, busy machine that takes minutes.
test.describe.configure({ timeout: 180_000 });

const RESTAURANT = 'Old Street Noodles (restaurant)';
const LEGACY_SAVE = readFileSync(
  new URL('../src/io/fixtures/records/record-v1.json', import.meta.url),
  'utf8',
);

async function expectNoViolations(page: Page, within: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa'])
    .include(within)
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Wait until the open client file's saved business name is `name`. */
async function savedName(app: AppPage, name: string): Promise<void> {
  await expect
    .poll(
      async () =>
        ((await app.savedState())?.state.draft as { business?: { name?: string } })?.business?.name,
    )
    .toBe(name);
}

test.describe('client files', () => {
  test('create, rename, duplicate, delete with undo, switch — and a reload keeps it all', async ({
    app,
    page,
  }) => {
    await app.editor.setBusinessName('Lotus Tea House');
    await savedName(app, 'Lotus Tea House');
    await expect(app.clients.currentName).toHaveText('Lotus Tea House');

    await app.clients.newFrom(RESTAURANT);
    await expect(app.clients.currentName).toHaveText('Old Street Noodles');
    await expect(app.headline).toContainText('Old Street Noodles');
    expect(await app.clients.names()).toEqual(['Old Street Noodles', 'Lotus Tea House']);

    await app.clients.rename('Lotus Tea House', 'Client A — Lotus');
    await app.clients.duplicate('Client A — Lotus');
    expect((await app.clients.names()).sort()).toEqual(
      ['Client A — Lotus', 'Client A — Lotus (copy)', 'Old Street Noodles'].sort(),
    );
    // Last edited, through Intl, on every row.
    await expect(app.clients.row('Client A — Lotus')).toContainText(
      /Last edited \w{3} \d{1,2}, \d{4}/,
    );
    await expectNoViolations(page, '.client-manager');
    await page.screenshot({ path: `${SHOTS}/client-manager.png` });

    await app.clients.open('Client A — Lotus');
    await expect(app.headline).toContainText('Lotus Tea House');

    await app.clients.delete('Client A — Lotus (copy)');
    await expect(page.getByText('Deleted “Client A — Lotus (copy)”.')).toBeVisible();
    await app.clients.undoDelete();
    await expect(app.clients.row('Client A — Lotus (copy)')).toHaveCount(1);
    await app.clients.closeDialog();

    await app.reload();
    await expect(app.clients.currentName).toHaveText('Client A — Lotus');
    await expect(app.headline).toContainText('Lotus Tea House');
    expect((await app.clients.names()).sort()).toEqual(
      ['Client A — Lotus', 'Client A — Lotus (copy)', 'Old Street Noodles'].sort(),
    );
  });

  test('Ctrl+Z and Ctrl+Shift+Z undo and redo plan edits outside text fields', async ({
    app,
    page,
  }) => {
    const before = await app.headlineText();
    await app.editor.setBusinessName('Shortcut Shop');
    await expect(app.headline).toContainText('Shortcut Shop');
    // Focus leaves the text field (a tab button), then the shortcut reaches the plan history.
    await app.editor.tab('funding').focus();
    await page.keyboard.press('Control+z');
    await expect(app.headline).toHaveText(before);
    await page.keyboard.press('Control+Shift+z');
    await expect(app.headline).toContainText('Shortcut Shop');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    await expect(app.headline).toContainText('Shortcut Shop');
  });

  test('two tabs: an idle tab follows the other; a save over a version the tab never saw is refused and the user asked; both versions survive', async ({
    app,
    context,
  }) => {
    test.setTimeout(cap(240_000)); // two full pages on a shared 2-core machine
    await app.editor.setBusinessName('Shared Shop');
    await savedName(app, 'Shared Shop');
    const other = new AppPage(await context.newPage(), 'en');
    // Deaf on demand, so its save can meet a version it never saw.
    const tab = await deafenable(other.page);
    await other.goto();
    await expect(other.clients.currentName).toHaveText('Shared Shop');

    // An edit in the first tab shows up in the idle second tab.
    await app.editor.setBusinessName('Shared Shop v2');
    await expect(other.headline).toContainText('Shared Shop v2');

    await tab.deafen();
    await app.editor.setBusinessName('Edited in tab 1');
    await savedName(app, 'Edited in tab 1');
    await other.editor.setBusinessName('Edited in tab 2');
    const conflict = other.page
      .getByRole('alert')
      .filter({ hasText: other.t.clients.conflictTitle });
    await expect(conflict).toBeVisible();
    await expectNoViolations(other.page, '.client-alerts');
    await other.page.screenshot({ path: `${SHOTS}/client-conflict.png` });
    await conflict.getByRole('button', { name: other.t.clients.conflictCopy }).click();
    await expect(conflict).toHaveCount(0);

    await expect
      .poll(async () => {
        const { records } = await readClientDb(app.page);
        return Object.values(records)
          .map(
            (r) =>
              (r as { state: { draft: { business: { name: string } } } }).state.draft.business.name,
          )
          .sort();
      })
      .toEqual(['Edited in tab 1', 'Edited in tab 2']);
    await expect(app.headline).toContainText('Edited in tab 1');
    await expect(other.headline).toContainText('Edited in tab 2');
  });

  test('storage full: a warning with an export, the plan on screen intact, and the warning gone once a save goes through', async ({
    app,
    page,
  }) => {
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
        if ((window as { fullDisk?: boolean }).fullDisk)
          throw new DOMException('full', 'QuotaExceededError');
        return put.apply(this, args);
      };
      (window as { fullDisk?: boolean }).fullDisk = true;
    });
    await app.editor.setBusinessName('Nowhere To Save');
    const notice = page.getByRole('alert').filter({ hasText: app.t.common.notices.storage_full });
    await expect(notice).toBeVisible();
    await expect(app.headline).toContainText('Nowhere To Save');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: app.t.common.exportPlan }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(text).business.name).toBe('Nowhere To Save');

    // Room again: the next edit is saved, and "not saved" is no longer said.
    await page.evaluate(() => ((window as { fullDisk?: boolean }).fullDisk = false));
    await app.editor.setBusinessName('Saved At Last');
    await savedName(app, 'Saved At Last');
    await expect(notice).toHaveCount(0);
  });

  test('an unreadable client file is kept aside, can be downloaded, and the others still open', async ({
    app,
    page,
  }) => {
    await app.editor.setBusinessName('Good File');
    await savedName(app, 'Good File');
    const { index } = await readClientDb(page);
    const goodId = index!.activeId as string;
    // A second file whose record is damaged, listed as the one last open.
    await page.evaluate(
      ({ db, goodId }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(db.database);
          open.onsuccess = () => {
            const tx = open.result.transaction(db.objectStore, 'readwrite');
            const store = tx.objectStore(db.objectStore);
            store.put('{"version":2,"state":{"draft": {trunc', `${db.clientPrefix}broken`);
            const meta = (id: string, businessName: string) => ({
              id,
              name: '',
              businessName,
              updatedAt: new Date().toISOString(),
            });
            store.put(
              JSON.stringify({
                version: 1,
                activeId: 'broken',
                clients: [meta(goodId, 'Good File'), meta('broken', 'Broken')],
              }),
              db.index,
            );
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      { db: CLIENT_DB, goodId },
    );
    await app.reload();
    const notice = page
      .getByRole('alert')
      .filter({ hasText: app.t.common.notices.storage_corrupt });
    await expect(notice).toBeVisible();
    await expect(app.headline).toContainText('Good File');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: app.t.common.download }).click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(
      '{"version":2,"state":{"draft": {trunc',
    );
    expect(await app.clients.names()).toEqual(['Good File']);
  });

  test('the single plan saved before client files becomes the first client file', async ({
    app,
    page,
  }) => {
    await page.evaluate(({ key, raw }) => localStorage.setItem(key, raw), {
      key: STORAGE_KEYS.state,
      raw: LEGACY_SAVE,
    });
    await page.reload();
    app.lang = 'zh-CN'; // the old save chose Chinese
    await app.waitReady();
    await expect(app.clients.currentName).toHaveText('Lotus Tea House');
    await expect(app.headline).toContainText('Lotus Tea House');
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEYS.state)).toBeNull();
  });
});
