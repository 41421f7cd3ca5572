import type { GuidedField, GuidedProblem } from '../../io/guidedAnswers';

/**
 * The guided start's steps and which answers each asks for. Three steps, each one phone screen:
 * the reference business (docs/guided-start.md) needs 11 fields, so every extra step's "Next"
 * would take it past 15 interactions.
 */
export const STEP_GROUPS = [
  ['cash', 'sales'],
  ['fixed', 'purchases', 'huabei'],
  ['jiebei', 'bankLoan'],
] as const;

export const STEP_COUNT = STEP_GROUPS.length;

/** The step (0-based) that asks for a field. */
export function stepOf(field: GuidedField): number {
  const group = field.slice(0, field.indexOf('.'));
  return STEP_GROUPS.findIndex((groups) => (groups as readonly string[]).includes(group));
}

/** The problems a step shows, in the order its fields appear. */
export function problemsOn(step: number, problems: readonly GuidedProblem[]): GuidedProblem[] {
  return problems.filter((p) => stepOf(p.field) === step);
}

/** The id of a field's input, for labels, error links and focus. */
export const fieldId = (field: GuidedField): string => `guided-${field.replace('.', '-')}`;
