import { STORAGE_KEYS } from '../storageKeys';

/**
 * The Web Locks API for unit tests (jsdom has none): every "tab" of a test lives in one window,
 * so a lock stays held until the test closes that tab. For tests only.
 */
export function installFakeLocks(): { closeTab: (tabId: string) => void; remove: () => void } {
  const held = new Set<string>();
  const locks = {
    request: (name: string) => {
      held.add(name);
      return new Promise<never>(() => undefined);
    },
    query: async () => ({ held: [...held].map((name) => ({ name })) }),
  };
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
  return {
    closeTab: (tabId) => void held.delete(`${STORAGE_KEYS.tabLockPrefix}${tabId}`),
    remove: () => void Reflect.deleteProperty(navigator, 'locks'),
  };
}
