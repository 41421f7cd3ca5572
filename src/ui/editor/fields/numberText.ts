import { readAmountText } from '../../../io/amountText';

/**
 * What a number box stores for the text typed into it. A finite number is stored as a number;
 * anything else is stored as typed, so nothing is lost and the schema reports it; an empty box
 * stores `undefined` (the schema then says the field is required, or drops an optional one).
 * Spaces and thousands separators (1,200 / 1 200) are ignored, and amounts as owners write
 * them are read: "3万", "1.5万", "¥30,000" (`readAmountText`).
 * @example valueOfNumberText('12.') // 12
 * @example valueOfNumberText('3万') // 30000
 */
export function valueOfNumberText(text: string): number | string | undefined {
  const compact = text.replace(/[\s,_]/g, '');
  if (compact === '') return undefined;
  const n = Number(compact);
  if (Number.isFinite(n)) return n;
  return readAmountText(text) ?? text;
}

/** The text a number box shows for a stored value (a number, a string kept as typed, or nothing). */
export function textOfNumberValue(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value;
  return '';
}
