import type { Lang } from './lang';

/**
 * Every number on screen goes through here: money and dates via `Intl`, each with its unit.
 * Formatters are cached per language because a chart tooltip formats hundreds of values.
 *
 * NaN and ±Infinity are refused (a `NotFiniteError` is thrown), never shown: "¥NaN" under a
 * green badge, or "—" read as "never", would be a wrong answer. The schema and the engine keep
 * every number finite; if one still is not, the panel's error boundary says so instead.
 */

/** A number that cannot be shown: NaN or ±Infinity reached a formatter. */
export class NotFiniteError extends RangeError {
  constructor(value: number, what: string) {
    super(`refusing to show ${String(value)} as ${what}: every number on screen must be finite`);
    this.name = 'NotFiniteError';
  }
}

/**
 * `x` itself when finite; throws `NotFiniteError` otherwise.
 * @example finite(12, 'days') // 12
 */
export function finite(x: number, what: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new NotFiniteError(x, what);
  return x;
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** ¥ with grouping, whole yuan (e.g. ¥48,200). `signed` shows + for gains. */
export function formatMoney(
  yuan: number,
  lang: Lang,
  opts: { signed?: boolean; fen?: boolean } = {},
): string {
  const key = `money:${lang}:${opts.signed ? 1 : 0}:${opts.fen ? 1 : 0}`;
  const f = cached(
    key,
    () =>
      new Intl.NumberFormat(lang, {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: opts.fen ? 2 : 0,
        maximumFractionDigits: opts.fen ? 2 : 0,
        signDisplay: opts.signed ? 'exceptZero' : 'auto',
      }),
  );
  return f.format(finite(yuan, 'money'));
}

/**
 * Short money for chart axes: ¥48K / ¥4.8万, and whole yuan below a thousand (¥288, not ¥287.9:
 * an axis label is a scale mark, and the one decimal is only meaningful on the compact units).
 */
export function formatMoneyCompact(yuan: number, lang: Lang): string {
  // Below half a yuan rounds to zero: "¥0", never "-¥0".
  if (Math.abs(yuan) < 0.5) yuan = 0;
  const small = Math.abs(yuan) < 1000;
  const f = cached(
    `compact:${lang}:${small}`,
    () =>
      new Intl.NumberFormat(lang, {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: 'narrowSymbol',
        notation: 'compact',
        maximumFractionDigits: small ? 0 : 1,
      }),
  );
  return f.format(finite(yuan, 'money'));
}

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** 12 Mar 2027 / 2027年3月12日. */
export function formatDate(iso: string, lang: Lang): string {
  return cached(
    `date:${lang}`,
    () =>
      new Intl.DateTimeFormat(lang, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }),
  ).format(toDate(iso));
}

/** 12 Mar / 3月12日, for axes and headlines within the same year. */
export function formatDayMonth(iso: string, lang: Lang): string {
  return cached(
    `daymonth:${lang}`,
    () => new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
  ).format(toDate(iso));
}

export function formatNumber(x: number, lang: Lang, digits = 0): string {
  return cached(
    `num:${lang}:${digits}`,
    () => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }),
  ).format(finite(x, 'a number'));
}

/** A value already in percent: 84 → "84%", 0.04 → "0.04%". */
export function formatPercent(percent: number, lang: Lang, digits = 1): string {
  return cached(
    `pct:${lang}:${digits}`,
    () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: digits }),
  ).format(finite(percent, 'a percentage') / 100);
}

/** "17 days" / "17 天"; "1 day". */
export function formatDays(days: number, lang: Lang): string {
  const n = formatNumber(days, lang, 1);
  if (lang === 'zh-CN') return `${n} 天`;
  return `${n} ${days === 1 ? 'day' : 'days'}`;
}

/**
 * Large amounts the way Chinese owners read them: ¥12.35万, ¥1.2亿 (up to two decimals, trailing
 * zeros dropped), for tables and cards in Chinese; below ¥100,000, and in English, the same as
 * `formatMoney`. Whole yuan only: a 万 figure is a reading aid, the exact amount stays elsewhere.
 * @example formatMoneyWan(123500, 'zh-CN') // '¥12.35万'
 */
export function formatMoneyWan(yuan: number, lang: Lang, opts: { signed?: boolean } = {}): string {
  const size = Math.abs(yuan);
  if (lang !== 'zh-CN' || size < 100_000) return formatMoney(yuan, lang, opts);
  const [unit, scale] = size >= 100_000_000 ? ['亿', 100_000_000] : ['万', 10_000];
  const n = cached(
    `wan:${opts.signed ? 1 : 0}`,
    () =>
      new Intl.NumberFormat('zh-CN', {
        maximumFractionDigits: 2,
        signDisplay: opts.signed ? 'exceptZero' : 'auto',
      }),
  ).format(Math.abs(yuan) / scale);
  const sign = yuan < 0 ? '-' : opts.signed && yuan > 0 ? '+' : '';
  return `${sign}¥${n.replace(/^[+-]/, '')}${unit}`;
}

/**
 * Money in a card or a table: in 万 when the reader has 万 display on (Chinese only; below
 * ¥100,000 the amount is exact either way), else as `formatMoney`.
 * @example formatMoneyShown(235000, 'zh-CN', { wan: true }) // '¥23.5万'
 */
export function formatMoneyShown(
  yuan: number,
  lang: Lang,
  opts: { wan: boolean; signed?: boolean },
): string {
  const signed = opts.signed ? { signed: true } : {};
  return opts.wan ? formatMoneyWan(yuan, lang, signed) : formatMoney(yuan, lang, signed);
}
