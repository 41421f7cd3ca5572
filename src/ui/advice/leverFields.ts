import type { LeverAssumptions } from '../../engine/model';

/**
 * How each lever assumption is stored in the plan file (percent for shares, whole days and
 * months otherwise) and the range the file accepts (src/io/businessSchema.ts).
 */
const FIELDS: Record<
  keyof LeverAssumptions,
  { name: string; percent: boolean; min: number; max: number }
> = {
  ownerDrawCut: { name: 'ownerDrawCutPercent', percent: true, min: 1, max: 100 },
  ownerDrawMonths: { name: 'ownerDrawMonths', percent: false, min: 1, max: 12 },
  purchaseDeferralDays: { name: 'purchaseDeferralDays', percent: false, min: 1, max: 180 },
  supplierTermsDays: { name: 'supplierTermsDays', percent: false, min: 1, max: 180 },
  rentDeferralDays: { name: 'rentDeferralDays', percent: false, min: 1, max: 180 },
  rentDeferralMonths: { name: 'rentDeferralMonths', percent: false, min: 1, max: 12 },
  depositShare: { name: 'depositPercent', percent: true, min: 1, max: 100 },
  depositDays: { name: 'depositDays', percent: false, min: 1, max: 180 },
  reserveFromDrawShare: { name: 'reserveFromDrawPercent', percent: true, min: 1, max: 100 },
};

export function leverFileField(key: keyof LeverAssumptions) {
  return FIELDS[key];
}

/** The engine's value as the input shows it (a share as a whole percent). */
export function leverInputValue(key: keyof LeverAssumptions, value: number): number {
  return FIELDS[key].percent ? Math.round(value * 100) : value;
}

/** What the input holds, as the file stores it; null while it is not a whole number in range. */
export function leverFileValue(key: keyof LeverAssumptions, text: string): number | null {
  const f = FIELDS[key];
  const v = Number(text);
  if (text.trim() === '' || !Number.isInteger(v) || v < f.min || v > f.max) return null;
  return v;
}
