import { useSyncExternalStore } from 'react';
import { DEFAULT_SECTION, sectionHref, sectionOfHash, type SectionId } from './sections';

/**
 * The section on screen, read from the URL fragment (sections.ts) and followed through
 * `hashchange`: a tab-bar link, Back and Forward all change the fragment, so the browser's own
 * history is the only router state. Each section keeps the scroll position the reader left it
 * at, so going to the answer and back returns to the card being edited.
 */

type Listener = () => void;
const listeners = new Set<Listener>();
const scrollOf = new Map<SectionId, number>();
let current: SectionId = DEFAULT_SECTION;
let started = false;

function start(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  current = sectionOfHash(location.hash);
  // Positions are restored per section (scrollOf): the browser's own restoration would apply a
  // position to the section being left, before the new one renders.
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  window.addEventListener('hashchange', () => {
    const next = sectionOfHash(location.hash);
    if (next === current) return;
    scrollOf.set(current, window.scrollY);
    current = next;
    for (const l of [...listeners]) l();
  });
}

function subscribe(listener: Listener): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot(): SectionId {
  start();
  return current;
}

/**
 * The section on screen. The build-time render (and the hydration of it) is the answer; the
 * browser then reads the fragment.
 */
export function useSection(): SectionId {
  return useSyncExternalStore(subscribe, snapshot, () => DEFAULT_SECTION);
}

/** The section the address names right now (before React renders). */
export function currentSection(): SectionId {
  return snapshot();
}

/**
 * Show a section: a new history entry, so Back returns here. Asking for the section already on
 * screen takes the reader to its top instead.
 */
export function goToSection(id: SectionId): void {
  if (id === snapshot()) {
    window.scrollTo({ top: 0 });
    return;
  }
  location.hash = sectionHref(id);
}

/** Where the reader left a section (its top on a first visit). */
export function scrollPositionOf(id: SectionId): number {
  return scrollOf.get(id) ?? 0;
}
