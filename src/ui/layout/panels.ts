import { lazy, type ComponentType } from 'react';

/** The panels after the first screen, each in its own chunk (initial JS budget, issue 3). */
function panel<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

export const MetricCards = panel(() => import('../dashboard/MetricCards'), 'MetricCards');
export const ScenarioPanel = panel(() => import('../scenario/ScenarioPanel'), 'ScenarioPanel');
export const ComparePanel = panel(() => import('../compare/ComparePanel'), 'ComparePanel');
export const HeadroomChart = panel(() => import('../dashboard/HeadroomChart'), 'HeadroomChart');
export const FundingMixChart = panel(
  () => import('../dashboard/FundingMixChart'),
  'FundingMixChart',
);
export const PlanEditor = panel(() => import('../editor/PlanEditor'), 'PlanEditor');
export const AdvicePanel = panel(() => import('../advice/AdvicePanel'), 'AdvicePanel');
export const HeatmapPanel = panel(() => import('../stress/HeatmapPanel'), 'HeatmapPanel');
export const MonteCarloPanel = panel(() => import('../stress/MonteCarloPanel'), 'MonteCarloPanel');
export const ContingencyPlan = panel(() => import('../advice/ContingencyPlan'), 'ContingencyPlan');
export const ClientsSection = panel(() => import('../clients/ClientsSection'), 'ClientsSection');
