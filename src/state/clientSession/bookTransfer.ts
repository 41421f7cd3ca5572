import type { BookClient } from '../../io/bookFile';
import { metaOf } from '../../io/clientIndexFile';
import {
  CLIENT_RECORD_VERSION,
  readClientRecord,
  stringifyClientRecord,
  type ClientRecord,
} from '../../io/clientRecord';
import type { PlanFile } from '../../io/planSchema';
import { DEFAULT_SCENARIO_ID } from '../scenarioSlice';
import { CLIENT_DB } from '../storageKeys';
import { flush } from './autosave';
import { nextIndex, showIndex, upsert } from './clientList';
import { post } from './otherTabs';
import { newClientId, now, recordKey, sessionReady, stateOf, type Session } from './session';
import { canonicalJson } from './samePlan';

/**
 * The whole book in and out of one file (src/io/bookFile.ts, docs/book-file.md): every client
 * file's name, last valid plan and check-ins out; in, every client whose plan is not already in the book
 * (same content), added in one transaction with the list — all or nothing.
 */

/** Every client file of the book, as the book file holds them, in the list's order. */
export async function bookClients(session?: Session): Promise<BookClient[]> {
  const s = session ?? (await sessionReady);
  await flush(s);
  const at = now();
  const out: BookClient[] = [];
  for (const meta of stateOf(s).clients) {
    const read = readClientRecord(await s.db.get(recordKey(meta.id)), { id: meta.id, now: at });
    // The stored last valid plan passed the plan schema when it was saved.
    if (!read.ok) continue;
    const { name, state } = read.record;
    // Check-ins travel with their client (docs/check-ins.md); none is left out of the file.
    out.push({
      name,
      file: state.validFile as PlanFile,
      ...(state.checkIns.length > 0 ? { checkIns: state.checkIns } : {}),
    });
  }
  return out;
}

export type MergeResult = { added: number; alreadyThere: number };

/**
 * Add the book's clients that are not in this book yet. A client whose plan has the same content
 * as a stored client file's (or as an earlier client of the same book) is left out and counted.
 * @example const { added, alreadyThere } = await mergeBook(result.book.clients);
 */
export async function mergeBook(
  clients: readonly BookClient[],
  session?: Session,
): Promise<MergeResult> {
  const s = session ?? (await sessionReady);
  await flush(s);
  const at = now();
  const known = new Set<string>();
  for (const meta of stateOf(s).clients) {
    const read = readClientRecord(await s.db.get(recordKey(meta.id)), { id: meta.id, now: at });
    if (read.ok) known.add(canonicalJson(read.record.state.validFile));
  }
  const records: ClientRecord[] = [];
  for (const c of clients) {
    const key = canonicalJson(c.file);
    if (known.has(key)) continue;
    known.add(key);
    records.push({
      version: CLIENT_RECORD_VERSION,
      id: newClientId(),
      name: c.name,
      createdAt: at,
      updatedAt: at,
      revision: 1,
      state: {
        draft: c.file,
        validFile: c.file,
        scenarioId: DEFAULT_SCENARIO_ID,
        exampleId: null,
        checkIns: c.checkIns ?? [],
      },
    });
  }
  if (records.length > 0) {
    let shown: ReturnType<typeof nextIndex> | null = null;
    await s.db.transact([CLIENT_DB.index], ([old]) => {
      shown = nextIndex(s, old, (index) => {
        for (const r of records) upsert(index, metaOf(r));
      });
      return {
        ...Object.fromEntries(records.map((r) => [recordKey(r.id), stringifyClientRecord(r)])),
        [CLIENT_DB.index]: JSON.stringify(shown),
      };
    });
    if (shown) showIndex(s, shown);
    post(s, { type: 'index' });
  }
  return { added: records.length, alreadyThere: clients.length - records.length };
}
