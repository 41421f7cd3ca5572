import type { ReactNode } from 'react';
import { CheckIcon } from './CheckIcon';

type Props = {
  /** Id of the radio input; the description and extra lines hang off it. */
  id: string;
  groupName: string;
  value: string;
  checked: boolean;
  onSelect: (value: string) => void;
  title: string;
  tag?: string;
  description: ReactNode;
  /** Lines under the description (grade, source). */
  details?: ReactNode;
  /** Ids of text inside `details` that the radio's description should include. */
  detailIds?: string;
  actions?: ReactNode;
};

/**
 * One scenario as a selectable card: a native radio whose label stretches over the card, so a
 * click anywhere selects it, while the buttons inside stay their own targets.
 */
export function ScenarioCard(props: Props) {
  const {
    id,
    groupName,
    value,
    checked,
    onSelect,
    title,
    tag,
    description,
    details,
    detailIds,
    actions,
  } = props;
  return (
    <li className={`scenario-card${checked ? ' is-selected' : ''}`}>
      <div className="scenario-card-head">
        <input
          type="radio"
          id={id}
          name={groupName}
          value={value}
          checked={checked}
          onChange={() => onSelect(value)}
          aria-describedby={detailIds ? `${id}-desc ${detailIds}` : `${id}-desc`}
        />
        <label htmlFor={id} className="scenario-card-title">
          {title}
        </label>
        {checked && <CheckIcon />}
      </div>
      {tag && <p className="scenario-card-tag">{tag}</p>}
      <div id={`${id}-desc`} className="scenario-card-desc">
        {description}
      </div>
      {details && <div className="scenario-card-details">{details}</div>}
      {actions && <div className="scenario-card-actions">{actions}</div>}
    </li>
  );
}
