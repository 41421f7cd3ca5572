import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import type { PlanFileSource } from '../../../io/planSchema';
import { useStore } from '../../../state/store';
import { FieldError } from '../../common/FieldError';
import { useFieldIssue } from '../../common/useFieldIssue';
import { customField, dateField, numberField } from '../../fields/fieldKinds';
import { HuabeiPlanField } from './HuabeiPlanField';
import { FieldRows } from '../../fields/FieldRows';
import type { Removal } from '../useRemoval';

type Props = { index: number; source: PlanFileSource; sourceName: string; removal: Removal };

/** Balances already drawn on a source: principal, next due date, instalments left. */
export function OutstandingList({ index, source, sourceName, removal }: Props) {
  const m = EDITOR[useLang()];
  const setField = useStore((s) => s.setField);
  const startDate = useStore((s) => s.draft.business.startDate);
  const path = ['fundingSources', index, 'outstanding'] as const;
  const listIssue = useFieldIssue(path);
  const f = m.funding;
  const list = Array.isArray(source.outstanding) ? source.outstanding : [];
  const addId = `ed-add-balance-${index}`;
  const balance = [
    numberField('principal', f.principal, { prefix: m.units.yuan }),
    dateField('nextDueDate', f.nextDue),
    numberField('remainingInstalments', f.instalmentsLeft, {
      whole: true,
      suffix: m.units.instalments,
    }),
    ...(source.kind === 'huabei'
      ? [customField('planMonths', (at) => <HuabeiPlanField path={at} />)]
      : []),
  ];
  const term =
    typeof source.termMonths === 'number' && source.kind !== 'huabei' ? source.termMonths : 1;

  return (
    <fieldset className="ed-fieldset field--wide">
      <legend>{f.outstandingLegend}</legend>
      <p className="field-hint">{f.outstandingHint}</p>
      <FieldError id={`ed-outstanding-${index}-error`} issue={listIssue} />
      {list.length === 0 ? (
        <p className="ed-empty">{f.outstandingEmpty}</p>
      ) : (
        <ul className="ed-balances">
          {list.map((_, j) => (
            <li key={j} className="ed-balance">
              <p className="ed-balance-name">{f.balanceName(j + 1)}</p>
              <FieldRows base={[...path, j]} fields={balance} />
              <button
                type="button"
                className="danger"
                onClick={() =>
                  removal.remove(
                    `${sourceName} · ${f.balanceName(j + 1)}`,
                    () =>
                      setField(
                        path,
                        list.filter((__, k) => k !== j),
                      ),
                    addId,
                  )
                }
              >
                {f.removeBalance}
                <span className="visually-hidden"> {f.balanceName(j + 1)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        id={addId}
        className="ed-add"
        onClick={() =>
          setField(path, [
            ...list,
            { principal: 0, nextDueDate: startDate, remainingInstalments: term },
          ])
        }
      >
        <span aria-hidden="true">+ </span>
        {f.addBalance}
      </button>
    </fieldset>
  );
}
