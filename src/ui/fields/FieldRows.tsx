import { Fragment } from 'react';
import type { Path } from '../../state/draftPath';
import type { FieldSpec } from './fieldSpec';

/** Fields in the editor's grid, each with its label, its problem under it and its hint. */
export function FieldRows({ base, fields }: { base: Path; fields: readonly FieldSpec[] }) {
  return (
    <div className="field-grid">
      {fields.map((f) => (
        <Fragment key={f.key}>{f.render(base)}</Fragment>
      ))}
    </div>
  );
}
