import './zodConfig';
import { z } from 'zod';
import type { ClientRecord } from './clientRecord';

/**
 * The stored list of client files (IndexedDB `index`, JSON text). It is a cache: the records are
 * the truth, and the list is checked against them on every start and rebuilt from them when it
 * is missing, unreadable or incomplete. Read line by line: a bad line is dropped (its file is
 * still in storage and comes back from its record).
 *
 * Index versions (append-only): 1. `{ version: 1, activeId, lang, clients: [{ id, name, businessName, updatedAt }] }`.
 * A newer index is not read (it is rebuilt from the records, which lose nothing).
 */
export const CLIENT_INDEX_VERSION = 1;

const EPOCH = new Date(0).toISOString();

const metaSchema = z.object({
  id: z.string().min(1).max(200),
  /** The name the user gave the file; '' shows `businessName`. */
  name: z.string().catch(''),
  businessName: z.string().catch(''),
  /** ISO time of the last save. */
  updatedAt: z.string().catch(EPOCH),
});

const indexSchema = z.object({
  version: z.literal(CLIENT_INDEX_VERSION),
  activeId: z.string().nullable().catch(null),
  lang: z.enum(['en', 'zh-CN']).nullable().catch(null),
  clients: z.array(z.unknown()),
});

/** One line of the client-file list: enough to show and sort it without opening the plan. */
export type ClientMeta = z.output<typeof metaSchema>;

/** The list of client files, which one is open, and the language (a choice for the whole app). */
export type ClientIndex = Omit<z.output<typeof indexSchema>, 'clients' | 'version'> & {
  version: typeof CLIENT_INDEX_VERSION;
  clients: ClientMeta[];
};

export const emptyIndex = (): ClientIndex => ({
  version: CLIENT_INDEX_VERSION,
  activeId: null,
  lang: null,
  clients: [],
});

/**
 * Parse the stored index, repairing line by line. Null when it is not an index at all (not
 * JSON, not the shape, or a newer version).
 * @example readClientIndex('{"version":1,"activeId":null,"lang":"en","clients":[]}')?.lang // 'en'
 */
export function readClientIndex(raw: unknown): ClientIndex | null {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  const parsed = indexSchema.safeParse(value);
  if (!parsed.success) return null;
  const clients: ClientMeta[] = [];
  for (const line of parsed.data.clients) {
    const meta = metaSchema.safeParse(line);
    if (meta.success && !clients.some((c) => c.id === meta.data.id)) clients.push(meta.data);
  }
  const { activeId, lang } = parsed.data;
  return {
    version: CLIENT_INDEX_VERSION,
    activeId: activeId !== null && clients.some((c) => c.id === activeId) ? activeId : null,
    lang,
    clients,
  };
}

/** The list line of a record: its names and last save. */
export function metaOf(record: ClientRecord): ClientMeta {
  const draft = record.state.draft as { business?: { name?: unknown } } | null;
  const businessName = typeof draft?.business?.name === 'string' ? draft.business.name : '';
  return { id: record.id, name: record.name, businessName, updatedAt: record.updatedAt };
}
