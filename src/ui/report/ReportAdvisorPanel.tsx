import { useId } from 'react';
import type { ReportHandoverMessages } from '../../i18n/messages/reportHandover';
import { ADVISOR_FIELD_LENGTH, COMMENTARY_LENGTH } from '../../io/advisorProfile';
import { useAdvisor } from '../../state/advisorProfile';

/**
 * On screen only (never printed): the advisor's details, set once and kept in this browser, and
 * the commentary for this client's report, which the report prints.
 */
export function ReportAdvisorPanel({
  clientId,
  h,
}: {
  clientId: string;
  h: ReportHandoverMessages;
}) {
  const id = useId();
  const profile = useAdvisor((s) => s.profile);
  const commentary = useAdvisor((s) => s.commentary[clientId] ?? '');
  const set = (field: keyof typeof profile) => (e: React.ChangeEvent<HTMLInputElement>) =>
    useAdvisor.getState().setProfile({ ...profile, [field]: e.target.value });
  const fields = [
    ['name', h.advisorName],
    ['firm', h.advisorFirm],
    ['contact', h.advisorContact],
  ] as const;
  return (
    <section className="report-advisor-panel" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{h.settingsTitle}</h2>
      <p className="report-muted">{h.settingsIntro}</p>
      <div className="report-advisor-fields">
        {fields.map(([field, label]) => (
          <div className="field" key={field}>
            <label className="field-label" htmlFor={`${id}-${field}`}>
              {label}
            </label>
            <input
              id={`${id}-${field}`}
              value={profile[field]}
              maxLength={ADVISOR_FIELD_LENGTH}
              autoComplete={field === 'name' ? 'name' : field === 'firm' ? 'organization' : 'off'}
              onChange={set(field)}
            />
          </div>
        ))}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-commentary`}>
          {h.commentaryLabel}
        </label>
        <p className="field-hint" id={`${id}-hint`}>
          {h.commentaryHint}
        </p>
        <textarea
          id={`${id}-commentary`}
          rows={4}
          maxLength={COMMENTARY_LENGTH}
          aria-describedby={`${id}-hint`}
          value={commentary}
          onChange={(e) => useAdvisor.getState().setCommentary(clientId, e.target.value)}
        />
      </div>
    </section>
  );
}
