import {
  assumptionIssues,
  defaultAssumptions,
  MONTE_CARLO_PRESETS,
  monteCarloPresetFor,
  type DurationDistribution,
  type MonteCarloAssumptions,
  type MonteCarloPreset,
} from '../engine/monteCarloAssumptions';
import { MAX_PATHS } from '../engine/monteCarlo';

/** The `stress` flags as parseArgs gives them (strings; absent = default). */
export type StressFlags = {
  paths?: string;
  seed?: string;
  preset?: string;
  'start-min'?: string;
  'start-max'?: string;
  duration?: string;
  'revenue-variation'?: string;
  'delay-min'?: string;
  'delay-max'?: string;
};

export const STRESS_OPTIONS = {
  grid: { type: 'boolean', default: false },
  paths: { type: 'string' },
  seed: { type: 'string' },
  preset: { type: 'string' },
  'start-min': { type: 'string' },
  'start-max': { type: 'string' },
  duration: { type: 'string' },
  'revenue-variation': { type: 'string' },
  'delay-min': { type: 'string' },
  'delay-max': { type: 'string' },
} as const;

export const DEFAULT_PATHS = 10_000;
export const DEFAULT_SEED = 42;

export type StressRequest = {
  paths: number;
  seed: number;
  preset: MonteCarloPreset;
  assumptions: MonteCarloAssumptions;
};

/** Parsed flags, or the flag that is wrong (printed as usage error, exit 2). */
export type StressArgsResult =
  { ok: true; request: StressRequest } | { ok: false; flag: string; value: string };

const whole = (s: string): number | null => (/^-?\d+$/.test(s.trim()) ? Number(s) : null);
const decimal = (s: string): number | null => (/^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : null);

/** `fixed:30`, `uniform:7,90`, `triangular:7,30,90`, `lognormal:30,0.8,180`. */
export function parseDuration(text: string): DurationDistribution | null {
  const [type, rest = ''] = text.split(':');
  const parts = rest.split(',').map((x) => x.trim());
  const n = parts.map(whole);
  switch (type) {
    case 'fixed':
      return parts.length === 1 && n[0] !== null ? { type, days: n[0]! } : null;
    case 'uniform':
      return parts.length === 2 && n.every((x) => x !== null)
        ? { type, minDays: n[0]!, maxDays: n[1]! }
        : null;
    case 'triangular':
      return parts.length === 3 && n.every((x) => x !== null)
        ? { type, minDays: n[0]!, modeDays: n[1]!, maxDays: n[2]! }
        : null;
    case 'lognormal': {
      const sigma = parts[1] === undefined ? null : decimal(parts[1]);
      return parts.length === 3 && n[0] !== null && n[2] !== null && sigma !== null
        ? { type, medianDays: n[0]!, sigma, maxDays: n[2]! }
        : null;
    }
    default:
      return null;
  }
}

/** Flags → a runnable request for a plan of `horizonDays`; defaults are documented in docs/cli.md. */
export function parseStressFlags(
  flags: StressFlags,
  scenarioId: string,
  horizonDays: number,
): StressArgsResult {
  const fail = (flag: string, value: string): StressArgsResult => ({ ok: false, flag, value });
  const preset =
    flags.preset === undefined
      ? monteCarloPresetFor(scenarioId)
      : MONTE_CARLO_PRESETS.find((p) => p.id === flags.preset);
  if (!preset) return fail('--preset', flags.preset!);
  const a = defaultAssumptions(preset, horizonDays);
  const paths = flags.paths === undefined ? DEFAULT_PATHS : whole(flags.paths);
  if (paths === null || paths < 1 || paths > MAX_PATHS) return fail('--paths', flags.paths!);
  const seed = flags.seed === undefined ? DEFAULT_SEED : whole(flags.seed);
  if (seed === null || seed < 0 || seed > 2 ** 31 - 1) return fail('--seed', flags.seed!);
  const ints: [keyof StressFlags, (x: number) => void][] = [
    ['start-min', (x) => (a.startDay.min = x)],
    ['start-max', (x) => (a.startDay.max = x)],
    ['revenue-variation', (x) => (a.revenueVariationPercent = x)],
    ['delay-min', (x) => (a.paymentDelayDays.min = x)],
    ['delay-max', (x) => (a.paymentDelayDays.max = x)],
  ];
  for (const [flag, set] of ints) {
    const raw = flags[flag];
    if (raw === undefined) continue;
    const x = whole(raw);
    if (x === null) return fail(`--${flag}`, raw);
    set(x);
  }
  if (flags.duration !== undefined) {
    const d = parseDuration(flags.duration);
    if (!d) return fail('--duration', flags.duration);
    a.duration = d;
  }
  const issue = assumptionIssues(a, horizonDays)[0];
  if (issue) {
    const flag = FLAG_OF[issue.field];
    return fail(
      flag,
      String(
        flag === '--duration'
          ? (flags.duration ?? '')
          : (flags[flag.slice(2) as keyof StressFlags] ?? ''),
      ),
    );
  }
  return { ok: true, request: { paths, seed, preset, assumptions: a } };
}

const FLAG_OF: Record<ReturnType<typeof assumptionIssues>[number]['field'], string> = {
  'startDay.min': '--start-min',
  'startDay.max': '--start-max',
  'duration.days': '--duration',
  'duration.minDays': '--duration',
  'duration.modeDays': '--duration',
  'duration.maxDays': '--duration',
  'duration.medianDays': '--duration',
  'duration.sigma': '--duration',
  revenueVariationPercent: '--revenue-variation',
  'paymentDelayDays.min': '--delay-min',
  'paymentDelayDays.max': '--delay-max',
};
