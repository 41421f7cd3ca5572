import type { Lang } from '../../i18n/lang';

/**
 * Ticks and labels for money axes. A tick is an exact multiple of a round step (never a sum of
 * float steps, which gives −0 and 0.30000000000000004), and every label of one axis uses the
 * same unit, so "¥6" never stands beside "¥12.8K" on an axis of thousands, and zero is "¥0".
 */

/**
 * Round ticks (1, 2 or 5 × 10^k apart) covering [lo, hi], about `count` of them.
 * @example niceTicks(-1200, 9800) // [-5000, 0, 5000, 10000]
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  const span = Math.max(1, hi - lo);
  const raw = span / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * mag).find((s) => s >= raw) ?? 10 * mag;
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(clean(k * step));
  return ticks;
}

/** −0 and float dust as 0; a multiple of a round step rounded to that step's precision. */
function clean(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}

type Unit = { div: number; suffix: string };

/** Units by language: thousands and millions in English, 万 and 亿 in Chinese. */
const UNITS: Record<Lang, Unit[]> = {
  en: [
    { div: 1e9, suffix: 'B' },
    { div: 1e6, suffix: 'M' },
    { div: 1e3, suffix: 'K' },
  ],
  'zh-CN': [
    { div: 1e8, suffix: '亿' },
    { div: 1e4, suffix: '万' },
  ],
};

/**
 * One formatter for every tick of an axis: the unit the largest tick needs, and the fewest
 * decimals (at most 2) that show every tick exactly.
 * @example moneyAxisFormat([0, 6400.5, 12801], 'en')(6400.5) // '¥6.4K'
 */
export function moneyAxisFormat(ticks: readonly number[], lang: Lang): (yuan: number) => string {
  const largest = Math.max(0, ...ticks.map((t) => Math.abs(t)));
  const unit = UNITS[lang].find((u) => largest >= u.div) ?? { div: 1, suffix: '' };
  const scaled = ticks.map((t) => t / unit.div);
  let digits = 0;
  while (digits < 2 && !exact(scaled, digits)) digits++;
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: digits });
  return (yuan) => {
    const v = yuan / unit.div;
    if (Math.round(Math.abs(v) * 10 ** digits) === 0) return '¥0';
    const text = `¥${number.format(Math.abs(v))}${unit.suffix}`;
    return v < 0 ? `-${text}` : text;
  };
}

/** Whether every value shows exactly with `digits` decimals (1.5 needs one, 2 none). */
function exact(values: readonly number[], digits: number): boolean {
  const scale = 10 ** digits;
  return values.every((v) => Math.abs(Math.round(v * scale) - v * scale) < 1e-6);
}

/**
 * How a date label centred on its tick is anchored so it stays inside a plot `width` wide: at
 * the start or the end when half of `labelPx` would cross that edge ("12月1日" at the right end
 * of the simulation fan was cut to "12月1E" on a phone).
 */
export function edgeAnchor(x: number, width: number, labelPx: number): 'start' | 'middle' | 'end' {
  if (x + labelPx / 2 > width) return 'end';
  if (x - labelPx / 2 < 0) return 'start';
  return 'middle';
}
