import { MAX_PLAN_BYTES, parsePlanBytes, type ParsePlanResult } from '../io/planFile';
import type { PlanFileError } from '../io/planFile';
import { readPlanFile } from './readPlanFile';

/** Why a plan file named on the command line could not be used. */
export type LoadError =
  { reason: 'not_a_file' } | { reason: 'unreadable'; code: string } | PlanFileError;

export type LoadResult = Extract<ParsePlanResult, { ok: true }> | { ok: false; error: LoadError };

/**
 * A plan file from disk, read with the CLI's bound and parsed as the app parses it.
 * @example loadPlan('examples/online-shop.json') // { ok: true, file, plan, scenarios }
 */
export function loadPlan(path: string): LoadResult {
  const read = readPlanFile(path, MAX_PLAN_BYTES);
  if (!read.ok) {
    // Too large is the plan file's own refusal, worded as the app words it.
    if (read.reason === 'too_large') {
      return { ok: false, error: { reason: 'too_large', maxBytes: MAX_PLAN_BYTES } };
    }
    return { ok: false, error: read };
  }
  return parsePlanBytes(read.bytes);
}
