import { addDays } from '../../engine/calendar';
import { formatDate, formatDays } from '../../i18n/format';
import { DOMAIN } from '../../i18n/messages/domain';
import { SCENARIO } from '../../i18n/messages/scenario';
import { UNITS } from '../../i18n/messages/units';
import { useLang } from '../common/useLang';
import { Field } from '../fields/Field';
import { NumberField, SelectField } from '../fields/inputs';
import { NumberInput } from '../fields/NumberInput';
import { BOUNDS, hasTarget, intIn, SHOCK_TYPES, type ShockDraft } from './builderModel';
import { targetOptionGroups, type SourceRef } from './targetOptions';

type Props = {
  shock: ShockDraft;
  index: number;
  sources: readonly SourceRef[];
  startDate: string;
  horizonDays: number;
  onChange: (patch: Partial<ShockDraft>) => void;
  onRemove: () => void;
};

/**
 * One shock of the custom builder: type, target, window and the type's own number, each a shared
 * field (src/ui/fields/) bound to the builder's form (builderForm.ts) at `[index, field]`: the
 * label says what the number is, its unit (天, %) sits beside the box.
 */
export function ShockFields({
  shock,
  index,
  sources,
  startDate,
  horizonDays,
  onChange,
  onRemove,
}: Props) {
  const lang = useLang();
  const m = SCENARIO[lang].builder;
  const d = DOMAIN[lang];
  const u = UNITS[lang];
  const start = intIn(shock.startDay, 0, horizonDays - 1);
  const sliderValue =
    intIn(shock.durationDays, BOUNDS.durationDays.min, BOUNDS.durationDays.max) ??
    BOUNDS.durationDays.min;
  const days = (field: keyof ShockDraft, label: string) => (
    <NumberField path={[index, field]} label={label} whole suffix={u.days} />
  );
  const percent = (field: keyof ShockDraft, label: string) => (
    <NumberField path={[index, field]} label={label} percent suffix={u.percent} />
  );

  return (
    <fieldset className="shock">
      <legend>{m.shock(index + 1)}</legend>
      <button type="button" className="link-button shock-remove" onClick={onRemove}>
        {m.removeShock(index + 1)}
      </button>
      <div className="shock-grid">
        <SelectField
          path={[index, 'type']}
          label={m.type}
          placeholder={m.type}
          options={SHOCK_TYPES.map((t) => ({ value: t, label: d.shockType[t] }))}
        />
        {hasTarget(shock.type) && (
          <Field path={[index, 'target']} label={m.target}>
            {(control, { value, set }) => (
              <select {...control} value={String(value)} onChange={(e) => set(e.target.value)}>
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
            )}
          </Field>
        )}
        <NumberField
          path={[index, 'startDay']}
          label={m.startDay}
          whole
          prefix={u.dayNumberBefore}
          suffix={u.dayNumberAfter || undefined}
          hint={
            start === null ? undefined : m.startDayHint(formatDate(addDays(startDate, start), lang))
          }
        />
        {shock.type === 'recall' ? (
          days('dueWithinDays', m.dueWithinDays)
        ) : (
          <div className="shock-duration">
            <Field path={[index, 'durationDays']} label={m.duration} suffix={u.days}>
              {(control, { value, set }) => (
                <>
                  <input
                    type="range"
                    min={BOUNDS.durationDays.min}
                    max={BOUNDS.durationDays.max}
                    step={1}
                    value={sliderValue}
                    disabled={shock.permanent}
                    aria-label={m.durationSlider}
                    aria-valuetext={formatDays(sliderValue, lang)}
                    onChange={(e) => set(e.target.value)}
                  />
                  <NumberInput
                    {...control}
                    className="num shock-number"
                    inputMode="numeric"
                    disabled={shock.permanent}
                    value={value}
                    onValue={(_, typed) => set(typed)}
                  />
                </>
              )}
            </Field>
            <label className="shock-permanent">
              <input
                type="checkbox"
                checked={shock.permanent}
                onChange={(e) => onChange({ permanent: e.target.checked })}
              />
              {m.permanent}
            </label>
          </div>
        )}
        {shock.type === 'limit_cut' && percent('cutPercent', m.cutPercent)}
        {shock.type === 'revenue_drop' && percent('dropPercent', m.dropPercent)}
        {shock.type === 'payment_delay' && days('delayDays', m.delayDays)}
      </div>
    </fieldset>
  );
}
