import type { PlanFile } from './planSchema';

/**
 * The plan inside a version-1 share link, before compression: the plan file's JSON with its
 * keys shortened to a letter or two and the schema's defaults left out. Values are untouched, so
 * the receiving side validates exactly what a plan file would hold (the schema fills the
 * defaults back in). A key this table does not know (a field a later FundGap adds) travels under
 * its own name, so the link format never has to change in step with the plan format.
 *
 * FROZEN: links already sent are read with this table. Never edit or reorder an entry; a new
 * field either travels under its own name or gets a new code appended at the end.
 */
const KEYS = [
  'formatVersion',
  'business',
  'name',
  'currency',
  'startDate',
  'horizonDays',
  'minCashBuffer',
  'cashAccounts',
  'id',
  'kind',
  'platformGroup',
  'balance',
  'cashFlows',
  'direction',
  'amount',
  'frequency',
  'type',
  'weekday',
  'dayOfMonth',
  'date',
  'endDate',
  'huabeiSharePercent',
  'seasonality',
  'monthlyPercent',
  'events',
  'event',
  'percent',
  'fundingSources',
  'limit',
  'price',
  'ratePercent',
  'totalFeePercent',
  'months',
  'repayment',
  'termMonths',
  'leadTimeDays',
  'drawPriority',
  'drawFeePercent',
  'drawFeeMin',
  'interestDay',
  'penaltyMultiplier',
  'outstanding',
  'principal',
  'nextDueDate',
  'remainingInstalments',
  'statementDay',
  'dueDay',
  'billInstalments',
  'target',
  'sourceIds',
  'kinds',
  'group',
  'startDay',
  'durationDays',
  'cutPercent',
  'dueWithinDays',
  'dropPercent',
  'delayDays',
  'scenarios',
  'description',
  'shocks',
] as const;

const CODE_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** 'a' … 'Z', then 'aa', 'ab', … */
const codeOf = (i: number): string =>
  i < CODE_CHARS.length
    ? CODE_CHARS[i]!
    : `${CODE_CHARS[Math.floor(i / CODE_CHARS.length) - 1]!}${CODE_CHARS[i % CODE_CHARS.length]!}`;

const SHORT = new Map<string, string>(KEYS.map((key, i) => [key, codeOf(i)]));
const LONG = new Map<string, string>(KEYS.map((key, i) => [codeOf(i), key]));
/** Marks a key that travels under its own name but looks like a code (or like this mark). */
const ESCAPE = '~';

const shortKey = (key: string): string =>
  SHORT.get(key) ?? (LONG.has(key) || key.startsWith(ESCAPE) ? `${ESCAPE}${key}` : key);

const longKey = (key: string): string =>
  key.startsWith(ESCAPE) ? key.slice(1) : (LONG.get(key) ?? key);

/** What the schema fills in when a field is missing: leaving it out changes nothing. */
function isDefault(parentKey: string | null, key: string, value: unknown): boolean {
  if (parentKey === 'business') {
    return (key === 'currency' && value === 'CNY') || (key === 'minCashBuffer' && value === 0);
  }
  if (parentKey === null && key === 'scenarios') return Array.isArray(value) && value.length === 0;
  if (parentKey === 'fundingSources' && key === 'outstanding') {
    return Array.isArray(value) && value.length === 0;
  }
  return false;
}

function mapKeys(
  value: unknown,
  rename: (key: string) => string,
  parentKey: string | null,
  dropDefaults: boolean,
): unknown {
  if (Array.isArray(value)) return value.map((v) => mapKeys(v, rename, parentKey, dropDefaults));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (dropDefaults && isDefault(parentKey, key, v)) continue;
    // Always an own data property: a '__proto__' key stays a key (and is refused later).
    Object.defineProperty(out, rename(key), {
      value: mapKeys(v, rename, key, dropDefaults),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * The compact form of a validated plan file (what a share link compresses).
 * @example compactPlan(file) // { a: 1, b: { c: '青山服饰', e: '2026-12-01', f: 365 }, … }
 */
export function compactPlan(file: PlanFile): unknown {
  return mapKeys(file, shortKey, null, true);
}

/**
 * The plan file's raw shape back from a compact form (untrusted: validate it as any plan file).
 * @example parsePlanValue(expandPlan(JSON.parse(text)))
 */
export function expandPlan(compact: unknown): unknown {
  return mapKeys(compact, longKey, null, false);
}
