import { mkdirSync, readFileSync } from 'node:fs';
import { CLIENT_DB } from '../src/state/storageKeys';
import { parsePlanText } from '../src/io/planFile';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { clientDbKeys, readClientDb, readRawClientDb, writeClientDb } from './support/clientDb';
import { deafenable } from './support/tabs';

/**
 * Nothing lost (issue 17): the client list survives every way its write can fail, a damaged
 * draft opens repaired, a file from a newer FundGap is named and handed out as a plan file, and
 * a tab closed in the middle of a two-tab conflict keeps its edit.
 */

const SHOTS = 'test-output/screenshots';
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
// Each test loads the app two or three times: on a shared, busy machine that takes minutes.
test.describe.configure({ timeout: 180_000 });

const RESTAURANT = 'Old Street Noodles (restaurant)';
const fixture = (name: string) =>
  readFileSync(new URL(`../src/io/fixtures/records/${name}`, import.meta.url), 'utf8');

/** Wait until storage holds `n` client files and the list names `n`. */
async function storedFiles(app: AppPage, n: number): Promise<void> {
  await expect
    .poll(async () => {
      const { index, records } = await readClientDb(app.page);
      return [Object.keys(records).length, (index?.clients as unknown[] | undefined)?.length];
    })
    .toEqual([n, n]);
}

/** Two saved client files: "Lotus Tea House" and the restaurant sample. */
async function twoFiles(app: AppPage): Promise<void> {
  await app.editor.setBusinessName('Lotus Tea House');
  await storedFiles(app, 1);
  await app.clients.newFrom(RESTAURANT);
  await storedFiles(app, 2);
}

test.describe('the client list: records are the truth', () => {
  test('a failed list write saves nothing half-way; the next save writes both, the "not saved" notice goes, and a reload lists every file', async ({
    app,
    page,
  }) => {
    await app.editor.setBusinessName('Lotus Tea House');
    await storedFiles(app, 1);
    // The list's next write fails once, as a full disk or a closing tab would make it.
    await page.evaluate((indexKey) => {
      const put = IDBObjectStore.prototype.put;
      const w = window as { failListOnce?: boolean };
      w.failListOnce = true;
      IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
        if (args[1] === indexKey && w.failListOnce) {
          w.failListOnce = false;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return put.apply(this, args);
      };
    }, CLIENT_DB.index);
    await app.clients.newFrom(RESTAURANT);
    const full = page.getByRole('alert').filter({ hasText: app.t.common.notices.storage_full });
    await expect(full).toBeVisible();
    // One transaction: the new file's record was not written without its line either.
    await storedFiles(app, 1);

    await app.editor.setBusinessName('Old Street Noodles, Chengdu');
    await storedFiles(app, 2);
    await expect(full).toHaveCount(0);

    await app.reload();
    expect((await app.clients.names()).sort()).toEqual(
      ['Lotus Tea House', 'Old Street Noodles, Chengdu'].sort(),
    );
  });

  const damages: [string, (list: string) => string | null][] = [
    ['deleted', () => null],
    ['truncated mid-write', (list) => list.slice(0, Math.floor(list.length / 2))],
    [
      'missing a file (the old two-transaction failure)',
      (list) => {
        const index = JSON.parse(list) as { clients: { businessName: string }[] };
        index.clients = index.clients.filter((c) => c.businessName === 'Lotus Tea House');
        return JSON.stringify(index);
      },
    ],
  ];
  for (const [damage, damaged] of damages) {
    test(`a list ${damage}: every file is listed after a reload, with a notice`, async ({
      app,
      page,
    }) => {
      await twoFiles(app);
      const list = (await readRawClientDb(page, CLIENT_DB.index)) as string;
      await writeClientDb(page, { [CLIENT_DB.index]: damaged(list) });
      await app.reload();
      const notice = app.clients.alert(app.clients.alertText.listRepairedTitle);
      await expect(notice).toBeVisible();
      expect((await app.clients.names()).sort()).toEqual(
        ['Lotus Tea House', 'Old Street Noodles'].sort(),
      );
      await app.clients.closeDialog();
      await notice
        .getByRole('button', { name: app.clients.alertText.dismiss, exact: true })
        .click();
      await expect(notice).toHaveCount(0);
    });
  }
});

test.describe('damaged and too-new client files', () => {
  test('a damaged draft opens repaired, says what was repaired, keeps the record, and hands out an importable plan file', async ({
    app,
    page,
  }) => {
    const raw = fixture('record-v2-damaged-draft.json');
    const record = { ...JSON.parse(raw), name: '' };
    const text = JSON.stringify(record);
    const { id, updatedAt } = record;
    await writeClientDb(page, {
      [`${CLIENT_DB.clientPrefix}${id}`]: text,
      [CLIENT_DB.index]: JSON.stringify({
        version: 1,
        activeId: id,
        lang: 'en',
        clients: [{ id, name: '', businessName: '', updatedAt }],
      }),
    });
    await page.evaluate(() => localStorage.setItem('fundgap.hasData', '1'));
    await app.reload();

    const m = app.clients.alertText;
    const alert = app.clients.alert(m.draftRepairedTitle('Lotus Tea House'));
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('business.name, cashFlows[0], cashFlows[2].frequency.type');
    // The header has the business's name back; no panel fell into its error boundary.
    await expect(app.clients.currentName).toHaveText('Lotus Tea House');
    await expect(page.getByText(app.t.common.panelError)).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/client-draft-repaired.png` });

    // The record as found is kept, byte for byte.
    const kept = (await clientDbKeys(page)).filter((k) => k.startsWith(`corrupt.client.${id}.`));
    expect(kept).toHaveLength(1);
    expect(await readRawClientDb(page, kept[0]!)).toBe(text);

    // The rest of the app works: the scenario panel and the editor, on the repaired file.
    await app.scenario.selectPreset('limit_cut_50');
    await app.editor.setBusinessName('Lotus Tea House, repaired');
    await expect(app.headline).toContainText('Lotus Tea House, repaired');

    // The plan file handed out imports here (or anywhere).
    const file = await app.clients.downloadPlanFile(alert);
    expect(file.name).toBe('Lotus Tea House.fundgap.json');
    expect(parsePlanText(file.text).ok).toBe(true);
    await app.clients.pickImport(file.name, file.text);
    await app.clients.importAsNew();
    await expect(app.clients.currentName).toHaveText('Lotus Tea House');
  });

  test('a file from a newer FundGap: "made by a newer version — update FundGap", left untouched, its plan file importable elsewhere', async ({
    app,
    page,
  }) => {
    await app.editor.setBusinessName('Good File');
    await storedFiles(app, 1);
    const { index } = await readClientDb(page);
    const future = fixture('record-v99-too-new.json');
    const futureId = JSON.parse(future).id as string;
    const clients = [...(index!.clients as object[])];
    clients.push({
      id: futureId,
      name: 'Client A — Lotus',
      businessName: 'Lotus Tea House',
      updatedAt: new Date().toISOString(),
    });
    await writeClientDb(page, {
      [`${CLIENT_DB.clientPrefix}${futureId}`]: future,
      [CLIENT_DB.index]: JSON.stringify({ ...index, activeId: futureId, clients }),
    });
    await app.reload();

    const m = app.clients.alertText;
    const alert = app.clients.alert(m.tooNewTitle('Client A — Lotus'));
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(m.tooNew);
    // The rest of the app goes on with the file that opens.
    await expect(app.headline).toContainText('Good File');
    expect(await app.clients.names()).toEqual(['Good File']);
    await app.clients.closeDialog();
    // Left exactly where a newer FundGap will look for it.
    expect(await readRawClientDb(page, `${CLIENT_DB.clientPrefix}${futureId}`)).toBe(future);

    // The download is the plan inside, not the storage record around it.
    const file = await app.clients.downloadPlanFile(alert);
    const plan = JSON.parse(file.text) as Record<string, unknown>;
    expect(plan).not.toHaveProperty('state');
    expect(plan).not.toHaveProperty('version');
    expect(plan.formatVersion).toBe(1);
    expect(parsePlanText(file.text)).toMatchObject({
      ok: true,
      file: { business: { name: 'Lotus Tea House' } },
    });
    await page.screenshot({ path: `${SHOTS}/client-too-new.png` });
  });
});

test.describe('two tabs', () => {
  test('closing a tab with a conflict open asks first; closing anyway keeps its edit as a client file', async ({
    app,
    context,
  }) => {
    test.setTimeout(240_000); // three pages on a shared 2-core machine
    await app.editor.setBusinessName('Shared Shop');
    await storedFiles(app, 1);
    const other = new AppPage(await context.newPage(), 'en');
    // Deaf to the first tab, so its save meets a revision it never saw (as in clients.spec.ts).
    const tab = await deafenable(other.page);
    await other.goto();
    await expect(other.clients.currentName).toHaveText('Shared Shop');
    await tab.deafen();
    await app.editor.setBusinessName('Edited in tab 1');
    await expect
      .poll(
        async () =>
          ((await app.savedState())?.state.draft as { business: { name: string } })?.business.name,
      )
      .toBe('Edited in tab 1');
    await other.editor.setBusinessName('Edited in tab 2');
    const conflict = other.page
      .getByRole('alert')
      .filter({ hasText: other.t.clients.conflictTitle });
    await expect(conflict).toBeVisible();

    // Leaving asks first; staying keeps the choice on screen.
    const asked = other.page.waitForEvent('dialog');
    await other.page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    await expect(conflict).toBeVisible();

    // Leaving anyway: the edit is set aside as the tab goes…
    other.page.once('dialog', (d) => void d.accept());
    await other.page.close({ runBeforeUnload: true });
    await expect.poll(() => other.page.isClosed()).toBe(true);

    // …and the next start keeps it as a client file, and says so.
    const next = new AppPage(await context.newPage(), 'en');
    await next.goto();
    const kept = next.clients.alert(next.clients.alertText.editKept('Edited in tab 2 (this tab)'));
    await expect(kept).toBeVisible();
    expect((await next.clients.names()).sort()).toEqual(
      ['Edited in tab 1', 'Edited in tab 2 (this tab)'].sort(),
    );
    await next.clients.closeDialog();
    await kept.getByRole('button', { name: next.clients.alertText.openIt, exact: true }).click();
    await expect(next.clients.currentName).toHaveText('Edited in tab 2 (this tab)');
    await expect(next.headline).toContainText('Edited in tab 2');
  });
});
