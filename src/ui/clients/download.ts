/**
 * A file name from a business name: characters Windows and macOS refuse become "-".
 * @example planFileName('青山服饰 / Taobao') // '青山服饰-Taobao.fundgap.json'
 */
export function planFileName(businessName: string): string {
  const base = [...businessName]
    .map((ch) => (ch.charCodeAt(0) < 32 ? '-' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^-+|-+$/g, '')
    .replace(/ ?- ?/g, '-')
    .slice(0, 80);
  return `${base || 'plan'}.fundgap.json`;
}
