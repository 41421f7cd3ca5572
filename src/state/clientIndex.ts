import type { Lang } from '../i18n/lang';
import { savedLang } from './persistence';

/** One line of the client-file list: enough to show and sort it without opening the plan. */
export type ClientMeta = {
  id: string;
  /** The name the user gave the file; '' shows `businessName`. */
  name: string;
  businessName: string;
  /** ISO time of the last save. */
  updatedAt: string;
};

/** The list of client files, which one is open, and the language (a choice for the whole app). */
export type ClientIndex = {
  version: 1;
  activeId: string | null;
  lang: Lang | null;
  clients: ClientMeta[];
};

export const emptyIndex = (): ClientIndex => ({
  version: 1,
  activeId: null,
  lang: null,
  clients: [],
});

/**
 * Parse the stored index, repairing entry by entry (a bad line is dropped; the file itself is
 * still in storage and `rebuildIndex` finds it). Null when it is not an index at all.
 */
export function readIndex(raw: unknown): ClientIndex | null {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray((value as { clients?: unknown }).clients)
  ) {
    return null;
  }
  const v = value as { activeId?: unknown; lang?: unknown; clients: unknown[] };
  const clients: ClientMeta[] = [];
  for (const c of v.clients) {
    if (typeof c !== 'object' || c === null) continue;
    const m = c as Record<string, unknown>;
    if (typeof m.id !== 'string' || clients.some((x) => x.id === m.id)) continue;
    clients.push({
      id: m.id,
      name: typeof m.name === 'string' ? m.name : '',
      businessName: typeof m.businessName === 'string' ? m.businessName : '',
      updatedAt: typeof m.updatedAt === 'string' ? m.updatedAt : new Date(0).toISOString(),
    });
  }
  const activeId =
    typeof v.activeId === 'string' && clients.some((c) => c.id === v.activeId) ? v.activeId : null;
  return { version: 1, activeId, lang: savedLang(v.lang), clients };
}

/** The name to show for a client file. */
export function displayName(
  meta: Pick<ClientMeta, 'name' | 'businessName'>,
  untitled: string,
): string {
  return meta.name.trim() || meta.businessName.trim() || untitled;
}

/** Most recently edited first. */
export function byLastEdited(a: ClientMeta, b: ClientMeta): number {
  return b.updatedAt.localeCompare(a.updatedAt);
}
