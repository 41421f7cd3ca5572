// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import v2 from '../../io/fixtures/records/record-v2.json';
import { memoryClientStore } from '../clientStore';
import { useStore } from '../store';
import type { Notice } from '../uiSlice';
import { loadValidator } from '../validator';
import { flush } from './autosave';
import { onTabMessage } from './otherTabs';
import { createSession, type Session } from './session';
import { initialSessionState, type SessionState } from './sessionState';

/**
 * The session's state is a plain object in a store: each case sets up exactly the state it
 * needs (no start-up, no module-level session) and inspects the state that results.
 */
const KEY = `client.${v2.id}`;
let db = memoryClientStore();
const notices: Notice[] = [];

async function session(state: Partial<SessionState>): Promise<Session> {
  const parse = await loadValidator();
  return createSession(
    { db, app: useStore, report: (n) => notices.push(n), parse, tabId: 'this-tab' },
    createStore(() => ({ ...initialSessionState(), ready: true, activeId: v2.id, ...state })),
  );
}

describe('a client-file session', () => {
  beforeEach(() => {
    db = memoryClientStore();
    notices.length = 0;
    db.data.set(KEY, JSON.stringify({ ...v2, revision: 5 }));
  });

  it('refuses to save over a revision it never saw: a conflict, and nothing written', async () => {
    const s = await session({ baseRevision: 3, dirty: true });
    await flush(s);
    expect(s.state.getState()).toMatchObject({ conflict: true, dirty: true, baseRevision: 3 });
    expect(db.data.get(KEY)).toBe(JSON.stringify({ ...v2, revision: 5 }));
  });

  it('saves over the revision it saw: the next revision, with its list line, in one write', async () => {
    const s = await session({ baseRevision: 5, dirty: true });
    useStore.getState().setField(['business', 'name'], 'Saved by the test');
    await flush(s);
    expect(s.state.getState()).toMatchObject({ conflict: false, dirty: false, baseRevision: 6 });
    const record = JSON.parse(db.data.get(KEY) as string);
    expect(record).toMatchObject({ revision: 6, name: v2.name });
    expect(record.state.draft.business.name).toBe('Saved by the test');
    const index = JSON.parse(db.data.get('index') as string);
    expect(index.clients).toEqual([
      expect.objectContaining({ id: v2.id, businessName: 'Saved by the test' }),
    ]);
    expect(s.state.getState().clients.map((c) => c.id)).toEqual([v2.id]);
  });

  it('follows another tab when idle, and asks when it has unsaved edits', async () => {
    const idle = await session({ baseRevision: 4 });
    await onTabMessage(idle, { type: 'saved', id: v2.id, revision: 5, from: 'other' });
    expect(idle.state.getState()).toMatchObject({ baseRevision: 5, conflict: false });
    expect(useStore.getState().draft.business.name).toBe('Lotus Tea House');

    const busy = await session({ baseRevision: 4, dirty: true });
    await onTabMessage(busy, { type: 'saved', id: v2.id, revision: 5, from: 'other' });
    expect(busy.state.getState()).toMatchObject({ baseRevision: 4, conflict: true });
  });

  it('holds its saves while a conflict waits for the user', async () => {
    const s = await session({ baseRevision: 5, dirty: true, conflict: true });
    const { queueSave } = await import('./autosave');
    queueSave(s);
    expect(s.run.timer).toBeNull();
  });
});
