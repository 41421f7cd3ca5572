import { useId, useState, type ReactNode } from 'react';
import { EDITOR } from '../../i18n/messages/editor';
import { useLang } from '../common/useLang';
import { IssueFlag } from './IssueFlag';

type Props = {
  /** The id of the toggle button, so undo can return focus to a restored card. */
  toggleId: string;
  title: string;
  summary: string;
  issueCount: number;
  headingLevel: 4 | 5;
  /** Open on first render (a card just added, or one with problems). */
  initiallyOpen?: boolean;
  actions: ReactNode;
  children: ReactNode;
};

/**
 * One list entry as a card: a heading that opens and closes its form (showing a one-line
 * summary and any problems), its actions, and the form.
 */
export function ListCard({
  toggleId,
  title,
  summary,
  issueCount,
  headingLevel,
  initiallyOpen,
  actions,
  children,
}: Props) {
  const m = EDITOR[useLang()];
  const bodyId = useId();
  const [open, setOpen] = useState(initiallyOpen === true || issueCount > 0);
  const Heading = headingLevel === 4 ? 'h4' : 'h5';
  return (
    <li className={issueCount > 0 ? 'ed-card ed-card-invalid' : 'ed-card'}>
      <div className="ed-card-head">
        <Heading className="ed-card-title">
          <button
            type="button"
            id={toggleId}
            className="ed-card-toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setOpen(!open)}
          >
            <span className="ed-card-name">{title || m.untitled}</span>
            <span className="ed-card-summary">{summary}</span>
            {issueCount > 0 && <IssueFlag count={issueCount} />}
          </button>
        </Heading>
        <div className="ed-card-actions">{actions}</div>
      </div>
      <div id={bodyId} className="ed-card-body" hidden={!open}>
        {open && children}
      </div>
    </li>
  );
}
