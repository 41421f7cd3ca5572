import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/** What a chart is drawn at when its box has no width to measure (a test's DOM lays nothing out). */
const UNMEASURED_PX = 560;

/**
 * Width of a chart's box in CSS pixels, following the layout (ResizeObserver). A hand-drawn SVG
 * sized to it keeps its text at the size it is written in: a fixed viewBox scaled into a 375 px
 * phone shrinks 10 px labels to 5. With a `fallback` of null the width is null until the box is
 * measured, which happens before the first paint: a plot that waits for it is drawn once, at its
 * real size, instead of at a guess and again.
 */
export function useChartWidth(
  fallback: number,
  minimum?: number,
): { ref: React.RefObject<HTMLDivElement | null>; width: number };
export function useChartWidth(
  fallback: null,
  minimum?: number,
): { ref: React.RefObject<HTMLDivElement | null>; width: number | null };
export function useChartWidth(fallback: number | null, minimum = 240) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(fallback);
  useLayoutEffect(() => {
    if (width !== null) return;
    const measured = Math.round(ref.current?.getBoundingClientRect().width ?? 0);
    setWidth(Math.max(minimum, measured > 0 ? measured : UNMEASURED_PX));
  }, [width, minimum]);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(minimum, Math.round(entry.contentRect.width)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [minimum]);
  return { ref, width };
}
