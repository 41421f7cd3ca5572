import type { PlanFile } from './planSchema';
import { readCheckIns, type ReadCheckInsResult, type StoredCheckIn } from './checkInSchema';
import { decodeText } from './textEncoding';

/**
 * A client file as exported: the plan file, plus the client's check-ins under `checkIns` when
 * there are any (docs/check-ins.md). The plan reader drops keys it does not know, so the file
 * opens as a plan in any FundGap; this one reads the check-ins beside it.
 */

/**
 * @example stringifyClientFile(valid.file, checkIns) // '{\n  "formatVersion": 2, …, "checkIns": [ … ] }\n'
 */
export function stringifyClientFile(file: PlanFile, checkIns: readonly StoredCheckIn[]): string {
  const value = checkIns.length > 0 ? { ...file, checkIns } : file;
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The check-ins of an exported client file's bytes (none when it has none or is no JSON). */
export function checkInsOfFileBytes(bytes: Uint8Array): ReadCheckInsResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { checkIns: [], dropped: 0 };
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return { checkIns: [], dropped: 0 };
    return readCheckIns((value as { checkIns?: unknown }).checkIns);
  } catch {
    return { checkIns: [], dropped: 0 };
  }
}
