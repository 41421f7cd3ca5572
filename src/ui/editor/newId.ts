/** A short random id for a new list item (`flow-1a2b3c4d`); ids are never shown to users. */
export function newId(list: 'account' | 'flow' | 'source'): string {
  return `${list}-${crypto.randomUUID().slice(0, 8)}`;
}
