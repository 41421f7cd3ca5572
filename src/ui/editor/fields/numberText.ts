import { readAmountText } from '../../../io/amountText';

/** A plain decimal as people write it: sign, digits, one point (also "12." while typing). */
const PLAIN_DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/**
 * What a number box stores for the text typed into it. A plain decimal is stored as a number;
 * anything else is stored as typed, so nothing is lost and the schema reports it; an empty box
 * stores `undefined` (the schema then says the field is required, or drops an optional one).
 * Spaces and thousands separators (1,200 / 1 200) are ignored, and amounts as owners write
 * them are read: "3万", "1.5万", "¥30,000" (`readAmountText`). Full-width digits, point and
 * signs from a Chinese input method (１２３．５) are read as their half-width forms (NFKC).
 * `Number()`'s other syntaxes are not numbers people type into a money box and are kept as
 * typed for the schema to refuse: `0x10` is not 16, `1e3` not 1000, `Infinity` not a number.
 * @example valueOfNumberText('3万') // 30000
 * @example valueOfNumberText('１２．５') // 12.5
 */
export function valueOfNumberText(text: string): number | string | undefined {
  const compact = text.normalize('NFKC').replace(/[\s,_]/g, '');
  if (compact === '') return undefined;
  if (!PLAIN_DECIMAL.test(compact)) return readAmountText(compact) ?? text;
  const n = Number(compact);
  return Number.isFinite(n) ? n : text;
}

/** The text a number box shows for a stored value (a number, a string kept as typed, or nothing). */
export function textOfNumberValue(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value;
  return '';
}
