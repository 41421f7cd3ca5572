import type { ReverseStressMetrics } from '../engine/analyzeRuns';
import type { Plan, Scenario } from '../engine/model';
import { planTask } from './planTask';

/**
 * The reverse-stress metrics (break-even outage, deepest survivable cut) of the current plan and
 * scenario, from a Worker: about twenty simulations that would otherwise block the first screen
 * and every edit.
 */
export const reverseStressTask = planTask<ReverseStressMetrics>({
  createWorker: () =>
    new Worker(new URL('../workers/reverseStress.worker.ts', import.meta.url), { type: 'module' }),
  read: (reply) => reply.metrics as ReverseStressMetrics,
  fallback: async (plan, scenario) =>
    (await import('../engine/analyze')).reverseStressMetrics(plan, scenario),
});

/**
 * A fingerprint of what the build-time render computed, so the browser can reuse its answer
 * only for exactly the same plan and scenario.
 */
export function planFingerprint(plan: Plan, scenario: Scenario): string {
  // Names change no figure: the sample's answer is the same in every language (one seed).
  const text = JSON.stringify([plan, scenario], (key, value: unknown) =>
    key === 'name' ? undefined : value,
  );
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

/** The first screen's reverse-stress answer as written into the page at build time. */
export type ReverseStressSeed = { fingerprint: string; metrics: ReverseStressMetrics };

/** Reuse the build-time answer if it was computed for this very plan and scenario. */
export function applySeed(seed: unknown, plan: Plan, scenario: Scenario): boolean {
  const s = seed as Partial<ReverseStressSeed> | null;
  if (!s || typeof s !== 'object' || typeof s.fingerprint !== 'string' || !s.metrics) return false;
  const { breakEvenOutageDays: b, maxSurvivableLimitCut: c } = s.metrics;
  const ok = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
  if (!ok(b) || !ok(c) || s.fingerprint !== planFingerprint(plan, scenario)) return false;
  reverseStressTask.seed(plan, scenario, {
    breakEvenOutageDays: b ?? null,
    maxSurvivableLimitCut: c ?? null,
  });
  return true;
}
