import { useSyncExternalStore } from 'react';

/**
 * A phone-width screen (the width at which advice.css turns tables into cards). The contingency
 * plan's trigger and signal tables become cards with their secondary columns one tap away there;
 * print always gets the tables (the query names `screen`).
 */
const QUERY = 'screen and (max-width: 600px)';

function media(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(QUERY)
    : null;
}

function subscribe(onChange: () => void): () => void {
  const m = media();
  m?.addEventListener('change', onChange);
  return () => m?.removeEventListener('change', onChange);
}

export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? false,
    () => false,
  );
}
