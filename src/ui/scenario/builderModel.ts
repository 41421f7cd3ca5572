import type { PlatformGroup, ShockTarget, ShockType, SourceKind } from '../../engine/model';
import { PLATFORM_GROUPS, SOURCE_KINDS } from '../../engine/model';
import { hasAtMostDecimals } from '../../io/decimals';
import { LIMITS } from '../../io/limits';
import type { PlanFileScenario } from '../../io/planSchema';
import { valueOfNumberText } from '../fields/numberText';

/**
 * The custom-scenario builder's form state and its checks. Numbers are kept as typed (strings)
 * so nothing the user types is lost; `validateBuilder` says what is wrong, field by field, and
 * `scenarioFromDraft` turns a valid form into the plan file's scenario shape.
 */

type FileShock = PlanFileScenario['shocks'][number];

export const SHOCK_TYPES = [
  'outage',
  'freeze',
  'limit_cut',
  'repayment_blocked',
  'recall',
  'revenue_drop',
  'payment_delay',
] as const satisfies readonly ShockType[];

/** Shocks that hit credit sources (and so need a target). */
export function hasTarget(type: ShockType): boolean {
  return type !== 'revenue_drop' && type !== 'payment_delay';
}

export const BOUNDS = {
  durationDays: { min: 1, max: 365 },
  percent: { min: 1, max: 100 },
  delayDays: { min: 1, max: 365 },
  dueWithinDays: { min: 0, max: 365 },
} as const;

export type ShockDraft = {
  key: string;
  type: ShockType;
  /** An encoded `ShockTarget` (see `encodeTarget`). */
  target: string;
  startDay: string;
  durationDays: string;
  permanent: boolean;
  cutPercent: string;
  dropPercent: string;
  delayDays: string;
  dueWithinDays: string;
};

export type BuilderDraft = {
  /** The saved scenario being edited, or null for a new one. */
  id: string | null;
  name: string;
  /** True while the name follows the shocks (`scenarioName.ts`), until the user types one. */
  autoName?: boolean;
  description?: string;
  shocks: ShockDraft[];
};

export type BuilderError =
  | { code: 'name_required' }
  | { code: 'no_shocks' }
  | { code: 'too_many'; max: number }
  | { code: 'target_required' }
  | { code: 'range'; min: number; max: number }
  | { code: 'percent_range'; min: number; max: number };

/** Errors by field: 'name', 'shocks', or `${shockIndex}.${field}`. */
export type BuilderErrors = Partial<Record<string, BuilderError>>;

export const JIEBEI_HUABEI = 'kinds:jiebei,huabei';

/** `{type:'kinds', kinds:['jiebei','huabei']}` → 'kinds:jiebei,huabei' (a select's value). */
export function encodeTarget(t: ShockTarget): string {
  switch (t.type) {
    case 'sources':
      return `sources:${t.sourceIds.join(',')}`;
    case 'kinds':
      return `kinds:${t.kinds.join(',')}`;
    case 'group':
      return `group:${t.group}`;
    default: {
      const never: never = t;
      return never;
    }
  }
}

const isKind = (k: string): k is SourceKind => (SOURCE_KINDS as readonly string[]).includes(k);
const isGroup = (g: string): g is PlatformGroup =>
  (PLATFORM_GROUPS as readonly string[]).includes(g);

export function decodeTarget(value: string): ShockTarget | null {
  const at = value.indexOf(':');
  const type = value.slice(0, at);
  const list = value
    .slice(at + 1)
    .split(',')
    .filter((x) => x !== '');
  if (at < 0 || list.length === 0) return null;
  if (type === 'sources') return { type, sourceIds: list };
  if (type === 'kinds' && list.every(isKind)) return { type, kinds: list.filter(isKind) };
  if (type === 'group' && list.length === 1 && isGroup(list[0]!)) return { type, group: list[0]! };
  return null;
}

export function newShock(key: string): ShockDraft {
  return {
    key,
    type: 'freeze',
    target: JIEBEI_HUABEI,
    startDay: '0',
    durationDays: '30',
    permanent: false,
    cutPercent: '50',
    dropPercent: '30',
    delayDays: '15',
    dueWithinDays: '7',
  };
}

/** The form for an existing scenario's shocks (a preset's or a saved one's). */
export function shockDraft(shock: FileShock, key: string): ShockDraft {
  const d = newShock(key);
  d.type = shock.type;
  d.startDay = String(shock.startDay);
  if ('target' in shock) d.target = encodeTarget(shock.target);
  if (shock.type === 'recall') d.dueWithinDays = String(shock.dueWithinDays);
  else {
    d.permanent = shock.durationDays === null;
    if (shock.durationDays !== null) d.durationDays = String(shock.durationDays);
  }
  if (shock.type === 'limit_cut') d.cutPercent = String(shock.cutPercent);
  if (shock.type === 'revenue_drop') d.dropPercent = String(shock.dropPercent);
  if (shock.type === 'payment_delay') d.delayDays = String(shock.delayDays);
  return d;
}

/**
 * The number in a box, read as every shared number field reads it (numberText.ts: "５" from a
 * Chinese input method is 5, a percent box takes a trailing "%"); null when it is not one.
 */
export function numberOf(text: string, { percent = false } = {}): number | null {
  const v = valueOfNumberText(text, { percent });
  return typeof v === 'number' ? v : null;
}

/** The whole number typed, or null if it is not one within [min, max]. */
export function intIn(text: string, min: number, max: number): number | null {
  const n = numberOf(text);
  return n !== null && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** The percentage typed (at most the plan's decimals), or null if it is not one in [min, max]. */
function percentIn(text: string, min: number, max: number): number | null {
  const n = numberOf(text, { percent: true });
  return n !== null && hasAtMostDecimals(n, LIMITS.percentDecimals) && n >= min && n <= max
    ? n
    : null;
}

export type BuilderContext = {
  horizonDays: number;
  /** Scenarios the plan already holds and the most it may hold. */
  scenarioCount: number;
  maxScenarios: number;
};

export function validateBuilder(d: BuilderDraft, ctx: BuilderContext): BuilderErrors {
  const errors: BuilderErrors = {};
  if (d.name.trim() === '') errors.name = { code: 'name_required' };
  if (d.shocks.length === 0) errors.shocks = { code: 'no_shocks' };
  if (d.id === null && ctx.scenarioCount >= ctx.maxScenarios)
    errors.shocks = { code: 'too_many', max: ctx.maxScenarios };
  const lastDay = ctx.horizonDays - 1;
  d.shocks.forEach((s, i) => {
    const int = (field: keyof ShockDraft, min: number, max: number) => {
      if (intIn(String(s[field]), min, max) === null)
        errors[`${i}.${field}`] = { code: 'range', min, max };
    };
    int('startDay', 0, lastDay);
    if (hasTarget(s.type) && decodeTarget(s.target) === null)
      errors[`${i}.target`] = { code: 'target_required' };
    if (s.type === 'recall')
      int('dueWithinDays', BOUNDS.dueWithinDays.min, BOUNDS.dueWithinDays.max);
    else if (!s.permanent) int('durationDays', BOUNDS.durationDays.min, BOUNDS.durationDays.max);
    const pct = (field: 'cutPercent' | 'dropPercent') => {
      const { min, max } = BOUNDS.percent;
      if (percentIn(s[field], min, max) === null)
        errors[`${i}.${field}`] = { code: 'percent_range', min, max };
    };
    if (s.type === 'limit_cut') pct('cutPercent');
    if (s.type === 'revenue_drop') pct('dropPercent');
    if (s.type === 'payment_delay') int('delayDays', BOUNDS.delayDays.min, BOUNDS.delayDays.max);
  });
  return errors;
}

/** The first field with an error, in form order (for moving focus there). */
export function firstErrorKey(errors: BuilderErrors): string | undefined {
  const keys = Object.keys(errors).filter((k) => errors[k] !== undefined);
  if (keys.includes('name')) return 'name';
  const shockKeys = keys
    .filter((k) => /^\d+\./.test(k))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  return shockKeys[0] ?? (keys.includes('shocks') ? 'shocks' : undefined);
}

function fileShock(s: ShockDraft): FileShock {
  // Only called on a form that passed `validateBuilder`: every number below reads.
  const whole = (text: string) => numberOf(text) ?? Number.NaN;
  const pct = (text: string) => numberOf(text, { percent: true }) ?? Number.NaN;
  const startDay = whole(s.startDay);
  const durationDays = s.permanent ? null : whole(s.durationDays);
  const target = decodeTarget(s.target) ?? { type: 'kinds', kinds: ['jiebei', 'huabei'] };
  switch (s.type) {
    case 'outage':
    case 'freeze':
    case 'repayment_blocked':
      return { type: s.type, target, startDay, durationDays };
    case 'limit_cut':
      return {
        type: s.type,
        target,
        startDay,
        durationDays,
        cutPercent: pct(s.cutPercent),
      };
    case 'recall':
      return { type: s.type, target, startDay, dueWithinDays: whole(s.dueWithinDays) };
    case 'revenue_drop':
      return { type: s.type, startDay, durationDays, dropPercent: pct(s.dropPercent) };
    case 'payment_delay':
      return { type: s.type, startDay, durationDays, delayDays: whole(s.delayDays) };
    default: {
      const never: never = s.type;
      return never;
    }
  }
}

/** The plan-file scenario of a form that passed `validateBuilder`. */
export function scenarioFromDraft(d: BuilderDraft, id: string): PlanFileScenario {
  return {
    id,
    name: d.name.trim(),
    ...(d.description === undefined ? {} : { description: d.description }),
    shocks: d.shocks.map(fileShock),
  };
}

/** A scenario id not yet used by the plan (and never a preset's id). */
export function newScenarioId(existing: readonly string[]): string {
  const taken = new Set(existing);
  let n = existing.length + 1;
  while (taken.has(`my-scenario-${n}`)) n++;
  return `my-scenario-${n}`;
}
