/**
 * Where client files are kept: a small key → text store. The browser uses IndexedDB
 * (`idbClientStore.ts`, through idb-keyval); unit tests use `memoryClientStore()` because jsdom
 * has no IndexedDB. Values are the JSON text of a versioned envelope, so what cannot be read is
 * kept aside exactly as it was found.
 */
export type ClientStore = {
  /** The stored value (normally a string), or undefined. */
  get: (key: string) => Promise<unknown>;
  /** Rejects with a `QuotaExceededError` DOMException when storage is full. */
  set: (key: string, value: string) => Promise<void>;
  del: (key: string) => Promise<void>;
  keys: () => Promise<string[]>;
  /**
   * Read-modify-write in one transaction, so two tabs cannot interleave between the read and the
   * write. `change` returns the new text, or `undefined` to leave the value as it is.
   */
  update: (key: string, change: (old: unknown) => string | undefined) => Promise<void>;
};

/**
 * An in-memory store for tests. `failWrites` simulates a full disk.
 * @example const store = memoryClientStore(); await store.set('k', '{}');
 */
export function memoryClientStore(): ClientStore & {
  data: Map<string, unknown>;
  failWrites: boolean;
} {
  const data = new Map<string, unknown>();
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const self = {
    data,
    failWrites: false,
    get: async (key: string) => data.get(key),
    set: async (key: string, value: string) => {
      if (self.failWrites) throw quota();
      data.set(key, value);
    },
    del: async (key: string) => {
      data.delete(key);
    },
    keys: async () => [...data.keys()],
    update: async (key: string, change: (old: unknown) => string | undefined) => {
      const next = change(data.get(key));
      if (next === undefined) return;
      if (self.failWrites) throw quota();
      data.set(key, next);
    },
  };
  return self;
}

/** True for the error a full browser storage throws (named differently across browsers). */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
