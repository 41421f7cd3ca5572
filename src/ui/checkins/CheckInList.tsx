import type { CheckInComparison } from '../../engine/checkIns/types';
import { yuanFromFen } from '../../engine/money';
import { formatDate, formatMoney } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { CheckInsMessages } from '../../i18n/messages/checkIns';
import type { StoredCheckIn } from '../../io/checkInSchema';
import { bufferText, lineChanges, moneyChange, warningText } from './checkInView';

/** One check-in: its figures against the plan and the last check-in, what fired, its note, its actions. */
function CheckInItem({
  c,
  stored,
  lang,
  m,
  onEdit,
  onDelete,
  onUpdatePlan,
  status,
}: {
  c: CheckInComparison;
  stored: StoredCheckIn | undefined;
  lang: Lang;
  m: CheckInsMessages;
  onEdit: () => void;
  onDelete: () => void;
  onUpdatePlan: () => void;
  status: React.ReactNode;
}) {
  const date = formatDate(c.date, lang);
  const sincePrevious = lineChanges(c, 'vsPrevious', lang, m);
  const sincePlan = lineChanges(c, 'vsPlan', lang, m);
  return (
    <li className="checkin-item" aria-labelledby={`checkin-${c.id}`}>
      <h4 id={`checkin-${c.id}`} className="checkin-date-head">
        <span className="nowrap">{date}</span>
      </h4>
      <dl className="checkin-figures">
        <div>
          <dt>{m.cash}</dt>
          <dd>{formatMoney(yuanFromFen(c.totalCash), lang)}</dd>
        </div>
        <div>
          <dt>{m.credit}</dt>
          <dd>{formatMoney(yuanFromFen(c.totalCredit), lang)}</dd>
        </div>
        <div>
          <dt>{m.buffer}</dt>
          <dd>{bufferText(c.bufferDays, lang)}</dd>
        </div>
      </dl>
      {c.warnings.length === 0 ? (
        <p className="checkin-quiet">{m.nothingFired}</p>
      ) : (
        <div className="checkin-fired">
          <p className="checkin-fired-title">{m.fired}</p>
          <ul>
            {c.warnings.map((w, i) => (
              <li key={i} data-warning={w.id}>
                <strong>{m.warning[w.id]}</strong> · {warningText(w, lang, m)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {(sincePrevious.length > 0 || (c.cashVsPrevious && c.cashVsPrevious.delta !== 0)) && (
        <div className="checkin-changes">
          <p className="checkin-changes-title">{m.vsPrevious}</p>
          <ul>
            {c.cashVsPrevious && c.cashVsPrevious.delta !== 0 && (
              <li>
                {m.cash}: {moneyChange(c.cashVsPrevious, lang)}
              </li>
            )}
            {sincePrevious.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
      )}
      {sincePlan.length > 0 && (
        <div className="checkin-changes">
          <p className="checkin-changes-title">{m.vsPlan}</p>
          <ul>
            {sincePlan.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
      )}
      {stored?.note && <p className="checkin-note">{stored.note}</p>}
      <div className="checkin-actions">
        <button type="button" onClick={onUpdatePlan} title={m.updatePlanHint}>
          {m.updatePlan}
        </button>
        <button type="button" onClick={onEdit} aria-label={`${m.edit} · ${date}`}>
          {m.edit}
        </button>
        <button type="button" onClick={onDelete} aria-label={`${m.delete} · ${date}`}>
          {m.delete}
        </button>
      </div>
      {status}
    </li>
  );
}

export function CheckInList({
  list,
  stored,
  lang,
  m,
  onEdit,
  onDelete,
  onUpdatePlan,
  statusFor,
}: {
  list: CheckInComparison[];
  stored: readonly StoredCheckIn[];
  lang: Lang;
  m: CheckInsMessages;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  onUpdatePlan: (id: string) => void;
  statusFor: (id: string) => React.ReactNode;
}) {
  return (
    <ol className="checkin-list" aria-label={m.listCaption}>
      {list.map((c) => (
        <CheckInItem
          key={c.id}
          c={c}
          stored={stored.find((s) => s.id === c.id)}
          lang={lang}
          m={m}
          onEdit={() => onEdit(c.id)}
          onDelete={() => onDelete(c.id)}
          onUpdatePlan={() => onUpdatePlan(c.id)}
          status={statusFor(c.id)}
        />
      ))}
    </ol>
  );
}
