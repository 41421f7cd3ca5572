import { useRef, type KeyboardEvent } from 'react';
import { EDITOR } from '../../i18n/messages/editor';
import { useLang } from '../common/useLang';
import { IssueFlag } from './IssueFlag';
import { STEP_IDS, type StepId } from './steps';

type Props = {
  active: StepId;
  onSelect: (id: StepId) => void;
  counts: Record<StepId, number>;
  issues: Record<StepId, number>;
};

export const tabId = (id: StepId) => `ed-tab-${id}`;
export const panelId = (id: StepId) => `ed-panel-${id}`;

/** The four steps as tabs: arrow keys, Home and End move between them (WAI-ARIA tabs pattern). */
export function StepTabs({ active, onSelect, counts, issues }: Props) {
  const m = EDITOR[useLang()];
  const refs = useRef<Partial<Record<StepId, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = STEP_IDS.length - 1;
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? (index + 1) % STEP_IDS.length
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? (index + last) % STEP_IDS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (to === null) return;
    e.preventDefault();
    const id = STEP_IDS[to]!;
    onSelect(id);
    refs.current[id]?.focus();
  };
  return (
    <div role="tablist" aria-label={m.stepsLabel} className="ed-tabs">
      {STEP_IDS.map((id, i) => (
        <button
          key={id}
          ref={(el) => {
            refs.current[id] = el;
          }}
          type="button"
          role="tab"
          id={tabId(id)}
          aria-selected={active === id}
          aria-controls={panelId(id)}
          tabIndex={active === id ? 0 : -1}
          className="ed-tab"
          onClick={() => onSelect(id)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          <span className="ed-tab-num" aria-hidden="true">
            {i + 1}
          </span>
          <span className="ed-tab-text">
            <span className="ed-tab-name">{m.steps[id].name}</span>
            <span className="ed-tab-meta">
              <span className="ed-badge">{m.count(counts[id])}</span>
              {issues[id] > 0 && <IssueFlag count={issues[id]} />}
            </span>
          </span>
        </button>
      ))}
    </div>
  );
}
