import { isQuotaError } from '../clientStore';
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

export function safeText(raw: unknown): string {
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
export async function keepAside(s: Session, originalKey: string, raw: unknown): Promise<void> {
  const keptAs = `${CLIENT_DB.corruptPrefix}${originalKey}.${now()}`;
  try {
    await s.db.set(keptAs, safeText(raw));
    await s.db.del(originalKey);
    s.report({ id: `storage_corrupt`, code: 'storage_corrupt', keptAs });
  } catch {
    s.report({ id: `storage_corrupt`, code: 'storage_corrupt', keptAs: originalKey });
  }
}

/** The open file's saved record as text (for tests and the corrupt-data download). */
export async function readRaw(key: string): Promise<unknown> {
  const s = await sessionReady;
  return s.db.get(key);
}
