import { describeIssue } from '../../../io/issueText';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang, useMessages } from '../../common/useLang';
import { useStore } from '../../../state/store';
import { useIssuesUnder } from '../useIssues';

/** Move to the scenario panel (rendered elsewhere, id "scenario") and put focus on it. */
function goToScenario(): void {
  const panel = document.getElementById('scenario');
  if (!panel) return;
  if (!panel.hasAttribute('tabindex')) panel.setAttribute('tabindex', '-1');
  const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  panel.scrollIntoView?.({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  panel.focus({ preventScroll: true });
}

/** Step 4: the scenario lives in its own panel; this step points there and reports saved scenarios' problems. */
export function ScenarioStep() {
  const m = useMessages(EDITOR).scenario;
  const lang = useLang();
  const scenarios = useStore((s) => s.draft.scenarios);
  const issues = useIssuesUnder(['scenarios']);
  const nameOf = (path: string): string => {
    const at = /^scenarios\[(\d+)\]/.exec(path);
    const scenario = at ? scenarios[Number(at[1])] : undefined;
    return typeof scenario?.name === 'string' ? scenario.name : '';
  };
  return (
    <>
      <p>{m.text}</p>
      <p>{m.saved(Array.isArray(scenarios) ? scenarios.length : 0)}</p>
      {issues.length > 0 && (
        <div className="ed-item-issues" role="alert">
          <p>{m.issues}</p>
          <ul>
            {issues.map((i) => (
              <li key={`${i.path}:${i.code}`}>
                {nameOf(i.path) && <strong>{nameOf(i.path)}: </strong>}
                {describeIssue(i, lang)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" className="primary" onClick={goToScenario}>
        {m.go}
        <span aria-hidden="true"> ↑</span>
      </button>
    </>
  );
}
