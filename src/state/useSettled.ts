import { startTransition, useEffect, useState } from 'react';

/** How long a value must stay unchanged before secondary panels follow it. */
export const SETTLE_MS = 200;

/**
 * `value` once it has stopped changing for `ms`, then applied in a background render. Secondary
 * panels (headroom and mix charts, the stress map, the comparison) follow the plan this way, so
 * while the owner types only the headline and the main cash chart redraw on each keystroke
 * (edit → chart budget, issue 3), and the rest catches up when typing pauses.
 */
export function useSettled<T>(value: T, ms = SETTLE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const timer = setTimeout(() => startTransition(() => setSettled(() => value)), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
