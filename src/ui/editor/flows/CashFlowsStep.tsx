import { useState } from 'react';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import { useStore } from '../../../state/store';
import { FieldError } from '../../common/FieldError';
import { useFieldIssue } from '../../common/useFieldIssue';
import { cardToggleId, focusCardInput, itemKeys } from '../listKeys';
import { newId } from '../newId';
import { RemovedStatus } from '../RemovedStatus';
import { useRemoval } from '../useRemoval';
import { CashFlowCard } from './CashFlowCard';
import { CsvImportButton } from './CsvImportButton';
import { newFlow, type Direction } from './flowEdits';

/** Step 2: money coming in and going out, as two lists over the plan's one list of flows. */
export function CashFlowsStep() {
  const m = EDITOR[useLang()];
  const flows = useStore((s) => s.draft.cashFlows);
  const insertItem = useStore((s) => s.insertItem);
  const listIssue = useFieldIssue(['cashFlows']);
  const removal = useRemoval();
  const [added, setAdded] = useState<string | null>(null);
  const keys = itemKeys(flows);

  const opened = (id: string) => {
    setAdded(`id:${id}`);
    focusCardInput(cardToggleId('flow', `id:${id}`));
  };
  const add = (direction: Direction) => {
    const id = newId('flow');
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
              <CashFlowCard
                key={keys[i]}
                index={i}
                flow={flows[i]!}
                toggleId={cardToggleId('flow', keys[i]!)}
                initiallyOpen={keys[i] === added}
                removal={removal}
                onAdded={opened}
              />
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
      <FieldError id="ed-flows-error" issue={listIssue} />
      <RemovedStatus removal={removal} />
      {group('inflow')}
      {group('outflow')}
      <CsvImportButton />
    </>
  );
}
