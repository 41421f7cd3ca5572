import { addDays } from '../../engine/calendar';
import { formatDate } from '../../i18n/format';
import { DOMAIN } from '../../i18n/messages/domain';
import { SCENARIO } from '../../i18n/messages/scenario';
import { useLang } from '../common/useLang';
import { BuilderField, describedBy, useBuilderErrorText } from './BuilderField';
import {
  BOUNDS,
  hasTarget,
  intIn,
  SHOCK_TYPES,
  type BuilderErrors,
  type ShockDraft,
} from './builderModel';
import { targetOptionGroups, type SourceRef } from './targetOptions';

type Props = {
  shock: ShockDraft;
  index: number;
  idPrefix: string;
  errors: BuilderErrors;
  sources: readonly SourceRef[];
  startDate: string;
  horizonDays: number;
  onChange: (patch: Partial<ShockDraft>) => void;
  onRemove: () => void;
};

/** Field id for a shock's field; `builderFieldId(prefix, '2.startDay')` is how errors find it. */
export function builderFieldId(prefix: string, key: string): string {
  return `${prefix}-${key.replace('.', '-')}`;
}

/** One shock of the custom builder: type, target, window and the type's own number. */
export function ShockFields({
  shock,
  index,
  idPrefix,
  errors,
  sources,
  startDate,
  horizonDays,
  onChange,
  onRemove,
}: Props) {
  const lang = useLang();
  const m = SCENARIO[lang].builder;
  const d = DOMAIN[lang];
  const errorText = useBuilderErrorText();
  const id = (field: string) => builderFieldId(idPrefix, `${index}.${field}`);
  const err = (field: string) => {
    const e = errors[`${index}.${field}`];
    return e ? errorText(e) : undefined;
  };
  const start = intIn(shock.startDay, 0, horizonDays - 1);
  const sliderValue =
    intIn(shock.durationDays, BOUNDS.durationDays.min, BOUNDS.durationDays.max) ??
    BOUNDS.durationDays.min;

  const numberInput = (
    field: keyof ShockDraft,
    decimal = false,
    hint = false,
    disabled = false,
  ) => (
    <input
      id={id(field)}
      type="text"
      inputMode={decimal ? 'decimal' : 'numeric'}
      className="num shock-number"
      value={String(shock[field])}
      disabled={disabled}
      aria-invalid={err(field) ? true : undefined}
      aria-describedby={describedBy(id(field), hint, err(field) !== undefined)}
      onChange={(e) => onChange({ [field]: e.target.value })}
    />
  );

  return (
    <fieldset className="shock">
      <legend>{m.shock(index + 1)}</legend>
      <button type="button" className="link-button shock-remove" onClick={onRemove}>
        {m.removeShock(index + 1)}
      </button>
      <div className="shock-grid">
        <BuilderField id={id('type')} label={m.type}>
          <select
            id={id('type')}
            value={shock.type}
            onChange={(e) =>
              onChange({ type: SHOCK_TYPES.find((t) => t === e.target.value) ?? shock.type })
            }
          >
            {SHOCK_TYPES.map((t) => (
              <option key={t} value={t}>
                {d.shockType[t]}
              </option>
            ))}
          </select>
        </BuilderField>
        {hasTarget(shock.type) && (
          <BuilderField id={id('target')} label={m.target} error={err('target')}>
            <select
              id={id('target')}
              value={shock.target}
              aria-invalid={err('target') ? true : undefined}
              aria-describedby={describedBy(id('target'), false, err('target') !== undefined)}
              onChange={(e) => onChange({ target: e.target.value })}
            >
              {targetOptionGroups(sources, shock.target, lang).map((g) => (
                <optgroup key={g.label} label={g.label}>
                  {g.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </BuilderField>
        )}
        <BuilderField
          id={id('startDay')}
          label={m.startDay}
          hint={
            start === null ? undefined : m.startDayHint(formatDate(addDays(startDate, start), lang))
          }
          error={err('startDay')}
        >
          {numberInput('startDay', false, start !== null)}
        </BuilderField>
        {shock.type === 'recall' ? (
          <BuilderField
            id={id('dueWithinDays')}
            label={m.dueWithinDays}
            error={err('dueWithinDays')}
          >
            {numberInput('dueWithinDays')}
          </BuilderField>
        ) : (
          <BuilderField
            id={id('durationDays')}
            label={m.duration}
            error={err('durationDays')}
            className="shock-duration"
          >
            <div className="shock-duration-row">
              <input
                type="range"
                min={BOUNDS.durationDays.min}
                max={BOUNDS.durationDays.max}
                step={1}
                value={sliderValue}
                disabled={shock.permanent}
                aria-label={m.durationSlider(sliderValue)}
                onChange={(e) => onChange({ durationDays: e.target.value })}
              />
              {numberInput('durationDays', false, false, shock.permanent)}
            </div>
            <label className="shock-permanent">
              <input
                type="checkbox"
                checked={shock.permanent}
                onChange={(e) => onChange({ permanent: e.target.checked })}
              />
              {m.permanent}
            </label>
          </BuilderField>
        )}
        {shock.type === 'limit_cut' && (
          <BuilderField id={id('cutPercent')} label={m.cutPercent} error={err('cutPercent')}>
            {numberInput('cutPercent', true)}
          </BuilderField>
        )}
        {shock.type === 'revenue_drop' && (
          <BuilderField id={id('dropPercent')} label={m.dropPercent} error={err('dropPercent')}>
            {numberInput('dropPercent', true)}
          </BuilderField>
        )}
        {shock.type === 'payment_delay' && (
          <BuilderField id={id('delayDays')} label={m.delayDays} error={err('delayDays')}>
            {numberInput('delayDays')}
          </BuilderField>
        )}
      </div>
    </fieldset>
  );
}
