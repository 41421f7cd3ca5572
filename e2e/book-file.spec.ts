import { readFileSync } from 'node:fs';
import { describeBookError } from '../src/io/bookFileText';
import { expect, test } from './fixtures';
import { BookFile } from './pages/BookFile';

const RESTAURANT = readFileSync(new URL('../examples/restaurant.json', import.meta.url), 'utf8');
const SUPPLIER = readFileSync(new URL('../examples/supplier.json', import.meta.url), 'utf8');
const NOODLES = 'Old Street Noodles';
// A book file is encrypted with 600,000 PBKDF2 iterations, twice per test: slow on a busy machine.
test.describe.configure({ timeout: 180_000 });

test.describe('the sample and importing without duplicates', () => {
  test('a first visit says the sample is not saved, and saving it lists it', async ({ app }) => {
    const m = app.t.clients;
    await expect(app.header.locator('.client-unsaved:visible')).toHaveText(m.sampleNotSaved);
    await app.clients.openManager();
    const note = app.clients.manager.locator('.client-unsaved-note');
    await expect(note).toContainText(
      m.unsavedNote('Qingshan Apparel (Taobao shop, Hangzhou)', true),
    );
    await note.getByRole('button', { name: m.saveAsClient, exact: true }).click();
    await expect(note).toHaveCount(0);
    await expect(app.header.locator('.client-unsaved')).toHaveCount(0);
    expect(await app.clients.names()).toEqual(['Qingshan Apparel (Taobao shop, Hangzhou)']);
  });

  test('importing the same plan file twice leaves one entry, and offers to open it', async ({
    app,
  }) => {
    const m = app.t.clients;
    await app.clients.pickImport('restaurant.json', RESTAURANT);
    await app.clients.importAsNew();
    expect(await app.clients.names()).toEqual([NOODLES]);

    await app.clients.pickImport('restaurant.json', RESTAURANT);
    const dialog = app.clients.fileDialog;
    await expect(dialog.getByText(m.alreadyInBook(NOODLES))).toBeVisible();
    await expect(dialog.getByRole('button', { name: m.importAsNew, exact: true })).toHaveCount(0);
    await dialog.getByRole('button', { name: m.openExisting(NOODLES), exact: true }).click();
    await expect(dialog).toHaveCount(0);
    expect(await app.clients.names()).toEqual([NOODLES]);
    await expect(app.clients.currentName).toHaveText(NOODLES);

    // Another plan is no duplicate: it imports as before.
    await app.clients.pickImport('supplier.json', SUPPLIER);
    await expect(
      app.clients.fileDialog.getByRole('button', { name: m.importAsNew, exact: true }),
    ).toBeVisible();
  });
});

test('a share link too long for chat apps says so and offers the plan file instead', async ({
  app,
}) => {
  // 120 one-off costs with names that do not compress: a plan no link of 2,000 characters holds.
  const plan = JSON.parse(RESTAURANT) as { cashFlows: Record<string, unknown>[] };
  for (let i = 0; i < 120; i++)
    plan.cashFlows.push({
      id: `extra-${i}`,
      name: `Supplier invoice ${(i * 7919).toString(36)}-${(i * 104729).toString(36)}`,
      direction: 'outflow',
      amount: 100 + ((i * 37) % 900),
      frequency: { type: 'once', date: '2027-01-15' },
    });
  await app.clients.pickImport('big.json', JSON.stringify(plan));
  await app.clients.importAsNew();
  const link = await app.clients.shareLink();
  expect(link.length).toBeGreaterThan(2000);
  const dialog = app.clients.fileDialog;
  await expect(dialog.getByRole('alert')).toHaveText(app.t.clients.shareLong(link.length, 2000));
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    dialog.getByRole('button', { name: app.t.clients.shareSendFile, exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/Old Street Noodles\.fundgap\.json$/);
});

test.describe('the whole book in one file', () => {
  test('round-trips with a passphrase, merging without duplicates; a wrong passphrase changes nothing', async ({
    app,
  }) => {
    const book = new BookFile(app);
    await app.clients.pickImport('restaurant.json', RESTAURANT);
    await app.clients.importAsNew();
    await app.clients.pickImport('supplier.json', SUPPLIER);
    await app.clients.importAsNew();
    const before = (await app.clients.names()).sort();
    expect(before).toHaveLength(2);

    const file = await book.export('correct horse battery staple');
    expect(file.name).toMatch(/^fundgap-book-\d{4}-\d{2}-\d{2}\.encrypted\.json$/);
    const stored = JSON.parse(file.text) as Record<string, unknown>;
    expect(stored.format).toBe('fundgap-book-encrypted');
    // Nothing of the plans in clear.
    expect(file.text).not.toContain('Noodles');

    // A wrong passphrase is refused, with the reason, and nothing is added.
    await book.pick('book.json', file.text, 'wrong horse');
    await expect(book.problem).toHaveText(describeBookError({ reason: 'wrong_passphrase' }, 'en'));
    await expect(book.dialog.getByRole('button', { name: book.m.mergeButton })).toHaveCount(0);
    await book.close();
    expect((await app.clients.names()).sort()).toEqual(before);

    // Delete one client, import the book: only the missing one comes back.
    await app.clients.delete(NOODLES);
    await book.pick('book.json', file.text, 'correct horse battery staple');
    await expect(book.dialog.getByText(book.m.ready(2))).toBeVisible();
    await book.merge();
    await expect(book.note).toHaveText(book.m.merged(1, 1));
    expect((await app.clients.names()).sort()).toEqual(before);

    // The same book again adds nothing.
    await book.pick('book.json', file.text, 'correct horse battery staple');
    await book.merge();
    await expect(book.note).toHaveText(book.m.merged(0, 2));
    expect((await app.clients.names()).sort()).toEqual(before);
  });

  test('an unencrypted book imports without asking for a passphrase', async ({ app }) => {
    const book = new BookFile(app);
    await app.clients.pickImport('restaurant.json', RESTAURANT);
    await app.clients.importAsNew();
    const file = await book.export();
    expect(JSON.parse(file.text)).toMatchObject({
      format: 'fundgap-book',
      clients: [{ name: '' }],
    });
    await book.pick('book.json', file.text);
    await expect(book.dialog.getByText(book.m.ready(1))).toBeVisible();
    await book.merge();
    await expect(book.note).toHaveText(book.m.merged(0, 1));
  });
});
