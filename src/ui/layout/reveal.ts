/**
 * When the panels below the first screen are drawn. The first screen (headline, cash chart) is
 * the answer and renders at once; every other panel waits until it nears the viewport, takes
 * focus, the reader engages with the page (a key, a tap, a scroll, the wheel), or the page is
 * printed. A reader who only looks at the answer pays for nothing else; one who starts working
 * gets the rest built in the background right away.
 */

type Listener = () => void;
const listeners = new Set<Listener>();
let engaged = false;

/** Whether the reader has engaged with the page (every panel may now render). */
export function hasEngaged(): boolean {
  return engaged;
}

/** Call `listener` once the reader engages; returns an unsubscribe function. */
export function onEngaged(listener: Listener): () => void {
  if (engaged) {
    listener();
    return () => {};
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Mark the page engaged: every waiting panel renders. Idempotent. */
export function engage(): void {
  if (engaged) return;
  engaged = true;
  stopListening();
  for (const l of [...listeners]) l();
  listeners.clear();
}

const ENGAGING_EVENTS = [
  'keydown',
  'pointerdown',
  'wheel',
  'touchstart',
  'scroll',
  'beforeprint',
] as const;
const handler = () => engage();

function stopListening(): void {
  if (typeof window === 'undefined') return;
  for (const type of ENGAGING_EVENTS) window.removeEventListener(type, handler, true);
}

/** Start watching for the reader's first engagement (browser only; call once at start-up). */
export function watchEngagement(): void {
  if (typeof window === 'undefined' || engaged) return;
  // Engaged before this code arrived (marked by the loader in index.html, scripts/prerender.mjs).
  if (document.documentElement.classList.contains('fg-engaged') || window.scrollY > 0)
    return engage();
  for (const type of ENGAGING_EVENTS)
    window.addEventListener(type, handler, { capture: true, passive: true });
}
