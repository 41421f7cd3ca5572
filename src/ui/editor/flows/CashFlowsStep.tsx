import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import { useStore } from '../../../state/store';
import { ListStatus, useItemList } from '../useItemList';
import { CashFlowCard } from './CashFlowCard';
import { CsvImportButton } from './CsvImportButton';
import { newFlow, type Direction } from './flowEdits';

/** Step 2: money coming in and going out, as two lists over the plan's one list of flows. */
export function CashFlowsStep() {
  const m = EDITOR[useLang()];
  const flows = useStore((s) => s.draft.cashFlows);
  const insertItem = useStore((s) => s.insertItem);
  const { keys, removal, opened, place, newId } = useItemList('cashFlows', flows);
  const add = (direction: Direction) => {
    const id = newId();
    insertItem('cashFlows', newFlow(id, direction));
    opened(id);
  };

  const group = (direction: Direction) => {
    const at = flows.flatMap((flow, i) =>
      (flow.direction === 'inflow') === (direction === 'inflow') ? [i] : [],
    );
    const f = m.flows;
    return (
      <>
        <h4>{direction === 'inflow' ? f.inHeading : f.outHeading}</h4>
        {at.length === 0 ? (
          <p className="ed-empty">{direction === 'inflow' ? f.emptyIn : f.emptyOut}</p>
        ) : (
          <ul className="ed-list">
            {at.map((i) => (
              <CashFlowCard key={keys[i]} place={place(i)} flow={flows[i]!} />
            ))}
          </ul>
        )}
        <button type="button" className="ed-add" onClick={() => add(direction)}>
          <span aria-hidden="true">+ </span>
          {direction === 'inflow' ? f.addIn : f.addOut}
        </button>
      </>
    );
  };

  return (
    <>
      <ListStatus list="cashFlows" removal={removal} />
      {group('inflow')}
      {group('outflow')}
      <CsvImportButton />
    </>
  );
}
