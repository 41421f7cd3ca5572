/** Save text as a file through the browser's download (no server involved). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

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
