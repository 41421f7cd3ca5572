// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import legacySave from '../io/fixtures/records/record-v1.json';
import { memoryClientStore } from './clientStore';
import { CLIENT_DB, STORAGE_KEYS } from './storageKeys';

/**
 * A fresh store and client-file session each time, over one in-memory "IndexedDB" that
 * survives between them, as a new page load would see it.
 */
let db = memoryClientStore();
async function freshStore() {
  vi.resetModules();
  const { useStore, hydrate } = await import('./store');
  await hydrate(db);
  const session = {
    ...(await import('./clientSession/autosave')),
    ...(await import('./clientSession/fileActions')),
    ...(await import('./clientSession/useClients')),
  };
  return Object.assign(useStore, { session });
}

describe('store', () => {
  beforeEach(() => {
    localStorage.clear();
    db = memoryClientStore();
  });

  it('opens on the online-shop sample with the 30-day freeze when nothing is saved, and saves nothing yet', async () => {
    const useStore = await freshStore();
    const s = useStore.getState();
    expect(s.exampleId).toBe('online-shop');
    expect(s.scenarioId).toBe('risk_control_freeze_30d');
    expect(s.issues).toEqual([]);
    await useStore.session.flush();
    expect([...db.data.keys()]).toEqual([]);
    expect(localStorage.getItem(STORAGE_KEYS.hasData)).toBeNull();
  });

  it('keeps the first sample’s plan objects once the schema has checked them: nothing is worked out twice', async () => {
    vi.resetModules();
    const { useStore, hydrate } = await import('./store');
    const before = useStore.getState().valid;
    await hydrate(db);
    expect(useStore.getState().valid).toBe(before);
  });

  it('makes one undo step of a burst of keystrokes in one field, and one per field', async () => {
    const useStore = await freshStore();
    const { setField } = useStore.getState();
    const before = useStore.getState().draft.business.minCashBuffer;
    setField(['business', 'minCashBuffer'], 1);
    setField(['business', 'minCashBuffer'], 12);
    setField(['business', 'minCashBuffer'], 123);
    setField(['business', 'name'], 'X');
    expect(useStore.temporal.getState().pastStates).toHaveLength(2);
    useStore.temporal.getState().undo();
    expect(useStore.getState().draft.business.minCashBuffer).toBe(123);
    useStore.temporal.getState().undo();
    expect(useStore.getState().draft.business.minCashBuffer).toBe(before);
  });

  it('keeps an invalid draft but drives results from the last valid plan; undo revalidates', async () => {
    const useStore = await freshStore();
    const limit = useStore.getState().valid.plan.fundingSources[1]!.limit;
    useStore.getState().setField(['fundingSources', 1, 'limit'], 'abc');
    expect(useStore.getState().issues[0]).toMatchObject({
      path: 'fundingSources[1].limit',
      code: 'not_a_number',
    });
    expect(useStore.getState().valid.plan.fundingSources[1]!.limit).toBe(limit);
    useStore.temporal.getState().undo();
    expect(useStore.getState().issues).toEqual([]);
  });

  it('restores the plan, scenario and language after a reload, and marks that data exists', async () => {
    let useStore = await freshStore();
    useStore.getState().setField(['business', 'name'], 'Reloaded Shop');
    useStore.getState().selectScenario('limit_cut_50');
    useStore.getState().setLang('zh-CN');
    await useStore.session.flush();
    expect(localStorage.getItem(STORAGE_KEYS.hasData)).toBe('1');
    useStore = await freshStore();
    expect(useStore.getState().draft.business.name).toBe('Reloaded Shop');
    expect(useStore.getState().valid.file.business.name).toBe('Reloaded Shop');
    expect(useStore.getState().scenarioId).toBe('limit_cut_50');
    expect(useStore.getState().lang).toBe('zh-CN');
    // A reopened plan starts with no undo history (nothing to undo into).
    expect(useStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('moves the pre-client-files save (envelope version 1) into the first client file', async () => {
    const raw = JSON.stringify(legacySave);
    localStorage.setItem(STORAGE_KEYS.state, raw);
    const useStore = await freshStore();
    const s = useStore.getState();
    expect(s.valid.file.business.name).toBe('Lotus Tea House');
    // The draft keeps the half-typed limit, with its issue; the charts use the last valid plan.
    expect(s.draft.fundingSources[1]!.limit).toBe('20000x');
    expect(s.issues[0]).toMatchObject({ path: 'fundingSources[1].limit' });
    expect(s.scenarioId).toBe('limit_cut_50');
    expect(s.lang).toBe('zh-CN');
    expect(useStore.session.useClients.getState().clients).toHaveLength(1);
    // The old save is kept under another key, not read again.
    expect(localStorage.getItem(STORAGE_KEYS.state)).toBeNull();
    expect(localStorage.getItem(STORAGE_KEYS.legacyMigrated)).toBe(raw);
    expect(localStorage.getItem(STORAGE_KEYS.hasData)).toBe('1');
    const again = await freshStore();
    expect(again.getState().valid.file.business.name).toBe('Lotus Tea House');
    expect(again.session.useClients.getState().clients).toHaveLength(1);
  });

  it('sets an unreadable old save aside, says so, and starts from the sample', async () => {
    localStorage.setItem(STORAGE_KEYS.state, '{"state": {"draft": tru');
    const useStore = await freshStore();
    const s = useStore.getState();
    expect(s.exampleId).toBe('online-shop');
    const notice = s.notices.find((n) => n.code === 'storage_corrupt');
    expect(notice?.keptAs).toMatch(/^corrupt\.fundgap\.state\./);
    expect(db.data.get(notice!.keptAs!)).toBe('{"state": {"draft": tru');
  });

  it('keeps an unreadable client file aside and opens the others', async () => {
    let useStore = await freshStore();
    useStore.getState().setField(['business', 'name'], 'Good one');
    await useStore.session.flush();
    const goodId = useStore.session.useClients.getState().activeId!;
    const sample = useStore.getState().valid;
    const badId = await useStore.session.createClient(sample, { name: 'Bad one' });
    await useStore.session.flush();
    db.data.set(`${CLIENT_DB.clientPrefix}${badId}`, '{"version":2,"state":{"draft":');
    useStore = await freshStore();
    const s = useStore.getState();
    expect(s.valid.file.business.name).toBe('Good one');
    expect(useStore.session.useClients.getState().clients.map((c) => c.id)).toEqual([goodId]);
    const keptAs = s.notices.find((n) => n.code === 'storage_corrupt')?.keptAs;
    expect(db.data.get(keptAs!)).toBe('{"version":2,"state":{"draft":');
  });

  it('refuses a client file written by a newer FundGap: says so, and leaves it untouched', async () => {
    let useStore = await freshStore();
    useStore.getState().setField(['business', 'name'], 'From the future');
    await useStore.session.flush();
    const id = useStore.session.useClients.getState().activeId;
    const key = `${CLIENT_DB.clientPrefix}${id}`;
    const future = JSON.stringify({ ...JSON.parse(db.data.get(key) as string), version: 99 });
    db.data.set(key, future);
    useStore = await freshStore();
    expect(useStore.getState().exampleId).toBe('online-shop');
    expect(useStore.session.useClients.getState().alerts).toEqual([
      {
        kind: 'too_new',
        id,
        file: { name: '', businessName: 'From the future' },
        key,
      },
    ]);
    // Where a newer FundGap will find it, byte for byte; not listed here.
    expect(db.data.get(key)).toBe(future);
    expect(useStore.session.useClients.getState().clients.map((c) => c.id)).not.toContain(id);
  });

  it('rebuilds the list from the files when the list itself is unreadable, and says so', async () => {
    let useStore = await freshStore();
    useStore.getState().setField(['business', 'name'], 'Listed');
    await useStore.session.flush();
    db.data.set(CLIENT_DB.index, 'not json');
    useStore = await freshStore();
    expect(useStore.session.useClients.getState().clients.map((c) => c.businessName)).toEqual([
      'Listed',
    ]);
    expect(useStore.session.useClients.getState().alerts).toEqual([
      { kind: 'list_repaired', listed: 1, dropped: 0 },
    ]);
  });

  it('warns when storage is full and keeps the plan in memory', async () => {
    const useStore = await freshStore();
    db.failWrites = true;
    useStore.getState().setField(['business', 'name'], 'Still here');
    await useStore.session.flush();
    expect(useStore.getState().notices.map((n) => n.code)).toContain('storage_full');
    expect(useStore.getState().draft.business.name).toBe('Still here');
    // Room again: the next save writes everything.
    db.failWrites = false;
    useStore.getState().setField(['business', 'minCashBuffer'], 5);
    await useStore.session.flush();
    const again = await freshStore();
    expect(again.getState().draft.business.name).toBe('Still here');
  });
});
