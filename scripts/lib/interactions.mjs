// Timing one user action in the page itself, for the benchmarks that drive the built app
// (bench-ui, bench-interactions): from the action (an input event or a click, dispatched in the
// page) to the first animation frame after the page shows its result, seen by a MutationObserver.
// Playwright only sets the scene and reads the figure: its polling never sits inside a timing.

/**
 * What to do and when it is done. `act`: set an input's value (an `input` event, as typing does)
 * or click an element. `until`: the element whose text must differ from before the action
 * (`changed`), that must exist (`present`) while nothing matches `notBusy`, or inside which
 * anything must change (`mutated`: the first re-render, whatever it shows).
 * @typedef {{
 *   act: { type: 'input', selector: string, value: string } | { type: 'click', selector: string },
 *   until: { kind: 'changed' | 'present' | 'mutated', selector: string, notBusy?: string },
 *   timeoutMs?: number,
 * }} ActionSpec
 */

/**
 * Milliseconds from the action to the frame after its result shows, or null if it never showed
 * within `timeoutMs` (default 30 s: a result that never comes is reported, not waited for).
 * @param {import('@playwright/test').Page} page
 * @param {ActionSpec} spec
 * @returns {Promise<number | null>}
 */
export function timeAction(page, spec) {
  return page.evaluate(
    async ({ act, until, timeoutMs }) => {
      const find = (selector) => document.querySelector(selector);
      const before = find(until.selector)?.textContent ?? null;
      let mutated = false;
      const shown = () => {
        const el = find(until.selector);
        if (el === null) return false;
        if (until.kind === 'mutated') return mutated;
        if (until.kind === 'changed') return el.textContent !== before;
        return !(until.notBusy && find(until.notBusy));
      };
      const done = new Promise((resolve) => {
        const check = (records) => {
          const el = find(until.selector);
          mutated ||= records.some((r) => el !== null && el.contains(r.target));
          if (!shown()) return;
          stop();
          requestAnimationFrame(() => resolve(performance.now()));
        };
        const observer = new MutationObserver(check);
        const timer = setTimeout(() => {
          stop();
          resolve(null);
        }, timeoutMs);
        const stop = () => {
          observer.disconnect();
          clearTimeout(timer);
        };
        observer.observe(document.documentElement, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      });
      const target = find(act.selector);
      if (target === null) throw new Error(`nothing matches ${act.selector}`);
      const start = performance.now();
      if (act.type === 'input') {
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        setValue.call(target, act.value);
        target.dispatchEvent(new Event('input', { bubbles: true }));
      } else {
        target.click();
      }
      const end = await done;
      return end === null ? null : end - start;
    },
    { timeoutMs: 30_000, ...spec },
  );
}

/**
 * Wait until the page is idle: nothing marked busy (`aria-busy="true"`) and no change to the page
 * for `quietMs` (the app redraws secondary panels 200 ms after the last change), so the next
 * action is timed from a page at rest. Gives up after `capMs` and carries on.
 * @param {import('@playwright/test').Page} page
 */
export async function settle(page, quietMs = 300, capMs = 30_000) {
  await page.evaluate(
    ({ quietMs, capMs }) =>
      new Promise((resolve) => {
        const started = performance.now();
        let last = performance.now();
        const observer = new MutationObserver(() => (last = performance.now()));
        observer.observe(document.documentElement, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        const tick = () => {
          const now = performance.now();
          const busy = document.querySelector('[aria-busy="true"]') !== null;
          if ((!busy && now - last >= quietMs) || now - started > capMs) {
            observer.disconnect();
            resolve(null);
          } else setTimeout(tick, 50);
        };
        tick();
      }),
    { quietMs, capMs },
  );
}

/**
 * Median and 90th percentile of the timings that finished, and how many never did.
 * @param {(number | null)[]} times
 */
export function summarise(times) {
  const done = times.filter((t) => t !== null).sort((a, b) => a - b);
  const at = (q) =>
    done.length === 0
      ? null
      : Number(done[Math.min(done.length - 1, Math.floor(q * done.length))].toFixed(1));
  return {
    median_ms: at(0.5),
    p90_ms: at(0.9),
    runs: done.length,
    timed_out: times.length - done.length,
  };
}
