import type { Form } from '../fields/form';
import type { BuilderDraft, BuilderError, BuilderErrors, ShockDraft } from './builderModel';

/** Field id for a builder field; `builderFieldId(prefix, '2.startDay')` is how errors find it. */
export function builderFieldId(prefix: string, key: string): string {
  return `${prefix}-${key.replace('.', '-')}`;
}

/**
 * The scenario builder's draft as a form for the shared fields (src/ui/fields/): `['name']` is
 * the scenario's name, `[2, 'durationDays']` a field of the third shock, kept as typed (read by
 * builderModel.ts on save); each shows the problem `validateBuilder` found there, if any.
 */
export function builderForm(
  draft: BuilderDraft,
  onDraftChange: (draft: BuilderDraft) => void,
  errors: BuilderErrors,
  errorText: (e: BuilderError) => string,
  prefix: string,
): Form {
  const message = (key: string) => {
    const e = errors[key];
    return e ? errorText(e) : undefined;
  };
  return {
    useField: (path) => {
      if (path.length === 1 && path[0] === 'name')
        return {
          value: draft.name,
          set: (v) => {
            const name = typeof v === 'string' ? v : '';
            // Emptied, the name follows the shocks again.
            onDraftChange({ ...draft, name, autoName: name.trim() === '' });
          },
          error: message('name'),
          id: builderFieldId(prefix, 'name'),
        };
      const [index, field] = path as [number, keyof ShockDraft];
      const key = `${index}.${field}`;
      return {
        value: draft.shocks[index]?.[field],
        set: (v) =>
          onDraftChange({
            ...draft,
            shocks: draft.shocks.map((s, i) =>
              i === index ? { ...s, [field]: v === undefined ? '' : v } : s,
            ),
          }),
        error: message(key),
        id: builderFieldId(prefix, key),
        keepsText: true,
      };
    },
  };
}
