import { useEffect, useState, type RefObject } from 'react';
import { whenIdle } from '../../state/whenIdle';
import { hasEngaged, onEngaged } from './reveal';

/**
 * Whether a deferred part of the page should render now: it is in the viewport, or the reader
 * has engaged with the page (reveal.ts). `eager` parts render at once. Starts false on the
 * server and in the browser alike, so the prerendered page hydrates without a mismatch.
 * `background` parts (in a section not on screen) wait after the engagement until the browser is
 * idle, so the section being read gets the main thread first; once their section is shown they
 * render at once (it is then in the viewport).
 */
export function useReveal(
  ref: RefObject<Element | null>,
  eager = false,
  background = false,
): [boolean, () => void] {
  const [shown, setShown] = useState(eager);

  useEffect(() => {
    if (shown) return;
    const show = () => setShown(true);
    let cancelIdle = () => {};
    const engaged = background
      ? () => {
          cancelIdle = whenIdle(show);
        }
      : show;
    const stop = onEngaged(engaged);
    if (hasEngaged() && !background) return;
    const el = ref.current;
    let observer: IntersectionObserver | undefined;
    if (el && typeof IntersectionObserver !== 'undefined') {
      observer = new IntersectionObserver(
        (entries) => entries.some((e) => e.isIntersecting) && show(),
      );
      observer.observe(el);
    } else if (!background) show();
    return () => {
      stop();
      cancelIdle();
      observer?.disconnect();
    };
  }, [ref, shown, background]);

  return [shown, () => setShown(true)];
}
