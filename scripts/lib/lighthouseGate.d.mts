// Types for scripts/lib/lighthouseGate.mjs, so its test can import it.
export const LIGHTHOUSE_SLOW_CPU_INDEX: number;
export const MIN_CPU_SHARE: number;
export function median(xs: number[]): number;
export type Run = { benchmarkIndex: number; cpuShare?: number; scores: Record<string, number> };
export type Judgement = {
  quality: { status: 'passed' | 'failed'; scores: Record<string, number>; below: string[] };
  performance: {
    status: 'passed' | 'failed' | 'not_checked';
    median: number | null;
    runs: number[];
    counted: number;
    benchmarkIndex: number[];
    cpuShare: (number | undefined)[];
    reason?: string;
  };
};
export function judgeRuns(
  runs: Run[],
  options: { thresholds: Record<string, number>; minBenchmark: number; minCpuShare?: number },
): Judgement;
