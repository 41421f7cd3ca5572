import { useId } from 'react';
import type { Plan, PlatformGroup } from '../../engine/model';
import { PLATFORM_GROUPS } from '../../engine/model';
import { formatDays, formatPercent } from '../../i18n/format';
import { localName } from '../../i18n/localName';
import { DOMAIN } from '../../i18n/messages/domain';
import { HEATMAP, type HeatmapMetric } from '../../i18n/messages/heatmap';
import type { Lang } from '../../i18n/lang';

export type HeatmapSettings = {
  /** 'scenario', 'source:<id>' or 'group:<group>'. */
  targets: string;
  metric: HeatmapMetric;
  durationFrom: number;
  durationTo: number;
  cutFrom: number;
  cutTo: number;
  cutStep: number;
};

export const DEFAULT_SETTINGS: HeatmapSettings = {
  targets: 'scenario',
  metric: 'survivalDays',
  durationFrom: 1,
  durationTo: 180,
  cutFrom: 0,
  cutTo: 100,
  cutStep: 10,
};

const DURATION_CHOICES = [1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 90, 120, 180, 270, 365, 540, 730];
const CUT_CHOICES = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
const STEP_CHOICES = [5, 10, 20, 25];
const METRICS: HeatmapMetric[] = ['survives', 'survivalDays', 'deepestShortfall'];

type Props = {
  settings: HeatmapSettings;
  onChange: (next: HeatmapSettings) => void;
  plan: Plan;
  scenarioTargetNames: string;
  lang: Lang;
};

/** Targets, metric and axis ranges of the map; every change recomputes it in the worker. */
export function HeatmapControls({ settings, onChange, plan, scenarioTargetNames, lang }: Props) {
  const m = HEATMAP[lang].controls;
  const d = DOMAIN[lang];
  const id = useId().replace(/:/g, '');
  const set = <K extends keyof HeatmapSettings>(key: K, value: HeatmapSettings[K]) =>
    onChange({ ...settings, [key]: value });
  const groups = PLATFORM_GROUPS.filter((g: PlatformGroup) =>
    plan.fundingSources.some((s) => s.platformGroup === g),
  );
  const horizon = plan.business.horizonDays;
  const days = (n: number) => formatDays(n, lang);
  const percent = (n: number) => formatPercent(n, lang, 0);
  const durations = DURATION_CHOICES.filter((x) => x <= horizon);

  const numberSelect = (
    key: 'durationFrom' | 'durationTo' | 'cutFrom' | 'cutTo' | 'cutStep',
    label: string,
    options: number[],
    unit: (n: number) => string,
  ) => (
    <div className="field heatmap-field">
      <label className="field-label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <select
        id={`${id}-${key}`}
        value={settings[key]}
        onChange={(e) => set(key, Number(e.target.value))}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {unit(o)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <fieldset className="heatmap-controls no-print">
      <legend className="visually-hidden">{m.legend}</legend>
      <div className="field heatmap-field heatmap-targets">
        <label className="field-label" htmlFor={`${id}-targets`}>
          {m.targets}
        </label>
        <select
          id={`${id}-targets`}
          value={settings.targets}
          onChange={(e) => set('targets', e.target.value)}
        >
          <option value="scenario">{m.scenarioTargets(scenarioTargetNames)}</option>
          {plan.fundingSources.map((s) => (
            <option key={s.id} value={`source:${s.id}`}>
              {m.onlySource(localName(s.name, lang))}
            </option>
          ))}
          {groups.map((g) => (
            <option key={g} value={`group:${g}`}>
              {m.wholeGroup(d.platformGroup[g])}
            </option>
          ))}
        </select>
      </div>
      <div className="field heatmap-field">
        <label className="field-label" htmlFor={`${id}-metric`}>
          {m.metric}
        </label>
        <select
          id={`${id}-metric`}
          value={settings.metric}
          onChange={(e) =>
            set('metric', METRICS.find((k) => k === e.target.value) ?? settings.metric)
          }
        >
          {METRICS.map((k) => (
            <option key={k} value={k}>
              {m.metricName[k]}
            </option>
          ))}
        </select>
      </div>
      {numberSelect('durationFrom', m.durationFrom, durations, days)}
      {numberSelect('durationTo', m.durationTo, durations, days)}
      {numberSelect('cutFrom', m.cutFrom, CUT_CHOICES, percent)}
      {numberSelect('cutTo', m.cutTo, CUT_CHOICES, percent)}
      {numberSelect('cutStep', m.cutStep, STEP_CHOICES, percent)}
    </fieldset>
  );
}
