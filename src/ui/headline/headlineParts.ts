import type { Analysis } from '../../engine/analyze';
import type { Plan, Scenario } from '../../engine/model';
import { yuanFromFen } from '../../engine/money';
import { findPreset } from '../../engine/presets';
import {
  formatDate,
  formatDays,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../../i18n/format';
import { HEADLINE, type HeadlineStatus, type PhraseParams } from '../../i18n/messages/headline';
import { DOMAIN } from '../../i18n/messages/domain';
import type { Lang } from '../../i18n/lang';
import { localName, shortLocalName } from '../../i18n/localName';

export type HeadlineFact = {
  id: 'survival' | 'deepest' | 'daysShort' | 'breakEven';
  label: string;
  value: string;
  note: string;
  /** 'bad' marks a figure that signals a gap (shown with an icon, not colour alone). */
  tone: 'bad' | 'good' | 'neutral';
};

/** A run of the sentence; `strong` runs are the figures, set in the big-number style. */
export type SentenceSegment = { text: string; strong: boolean };

export type HeadlineParts = {
  status: HeadlineStatus;
  statusLabel: string;
  sentence: string;
  segments: SentenceSegment[];
  /** The business and scenario names for the context line, in the reader's language. */
  business: string;
  scenarioName: string;
  /** Empty for an empty plan: there is nothing to measure yet. */
  facts: HeadlineFact[];
};

/** True when the scenario is one of the shipped presets (custom scenarios carry no grade). */
export function isPresetScenario(scenario: Scenario): boolean {
  return findPreset(scenario.id) !== undefined && 'grade' in scenario;
}

/** The name a scenario shows: a preset's translated name, or the user's own name. */
export function scenarioDisplayName(scenario: Scenario, lang: Lang): string {
  if (isPresetScenario(scenario)) return DOMAIN[lang].presetName[scenario.id] ?? scenario.name;
  return localName(scenario.name, lang);
}

function phraseParams(scenario: Scenario, lang: Lang): PhraseParams {
  let days = 0;
  let cut = 0;
  let drop = 0;
  for (const s of scenario.shocks) {
    if (s.type !== 'recall' && s.durationDays !== null && days === 0) days = s.durationDays;
    if (s.type === 'limit_cut') cut = s.cutPercent;
    if (s.type === 'revenue_drop') drop = s.dropPercent;
  }
  return {
    days: formatNumber(days, lang),
    cut: formatPercent(cut, lang, 0),
    drop: formatPercent(drop, lang, 0),
  };
}

function scenarioPhrase(scenario: Scenario, lang: Lang): string {
  const m = HEADLINE[lang];
  const preset = isPresetScenario(scenario) ? m.presetPhrase[scenario.id] : undefined;
  if (preset) return preset(phraseParams(scenario, lang));
  return m.customPhrase(scenarioDisplayName(scenario, lang));
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Figures are wrapped in private-use marks while the sentence is built, then split out. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const mark = (figure: string): string => (figure === '' ? '' : `${OPEN}${figure}${CLOSE}`);

function segmentsOf(marked: string): SentenceSegment[] {
  const out: SentenceSegment[] = [];
  for (const piece of marked.split(OPEN)) {
    const end = piece.indexOf(CLOSE);
    if (end >= 0) {
      out.push({ text: piece.slice(0, end), strong: true });
      if (end + 1 < piece.length) out.push({ text: piece.slice(end + 1), strong: false });
    } else if (piece !== '') out.push({ text: piece, strong: false });
  }
  return out;
}

function statusOf(analysis: Analysis, plan: Plan): HeadlineStatus {
  if (plan.cashFlows.length === 0 && plan.fundingSources.length === 0) return 'empty';
  if (analysis.baseline.metrics.daysShort > 0) return 'baseline';
  return analysis.stressed.metrics.daysShort > 0 ? 'gap' : 'ok';
}

function facts(
  analysis: Analysis,
  plan: Plan,
  lang: Lang,
  reversePending: boolean,
): HeadlineFact[] {
  const m = HEADLINE[lang].facts;
  const s = analysis.stressed.metrics;
  const horizon = formatDays(plan.business.horizonDays, lang);
  const buffer = yuanFromFen(plan.business.minCashBuffer);
  const breakEven = s.breakEvenOutageDays;
  return [
    s.survivalDays === null
      ? {
          id: 'survival',
          label: m.survival,
          value: m.noGap,
          note: m.noGapNote(horizon),
          tone: 'good',
        }
      : {
          id: 'survival',
          label: m.survival,
          value: formatDays(s.survivalDays, lang),
          note: m.survivalNote,
          tone: 'bad',
        },
    {
      id: 'deepest',
      label: m.deepest,
      value: formatMoney(s.deepestShortfall, lang),
      note: buffer > 0 ? m.deepestNote(formatMoney(buffer, lang)) : m.deepestNoteZero,
      tone: s.deepestShortfall > 0 ? 'bad' : 'good',
    },
    {
      id: 'daysShort',
      label: m.daysShort,
      value: formatDays(s.daysShort, lang),
      note: m.daysShortNote(horizon),
      tone: s.daysShort > 0 ? 'bad' : 'good',
    },
    reversePending
      ? {
          id: 'breakEven',
          label: m.breakEven,
          value: m.breakEvenPending,
          note: m.breakEvenPendingNote,
          tone: 'neutral',
        }
      : breakEven === null
        ? {
            id: 'breakEven',
            label: m.breakEven,
            value: m.breakEvenNone,
            note: m.breakEvenNoneNote,
            tone: 'good',
          }
        : breakEven === 0
          ? {
              id: 'breakEven',
              label: m.breakEven,
              value: m.breakEvenZero,
              note: m.breakEvenZeroNote,
              tone: 'bad',
            }
          : {
              id: 'breakEven',
              label: m.breakEven,
              value: formatDays(breakEven, lang),
              note: m.breakEvenNote,
              tone: 'neutral',
            },
  ];
}

/**
 * The headline answer as plain strings: the sentence, its status and the key figures, in `lang`.
 * Pure: every number comes from `analysis`; this only words and formats it.
 * @example headlineParts(analyze(plan, freeze), freeze, plan, 'en').sentence
 *   // 'A 30-day Jiebei and Huabei freeze leaves Qingshan Apparel ¥19,900 short from 15 Dec 2026; you survive 14 days.'
 */
export function headlineParts(
  analysis: Analysis,
  scenario: Scenario,
  plan: Plan,
  lang: Lang,
  /** The break-even search has not answered yet: say so rather than show "none". */
  reversePending = false,
): HeadlineParts {
  const m = HEADLINE[lang];
  const status = statusOf(analysis, plan);
  const s = analysis.stressed.metrics;
  const b = analysis.baseline.metrics;
  const rawName = plan.business.name.trim();
  const buffer = yuanFromFen(plan.business.minCashBuffer);
  const params = {
    scenario: scenarioPhrase(scenario, lang),
    business: rawName === '' ? m.untitledBusiness : shortLocalName(rawName, lang),
    gap: mark(formatMoney(s.deepestShortfall, lang)),
    date: mark(
      formatDate((status === 'ok' ? s.lowestCashDate : s.cashZeroDate) ?? s.lowestCashDate, lang),
    ),
    days: mark(
      lang === 'zh-CN'
        ? `${formatNumber(s.survivalDays ?? 0, lang)}天`
        : formatDays(s.survivalDays ?? 0, lang),
    ),
    buffer: mark(formatMoney(buffer, lang)),
    low: mark(formatMoney(s.lowestCash, lang)),
    baselineGap: mark(formatMoney(b.deepestShortfall, lang)),
    baselineDate: b.cashZeroDate === null ? '' : mark(formatDate(b.cashZeroDate, lang)),
  };
  const marked =
    status === 'empty'
      ? m.sentence.empty(params)
      : status === 'baseline'
        ? m.sentence.baseline(params)
        : status === 'ok'
          ? buffer > 0
            ? m.sentence.ok(params)
            : m.sentence.okNoBuffer(params)
          : s.survivalDays === 0
            ? m.sentence.gapAtOnce(params)
            : m.sentence.gap(params);
  const segments = segmentsOf(capitalize(marked));
  return {
    status,
    statusLabel: m.status[status],
    sentence: segments.map((x) => x.text).join(''),
    segments,
    business: rawName === '' ? capitalize(m.untitledBusiness) : localName(rawName, lang),
    scenarioName: scenarioDisplayName(scenario, lang),
    facts: status === 'empty' ? [] : facts(analysis, plan, lang, reversePending),
  };
}
