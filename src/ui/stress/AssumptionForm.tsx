import {
  MONTE_CARLO_PRESETS,
  type AssumptionField,
  type DurationType,
  type MonteCarloPresetId,
} from '../../engine/monteCarloAssumptions';
import type { MonteCarloMessages } from '../../i18n/messages/monteCarlo';
import type { Lang } from '../../i18n/lang';
import { UNITS, type UnitWords } from '../../i18n/messages/units';
import type { FieldLook } from '../fields/Field';
import { NumberField, type NumberLook } from '../fields/inputs';
import { draftFrom, durationFields, type AssumptionDraft } from './assumptionDraft';

const DURATION_TYPES: DurationType[] = ['fixed', 'uniform', 'triangular', 'lognormal'];

function label(field: AssumptionField, m: MonteCarloMessages): string {
  switch (field) {
    case 'startDay.min':
      return m.startFrom;
    case 'startDay.max':
      return m.startTo;
    case 'duration.days':
      return m.days;
    case 'duration.minDays':
      return m.minDays;
    case 'duration.modeDays':
      return m.modeDays;
    case 'duration.maxDays':
      return m.maxDays;
    case 'duration.medianDays':
      return m.medianDays;
    case 'duration.sigma':
      return m.sigma;
    case 'revenueVariationPercent':
      return m.revenueVariation;
    case 'paymentDelayDays.min':
      return m.delayFrom;
    case 'paymentDelayDays.max':
      return m.delayTo;
  }
}

/**
 * The unit beside each box: a day of the plan (第 [0] 天), a number of days, a percentage. σ is
 * a pure number (the spread of log-days, said in its label) and has none.
 */
function look(field: AssumptionField, u: UnitWords): FieldLook & NumberLook {
  switch (field) {
    case 'startDay.min':
    case 'startDay.max':
      return { whole: true, prefix: u.dayNumberBefore, suffix: u.dayNumberAfter || undefined };
    case 'duration.sigma':
      return {};
    case 'revenueVariationPercent':
      return { whole: true, percent: true, suffix: u.percent };
    default:
      return { whole: true, suffix: u.days };
  }
}

type Props = {
  draft: AssumptionDraft;
  onChange: (d: AssumptionDraft) => void;
  horizonDays: number;
  disabled: boolean;
  lang: Lang;
  m: MonteCarloMessages;
};

/**
 * Every assumption, editable, with where its default comes from; each number a shared field bound
 * to the panel's form (assumptionFormBinding.ts), its unit beside the box.
 */
export function AssumptionForm({ draft, onChange, horizonDays, disabled, lang, m }: Props) {
  const preset =
    draft.preset === 'custom' ? null : MONTE_CARLO_PRESETS.find((p) => p.id === draft.preset)!;
  const u = UNITS[lang];
  const input = (field: AssumptionField) => (
    <NumberField key={field} path={[field]} label={label(field, m)} {...look(field, u)} />
  );

  return (
    <fieldset className="mc-assumptions" disabled={disabled}>
      <legend>{m.assumptionsTitle}</legend>
      <div className="mc-row">
        <div className="mc-field mc-wide">
          <label htmlFor="mc-preset">{m.preset}</label>
          <select
            id="mc-preset"
            value={draft.preset}
            onChange={(e) => {
              const id = e.target.value as MonteCarloPresetId | 'custom';
              if (id !== 'custom') onChange(draftFrom(id, horizonDays, draft));
            }}
          >
            {MONTE_CARLO_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {m.presetName[p.id]}
              </option>
            ))}
            <option value="custom">{m.custom}</option>
          </select>
        </div>
      </div>
      {preset && (
        <p className="mc-source">
          <strong>
            {m.source}
            {lang === 'zh-CN' ? '：' : ': '}
          </strong>
          {preset.source[lang]}
        </p>
      )}
      <fieldset className="mc-group">
        <legend>{m.startDay}</legend>
        <div className="mc-row">
          {input('startDay.min')}
          {input('startDay.max')}
        </div>
      </fieldset>
      <fieldset className="mc-group">
        <legend>{m.durationType}</legend>
        <div className="mc-row">
          <div className="mc-field">
            <label htmlFor="mc-duration-type">{m.durationType}</label>
            <select
              id="mc-duration-type"
              value={draft.durationType}
              onChange={(e) =>
                onChange({
                  ...draft,
                  preset: 'custom',
                  durationType: e.target.value as DurationType,
                })
              }
            >
              {DURATION_TYPES.map((t) => (
                <option key={t} value={t}>
                  {m.durationName[t]}
                </option>
              ))}
            </select>
          </div>
          {durationFields(draft.durationType).map(input)}
        </div>
        <p className="mc-why">{m.durationWhy[draft.durationType]}</p>
      </fieldset>
      <div className="mc-row">{input('revenueVariationPercent')}</div>
      <fieldset className="mc-group">
        <legend>{m.delay}</legend>
        <div className="mc-row">
          {input('paymentDelayDays.min')}
          {input('paymentDelayDays.max')}
        </div>
      </fieldset>
    </fieldset>
  );
}
