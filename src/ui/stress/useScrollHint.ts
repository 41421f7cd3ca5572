import { useEffect, useState, type RefObject } from 'react';

/** Which sides of a horizontal scroller hold content out of view. */
export type ScrollEdges = { left: boolean; right: boolean };

/**
 * Follows a horizontal scroller (the heatmap on a phone): which sides hide columns, so a hint
 * can say so. Once per `focusKey`, as soon as the scroller has a width (a section shown after
 * being hidden counts), it brings `focusSelector`'s element to the middle: the reader's own
 * scenario is in view on arrival even when it sits beyond the screen's edge.
 */
export function useScrollHint(
  ref: RefObject<HTMLElement | null>,
  focusSelector: string | null,
  focusKey: string,
): ScrollEdges {
  const [edges, setEdges] = useState<ScrollEdges>({ left: false, right: false });

  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let centred = false;
    const measure = () => {
      if (el.clientWidth === 0) return;
      if (!centred && focusSelector) {
        centred = true;
        const target = el.querySelector(focusSelector);
        if (target) {
          const box = target.getBoundingClientRect();
          const frame = el.getBoundingClientRect();
          el.scrollLeft += box.left - frame.left - (frame.width - box.width) / 2;
        }
      }
      const left = el.scrollLeft > 1;
      const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setEdges((e) => (e.left === left && e.right === right ? e : { left, right }));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, [ref, focusSelector, focusKey]);

  return edges;
}
