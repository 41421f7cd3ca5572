import {
  assumptionBounds,
  type AssumptionField,
  type AssumptionIssue,
} from '../../engine/monteCarloAssumptions';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { MonteCarloMessages } from '../../i18n/messages/monteCarlo';
import type { Form } from '../fields/form';
import { RUN_BOUNDS, type AssumptionDraft, type RunField } from './assumptionDraft';

const isRunField = (key: string): key is RunField => key === 'paths' || key === 'seed';

/** The id of a Monte Carlo box: `mc-startDay-min`, `mc-paths`. */
export const mcFieldId = (key: string): string => `mc-${key.replace('.', '-')}`;

/**
 * The Monte Carlo draft as a form for the shared fields (src/ui/fields/): `['startDay.min']` is an
 * assumption, `['paths']` and `['seed']` the run's size; each keeps its text as typed (read by
 * assumptionDraft.ts) and shows the problem found with it, as it is typed. Editing a length
 * makes the outage-length choice "your own".
 */
export function assumptionForm(
  draft: AssumptionDraft,
  onChange: (d: AssumptionDraft) => void,
  issues: readonly AssumptionIssue[],
  badRun: readonly RunField[],
  horizonDays: number,
  lang: Lang,
  m: MonteCarloMessages,
): Form {
  const range = (min: number, max: number, whole: boolean) =>
    (whole ? m.fieldRange : m.numberRange)({
      min: formatNumber(min, lang),
      max: formatNumber(max, lang),
    });
  return {
    useField: (path) => {
      const key = String(path[0]);
      const text = (v: unknown) => (typeof v === 'string' ? v : '');
      if (isRunField(key)) {
        const b = RUN_BOUNDS[key];
        return {
          value: draft[key],
          set: (v) => onChange({ ...draft, [key]: text(v) }),
          error: badRun.includes(key) ? range(b.min, b.max, true) : undefined,
          id: mcFieldId(key),
          keepsText: true,
        };
      }
      const field = key as AssumptionField;
      const issue = issues.find((i) => i.field === field);
      return {
        value: draft.fields[field],
        set: (v) =>
          onChange({
            ...draft,
            preset: field.startsWith('duration.') ? 'custom' : draft.preset,
            fields: { ...draft.fields, [field]: text(v) },
          }),
        error:
          issue &&
          (issue.reason === 'order'
            ? m.orderError
            : range(issue.min, issue.max, assumptionBounds(field, horizonDays).whole)),
        id: mcFieldId(field),
        keepsText: true,
      };
    },
  };
}
