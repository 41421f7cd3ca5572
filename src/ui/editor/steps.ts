/** The guided path, in order, and which step a validation issue belongs to. */
export const STEP_IDS = ['reserves', 'flows', 'funding', 'scenario'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The step whose fields hold an issue path (`cashFlows[2].amount` → flows); null for whole-file issues. */
export function stepOfIssuePath(path: string): StepId | null {
  const head = path.split(/[.[]/, 1)[0];
  switch (head) {
    case 'business':
    case 'cashAccounts':
      return 'reserves';
    case 'cashFlows':
      return 'flows';
    case 'fundingSources':
      return 'funding';
    case 'scenarios':
      return 'scenario';
    default:
      return null;
  }
}
