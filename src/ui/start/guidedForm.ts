import type { GuidedAnswers, GuidedField } from '../../io/guidedAnswers';
import type { Form } from '../fields/form';
import { fieldId } from './guidedModel';

/**
 * The guided start's answers as a form for the shared fields (src/ui/fields/): a field at
 * `['cash', 'bank']` reads `answers.cash.bank`, keeps what was typed ("3万": read on Next by
 * io/guidedAnswers.ts), shows the problem Next found, and has the id Next focuses.
 */
export function guidedForm(
  answers: GuidedAnswers,
  set: (field: GuidedField, value: string | number) => void,
  problem: (field: GuidedField) => string | undefined,
): Form {
  return {
    useField: (path) => {
      const field = path.join('.') as GuidedField;
      const [group, key] = path as [keyof GuidedAnswers, string];
      return {
        value: (answers[group] as Record<string, unknown>)[key],
        set: (v) => set(field, typeof v === 'number' ? v : typeof v === 'string' ? v : ''),
        error: problem(field),
        id: fieldId(field),
        keepsText: true,
      };
    },
  };
}
