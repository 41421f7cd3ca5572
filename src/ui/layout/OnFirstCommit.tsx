import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * Runs `run` once, in the commit that first puts `children` on the page, before the browser
 * paints it: main.tsx unmarks the prerendered screen there, so the swap from the build-time
 * screen to the reader's own is one frame, with nothing blank or hidden in between.
 */
export function OnFirstCommit({ run, children }: { run: () => void; children: ReactNode }) {
  const done = useRef(false);
  useLayoutEffect(() => {
    if (done.current) return;
    done.current = true;
    run();
  }, [run]);
  return children;
}
