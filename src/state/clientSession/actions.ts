import type * as Conflict from './conflict';
import type * as Delete from './deleteWithUndo';
import type * as Files from './fileActions';
import type * as Same from './samePlan';
import type * as Transfer from './bookTransfer';

/**
 * The client-file actions the UI calls. The buttons render with the first screen, but the
 * session (record readers, zod) loads with `hydrate()`: importing the actions from here keeps
 * the UI's chunk free of it. Every action waits for the session anyway.
 */
const files = () => import('./fileActions');

export const createClient = async (...a: Parameters<typeof Files.createClient>) =>
  (await files()).createClient(...a);
export const openClient = async (...a: Parameters<typeof Files.openClient>) =>
  (await files()).openClient(...a);
export const renameClient = async (...a: Parameters<typeof Files.renameClient>) =>
  (await files()).renameClient(...a);
export const duplicateClient = async (...a: Parameters<typeof Files.duplicateClient>) =>
  (await files()).duplicateClient(...a);
export const deleteClient = async (...a: Parameters<typeof Delete.deleteClient>) =>
  (await import('./deleteWithUndo')).deleteClient(...a);
export const restoreDeleted = async (...a: Parameters<typeof Delete.restoreDeleted>) =>
  (await import('./deleteWithUndo')).restoreDeleted(...a);
export const resolveConflict = async (...a: Parameters<typeof Conflict.resolveConflict>) =>
  (await import('./conflict')).resolveConflict(...a);

export const findSamePlan = async (...a: Parameters<typeof Same.findSamePlan>) =>
  (await import('./samePlan')).findSamePlan(...a);
export const saveOpenPlan = async (...a: Parameters<typeof Same.saveOpenPlan>) =>
  (await import('./samePlan')).saveOpenPlan(...a);

export const bookClients = async (...a: Parameters<typeof Transfer.bookClients>) =>
  (await import('./bookTransfer')).bookClients(...a);
export const mergeBook = async (...a: Parameters<typeof Transfer.mergeBook>) =>
  (await import('./bookTransfer')).mergeBook(...a);

/** The plan file inside stored data kept aside (any record version), or null. */
export async function setAsidePlanFile(
  key: string,
): Promise<{ text: string; businessName: string } | null> {
  const [{ planFileOf }, { readRaw }] = await Promise.all([
    import('../../io/clientRecord'),
    import('./storageFailures'),
  ]);
  return planFileOf(await readRaw(key));
}
