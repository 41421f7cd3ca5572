import { describeIssue } from '../../../io/issueText';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import { useStore } from '../../../state/store';
import { goToSection } from '../../layout/sectionRoute';
import { useIssuesUnder } from '../useIssues';

/** Step 4: the scenario has its own section; this step points there and reports saved scenarios' problems. */
export function ScenarioStep() {
  const m = EDITOR[useLang()].scenario;
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
      <button type="button" className="primary" onClick={() => goToSection('scenarios')}>
        {m.go}
        <span aria-hidden="true"> →</span>
      </button>
    </>
  );
}
