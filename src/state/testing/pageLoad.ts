import { vi } from 'vitest';
import type { ClientStore } from '../clientStore';

/**
 * One page load in a unit test — a browser tab: fresh store and client-file session modules over
 * the shared storage `db`, which survives between loads as IndexedDB would. For tests only.
 */
export async function pageLoad(db: ClientStore) {
  vi.resetModules();
  const { useStore, hydrate } = await import('../store');
  await hydrate(db);
  const session = {
    ...(await import('../clientSession/autosave')),
    ...(await import('../clientSession/conflict')),
    ...(await import('../clientSession/deleteWithUndo')),
    ...(await import('../clientSession/fileActions')),
    ...(await import('../clientSession/session')),
  };
  const { useClients } = await import('../clientSession/useClients');
  const { firstExample } = await import('../planSlice');
  return {
    useStore,
    session,
    /** The session's state now. */
    clients: () => useClients.getState(),
    /** The listed files' names (their own, else the business name), sorted. */
    names: () =>
      useClients
        .getState()
        .clients.map((c) => c.name || c.businessName)
        .sort(),
    notices: () => useStore.getState().notices.map((n) => n.code),
    sample: firstExample,
  };
}
