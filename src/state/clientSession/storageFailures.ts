import { isQuotaError, write } from '../clientStore';
import { CLIENT_DB } from '../storageKeys';
import { now, sessionReady, type Session } from './session';

/** Report a storage failure: a full quota gets the "export your plan" notice. */
export function storageFailed(s: Session, e: unknown): void {
  s.report(
    isQuotaError(e)
      ? { id: 'storage_full', code: 'storage_full' }
      : { id: 'storage_unavailable', code: 'storage_unavailable' },
  );
}

/** A save went through: a "storage full" notice is no longer true. */
export function storageWorks(s: Session): void {
  const { notices, dismissNotice } = s.app.getState();
  if (notices.some((n) => n.code === 'storage_full')) dismissNotice('storage_full');
}

export function safeText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return String(raw);
  }
}

/** Where data from `originalKey` is kept aside: `corrupt.<what>.<time>`. */
export const asideKey = (originalKey: string): string =>
  `${CLIENT_DB.corruptPrefix}${originalKey}.${now()}`;

/**
 * Move unreadable data aside under `corrupt.<what>.<time>` and tell the user, who can download
 * it. The copy and the removal are one transaction: the data is never in neither place.
 */
export async function keepAside(s: Session, originalKey: string, raw: unknown): Promise<void> {
  const keptAs = asideKey(originalKey);
  try {
    await write(s.db, { [keptAs]: safeText(raw), [originalKey]: null });
    s.report({ id: `storage_corrupt`, code: 'storage_corrupt', keptAs });
  } catch {
    s.report({ id: `storage_corrupt`, code: 'storage_corrupt', keptAs: originalKey });
  }
}

/** Keep a copy of data exactly as found, leaving the original where it is: the copy's key, or null. */
export async function copyAside(
  s: Session,
  originalKey: string,
  raw: unknown,
): Promise<string | null> {
  const keptAs = asideKey(originalKey);
  try {
    await write(s.db, { [keptAs]: safeText(raw) });
    return keptAs;
  } catch {
    return null;
  }
}

/** A stored value as found (for tests and the set-aside downloads). */
export async function readRaw(key: string): Promise<unknown> {
  const s = await sessionReady;
  return s.db.get(key);
}
