import { readAmountText } from '../../io/amountText';

/**
 * What a number box stores for the text typed into it: the number `readAmountText` reads (the one
 * reading of a typed amount: "3万", "1.5万", "¥30,000", "1 200", "１２．５", "12." while typing);
 * anything else as typed, so nothing is lost and the schema reports it; an empty box stores
 * `undefined` (the schema then says the field is required, or drops an optional one).
 * `0x10` is not 16, `1e3` not 1000, `Infinity` not a number: they are kept as typed.
 * In a `percent` box a trailing "%" is the unit shown beside it, read as the guided start reads
 * a rate ("0.04%" is 0.04, not a typo to refuse).
 * @example valueOfNumberText('3万') // 30000
 * @example valueOfNumberText('１２．５') // 12.5
 * @example valueOfNumberText('0.04％', { percent: true }) // 0.04
 */
export function valueOfNumberText(
  text: string,
  { percent = false }: { percent?: boolean } = {},
): number | string | undefined {
  const plain = text.normalize('NFKC').trim();
  if (plain.replace(/[\s,_]/g, '') === '') return undefined;
  return readAmountText(percent ? plain.replace(/%$/, '') : text) ?? text;
}

/** The text a number box shows for a stored value (a number, a string kept as typed, or nothing). */
export function textOfNumberValue(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value;
  return '';
}
