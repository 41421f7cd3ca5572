import { lazy, type ComponentType } from 'react';

/**
 * The panels after the first screen, each in its own chunk (initial JS budget, issue 3). A
 * panel's loader is kept so printing can fetch every chunk before the print dialog opens.
 */
const loaders: Array<() => Promise<unknown>> = [];

function panel<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const once = () => (loading ??= load().then((m) => ({ default: m[name] })));
  loaders.push(once);
  return lazy(once);
}

export const MetricCards = panel(() => import('../dashboard/MetricCards'), 'MetricCards');
export const ScenarioPanel = panel(() => import('../scenario/ScenarioPanel'), 'ScenarioPanel');
export const HeadroomChart = panel(() => import('../dashboard/HeadroomChart'), 'HeadroomChart');
export const FundingMixChart = panel(
  () => import('../dashboard/FundingMixChart'),
  'FundingMixChart',
);
export const PlanEditor = panel(() => import('../editor/PlanEditor'), 'PlanEditor');
export const AdvicePanel = panel(() => import('../advice/AdvicePanel'), 'AdvicePanel');
export const MonteCarloPanel = panel(() => import('../stress/MonteCarloPanel'), 'MonteCarloPanel');
export const ContingencyPlan = panel(() => import('../advice/ContingencyPlan'), 'ContingencyPlan');

/** Fetch every panel's chunk (resolves when all have loaded). */
export function loadAllPanels(): Promise<unknown> {
  return Promise.all(loaders.map((l) => l()));
}
