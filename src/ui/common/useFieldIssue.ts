import type { Issue } from '../../io/issues';
import { useStore } from '../../state/store';
import { pathKey, type Path } from '../../state/draftPath';

/** The draft's validation issue at `path`, if any (issues carry bracket paths like `cashFlows[2].amount`). */
export function useFieldIssue(path: Path): Issue | undefined {
  const key = pathKey(path);
  return useStore((s) => s.issues.find((i) => i.path === key));
}
