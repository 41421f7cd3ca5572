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

/** True when `path` is `prefix` or lies inside it (`fundingSources[1]` does not contain `fundingSources[10]`). */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** The part of `path` below `prefix`: `cashFlows[2].frequency.weekday` under `cashFlows[2]` → `frequency.weekday`. */
export function relativePath(path: string, prefix: string): string {
  const rest = path.slice(prefix.length);
  return rest.startsWith('.') ? rest.slice(1) : rest;
}
