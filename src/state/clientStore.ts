/**
 * Where client files are kept: a small key → text store. The browser uses IndexedDB
 * (`idbClientStore.ts`, through idb-keyval); unit tests use `memoryClientStore()` because jsdom
 * has no IndexedDB. Values are the JSON text of a versioned record, so what cannot be read is
 * kept aside exactly as it was found.
 *
 * Writes are all or nothing: a record and the list that names it are written in one
 * transaction, so no failure (a full disk, a tab closed mid-save) can leave one without the other.
 */

/** Keys to put (text) or delete (null), in one transaction. */
export type Writes = Readonly<Record<string, string | null>>;

export type ClientStore = {
  /** The stored value (normally a string), or undefined. */
  get: (key: string) => Promise<unknown>;
  keys: () => Promise<string[]>;
  /**
   * Read `keys`, then write what `change` returns — all in one readwrite transaction, so another
   * tab cannot interleave between the read and the write, and either every write lands or none
   * does. `change` returns `undefined` to write nothing. Rejects with a `QuotaExceededError`
   * DOMException when storage is full.
   */
  transact: (
    keys: readonly string[],
    change: (values: unknown[]) => Writes | undefined,
  ) => Promise<void>;
};

/** Put and delete several keys at once, all or nothing. */
export function write(db: ClientStore, writes: Writes): Promise<void> {
  return db.transact([], () => writes);
}

/**
 * An in-memory store for tests. `failWrites` simulates a full disk; `failOn` fails any
 * transaction that writes a matching key (nothing of it is written, as in IndexedDB).
 * @example const store = memoryClientStore(); await write(store, { k: '{}' });
 */
export function memoryClientStore(): ClientStore & {
  data: Map<string, unknown>;
  failWrites: boolean;
  failOn: ((key: string) => boolean) | null;
} {
  const data = new Map<string, unknown>();
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const self = {
    data,
    failWrites: false,
    failOn: null as ((key: string) => boolean) | null,
    get: async (key: string) => data.get(key),
    keys: async () => [...data.keys()],
    transact: async (
      keys: readonly string[],
      change: (values: unknown[]) => Writes | undefined,
    ) => {
      const writes = change(keys.map((k) => data.get(k)));
      if (!writes) return;
      const entries = Object.entries(writes);
      if (entries.length === 0) return;
      if (self.failWrites || entries.some(([k]) => self.failOn?.(k))) throw quota();
      for (const [k, v] of entries) {
        if (v === null) data.delete(k);
        else data.set(k, v);
      }
    },
  };
  return self;
}

/** True for the error a full browser storage throws (named differently across browsers). */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
