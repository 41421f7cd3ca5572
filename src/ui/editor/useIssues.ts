import { useMemo } from 'react';
import type { Issue } from '../../io/issues';
import { pathKey, type Path } from '../../state/draftPath';
import { useStore } from '../../state/store';
import { isUnder } from '../fields/issuePath';
import { STEP_IDS, stepOfIssuePath, type StepId } from './steps';

/** Issues inside the item or list at `path` (e.g. every issue of `fundingSources[2]`). */
export function useIssuesUnder(path: Path): Issue[] {
  const issues = useStore((s) => s.issues);
  const prefix = pathKey(path);
  return useMemo(() => issues.filter((i) => isUnder(i.path, prefix)), [issues, prefix]);
}

/** How many issues each step holds, and those belonging to no step (whole-file problems). */
export function useStepIssues(): { byStep: Record<StepId, number>; general: Issue[] } {
  const issues = useStore((s) => s.issues);
  return useMemo(() => {
    const byStep = Object.fromEntries(STEP_IDS.map((id) => [id, 0])) as Record<StepId, number>;
    const general: Issue[] = [];
    for (const issue of issues) {
      const step = stepOfIssuePath(issue.path);
      if (step) byStep[step] += 1;
      else general.push(issue);
    }
    return { byStep, general };
  }, [issues]);
}
