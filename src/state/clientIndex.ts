import type { ClientMeta } from '../io/clientIndexFile';

// The stored list is read in src/io (`clientIndexFile.ts`); these are the types the UI shows.
export type { ClientIndex, ClientMeta } from '../io/clientIndexFile';

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
