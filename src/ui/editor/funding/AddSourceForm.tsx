import { useId, useState } from 'react';
import { SOURCE_KINDS, type SourceKind } from '../../../engine/model';
import { DOMAIN } from '../../../i18n/messages/domain';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import { useStore } from '../../../state/store';
import { newId } from '../newId';
import { newSourceDraft } from './sourceEdits';

/** Pick a kind and add a source prefilled with that kind's defaults. */
export function AddSourceForm({
  ownOrder,
  onAdded,
}: {
  ownOrder: boolean;
  onAdded: (id: string) => void;
}) {
  const m = EDITOR[useLang()].funding;
  const d = DOMAIN[useLang()];
  const id = useId();
  const [kind, setKind] = useState<SourceKind>('jiebei');
  const insertItem = useStore((s) => s.insertItem);
  const add = () => {
    const sourceId = newId('source');
    const count = useStore.getState().draft.fundingSources.length;
    const source = newSourceDraft(kind, sourceId, d.sourceKind[kind]);
    insertItem('fundingSources', ownOrder ? { ...source, drawPriority: count + 1 } : source);
    onAdded(sourceId);
  };
  return (
    <div className="ed-add-source">
      <h4>{m.addHeading}</h4>
      <div className="ed-add-row">
        <div className="field">
          <label className="field-label" htmlFor={id}>
            {m.kind}
          </label>
          <select
            id={id}
            value={kind}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setKind(e.target.value as SourceKind)}
          >
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {d.sourceKind[k]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="primary" onClick={add}>
          {m.add}
        </button>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {m.addHint}
      </p>
    </div>
  );
}
