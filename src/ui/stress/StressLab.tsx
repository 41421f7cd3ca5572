import { lazy, Suspense } from 'react';
import { HeatmapPanel } from './HeatmapPanel';

const ComparePanel = lazy(() =>
  import('../compare/ComparePanel').then((m) => ({ default: m.ComparePanel })),
);

export function StressLab() {
  return (
    <>
      <HeatmapPanel />
      <Suspense fallback={null}>
        <ComparePanel />
      </Suspense>
    </>
  );
}
