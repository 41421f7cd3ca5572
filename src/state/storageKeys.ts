/** Every storage key and channel name FundGap uses, in one place. */
export const STORAGE_KEYS = {
  /**
   * The single-plan save of FundGap before client files (zustand `persist` envelope
   * `{ state, version: 1 }` in localStorage). Read once, on first run, into the first client file.
   */
  state: 'fundgap.state',
  /** Where that old save is moved once it is safely in IndexedDB (kept, never deleted). */
  legacyMigrated: 'fundgap.state.migrated',
  /**
   * localStorage marker: saved client files exist. `main.tsx` reads it synchronously to decide
   * whether the prerendered sample may be shown, without waiting on IndexedDB.
   */
  hasData: 'fundgap.hasData',
  /** Prefix of unreadable saved data set aside (never deleted) for the user to download. */
  corruptPrefix: 'fundgap.corrupt.',
  /** The language chosen (`en` / `zh-CN`); index.html's inline script reads it too. */
  lang: 'fundgap.lang',
  /** Large amounts in 万 in cards and tables (`1` / `0`), Chinese only (`wanMemory.ts`). */
  wan: 'fundgap.wan',
  /**
   * Prefix of the edit a tab holds while a two-tab conflict waits for its user:
   * `fundgap.unsaved.<client id>.<tab id>`, a client record written synchronously (it must land
   * even as the tab closes, where IndexedDB might not finish) and kept current until the
   * conflict is settled. A tab that closes without settling it leaves it behind; the next start
   * turns it into a client file of its own.
   */
  unsavedPrefix: 'fundgap.unsaved.',
  /** Web Lock each tab holds while it is open (`fundgap.tab.<tab id>`): a set-aside edit whose tab still holds it is not left behind. */
  tabLockPrefix: 'fundgap.tab.',
  /** The advisor's name, firm and contact for the report (`src/io/advisorProfile.ts`). */
  advisor: 'fundgap.advisor',
  /** The report's commentary per client file id (`readCommentary`, `src/io/advisorProfile.ts`). */
  commentary: 'fundgap.commentary',
} as const;

/** IndexedDB (idb-keyval) database, object store and keys of the client files. */
export const CLIENT_DB = {
  database: 'fundgap',
  objectStore: 'client-files',
  /** The list of client files, the open one and the language: a cache of the records. */
  index: 'index',
  /** One record per client file: `client.<id>`. */
  clientPrefix: 'client.',
  /** Unreadable records and indexes, kept aside: `corrupt.<what>.<time>`. */
  corruptPrefix: 'corrupt.',
  /** BroadcastChannel that tells other tabs a client file or the list changed. */
  channel: 'fundgap.client-files',
} as const;
