import {
  assumptionIssues,
  defaultAssumptions,
  durationWithin,
  MONTE_CARLO_PRESETS,
  type AssumptionField,
  type AssumptionIssue,
  type DurationDistribution,
  type DurationType,
  type MonteCarloAssumptions,
  type MonteCarloPresetId,
} from '../../engine/monteCarloAssumptions';
import { valueOfNumberText } from '../fields/numberText';

/**
 * The assumption form as typed: text per field, so a half-typed number is never lost, and the
 * assumptions it stands for once every field is valid.
 */
export type AssumptionDraft = {
  preset: MonteCarloPresetId | 'custom';
  durationType: DurationType;
  fields: Record<AssumptionField, string>;
  paths: string;
  seed: string;
};

const DURATION_FIELDS: Record<DurationType, AssumptionField[]> = {
  fixed: ['duration.days'],
  uniform: ['duration.minDays', 'duration.maxDays'],
  triangular: ['duration.minDays', 'duration.modeDays', 'duration.maxDays'],
  lognormal: ['duration.medianDays', 'duration.sigma', 'duration.maxDays'],
};

export const durationFields = (type: DurationType): AssumptionField[] => DURATION_FIELDS[type];

function durationText(d: DurationDistribution): Partial<Record<AssumptionField, string>> {
  switch (d.type) {
    case 'fixed':
      return { 'duration.days': String(d.days) };
    case 'uniform':
      return { 'duration.minDays': String(d.minDays), 'duration.maxDays': String(d.maxDays) };
    case 'triangular':
      return {
        'duration.minDays': String(d.minDays),
        'duration.modeDays': String(d.modeDays),
        'duration.maxDays': String(d.maxDays),
      };
    case 'lognormal':
      return {
        'duration.medianDays': String(d.medianDays),
        'duration.sigma': String(d.sigma),
        'duration.maxDays': String(d.maxDays),
      };
  }
}

export function draftFrom(
  presetId: MonteCarloPresetId,
  horizonDays: number,
  base?: AssumptionDraft,
): AssumptionDraft {
  const preset = MONTE_CARLO_PRESETS.find((p) => p.id === presetId)!;
  const a = defaultAssumptions(preset, horizonDays);
  const fields: Record<AssumptionField, string> = {
    'startDay.min': String(a.startDay.min),
    'startDay.max': String(a.startDay.max),
    'duration.days': '30',
    'duration.minDays': '7',
    'duration.modeDays': '30',
    'duration.maxDays': '90',
    'duration.medianDays': '30',
    'duration.sigma': '0.8',
    revenueVariationPercent: String(a.revenueVariationPercent),
    'paymentDelayDays.min': String(a.paymentDelayDays.min),
    'paymentDelayDays.max': String(a.paymentDelayDays.max),
    ...(base?.fields ?? {}),
    ...durationText(durationWithin(preset.duration, horizonDays)),
  };
  return {
    preset: presetId,
    durationType: preset.duration.type,
    fields,
    paths: base?.paths ?? '10000',
    seed: base?.seed ?? '42',
  };
}

/**
 * A box's number, read as every shared number field reads it (numberText.ts: "３０" from a Chinese
 * input method is 30, "10%" in a percent box is 10); NaN when it is not one.
 */
const num = (s: string, percent = false): number => {
  const v = valueOfNumberText(s, { percent });
  return typeof v === 'number' ? v : Number.NaN;
};

export function assumptionsOf(draft: AssumptionDraft): MonteCarloAssumptions {
  const f = (k: AssumptionField) => num(draft.fields[k]);
  const duration: DurationDistribution =
    draft.durationType === 'fixed'
      ? { type: 'fixed', days: f('duration.days') }
      : draft.durationType === 'uniform'
        ? { type: 'uniform', minDays: f('duration.minDays'), maxDays: f('duration.maxDays') }
        : draft.durationType === 'triangular'
          ? {
              type: 'triangular',
              minDays: f('duration.minDays'),
              modeDays: f('duration.modeDays'),
              maxDays: f('duration.maxDays'),
            }
          : {
              type: 'lognormal',
              medianDays: f('duration.medianDays'),
              sigma: f('duration.sigma'),
              maxDays: f('duration.maxDays'),
            };
  return {
    startDay: { min: f('startDay.min'), max: f('startDay.max') },
    duration,
    revenueVariationPercent: num(draft.fields.revenueVariationPercent, true),
    paymentDelayDays: { min: f('paymentDelayDays.min'), max: f('paymentDelayDays.max') },
  };
}

export type RunField = 'paths' | 'seed';
export const RUN_BOUNDS: Record<RunField, { min: number; max: number }> = {
  paths: { min: 100, max: 20_000 },
  seed: { min: 0, max: 2 ** 31 - 1 },
};

/** The paths or the seed typed (NaN when not a number). */
export const runValue = (draft: AssumptionDraft, field: RunField): number => num(draft[field]);

export function runIssues(draft: AssumptionDraft): RunField[] {
  return (['paths', 'seed'] as const).filter((k) => {
    const x = runValue(draft, k);
    return !Number.isInteger(x) || x < RUN_BOUNDS[k].min || x > RUN_BOUNDS[k].max;
  });
}

export function draftIssues(draft: AssumptionDraft, horizonDays: number): AssumptionIssue[] {
  return assumptionIssues(assumptionsOf(draft), horizonDays);
}
