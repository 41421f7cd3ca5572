import { setAsidePlanFile } from '../../state/clientSession/actions';
import { readRaw } from '../../state/clientSession/storageFailures';
import { downloadText } from '../common/downloadText';
import { planFileName } from './download';

/**
 * Download data that was set aside because it could not be read: from the client-file
 * storage, or from localStorage for data kept there. Exactly as found, byte for byte.
 */
export async function downloadKeptAside(key: string): Promise<void> {
  let raw: unknown = await readRaw(key).catch(() => undefined);
  if (raw === undefined) {
    try {
      raw = localStorage.getItem(key) ?? '';
    } catch {
      raw = '';
    }
  }
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  downloadText(`${key.replace(/[^a-z0-9.-]/gi, '_')}.txt`, text, 'text/plain');
}

/**
 * Download the plan inside a stored record this FundGap cannot use (too new, damaged) as a plan
 * file that imports elsewhere — not the storage record around it. The record as found when
 * there is no plan in it.
 */
export async function downloadPlanFileFrom(key: string): Promise<void> {
  const plan = await setAsidePlanFile(key).catch(() => null);
  if (!plan) return downloadKeptAside(key);
  downloadText(planFileName(plan.businessName), plan.text);
}
