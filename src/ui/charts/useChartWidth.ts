import { useEffect, useRef, useState } from 'react';

/**
 * Width of a chart's box in CSS pixels, following the layout (ResizeObserver). A hand-drawn SVG
 * sized to it keeps its text at the size it is written in: a fixed viewBox scaled into a 375 px
 * phone shrinks 10 px labels to 5.
 */
export function useChartWidth(fallback: number, minimum = 240) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
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
