import { useEffect, useState, type RefObject } from 'react';
import { hasEngaged, onEngaged } from './reveal';

/**
 * Whether a deferred part of the page should render now: it is in the viewport, or the reader
 * has engaged with the page (reveal.ts). `eager` parts render at once. Starts false on the
 * server and in the browser alike, so the prerendered page hydrates without a mismatch.
 */
export function useReveal(ref: RefObject<Element | null>, eager = false): [boolean, () => void] {
  const [shown, setShown] = useState(eager);

  useEffect(() => {
    if (shown) return;
    const show = () => setShown(true);
    if (hasEngaged()) return show();
    const stop = onEngaged(show);
    const el = ref.current;
    let observer: IntersectionObserver | undefined;
    if (el && typeof IntersectionObserver !== 'undefined') {
      observer = new IntersectionObserver(
        (entries) => entries.some((e) => e.isIntersecting) && show(),
      );
      observer.observe(el);
    } else show();
    return () => {
      stop();
      observer?.disconnect();
    };
  }, [ref, shown]);

  return [shown, () => setShown(true)];
}
