/**
 * Amounts as Chinese owners write them: "3万", "1.5万", "¥30,000", "30,000", "2.4亿", "8千",
 * "30k", in full-width forms from a Chinese input method too ("１２．５"), and a number half typed
 * ("12.", ".5"). The one reading of a typed amount, for the plan editor's fields and the guided
 * start alike. `Number()`'s other syntaxes are not amounts: "0x10", "1e3" and "Infinity" are
 * refused. Pure; exact to the fen (the decimal point is shifted as text, never multiplied as a
 * float, so "1.23456万" is 12345.6, not 12345.599999…). Null for anything else.
 * @example readAmountText('1.5万') // 15000
 */

const UNITS: Record<string, number> = { 万: 4, w: 4, 亿: 8, 千: 3, k: 3 };

export function readAmountText(text: string): number | null {
  const s = text
    .normalize('NFKC')
    .trim()
    .replace(/^[¥￥]|元$|^rmb|^cny/gi, '')
    .replace(/[\s,，_']/g, '')
    .replace(/^[¥￥]/, '');
  const m = /^([-−+]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))(万|亿|千|w|k)?元?$/i.exec(s);
  if (!m) return null;
  const [, sign, whole = '0', afterWhole, afterPoint, unit] = m;
  const fraction = afterWhole ?? afterPoint ?? '';
  const shift = unit ? UNITS[unit.toLowerCase()]! : 0;
  const digits = whole + fraction.padEnd(shift, '0');
  const point = whole.length + shift;
  const value = Number(`${digits.slice(0, point)}.${digits.slice(point) || '0'}`);
  if (!Number.isFinite(value)) return null;
  return sign === '-' || sign === '−' ? -value : value;
}
