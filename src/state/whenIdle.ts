/**
 * Runs `fn` once the browser is idle, `timeout` ms at the latest. Safari has no
 * requestIdleCallback: there it runs after `fallbackMs`, which each caller picks for what it is
 * waiting out (a first paint, or nothing once the reader has paused). Returns a cancel function.
 */
export function whenIdle(
  fn: () => void,
  { timeout = 2000, fallbackMs = 200 }: { timeout?: number; fallbackMs?: number } = {},
): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, fallbackMs);
  return () => clearTimeout(id);
}
