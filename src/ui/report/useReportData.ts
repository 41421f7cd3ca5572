import { useMemo } from 'react';
import type { Analysis } from '../../engine/analyze';
import type { Plan, Scenario } from '../../engine/model';
import type { PlanFile } from '../../io/planSchema';
import { useStore } from '../../state/store';
import { useAnalysis } from '../../state/useAnalysis';

export type ReportData = { file: PlanFile; plan: Plan; scenario: Scenario; analysis: Analysis };

/**
 * The last valid plan (what the charts show) with the selected scenario and its full analysis,
 * reverse-stress results included: a report states every figure at once, none "still
 * computing". Null while the reverse-stress search (a Worker) has not answered for this plan.
 */
export function useReportData(): ReportData | null {
  const file = useStore((s) => s.valid.file);
  const plan = useStore((s) => s.valid.plan);
  const { analysis, scenario, reverse } = useAnalysis();
  const ready = reverse.metrics !== null && !reverse.stale;
  return useMemo(
    () => (ready ? { file, plan, scenario, analysis } : null),
    [ready, file, plan, scenario, analysis],
  );
}
