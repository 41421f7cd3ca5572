// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLIENT_RECORD_VERSION } from '../io/clientRecord';
import damagedRecord from '../io/fixtures/records/record-v2-damaged-draft.json';
import { parsePlanText } from '../io/planFile';
import { memoryClientStore } from './clientStore';
import { CLIENT_DB, STORAGE_KEYS } from './storageKeys';
import { installFakeLocks } from './testing/fakeLocks';
import { pageLoad as load } from './testing/pageLoad';

/**
 * Records are the truth (issue 17): whatever happens to the list, every stored client file is
 * listed after a reload, and the user is told when something was repaired. One in-memory
 * "IndexedDB" survives between page loads, as the browser's would.
 */
let db = memoryClientStore();

const pageLoad = () => load(db);

/** Three client files, saved: "A" (the sample, renamed by its business name), "B", "C". */
async function threeFiles() {
  const page = await pageLoad();
  page.useStore.getState().setField(['business', 'name'], 'A');
  await page.session.flush();
  await page.session.createClient(page.sample(), { name: 'B' });
  await page.session.createClient(page.sample(), { name: 'C' });
  expect(page.names()).toEqual(['A', 'B', 'C']);
  return page;
}

const storedIndex = () =>
  JSON.parse(db.data.get(CLIENT_DB.index) as string) as { clients: unknown[] };

describe('the client list is rebuilt from the records', () => {
  beforeEach(() => {
    localStorage.clear();
    db = memoryClientStore();
  });

  it('writes a record and its list line together: a failed list write saves neither, and the next save both', async () => {
    const page = await threeFiles();
    // The list cannot be written, once: creating "D" fails as a whole.
    db.failOn = (key) => key === CLIENT_DB.index;
    await page.session.createClient(page.sample(), { name: 'D' });
    expect(page.notices()).toContain('storage_full');
    expect([...db.data.keys()].filter((k) => k.startsWith(CLIENT_DB.clientPrefix))).toHaveLength(3);
    db.failOn = null;
    // "D" is open, unsaved; the next edit saves it with its list line, and the notice goes.
    page.useStore.getState().setField(['business', 'minCashBuffer'], 1234);
    await page.session.flush();
    expect(page.notices()).not.toContain('storage_full');
    const again = await pageLoad();
    expect(again.names()).toEqual(['A', 'B', 'C', 'D']);
    expect(again.clients().alerts).toEqual([]);
  });

  it('lists every file after the list was deleted, and says so', async () => {
    await threeFiles();
    db.data.delete(CLIENT_DB.index);
    const page = await pageLoad();
    expect(page.names()).toEqual(['A', 'B', 'C']);
    expect(page.clients().alerts).toEqual([{ kind: 'list_repaired', listed: 3, dropped: 0 }]);
    expect(storedIndex().clients).toHaveLength(3);
  });

  it('lists every file after the list was truncated mid-write, and says so', async () => {
    await threeFiles();
    const text = db.data.get(CLIENT_DB.index) as string;
    db.data.set(CLIENT_DB.index, text.slice(0, Math.floor(text.length / 2)));
    const page = await pageLoad();
    expect(page.names()).toEqual(['A', 'B', 'C']);
    expect(page.clients().alerts).toEqual([{ kind: 'list_repaired', listed: 3, dropped: 0 }]);
  });

  it('lists a file the list lost (the old two-transaction failure), and drops a line whose file is gone', async () => {
    await threeFiles();
    const index = JSON.parse(db.data.get(CLIENT_DB.index) as string) as {
      clients: { id: string; name: string }[];
    };
    const lost = index.clients.find((c) => c.name === 'B')!;
    index.clients = index.clients.filter((c) => c !== lost);
    index.clients.push({ ...lost, id: 'no-such-file', name: 'Ghost' });
    db.data.set(CLIENT_DB.index, JSON.stringify(index));
    const page = await pageLoad();
    expect(page.names()).toEqual(['A', 'B', 'C']);
    expect(page.clients().alerts).toEqual([{ kind: 'list_repaired', listed: 1, dropped: 1 }]);
    // Repaired once: the next start has nothing to say.
    expect((await pageLoad()).clients().alerts).toEqual([]);
  });

  it('reads only the list on a normal start', async () => {
    await threeFiles();
    const reads: string[] = [];
    const get = db.get;
    db.get = async (key) => {
      reads.push(key);
      return get(key);
    };
    await pageLoad();
    // The list, and the one file that opens.
    expect(reads.filter((k) => k.startsWith(CLIENT_DB.clientPrefix))).toHaveLength(1);
  });
});

describe('damaged and too-new client files', () => {
  beforeEach(() => {
    localStorage.clear();
    db = memoryClientStore();
  });

  it('opens a damaged draft repaired field by field, keeps the record as found, and says what was repaired', async () => {
    const raw = JSON.stringify(damagedRecord);
    db.data.set(`${CLIENT_DB.clientPrefix}${damagedRecord.id}`, raw);
    const { id, name, updatedAt } = damagedRecord;
    db.data.set(
      CLIENT_DB.index,
      JSON.stringify({
        version: 1,
        activeId: id,
        lang: 'en',
        clients: [{ id, name, businessName: 'Lotus Tea House', updatedAt }],
      }),
    );
    const page = await pageLoad();
    const s = page.useStore.getState();
    // The rest of the draft is as typed (the half-typed limit with its issue); the header's name is back.
    expect(s.draft.business.name).toBe('Lotus Tea House');
    // The null flow and the flow with an unknown frequency are their last valid selves again.
    const valid = damagedRecord.state.validFile;
    expect(s.draft.cashFlows).toEqual(valid.cashFlows);
    expect(s.draft.fundingSources[1]!.limit).toBe(150000);
    expect(s.draft.scenarios[0]!.shocks).toEqual(
      damagedRecord.state.validFile.scenarios[0]!.shocks,
    );
    const alert = page.clients().alerts[0];
    expect(alert).toMatchObject({
      kind: 'draft_repaired',
      id: damagedRecord.id,
      file: { name: 'Client A — Lotus', businessName: 'Lotus Tea House' },
      repaired: [
        'business.name',
        'cashFlows[0]',
        'cashFlows[2].frequency.type',
        'fundingSources',
        'scenarios[0].shocks[0]',
      ],
    });
    // Kept aside byte for byte; the plan file inside it imports.
    const keptAs = (alert as { keptAs: string }).keptAs;
    expect(keptAs).toMatch(/^corrupt\.client\.c-lotus\./);
    expect(db.data.get(keptAs)).toBe(raw);
    const { planFileOf } = await import('../io/clientRecord');
    expect(parsePlanText(planFileOf(raw)!.text).ok).toBe(true);
    // The repaired plan is saved over the damaged one: the next start is quiet.
    await page.session.flush();
    await vi.waitFor(() => expect(db.data.get(`client.${damagedRecord.id}`)).not.toBe(raw));
    expect((await pageLoad()).clients().alerts).toEqual([]);
  });

  it('never saves over a file a newer FundGap wrote while this tab had it open', async () => {
    const page = await pageLoad();
    page.useStore.getState().setField(['business', 'name'], 'Mine');
    await page.session.flush();
    const key = `${CLIENT_DB.clientPrefix}${page.clients().activeId}`;
    const future = JSON.stringify({
      version: CLIENT_RECORD_VERSION + 1,
      state: { validFile: { business: { name: 'Newer' } } },
    });
    db.data.set(key, future);
    page.useStore.getState().setField(['business', 'name'], 'Mine again');
    await page.session.flush();
    expect(db.data.get(key)).toBe(future);
    expect(page.clients()).toMatchObject({ dirty: true, alerts: [{ kind: 'too_new', key }] });
  });
});

describe('a tab closed with a two-tab conflict open', () => {
  let locks: ReturnType<typeof installFakeLocks>;
  beforeEach(() => {
    localStorage.clear();
    db = memoryClientStore();
    locks = installFakeLocks();
  });
  afterEach(() => locks.remove());

  it('sets its edit aside as it goes, and the next start keeps it as a client file', async () => {
    const a = await pageLoad();
    a.useStore.getState().setField(['business', 'name'], 'Shared');
    await a.session.flush();
    const b = await pageLoad();
    b.useStore.getState().setField(['business', 'name'], 'Edited in B');
    await b.session.flush();
    a.useStore.getState().setField(['business', 'name'], 'Edited in A');
    await a.session.flush();
    const sa = a.session.currentSession()!;
    expect(a.clients().conflict).toBe(true);

    // The page goes: what `pagehide` does, and the browser releases its lock.
    a.session.setAsideConflictEdit(sa);
    locks.closeTab(sa.tabId);
    expect(
      Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_KEYS.unsavedPrefix)),
    ).toHaveLength(1);

    const c = await pageLoad();
    expect(c.names()).toEqual(['Edited in A (this tab)', 'Edited in B']);
    expect(c.clients().alerts).toMatchObject([
      { kind: 'edit_kept', file: { name: 'Edited in A (this tab)', businessName: 'Edited in A' } },
    ]);
    expect(
      Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_KEYS.unsavedPrefix)),
    ).toEqual([]);
  });

  it('leaves an edit to its tab while that tab is still open, and withdraws it once the conflict is settled', async () => {
    const a = await pageLoad();
    a.useStore.getState().setField(['business', 'name'], 'Shared');
    await a.session.flush();
    const b = await pageLoad();
    b.useStore.getState().setField(['business', 'name'], 'Edited in B');
    await b.session.flush();
    a.useStore.getState().setField(['business', 'name'], 'Edited in A');
    await a.session.flush();
    const sa = a.session.currentSession()!;
    // Set aside as soon as the conflict is there, and kept current as A goes on typing.
    a.useStore.getState().setField(['business', 'name'], 'Edited in A, more');
    const aside = () =>
      Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_KEYS.unsavedPrefix));
    expect(aside()).toHaveLength(1);
    expect(localStorage.getItem(aside()[0]!)).toContain('Edited in A, more');

    // Tab A is still open (it holds its lock): a tab starting now leaves A's edit alone.
    const c = await pageLoad();
    expect(c.names()).toEqual(['Edited in B']);
    expect(aside()).toHaveLength(1);
    // A settles it: nothing is left behind.
    await a.session.resolveConflict('theirs', '', sa);
    expect(aside()).toEqual([]);
  });

  it('sets nothing aside when there is no conflict', async () => {
    const a = await pageLoad();
    a.useStore.getState().setField(['business', 'name'], 'Calm');
    await a.session.flush();
    a.session.setAsideConflictEdit(a.session.currentSession()!);
    expect(
      Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_KEYS.unsavedPrefix)),
    ).toEqual([]);
  });
});
