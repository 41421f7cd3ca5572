import { create } from 'zustand';
import type { ParsePlanResult } from '../io/planFile';
import type { PlanFile } from '../io/planSchema';
import type { ShareLinkError } from '../io/shareLink';
import { byLastEdited, emptyIndex, readIndex, type ClientIndex, type ClientMeta } from './clientIndex';
import { isQuotaError, memoryClientStore, type ClientStore } from './clientStore';
import { idbClientStore } from './idbClientStore';
import { CLIENT_RECORD_VERSION, readRecord, restorePlan, savedLang, savedState, type ClientRecord } from './persistence';
import type { ValidPlan } from './planSlice';
import { DEFAULT_SCENARIO_ID } from './scenarioSlice';
import { CLIENT_DB, STORAGE_KEYS } from './storageKeys';
import type { AppState } from './store';
import type { Notice } from './uiSlice';
import { loadValidator } from './validator';

/**
 * Client files: many plans, each autosaved as its own versioned record, one open at a time.
 * Load = parse → migrate → validate → merge; a record that fails is moved aside (never deleted)
 * and reported, and the rest load. Saves are compare-and-set on a revision number inside one
 * storage transaction, and a BroadcastChannel tells other tabs, so two tabs never silently
 * overwrite each other: an idle tab follows the other's edits, a tab with unsaved edits is asked.
 */

/** What the client-file UI shows (a small store of its own, loaded with this chunk). */
export type ClientsView = {
  ready: boolean;
  clients: ClientMeta[];
  activeId: string | null;
  /** Another tab saved the open file while this tab had changes it had not saved. */
  conflict: boolean;
  /** The last deleted file, restorable with Undo until the next delete. */
  deleted: { meta: ClientMeta; text: string } | null;
  /** The share link this page was opened with could not be read; nothing was changed. */
  shareError: ShareLinkError | null;
  /** A share link was opened as a new client file. */
  sharedOpened: string | null;
};

export const useClients = create<ClientsView>(() => ({
  ready: false,
  clients: [],
  activeId: null,
  conflict: false,
  deleted: null,
  shareError: null,
  sharedOpened: null,
}));

/** The app store, as much of it as the session uses. */
export type AppApi = {
  getState: () => AppState;
  setState: (patch: Partial<AppState>) => void;
  subscribe: (listener: (state: AppState, previous: AppState) => void) => () => void;
  temporal: { getState: () => { clear: () => void } };
};

type Session = {
  db: ClientStore;
  app: AppApi;
  report: (notice: Notice) => void;
  parse: (value: unknown) => ParsePlanResult;
  tabId: string;
  activeId: string;
  /** The open file's revision this tab last read or wrote; 0 = never saved. */
  baseRevision: number;
  /** Edits not yet saved. */
  dirty: boolean;
  timer: ReturnType<typeof setTimeout> | null;
  /** True while this module sets the store from storage (not a user edit). */
  applying: boolean;
  channel: BroadcastChannel | null;
  /** The save in progress, so saves never overlap. */
  saving: Promise<void>;
};

/** Edits closer together than this are saved once. */
const SAVE_DELAY_MS = 250;

let session: Session | null = null;
let started: ((s: Session) => void) | null = null;
const sessionReady = new Promise<Session>((resolve) => (started = resolve));

const recordKey = (id: string) => `${CLIENT_DB.clientPrefix}${id}`;
const now = () => new Date().toISOString();

export function newClientId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The browser's IndexedDB, or memory where there is none (jsdom, storage blocked). */
export function defaultClientStore(): ClientStore {
  return typeof indexedDB === 'undefined' ? memoryClientStore() : idbClientStore();
}

function setMarker(hasData: boolean): void {
  try {
    if (hasData) localStorage.setItem(STORAGE_KEYS.hasData, '1');
    else localStorage.removeItem(STORAGE_KEYS.hasData);
  } catch {
    // Storage blocked: the next visit shows the sample first, then the saved plan.
  }
}

function post(s: Session, message: { type: 'saved'; id: string; revision: number } | { type: 'index' }): void {
  s.channel?.postMessage({ ...message, from: s.tabId });
}

/** Report a storage failure: a full quota gets the "export your plan" notice. */
function storageFailed(s: Session, e: unknown): void {
  s.report(
    isQuotaError(e)
      ? { id: 'storage_full', code: 'storage_full' }
      : { id: 'storage_unavailable', code: 'storage_unavailable' },
  );
}

function safeText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return String(raw);
  }
}

/**
 * Move unreadable data aside under `corrupt.<what>.<time>` and tell the user, who can download
 * it. The original is removed only once the copy is written.
 */
async function keepAside(s: Session, originalKey: string, raw: unknown): Promise<void> {
  const keptAs = `${CLIENT_DB.corruptPrefix}${originalKey}.${now()}`;
  try {
    await s.db.set(keptAs, safeText(raw));
    await s.db.del(originalKey);
    s.report({ id: `storage_corrupt`, code: 'storage_corrupt', keptAs });
  } catch {
    s.report({ id: `storage_corrupt`, code: 'storage_corrupt', keptAs: originalKey });
  }
}

/** Change the stored index in one transaction and show the result. */
async function changeIndex(s: Session, change: (index: ClientIndex) => void): Promise<void> {
  let next: ClientIndex = emptyIndex();
  await s.db.update(CLIENT_DB.index, (old) => {
    next = (old === undefined ? null : readIndex(old)) ?? emptyIndex();
    change(next);
    return JSON.stringify(next);
  });
  showIndex(s, next);
}

function showIndex(s: Session, index: ClientIndex): void {
  useClients.setState({ clients: [...index.clients].sort(byLastEdited), activeId: s.activeId });
  setMarker(index.clients.length > 0);
}

function metaOf(record: ClientRecord): ClientMeta {
  const draft = record.state.draft as { business?: { name?: unknown } } | null;
  const businessName = typeof draft?.business?.name === 'string' ? draft.business.name : '';
  return { id: record.id, name: record.name, businessName, updatedAt: record.updatedAt };
}

function upsert(index: ClientIndex, meta: ClientMeta): void {
  const at = index.clients.findIndex((c) => c.id === meta.id);
  if (at >= 0) index.clients[at] = meta;
  else index.clients.push(meta);
}

/** Put a record's plan on screen. False when its plan does not validate. */
function apply(s: Session, record: ClientRecord): boolean {
  const patch = restorePlan(record.state, s.parse, { scenarioId: DEFAULT_SCENARIO_ID });
  if (!patch) return false;
  s.applying = true;
  try {
    s.app.setState({ ...patch, tryOut: null });
  } finally {
    s.applying = false;
  }
  // Undo history belongs to one file: undoing into another client's plan would be a surprise.
  s.app.temporal.getState().clear();
  return true;
}

/** Read one stored record: parsed and migrated, or kept aside and null. */
async function readStored(s: Session, id: string): Promise<ClientRecord | null> {
  const raw = await s.db.get(recordKey(id));
  if (raw === undefined) return null;
  const read = readRecord(raw, { id, now: now() });
  if (read.ok) return { ...read.record, id };
  await keepAside(s, recordKey(id), raw);
  return null;
}

/** Open a stored file in this tab: validated, or kept aside and false. */
async function openStored(s: Session, id: string): Promise<boolean> {
  const record = await readStored(s, id);
  if (!record) return false;
  if (!apply(s, record)) {
    await keepAside(s, recordKey(id), JSON.stringify(record));
    return false;
  }
  s.activeId = id;
  s.baseRevision = record.revision;
  s.dirty = false;
  return true;
}

/** Save the open file now if it has unsaved edits. */
async function save(s: Session): Promise<void> {
  if (s.timer) clearTimeout(s.timer);
  s.timer = null;
  if (!s.dirty) return;
  s.dirty = false;
  const id = s.activeId;
  const state = savedState(s.app.getState());
  const at = now();
  let conflict = false;
  let written: ClientRecord | null = null;
  let unreadable: unknown;
  try {
    await s.db.update(recordKey(id), (old) => {
      conflict = false;
      written = null;
      let stored: ClientRecord | null = null;
      if (old !== undefined) {
        const read = readRecord(old, { id, now: at });
        if (read.ok) stored = read.record;
        else unreadable = old;
      }
      if (stored && stored.revision > s.baseRevision) {
        conflict = true;
        return undefined;
      }
      written = {
        version: CLIENT_RECORD_VERSION,
        id,
        name: stored?.name ?? '',
        createdAt: stored?.createdAt ?? at,
        updatedAt: at,
        revision: (stored?.revision ?? 0) + 1,
        state,
      };
      return JSON.stringify(written);
    });
  } catch (e) {
    s.dirty = true;
    storageFailed(s, e);
    return;
  }
  if (unreadable !== undefined) {
    // The stored copy was unreadable: it is replaced by the plan on screen, so keep it aside.
    await keepAside(s, `${recordKey(id)}.overwritten`, unreadable).catch(() => undefined);
  }
  if (conflict) {
    s.dirty = true;
    useClients.setState({ conflict: true });
    return;
  }
  const record = written as ClientRecord | null;
  if (!record) return;
  s.baseRevision = record.revision;
  try {
    await changeIndex(s, (index) => {
      upsert(index, metaOf(record));
      index.activeId = id;
    });
  } catch (e) {
    storageFailed(s, e);
  }
  post(s, { type: 'saved', id, revision: record.revision });
}

function queueSave(s: Session): void {
  s.dirty = true;
  if (useClients.getState().conflict) return; // wait for the user's choice
  if (s.timer) clearTimeout(s.timer);
  s.timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
}

/** Save pending edits now (before switching files, leaving the page, or in tests). */
export function flush(): Promise<void> {
  const s = session;
  if (!s) return Promise.resolve();
  s.saving = s.saving.then(() => save(s));
  return s.saving;
}

/** Another tab saved or changed the list. */
async function onMessage(s: Session, data: { type?: string; id?: string; revision?: number; from?: string }) {
  if (data.from === s.tabId) return;
  const index = readIndex(await s.db.get(CLIENT_DB.index));
  if (index) showIndex(s, index);
  if (data.type !== 'saved' || data.id !== s.activeId || (data.revision ?? 0) <= s.baseRevision) return;
  if (s.dirty) {
    useClients.setState({ conflict: true });
    return;
  }
  // This tab has nothing unsaved: follow the other tab.
  const record = await readStored(s, s.activeId);
  if (record && apply(s, record)) s.baseRevision = record.revision;
}

/**
 * Start client files: read the list (moving today's single localStorage save into the first
 * file on first run), open the file last used, open a share link if the page came with one,
 * then autosave. Called once by `hydrate()`, after the validator has loaded.
 */
export async function startClientFiles(
  app: AppApi,
  report: (notice: Notice) => void,
  db: ClientStore = defaultClientStore(),
): Promise<void> {
  const parse = await loadValidator();
  const s: Session = {
    db,
    app,
    report,
    parse,
    tabId: newClientId(),
    activeId: newClientId(),
    baseRevision: 0,
    dirty: false,
    timer: null,
    applying: false,
    channel: null,
    saving: Promise.resolve(),
  };
  // Subscribed before the first await, so no edit slips through while storage is read.
  app.subscribe((state, previous) => {
    if (s.applying) return;
    // Not `valid`: re-validating the same draft (start-up) is no edit worth saving.
    const planChanged =
      state.draft !== previous.draft ||
      state.scenarioId !== previous.scenarioId ||
      state.exampleId !== previous.exampleId;
    if (!session) {
      if (planChanged) s.dirty = true; // still loading: saved once the open file is known
      return;
    }
    if (state.lang !== previous.lang) void changeIndex(s, (i) => void (i.lang = state.lang)).catch(() => undefined);
    if (planChanged) queueSave(s);
  });
  let index: ClientIndex;
  try {
    const raw = await db.get(CLIENT_DB.index);
    const read = raw === undefined ? emptyIndex() : readIndex(raw);
    if (read) index = read;
    else {
      await keepAside(s, CLIENT_DB.index, raw);
      index = await rebuildIndex(s);
    }
    if (raw === undefined) index = await migrateLegacySave(s, index);
  } catch (e) {
    // No usable storage: the app works in memory and says so.
    storageFailed(s, e);
    index = emptyIndex();
  }
  if (index.lang) app.setState({ lang: index.lang });

  // The file last open, else the most recent one that reads; unreadable ones are kept aside.
  const order = [index.activeId, ...[...index.clients].sort(byLastEdited).map((c) => c.id)];
  const failed = new Set<string>();
  for (const id of order) {
    if (!id || failed.has(id)) continue;
    try {
      if (await openStored(s, id)) break;
    } catch (e) {
      storageFailed(s, e);
      break;
    }
    failed.add(id);
  }
  if (failed.size > 0) {
    index.clients = index.clients.filter((c) => !failed.has(c.id));
    await db.set(CLIENT_DB.index, JSON.stringify(index)).catch(() => undefined);
  }
  index.activeId = s.activeId;
  session = s;
  showIndex(s, index);
  useClients.setState({ ready: true });

  // Edits made while the files were loading (a first visit can type at once) are saved now.
  if (s.dirty) queueSave(s);
  if (typeof BroadcastChannel !== 'undefined') {
    s.channel = new BroadcastChannel(CLIENT_DB.channel);
    s.channel.onmessage = (e: MessageEvent) => void onMessage(s, (e.data ?? {}) as Parameters<typeof onMessage>[1]);
  }
  // The actions below wait for this; a share link is opened through them.
  started?.(s);
  if (typeof window !== 'undefined') {
    // Save at once when the tab is hidden or closed rather than after the typing pause.
    window.addEventListener('pagehide', () => void flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void flush();
    });
    window.addEventListener('hashchange', () => void openShareLink());
    await openShareLink();
  }
}

/** The list rebuilt from the records themselves (the index was unreadable). */
async function rebuildIndex(s: Session): Promise<ClientIndex> {
  const index = emptyIndex();
  for (const key of await s.db.keys()) {
    if (!key.startsWith(CLIENT_DB.clientPrefix)) continue;
    const record = await readStored(s, key.slice(CLIENT_DB.clientPrefix.length));
    if (record) index.clients.push(metaOf(record));
  }
  await s.db.set(CLIENT_DB.index, JSON.stringify(index));
  return index;
}

/**
 * First run with client files: the single plan saved in localStorage (envelope version 1)
 * becomes the first client file. The old text is then kept under `fundgap.state.migrated`.
 */
async function migrateLegacySave(s: Session, index: ClientIndex): Promise<ClientIndex> {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEYS.state);
  } catch {
    return index;
  }
  if (raw === null) return index;
  const id = newClientId();
  const read = readRecord(raw, { id, now: now() });
  if (read.ok) {
    index.clients.push(metaOf(read.record));
    index.activeId = id;
    index.lang = savedLang(read.record.state.lang);
    await s.db.set(recordKey(id), JSON.stringify(read.record));
    await s.db.set(CLIENT_DB.index, JSON.stringify(index));
  } else {
    await keepAside(s, STORAGE_KEYS.state, raw);
  }
  try {
    localStorage.setItem(STORAGE_KEYS.legacyMigrated, raw);
    localStorage.removeItem(STORAGE_KEYS.state);
  } catch {
    // No room to move it: it stays where it was; the index now exists, so it is not read again.
  }
  return index;
}

/** Open the share link in the address bar, if any, as a new client file. */
async function openShareLink(): Promise<void> {
  const { isShareFragment, readShareFragment } = await import('../io/shareLink');
  const hash = location.hash;
  if (!isShareFragment(hash)) return;
  // The plan now lives in a client file (or was refused): drop it from the address bar so a
  // reload does not open it twice.
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  const result = readShareFragment(hash);
  if (!result.ok) {
    useClients.setState({ shareError: result.error, sharedOpened: null });
    return;
  }
  await createClient({ file: result.file, plan: result.plan, scenarios: result.scenarios });
  useClients.setState({ shareError: null, sharedOpened: useClients.getState().activeId });
}

// ── Actions for the UI ──────────────────────────────────────────────────────────────────────

/**
 * A new client file from a validated plan, saved and opened.
 * @example await createClient(validPlan, { exampleId: 'restaurant' })
 */
export async function createClient(
  valid: ValidPlan,
  opts: { name?: string; exampleId?: AppState['exampleId']; scenarioId?: string } = {},
): Promise<string> {
  const s = await sessionReady;
  await flush();
  const id = newClientId();
  const at = now();
  const record: ClientRecord = {
    version: CLIENT_RECORD_VERSION,
    id,
    name: opts.name ?? '',
    createdAt: at,
    updatedAt: at,
    revision: 1,
    state: {
      draft: valid.file,
      validFile: valid.file,
      scenarioId: opts.scenarioId ?? s.app.getState().scenarioId,
      exampleId: opts.exampleId ?? null,
    },
  };
  apply(s, record);
  s.activeId = id;
  try {
    await s.db.set(recordKey(id), JSON.stringify(record));
    s.baseRevision = 1;
    s.dirty = false;
    await changeIndex(s, (index) => {
      upsert(index, metaOf(record));
      index.activeId = id;
    });
    post(s, { type: 'index' });
  } catch (e) {
    // Not saved, but open in memory with the plan intact; the next edit tries again.
    s.baseRevision = 0;
    s.dirty = true;
    useClients.setState({ activeId: id });
    storageFailed(s, e);
  }
  return id;
}

/** Open another client file. False (and the current one stays open) if it cannot be read. */
export async function openClient(id: string): Promise<boolean> {
  const s = await sessionReady;
  if (id === s.activeId) return true;
  await flush();
  if (useClients.getState().conflict) return false;
  const ok = await openStored(s, id);
  try {
    await changeIndex(s, (index) => {
      if (ok) index.activeId = id;
      else index.clients = index.clients.filter((c) => c.id !== id);
    });
  } catch (e) {
    storageFailed(s, e);
  }
  return ok;
}

export async function renameClient(id: string, name: string): Promise<void> {
  const s = await sessionReady;
  await flush();
  const at = now();
  let meta: ClientMeta | null = null;
  await s.db.update(recordKey(id), (old) => {
    const read = old === undefined ? null : readRecord(old, { id, now: at });
    if (!read?.ok) return undefined;
    // The name is not part of the plan: no new revision, so a tab editing this file's plan is
    // not told of a conflict over it (its next save keeps the stored name).
    const record = { ...read.record, name: name.trim(), updatedAt: at };
    meta = metaOf(record);
    return JSON.stringify(record);
  });
  const renamed = meta as ClientMeta | null;
  if (!renamed) return;
  await changeIndex(s, (index) => upsert(index, renamed));
  post(s, { type: 'index' });
}

/** A copy of a client file next to it, named "… (copy)" by the caller. */
export async function duplicateClient(id: string, name: string): Promise<string | null> {
  const s = await sessionReady;
  await flush();
  const record = await readStored(s, id);
  if (!record) return null;
  const copyId = newClientId();
  const at = now();
  const copy: ClientRecord = { ...record, id: copyId, name, createdAt: at, updatedAt: at, revision: 1 };
  await s.db.set(recordKey(copyId), JSON.stringify(copy));
  await changeIndex(s, (index) => upsert(index, metaOf(copy)));
  post(s, { type: 'index' });
  return copyId;
}

/**
 * Delete a client file; `restoreDeleted` brings it back. Deleting the open file opens the most
 * recent other one (or a copy of the sample when it was the last).
 */
export async function deleteClient(id: string, fallback: () => ValidPlan): Promise<void> {
  const s = await sessionReady;
  await flush();
  const raw = await s.db.get(recordKey(id));
  const meta = useClients.getState().clients.find((c) => c.id === id);
  if (!meta) return;
  useClients.setState({ deleted: { meta, text: raw === undefined ? '' : safeText(raw) } });
  if (id === s.activeId) {
    const next = useClients.getState().clients.filter((c) => c.id !== id);
    let opened = false;
    for (const c of next) if ((opened = await openStored(s, c.id))) break;
    if (!opened) {
      await s.db.del(recordKey(id));
      await changeIndex(s, (index) => void (index.clients = index.clients.filter((c) => c.id !== id)));
      await createClient(fallback(), { exampleId: 'online-shop' });
      post(s, { type: 'index' });
      return;
    }
  }
  await s.db.del(recordKey(id));
  await changeIndex(s, (index) => {
    index.clients = index.clients.filter((c) => c.id !== id);
    index.activeId = s.activeId;
  });
  post(s, { type: 'index' });
}

/** Undo the last delete: the file comes back as it was (not opened). */
export async function restoreDeleted(): Promise<void> {
  const s = await sessionReady;
  const deleted = useClients.getState().deleted;
  if (!deleted || deleted.text === '') return;
  await s.db.set(recordKey(deleted.meta.id), deleted.text);
  await changeIndex(s, (index) => upsert(index, deleted.meta));
  useClients.setState({ deleted: null });
  post(s, { type: 'index' });
}

/**
 * Answer a two-tab conflict. `theirs`: show what the other tab saved. `copy`: keep this tab's
 * plan as a new client file (both versions survive). `mine`: save this tab's plan over theirs.
 */
export async function resolveConflict(choice: 'theirs' | 'copy' | 'mine', copyName: string): Promise<void> {
  const s = await sessionReady;
  const record = await readStored(s, s.activeId);
  useClients.setState({ conflict: false });
  if (choice === 'theirs') {
    if (record && apply(s, record)) s.baseRevision = record.revision;
    s.dirty = false;
    return;
  }
  if (choice === 'copy') {
    const { valid, scenarioId, exampleId } = s.app.getState();
    const mine = { draft: s.app.getState().draft, scenarioId };
    s.dirty = false;
    await createClient(valid, { name: copyName, exampleId, scenarioId });
    // The copy keeps the draft as typed, not only its last valid plan.
    s.applying = false;
    s.app.setState({ draft: mine.draft });
    return;
  }
  s.baseRevision = record?.revision ?? s.baseRevision;
  s.dirty = true;
  await flush();
}

/** The open file's saved record as text (for tests and the corrupt-data download). */
export async function readRaw(key: string): Promise<unknown> {
  const s = await sessionReady;
  return s.db.get(key);
}

/** The plan file currently open, for export and share links. */
export function currentPlanFile(app: AppApi): PlanFile {
  return app.getState().valid.file;
}
