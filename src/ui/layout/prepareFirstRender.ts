import {
  formatDate,
  formatDayMonth,
  formatDays,
  formatMoney,
  formatMoneyCompact,
  formatNumber,
  formatPercent,
} from '../../i18n/format';
import { analysisOf, baselineOf } from '../../state/useAnalysis';
import { scenarioById } from '../../state/scenarioSlice';
import { useStore } from '../../state/store';

/**
 * The work the first render needs that is not React's own, done beforehand in small tasks of
 * its own: the sample's two runs (baseline, then stressed; cached for every panel by `analysisOf`)
 * and the first use of each `Intl` formatter (its locale data loads on first use, tens of
 * milliseconds on a phone). Done inside the render, all of it was one long task of about 90 ms
 * (370 ms on Lighthouse's 4× slower phone), which blocked input and failed the mobile
 * performance budget; between these tasks the browser handles input and paints.
 */
export async function prepareFirstRender(): Promise<void> {
  const { valid, scenarioId, lang } = useStore.getState();
  const steps: (() => unknown)[] = [
    () => baselineOf(valid.plan),
    () => analysisOf(valid.plan, scenarioById(scenarioId, valid.scenarios)),
    () => formatMoney(0, lang),
    () => formatMoneyCompact(0, lang),
    () => formatNumber(0, lang),
    () => formatPercent(0, lang),
    () => formatDays(0, lang),
    () => formatDate(valid.plan.business.startDate, lang),
    () => formatDayMonth(valid.plan.business.startDate, lang),
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

/** Yield to the browser: input, rendering, then the next task. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
