import { lazy, Suspense } from 'react';
import { HeatmapPanel } from './HeatmapPanel';

const ComparePanel = lazy(() =>
  import('../compare/ComparePanel').then((m) => ({ default: m.ComparePanel })),
);

/**
 * The stress lab below the advice: where the business breaks (heatmap), then the kept scenarios
 * side by side, loaded on from here. One slot in App for both keeps the first screen's bundle
 * within its budget (each lazy slot costs the entry chunk its loader and file list).
 */
export function StressLab() {
  return (
    <>
      <HeatmapPanel />
      <Suspense
        fallback={<div className="panel placeholder placeholder-compare" aria-busy="true" />}
      >
        <ComparePanel />
      </Suspense>
    </>
  );
}
