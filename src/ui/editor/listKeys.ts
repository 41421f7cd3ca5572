/** React keys for list items: the id when it is a unique string, else the position (hand-edited files may repeat ids). */
export function itemKeys(items: readonly unknown[]): string[] {
  const ids = items.map((item) =>
    item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
      ? (item as { id: string }).id
      : '',
  );
  const count = new Map<string, number>();
  for (const id of ids) count.set(id, (count.get(id) ?? 0) + 1);
  return ids.map((id, i) => (id !== '' && count.get(id) === 1 ? `id:${id}` : `at:${i}`));
}

/** Focus the first input of the card whose toggle has `toggleId` (after adding it). */
export function focusCardInput(toggleId: string): void {
  setTimeout(() => {
    const card = document.getElementById(toggleId)?.closest('li');
    card?.querySelector<HTMLElement>('input, select')?.focus();
  }, 0);
}

/** The DOM id of a card's toggle button. */
export function cardToggleId(list: string, key: string): string {
  return `ed-${list}-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
