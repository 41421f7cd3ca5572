// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryClientStore } from './clientStore';
import { firstExample } from './planSlice';
import { installFakeLocks } from './testing/fakeLocks';
import { pageLoad as load } from './testing/pageLoad';

let db = memoryClientStore();
/** One browser tab: its own store module and session over the shared storage. */
const openTab = () => load(db);

describe('client files', () => {
  // Every tab of these tests stays open (its Web Lock held), as in a browser.
  let locks: ReturnType<typeof installFakeLocks>;
  beforeEach(() => {
    localStorage.clear();
    db = memoryClientStore();
    locks = installFakeLocks();
  });
  afterEach(() => locks.remove());

  it('creates, renames, duplicates, switches, deletes and restores', async () => {
    const tab = await openTab();
    tab.useStore.getState().setField(['business', 'name'], 'First');
    await tab.session.flush();
    const first = tab.clients().activeId!;
    const second = await tab.session.createClient(firstExample(), { name: 'Second' });
    expect(
      tab
        .clients()
        .clients.map((c) => c.id)
        .sort(),
    ).toEqual([first, second].sort());
    expect(tab.useStore.getState().draft.business.name).not.toBe('First');

    await tab.session.renameClient(second, 'Renamed');
    expect(tab.clients().clients.find((c) => c.id === second)?.name).toBe('Renamed');

    const copy = await tab.session.duplicateClient(first, 'First (copy)');
    expect(tab.clients().clients).toHaveLength(3);

    expect(await tab.session.openClient(first)).toBe(true);
    expect(tab.useStore.getState().draft.business.name).toBe('First');
    expect(tab.useStore.temporal.getState().pastStates).toHaveLength(0);

    await tab.session.deleteClient(first, firstExample);
    expect(tab.clients().clients.map((c) => c.id)).not.toContain(first);
    expect(tab.clients().activeId).not.toBe(first);
    await tab.session.restoreDeleted();
    expect(tab.clients().clients.map((c) => c.id)).toContain(first);
    expect(await tab.session.openClient(copy!)).toBe(true);
    expect(tab.useStore.getState().draft.business.name).toBe('First');
  });

  it('deleting the last file opens a fresh copy of the sample', async () => {
    const tab = await openTab();
    tab.useStore.getState().setField(['business', 'name'], 'Only');
    await tab.session.flush();
    await tab.session.deleteClient(tab.clients().activeId!, firstExample);
    expect(tab.clients().clients).toHaveLength(1);
    expect(tab.useStore.getState().draft.business.name).toBe(firstExample().file.business.name);
  });

  it('never lets a second tab silently overwrite the first: it is asked, and "copy" keeps both', async () => {
    const a = await openTab();
    a.useStore.getState().setField(['business', 'name'], 'Base');
    await a.session.flush();
    const b = await openTab();
    expect(b.useStore.getState().draft.business.name).toBe('Base');

    b.useStore.getState().setField(['business', 'name'], 'Tab B');
    await b.session.flush();
    a.useStore.getState().setField(['business', 'name'], 'Tab A');
    await a.session.flush();
    expect(a.clients().conflict).toBe(true);
    // B's save is still what is stored.
    const c = await openTab();
    expect(c.useStore.getState().draft.business.name).toBe('Tab B');

    await a.session.resolveConflict('copy', 'Tab A (copy)');
    await a.session.flush();
    expect(a.clients().conflict).toBe(false);
    expect(a.useStore.getState().draft.business.name).toBe('Tab A');
    const d = await openTab();
    expect(d.clients().clients).toHaveLength(2);
  });

  it('"theirs" shows what the other tab saved; "mine" saves over it', async () => {
    const a = await openTab();
    a.useStore.getState().setField(['business', 'name'], 'Base');
    await a.session.flush();
    const b = await openTab();
    b.useStore.getState().setField(['business', 'name'], 'Theirs');
    await b.session.flush();
    a.useStore.getState().setField(['business', 'name'], 'Mine');
    await a.session.flush();
    expect(a.clients().conflict).toBe(true);
    await a.session.resolveConflict('theirs', '');
    expect(a.useStore.getState().draft.business.name).toBe('Theirs');

    b.useStore.getState().setField(['business', 'name'], 'Theirs again');
    await b.session.flush();
    a.useStore.getState().setField(['business', 'name'], 'Mine again');
    await a.session.flush();
    await a.session.resolveConflict('mine', '');
    const c = await openTab();
    expect(c.useStore.getState().draft.business.name).toBe('Mine again');
  });

  it('a rename in another tab is no conflict, and the name survives the next save', async () => {
    const a = await openTab();
    a.useStore.getState().setField(['business', 'name'], 'Plan');
    await a.session.flush();
    const b = await openTab();
    await b.session.renameClient(b.clients().activeId!, 'Named in B');
    a.useStore.getState().setField(['business', 'name'], 'Plan edited in A');
    await a.session.flush();
    expect(a.clients().conflict).toBe(false);
    const c = await openTab();
    expect(c.clients().clients[0]).toMatchObject({
      name: 'Named in B',
      businessName: 'Plan edited in A',
    });
  });
});
