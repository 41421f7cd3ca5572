import { metaOf, type ClientIndex } from '../../io/clientIndexFile';
import {
  CLIENT_RECORD_VERSION,
  namesOf,
  readClientRecord,
  stringifyClientRecord,
  type ClientRecord,
} from '../../io/clientRecord';
import { savedState } from '../persistence';
import { CLIENT_DB } from '../storageKeys';
import { nextIndex, showIndex, upsert } from './clientList';
import { post } from './otherTabs';
import { addAlert, currentSession, now, patch, recordKey, stateOf, type Session } from './session';
import { asideKey, safeText, storageFailed, storageWorks } from './storageFailures';

/** Edits closer together than this are saved once. */
const SAVE_DELAY_MS = 250;

type Outcome =
  | { kind: 'saved'; record: ClientRecord; index: ClientIndex; keptAs: string | null }
  | { kind: 'conflict' }
  | { kind: 'too_new'; raw: unknown }
  | { kind: 'nothing' };

/**
 * Save the open file now if it has unsaved edits: the record and the list line that names it in
 * one transaction, compare-and-set on the revision this tab last saw.
 */
async function save(s: Session): Promise<void> {
  if (s.run.timer) clearTimeout(s.run.timer);
  s.run.timer = null;
  const { dirty, activeId: id, baseRevision, unwritten } = stateOf(s);
  if (!dirty) return;
  patch(s, { dirty: false });
  const state = savedState(s.app.getState());
  const at = now();
  const key = recordKey(id);
  let outcome: Outcome = { kind: 'nothing' };
  try {
    await s.db.transact([key, CLIENT_DB.index], ([old, oldIndex]) => {
      let stored: ClientRecord | null = null;
      let unreadable: string | null = null;
      if (old !== undefined) {
        const read = readClientRecord(old, { id, now: at });
        if (read.ok) stored = read.record;
        else if (read.reason === 'too_new') {
          // Never written over: a newer FundGap (another tab, already updated) saved this file.
          outcome = { kind: 'too_new', raw: old };
          return undefined;
        } else unreadable = safeText(old);
      }
      if (stored && stored.revision > baseRevision) {
        outcome = { kind: 'conflict' };
        return undefined;
      }
      const record: ClientRecord = {
        version: CLIENT_RECORD_VERSION,
        id,
        name: stored?.name ?? unwritten?.name ?? '',
        createdAt: stored?.createdAt ?? unwritten?.createdAt ?? at,
        updatedAt: at,
        revision: (stored?.revision ?? 0) + 1,
        state,
      };
      const index = nextIndex(s, oldIndex, (i) => {
        upsert(i, metaOf(record));
        i.activeId = id;
      });
      // The stored copy was unreadable: it is replaced by the plan on screen, so it is kept aside
      // in the same transaction.
      const keptAs = unreadable === null ? null : asideKey(`${key}.overwritten`);
      outcome = { kind: 'saved', record, index, keptAs };
      return {
        [key]: stringifyClientRecord(record),
        [CLIENT_DB.index]: JSON.stringify(index),
        ...(keptAs ? { [keptAs]: unreadable } : {}),
      };
    });
  } catch (e) {
    patch(s, { dirty: true });
    storageFailed(s, e);
    return;
  }
  const done = outcome as Outcome;
  if (done.kind === 'conflict') {
    patch(s, { dirty: true, conflict: true });
    return;
  }
  if (done.kind === 'too_new') {
    patch(s, { dirty: true });
    addAlert(s, { kind: 'too_new', id, file: namesOf(done.raw), key });
    return;
  }
  if (done.kind !== 'saved') return;
  patch(s, { baseRevision: done.record.revision, unwritten: null });
  storageWorks(s);
  if (done.keptAs)
    s.report({ id: 'storage_corrupt', code: 'storage_corrupt', keptAs: done.keptAs });
  showIndex(s, done.index);
  post(s, { type: 'saved', id, revision: done.record.revision });
}

export function queueSave(s: Session): void {
  patch(s, { dirty: true });
  if (stateOf(s).conflict) return; // wait for the user's choice
  if (s.run.timer) clearTimeout(s.run.timer);
  s.run.timer = setTimeout(() => void flush(s), SAVE_DELAY_MS);
}

/**
 * Save pending edits now (before switching files, leaving the page, updating the app, or in
 * tests). Without an argument: the app's session.
 */
export function flush(session?: Session): Promise<void> {
  const s = session ?? currentSession();
  if (!s) return Promise.resolve();
  s.run.saving = s.run.saving.then(() => save(s));
  return s.run.saving;
}
