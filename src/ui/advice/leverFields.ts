import type { LeverAssumptions } from '../../engine/model';
import type { UnitWords } from '../../i18n/messages/units';
import { DRAFT_FORM, type Form } from '../fields/form';

type LeverUnit = 'percent' | 'days' | 'months';

/**
 * How each lever assumption is stored in the plan file (percent for shares, whole days and
 * months otherwise, src/io/businessSchema.ts checks them) and the unit shown beside its box.
 */
const FIELDS: Record<keyof LeverAssumptions, { name: string; unit: LeverUnit }> = {
  ownerDrawCut: { name: 'ownerDrawCutPercent', unit: 'percent' },
  ownerDrawMonths: { name: 'ownerDrawMonths', unit: 'months' },
  purchaseDeferralDays: { name: 'purchaseDeferralDays', unit: 'days' },
  supplierTermsDays: { name: 'supplierTermsDays', unit: 'days' },
  rentDeferralDays: { name: 'rentDeferralDays', unit: 'days' },
  rentDeferralMonths: { name: 'rentDeferralMonths', unit: 'months' },
  depositShare: { name: 'depositPercent', unit: 'percent' },
  depositDays: { name: 'depositDays', unit: 'days' },
  reserveFromDrawShare: { name: 'reserveFromDrawPercent', unit: 'percent' },
};

export function leverFileField(key: keyof LeverAssumptions) {
  return FIELDS[key];
}

/** The unit beside a lever's box: % for a share, 天 or 个月 for a time. */
export function leverUnit(key: keyof LeverAssumptions, u: UnitWords): string {
  return u[FIELDS[key].unit];
}

/** The engine's value as the box shows it (a share as a whole percent). */
export function leverInputValue(key: keyof LeverAssumptions, value: number): number {
  return FIELDS[key].unit === 'percent' ? Math.round(value * 100) : value;
}

/**
 * The lever boxes as a form: each edits the plan draft's `leverAssumptions.<name>` like any
 * editor field (the plan schema checks it, its problem shows under the box), and shows the value
 * the advice used — the plan's default — until the plan states its own. An emptied box keeps ""
 * (refused, with a message) rather than falling back to the default under the typist's fingers.
 */
export function leverForm(shown: Readonly<Record<string, number>>): Form {
  return {
    useField: (path) => {
      const field = DRAFT_FORM.useField(path);
      const name = String(path[path.length - 1]);
      return {
        ...field,
        value: field.value === undefined ? shown[name] : field.value,
        set: (v) => field.set(v === undefined ? '' : v),
      };
    },
  };
}
