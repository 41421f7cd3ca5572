import type { Advice, Suggestion } from '../../engine/advice';
import type { Basis } from '../../engine/advisor/types';
import type { Sourced } from '../../engine/citations';
import type { RunMetrics } from '../../engine/metrics';
import type { LeverAssumptions } from '../../engine/model';
import {
  actionTitle,
  cashSourceText,
  costText,
  daysPhrase,
  effectText,
  timingText,
} from '../../i18n/adviceText';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { localName } from '../../i18n/localName';
import { ACTION_TEXT } from '../../i18n/messages/adviceActions';
import { ADVICE } from '../../i18n/messages/advice';

/**
 * What one suggestion card shows, decided here so the component only renders: its title, its
 * badges, its facts (each with a label, a value and where the figure comes from), and the
 * before/after of "try it". Pure and tested.
 */

export type BadgeId = 'closes' | 'partial' | 'tooLate' | 'free' | 'sameGroup' | 'creditRisk';
export type FactId =
  | 'amount'
  | 'timing'
  | 'cost'
  | 'source'
  | 'effect'
  | 'mix'
  | 'proviso'
  | 'toConfirm'
  | 'creditRisk';

/** Where a figure comes from, for an info tip: a graded default, or the plan's own terms. */
export type FactBasis = { text: string; sourced?: Sourced };

export type CardFact = {
  id: FactId;
  label: string;
  value: string;
  basis?: FactBasis;
  warn?: boolean;
  /** Background to the decision (the funding mix after): folded under "more" on the card. */
  secondary?: boolean;
};

export type CardModel = { title: string; badges: BadgeId[]; facts: CardFact[] };

export type CompareRow = {
  id: 'gap' | 'survival' | 'lowest';
  label: string;
  before: string;
  after: string;
};

function basisOf(b: Basis | null, lang: Lang): FactBasis | undefined {
  if (!b) return undefined;
  const f = ADVICE[lang].fact;
  if (b.from === 'plan') return { text: f.basisPlan({ source: localName(b.sourceName, lang) }) };
  return { text: f.basisDefault, sourced: { grade: b.grade, citation: b.citation } };
}

export function cardModel(
  s: Suggestion,
  advice: Pick<Advice, 'gapStartDate' | 'mixBefore' | 'creditMark'>,
  lang: Lang,
  levers: Partial<LeverAssumptions> = {},
): CardModel {
  const m = ADVICE[lang];
  const a = ACTION_TEXT[lang];
  const badges: BadgeId[] = [];
  if (s.tooLate) badges.push('tooLate');
  else badges.push(s.closesGap ? 'closes' : 'partial');
  if (s.costStructure === 'none') badges.push('free');
  if (s.sameGroupAsShock) badges.push('sameGroup');
  if (s.creditRisk) badges.push('creditRisk');

  const facts: CardFact[] = [];
  const lever = s.category === 'lever';
  facts.push({
    id: 'amount',
    label: lever ? m.fact.freed : m.fact.amount,
    value: formatMoney(s.amount, lang),
  });
  facts.push({
    id: 'timing',
    label: m.fact.timing,
    value: timingText(s, lang, advice.gapStartDate),
    ...(s.leadBasis ? { basis: basisOf(s.leadBasis, lang) } : {}),
  });
  facts.push({
    id: 'cost',
    label: m.fact.cost,
    value: costText(s, lang),
    ...(s.rateBasis ? { basis: basisOf(s.rateBasis, lang) } : {}),
  });
  const source = cashSourceText(s, lang);
  if (source) facts.push({ id: 'source', label: m.fact.source, value: source });
  facts.push({ id: 'effect', label: m.fact.effect, value: effectText(s, lang) });
  if (s.category === 'financing' || s.category === 'mix') {
    const share = (x: number | null) =>
      x === null ? m.fact.notApplicable : formatPercent(x, lang, 0);
    const hhi = (x: number | null) => (x === null ? m.fact.notApplicable : formatNumber(x, lang));
    facts.push({
      id: 'mix',
      secondary: true,
      label: m.fact.mix,
      value: m.fact.mixValue({
        antBefore: share(advice.mixBefore.antGroupShare),
        antAfter: share(s.antGroupShareAfter),
        hhiBefore: hhi(advice.mixBefore.hhiHeadroom),
        hhiAfter: hhi(s.hhiAfter),
      }),
    });
  }
  const ask = a.leverAsk[s.action];
  if (ask) facts.push({ id: 'proviso', label: m.fact.assumption, value: ask });
  if (s.toConfirm.length > 0)
    facts.push({
      id: 'toConfirm',
      label: m.fact.toConfirm,
      value: s.toConfirm.map((p) => a.prerequisite[p]).join(lang === 'zh-CN' ? '；' : '; '),
      warn: true,
    });
  if (s.creditRisk && advice.creditMark)
    facts.push({
      id: 'creditRisk',
      label: m.badge.creditRisk,
      value: m.fact.creditRisk({ date: formatDate(advice.creditMark.markDate, lang) }),
      warn: true,
    });
  return { title: actionTitle(s, lang, levers), badges, facts };
}

/** "Try it": this scenario without and with the measure, in three figures. */
export function compareRows(before: RunMetrics, after: RunMetrics, lang: Lang): CompareRow[] {
  const c = ADVICE[lang].compare;
  const gap = (m: RunMetrics) =>
    m.survivalDays === null ? c.noGap : formatMoney(m.deepestShortfall, lang);
  const survival = (m: RunMetrics) =>
    m.survivalDays === null ? c.horizon : daysPhrase(m.survivalDays, lang);
  return [
    { id: 'gap', label: c.gap, before: gap(before), after: gap(after) },
    { id: 'survival', label: c.survival, before: survival(before), after: survival(after) },
    {
      id: 'lowest',
      label: c.lowest,
      before: formatMoney(before.lowestCash, lang),
      after: formatMoney(after.lowestCash, lang),
    },
  ];
}
