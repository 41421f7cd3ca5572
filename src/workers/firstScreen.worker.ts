/// <reference lib="webworker" />
import { analyzeRuns } from '../engine/analyzeRuns';
import type { Plan, Scenario } from '../engine/model';

/**
 * The first screen's groundwork, off the main thread (src/ui/layout/prepareFirstRender.ts):
 * - `Intl` first: the first number or date formatter a page creates loads the browser's locale
 *   data (tens of milliseconds on a phone). That data is shared by the whole page's process, so
 *   once a formatter exists here, the page's own formatters are ready at once;
 * - then the plan's baseline and stressed runs, which the first render shows. Their first run is
 *   also the slowest (the engine's code is not yet compiled), and here it blocks nobody.
 */
export type FirstScreenRequest = { plan: Plan; scenario: Scenario; lang: string };

self.onmessage = (event: MessageEvent<FirstScreenRequest>) => {
  const { plan, scenario, lang } = event.data;
  const money = { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' } as const;
  new Intl.NumberFormat(lang, money).format(1);
  new Intl.NumberFormat(lang, { ...money, notation: 'compact' }).format(1);
  new Intl.NumberFormat(lang, { style: 'percent' }).format(1);
  new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric' }).format(0);
  self.postMessage({ analysis: analyzeRuns(plan, scenario) });
};
