import { useMemo } from 'react';
import type { Analysis } from '../../engine/analyze';
import type { Plan, Scenario } from '../../engine/model';
import type { PlanFile } from '../../io/planSchema';
import { useStore } from '../../state/store';
import { analysisOf, useScenario } from '../../state/useAnalysis';

export type ReportData = { file: PlanFile; plan: Plan; scenario: Scenario; analysis: Analysis };

/**
 * The last valid plan (what the charts show) with the selected scenario and its full analysis,
 * reverse-stress results included: a report states every figure at once, none "still computing".
 */
export function useReportData(): ReportData {
  const valid = useStore((s) => s.valid);
  const scenario = useScenario();
  const analysis = useMemo(() => analysisOf(valid.plan, scenario, 'full'), [valid.plan, scenario]);
  return { file: valid.file, plan: valid.plan, scenario, analysis };
}
