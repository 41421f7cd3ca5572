import { readClientRecord } from '../../io/clientRecord';
import type { PlanFile } from '../../io/planSchema';
import type { ClientMeta } from '../clientIndex';
import { flush, queueSave } from './autosave';
import { now, recordKey, sessionReady, stateOf, type Session } from './session';

/**
 * "Is this plan already in the book?" — for an import that would otherwise add a copy — and
 * "save the plan on screen as a client file" for a plan not saved yet (the sample on a first
 * visit).
 */

/** JSON with every object's keys sorted: two plans with the same content give the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

/**
 * The client file whose last valid plan has the same content as `file`, or null. Records are
 * read one at a time with a pause every few, so a book of 200 never holds up the page.
 * @example const same = await findSamePlan(imported.file); if (same) offerToOpen(same);
 */
export async function findSamePlan(file: PlanFile, session?: Session): Promise<ClientMeta | null> {
  const s = session ?? (await sessionReady);
  await flush(s);
  const wanted = canonicalJson(file);
  const at = now();
  for (const [i, meta] of stateOf(s).clients.entries()) {
    if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 0));
    const read = readClientRecord(await s.db.get(recordKey(meta.id)), { id: meta.id, now: at });
    if (read.ok && canonicalJson(read.record.state.validFile) === wanted) return meta;
  }
  return null;
}

/** Save the plan on screen now, as the client file it is open as (listed from then on). */
export async function saveOpenPlan(session?: Session): Promise<void> {
  const s = session ?? (await sessionReady);
  queueSave(s);
  await flush(s);
}
