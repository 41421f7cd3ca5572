import type { ParsePlanResult } from '../io/planFile';

/**
 * The plan schema (zod) loads after the first screen: the sample shown first is trusted, and
 * nothing the user typed or saved is accepted before the validator is here.
 */
type Validate = (value: unknown) => ParsePlanResult;

let validate: Validate | null = null;
let loading: Promise<Validate> | null = null;

export function loadValidator(): Promise<Validate> {
  loading ??= import('../io/planFile').then((m) => {
    validate = m.parsePlanValue;
    return validate;
  });
  return loading;
}

/** The validator if loaded, else null (callers keep the last valid plan and retry on load). */
export function validator(): Validate | null {
  return validate;
}
