// Types for scripts/lib/lighthouseGate.mjs, so its test can import it.
export const LIGHTHOUSE_SLOW_CPU_INDEX: number;
export function median(xs: number[]): number;
export type Run = { benchmarkIndex: number; scores: Record<string, number> };
export type Judgement = {
  quality: { status: 'passed' | 'failed'; scores: Record<string, number>; below: string[] };
  performance: {
    status: 'passed' | 'failed' | 'not_checked';
    median: number | null;
    runs: number[];
    counted: number;
    benchmarkIndex: number[];
    reason?: string;
  };
};
export function judgeRuns(
  runs: Run[],
  options: { thresholds: Record<string, number>; minBenchmark: number },
): Judgement;
