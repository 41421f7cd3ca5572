import { useMemo, useState } from 'react';
import { BUFFER_DAYS } from '../../engine/checkIns/compare';
import { formatDate } from '../../i18n/format';
import { CHECK_INS } from '../../i18n/messages/checkIns';
import { checkInFromPlan, type PlanChange, type PlanSkip } from '../../io/checkInPlan';
import type { StoredCheckIn } from '../../io/checkInSchema';
import { useStore } from '../../state/store';
import { useLang } from '../common/useLang';
import { CheckInForm } from './CheckInForm';
import { CheckInList } from './CheckInList';
import { CheckInTrend } from './CheckInTrend';
import { checkInsView } from './checkInView';
import './checkins.css';

const today = () => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};
const newId = () => `ci-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

type Updated = { id: string; changed: PlanChange[]; skipped: PlanSkip[] };

/** The open client's check-ins: record one, see what changed and fired, the trend, update the plan. */
export default function CheckInsSection() {
  const lang = useLang();
  const m = CHECK_INS[lang];
  const valid = useStore((s) => s.valid);
  const checkIns = useStore((s) => s.checkIns);
  const deleted = useStore((s) => s.checkInDeleted);
  const [editing, setEditing] = useState<{ start: StoredCheckIn; isNew: boolean } | null>(null);
  const [updated, setUpdated] = useState<Updated | null>(null);
  const view = useMemo(() => checkInsView(valid.plan, checkIns), [valid.plan, checkIns]);

  const save = (c: StoredCheckIn) => {
    useStore.getState().saveCheckIn(c);
    setEditing(null);
  };
  const updatePlan = async (id: string) => {
    const result = await useStore.getState().updatePlanFromCheckIn(id);
    if (result) setUpdated({ id, ...result });
  };
  const undoUpdate = () => {
    useStore.temporal.getState().undo();
    setUpdated(null);
  };
  const statusFor = (id: string) =>
    updated?.id === id ? (
      <div className="checkin-status" role="status">
        <p>{updated.changed.length > 0 ? m.updated(updated.changed.length) : m.upToDate}</p>
        {updated.skipped.map((s) => (
          <p key={`${s.kind}.${s.id}`} className="field-hint">
            {s.kind === 'rate_is_fee' ? m.skippedFee(s.name) : m.skippedMissing(s.name)}
          </p>
        ))}
        {updated.changed.length > 0 && (
          <button type="button" onClick={undoUpdate}>
            {m.undoHint}
          </button>
        )}
      </div>
    ) : null;

  return (
    <div className="checkins">
      <p className="field-hint">{m.intro}</p>
      {editing ? (
        <CheckInForm
          key={editing.start.id}
          start={editing.start}
          title={editing.isNew ? m.formTitle : m.editTitle(formatDate(editing.start.date, lang))}
          m={m}
          lang={lang}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button
          type="button"
          className="primary"
          onClick={() =>
            setEditing({ start: checkInFromPlan(valid.file, newId(), today()), isNew: true })
          }
        >
          {m.record}
        </button>
      )}
      {deleted && (
        <p className="checkin-status" role="status">
          {m.deleted(formatDate(deleted.checkIn.date, lang))}{' '}
          <button type="button" onClick={() => useStore.getState().restoreCheckIn()}>
            {m.undo}
          </button>
        </p>
      )}
      {checkIns.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <>
          <h4>{m.trendTitle}</h4>
          <CheckInTrend trend={view.trend} bufferThreshold={BUFFER_DAYS} lang={lang} m={m} />
          <CheckInList
            list={view.newestFirst}
            stored={checkIns}
            lang={lang}
            m={m}
            onEdit={(id) => {
              const start = checkIns.find((c) => c.id === id);
              if (start) setEditing({ start, isNew: false });
            }}
            onDelete={(id) => useStore.getState().deleteCheckIn(id)}
            onUpdatePlan={(id) => void updatePlan(id)}
            statusFor={statusFor}
          />
        </>
      )}
    </div>
  );
}
