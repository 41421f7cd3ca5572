import { useId, useState } from 'react';
import type { Lang } from '../../i18n/lang';
import { localName } from '../../i18n/localName';
import type { CheckInsMessages } from '../../i18n/messages/checkIns';
import type { StoredCheckIn } from '../../io/checkInSchema';
import { badFields, checkInOfDraft, draftOf, type CheckInDraft } from './checkInView';

/**
 * Record or edit one check-in. A new one starts from the plan's values, so the advisor types only
 * what changed; nothing is saved until every value can be stored.
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
  const [d, setD] = useState<CheckInDraft>(() => draftOf(start));
  const [tried, setTried] = useState(false);
  const bad = tried ? badFields(d) : new Set<string>();
  const invalid = tried && checkInOfDraft(d) === null;
  const set = (change: (x: CheckInDraft) => void) =>
    setD((old) => {
      const next = structuredClone(old);
      change(next);
      return next;
    });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const c = checkInOfDraft(d);
    if (!c) return setTried(true);
    onSave(c);
  };

  return (
    <form className="checkin-form" onSubmit={submit} aria-labelledby={`${id}-t`} noValidate>
      <h4 id={`${id}-t`}>{title}</h4>
      <div className="field checkin-date">
        <label className="field-label" htmlFor={`${id}-date`}>
          {m.date}
        </label>
        <input
          id={`${id}-date`}
          type="date"
          required
          value={d.date}
          aria-invalid={bad.has('date') || undefined}
          onChange={(e) => set((x) => void (x.date = e.target.value))}
        />
      </div>
      <fieldset className="checkin-group">
        <legend>{m.cashTitle}</legend>
        {d.cash.map((c, i) => (
          <div className="field" key={c.accountId}>
            <label className="field-label" htmlFor={`${id}-cash-${i}`}>
              {localName(c.name, lang) || c.accountId}
            </label>
            <input
              id={`${id}-cash-${i}`}
              inputMode="decimal"
              value={c.balance}
              aria-invalid={bad.has(`cash.${i}`) || undefined}
              onChange={(e) => set((x) => void (x.cash[i]!.balance = e.target.value))}
            />
          </div>
        ))}
      </fieldset>
      {d.lines.length > 0 && (
        <fieldset className="checkin-group">
          <legend>{m.linesTitle}</legend>
          {d.lines.map((l, i) => (
            <fieldset className="checkin-line" key={l.sourceId}>
              <legend>{localName(l.name, lang) || l.sourceId}</legend>
              <div className="field">
                <label className="field-label" htmlFor={`${id}-limit-${i}`}>
                  {m.limit}
                </label>
                <input
                  id={`${id}-limit-${i}`}
                  inputMode="decimal"
                  value={l.limit}
                  aria-invalid={bad.has(`limit.${i}`) || undefined}
                  onChange={(e) => set((x) => void (x.lines[i]!.limit = e.target.value))}
                />
              </div>
              <div className="field">
                <label className="field-label" htmlFor={`${id}-rate-${i}`}>
                  {m.rate}
                </label>
                <input
                  id={`${id}-rate-${i}`}
                  inputMode="decimal"
                  value={l.rate}
                  placeholder={m.rateHint}
                  aria-invalid={bad.has(`rate.${i}`) || undefined}
                  onChange={(e) => set((x) => void (x.lines[i]!.rate = e.target.value))}
                />
              </div>
              <label className="checkin-check">
                <input
                  type="checkbox"
                  checked={l.failedRepayment}
                  onChange={(e) =>
                    set((x) => void (x.lines[i]!.failedRepayment = e.target.checked))
                  }
                />
                {m.failedRepayment}
              </label>
              <label className="checkin-check">
                <input
                  type="checkbox"
                  checked={l.notice}
                  onChange={(e) => set((x) => void (x.lines[i]!.notice = e.target.checked))}
                />
                {m.notice}
              </label>
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
          onChange={(e) => set((x) => void (x.note = e.target.value))}
        />
      </div>
      {invalid && (
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
  );
}
