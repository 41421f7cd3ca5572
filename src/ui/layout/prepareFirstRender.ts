import type { Analysis } from '../../engine/analyzeRuns';
import type { Plan, Scenario } from '../../engine/model';
import type { Lang } from '../../i18n/lang';
import {
  formatDate,
  formatDayMonth,
  formatDays,
  formatMoney,
  formatMoneyCompact,
  formatNumber,
  formatPercent,
} from '../../i18n/format';
import { analysisOf, baselineOf, seedAnalysis } from '../../state/useAnalysis';
import { scenarioById } from '../../state/scenarioSlice';
import { useStore } from '../../state/store';

/**
 * The work the first render needs that is not React's own, done beforehand so the hydration that
 * follows has only React's work left: the sample's two runs (baseline, then stressed; cached for
 * every panel by `analysisOf`) and the first use of each `Intl` formatter.
 *
 * On a phone (Lighthouse's 4× slower CPU) the runs cost about 250 ms and the first formatter
 * about 200 ms (the browser loads its locale data), each a single long task even when given a
 * task of its own: they blocked input and failed the mobile performance budget. A Worker does
 * both (src/workers/firstScreen.worker.ts): its formatters load the locale data the page's
 * process shares, and its runs come back to be kept here. Without a Worker, or if it fails, the
 * same work is done here, one step per task.
 *
 * `alongside` is more start-up work of the caller's, done in a task of its own while the Worker
 * runs.
 */
export async function prepareFirstRender(alongside: () => void = () => {}): Promise<void> {
  // The module code that ran before this was one long task already: start in a task of our own.
  await nextTask();
  const { valid, scenarioId, lang } = useStore.getState();
  const plan = valid.plan;
  const scenario = scenarioById(scenarioId, valid.scenarios);
  const runs = inWorker(plan, scenario, lang);
  // The caller's own start-up work, in a task of its own while the Worker runs.
  await nextTask();
  alongside();
  const analysis = await runs;
  if (analysis) seedAnalysis(plan, scenario, analysis);
  const steps: (() => unknown)[] = [
    () => baselineOf(plan),
    () => analysisOf(plan, scenario),
    () => formatMoney(0, lang),
    () => formatMoneyCompact(0, lang),
    () => formatNumber(0, lang),
    () => formatPercent(0, lang),
    () => formatDays(0, lang),
    () => formatDate(plan.business.startDate, lang),
    () => formatDayMonth(plan.business.startDate, lang),
  ];
  for (const step of steps) {
    await nextTask();
    try {
      step();
    } catch {
      // A step that fails here fails again in the render, where the error boundary shows it.
    }
  }
  await nextTask();
}

/** The first screen's runs from a one-off Worker, which also warms `Intl`; null if it cannot. */
function inWorker(plan: Plan, scenario: Scenario, lang: Lang): Promise<Analysis | null> {
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') return Promise.resolve(null);
    worker = new Worker(new URL('../../workers/firstScreen.worker.ts', import.meta.url), {
      type: 'module',
    });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise<Analysis | null>((resolve) => {
    worker.onmessage = (event: MessageEvent<{ analysis: Analysis }>) =>
      resolve(event.data.analysis);
    worker.onerror = () => resolve(null);
    worker.onmessageerror = () => resolve(null);
    worker.postMessage({ plan, scenario, lang });
  }).finally(() => worker.terminate());
}

/** Yield to the browser: input, rendering, then the next task. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
