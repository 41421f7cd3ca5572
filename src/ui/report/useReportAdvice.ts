import { useEffect, useState } from 'react';
import type { Advice } from '../../engine/advice';
import { adviceLater } from '../advice/useAdvice';
import type { ReportData } from './useReportData';

/** The advisor's answer for the report's plan and scenario (worked out off the main thread). */
export function useReportAdvice(data: ReportData | null): Advice | null {
  const [state, setState] = useState<{ key: unknown; advice: Advice } | null>(null);
  useEffect(() => {
    if (!data) return;
    let live = true;
    void adviceLater(data.plan, data.scenario).then((advice) => {
      if (live) setState({ key: data.analysis, advice });
    });
    return () => {
      live = false;
    };
  }, [data]);
  return data && state && state.key === data.analysis ? state.advice : null;
}
