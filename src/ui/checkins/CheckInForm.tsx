import { useId, useState } from 'react';
import type { Lang } from '../../i18n/lang';
import { localName } from '../../i18n/localName';
import type { CheckInsMessages } from '../../i18n/messages/checkIns';
import { UNITS } from '../../i18n/messages/units';
import type { StoredCheckIn } from '../../io/checkInSchema';
import type { Issue } from '../../io/issues';
import { FormContext } from '../fields/form';
import { DateField, NumberField } from '../fields/inputs';
import { checkInFieldId, checkInForm } from './checkInForm';
import { draftOf, readCheckInDraft, type CheckInDraft } from './checkInView';

/**
 * Record or edit one check-in. A new one starts from the plan's values, so the advisor types only
 * what changed. Every number is a shared field (src/ui/fields/): its unit beside the box, and once
 * a save was refused, each value that cannot be stored says why under its own box — nothing is
 * saved until every value can be.
 */
export function CheckInForm({
  start,
  title,
  m,
  lang,
  onSave,
  onCancel,
}: {
  start: StoredCheckIn;
  title: string;
  m: CheckInsMessages;
  lang: Lang;
  onSave: (c: StoredCheckIn) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const u = UNITS[lang];
  const [d, setD] = useState<CheckInDraft>(() => draftOf(start));
  const [tried, setTried] = useState(false);
  const read = readCheckInDraft(d);
  const issues: readonly Issue[] = tried && !read.ok ? read.issues : [];
  const form = checkInForm(d, setD, issues, lang, id);
  const setLine = (i: number, change: (l: CheckInDraft['lines'][number]) => void) =>
    setD((old) => {
      const next = structuredClone(old);
      change(next.lines[i]!);
      return next;
    });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (read.ok) return onSave(read.checkIn);
    setTried(true);
    const first = read.issues[0];
    if (first) document.getElementById(checkInFieldId(id, first.path))?.focus();
  };

  return (
    <FormContext value={form}>
      <form className="checkin-form" onSubmit={submit} aria-labelledby={`${id}-t`} noValidate>
        <h4 id={`${id}-t`}>{title}</h4>
        <div className="field-grid">
          <DateField path={['date']} label={m.date} />
        </div>
        <fieldset className="checkin-group">
          <legend>{m.cashTitle}</legend>
          <div className="field-grid">
            {d.cash.map((c, i) => (
              <NumberField
                key={c.accountId}
                path={['cash', i, 'balance']}
                label={localName(c.name, lang) || c.accountId}
                prefix={u.yuan}
              />
            ))}
          </div>
        </fieldset>
        {d.lines.length > 0 && (
          <fieldset className="checkin-group">
            <legend>{m.linesTitle}</legend>
            {d.lines.map((l, i) => (
              <fieldset className="checkin-line" key={l.sourceId}>
                <legend>{localName(l.name, lang) || l.sourceId}</legend>
                <div className="field-grid">
                  <NumberField path={['lines', i, 'limit']} label={m.limit} prefix={u.yuan} />
                  <NumberField
                    path={['lines', i, 'annualRatePercent']}
                    label={m.rate}
                    suffix={u.perYear}
                    percent
                    hint={m.rateHint}
                  />
                </div>
                <div className="checkin-checks">
                  <label className="checkin-check">
                    <input
                      type="checkbox"
                      checked={l.failedRepayment}
                      onChange={(e) =>
                        setLine(i, (x) => void (x.failedRepayment = e.target.checked))
                      }
                    />
                    {m.failedRepayment}
                  </label>
                  <label className="checkin-check">
                    <input
                      type="checkbox"
                      checked={l.notice}
                      onChange={(e) => setLine(i, (x) => void (x.notice = e.target.checked))}
                    />
                    {m.notice}
                  </label>
                </div>
              </fieldset>
            ))}
          </fieldset>
        )}
        <div className="field">
          <label className="field-label" htmlFor={`${id}-note`}>
            {m.note}
          </label>
          <textarea
            id={`${id}-note`}
            rows={2}
            maxLength={2000}
            value={d.note}
            onChange={(e) => setD((x) => ({ ...x, note: e.target.value }))}
          />
        </div>
        {issues.length > 0 && (
          <p className="field-error" role="alert">
            {m.invalid}
          </p>
        )}
        <div className="checkin-actions">
          <button type="submit" className="primary">
            {m.save}
          </button>
          <button type="button" onClick={onCancel}>
            {m.cancel}
          </button>
        </div>
      </form>
    </FormContext>
  );
}
