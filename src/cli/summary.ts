import type { Analysis } from '../engine/analyze';
import { assumedTerms } from '../engine/assumedTerms';
import type { PaymentOrder, Plan, Scenario } from '../engine/model';
import { findPreset } from '../engine/presets';
import { dayRows } from '../engine/rows';
import { finite, formatDate, formatMoney, formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { CREDIT_TERMS, describeAssumedTerm } from '../i18n/messages/creditTerms';
import { DOMAIN } from '../i18n/messages/domain';
import { citationText } from '../i18n/citationText';
import { CLI_TEXT } from './text';

/** Terminal columns a string takes: CJK characters are two wide. */
export function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}
export const pad = (text: string, columns: number): string =>
  text + ' '.repeat(Math.max(1, columns - width(text)));

/** The readable report `simulate` prints without `--json`. */
export function printSummary(
  out: { log: (s: string) => void },
  lang: Lang,
  plan: Plan,
  scenario: Scenario,
  analysis: Analysis,
  withDays: boolean,
): void {
  const text = CLI_TEXT[lang];
  // Every number through i18n/format, which refuses NaN and Infinity: a NaN shown as "—" would
  // read as "never short", and "¥NaN" as an answer.
  const money = { format: (yuan: number) => formatMoney(yuan, lang) };
  const pct = (x: number | null) => (x === null ? text.none : `${formatNumber(x, lang, 3)} %`);
  const days = (x: number | null) => (x === null ? text.none : text.days(finite(x, 'days')));
  const plain = (x: number | null) => (x === null ? text.none : String(finite(x, 'a number')));
  const date = (iso: string | null) => (iso === null ? text.none : formatDate(iso, lang));
  const preset = findPreset(scenario.id);

  const colon = lang === 'zh-CN' ? '：' : ': ';
  out.log(`${text.plan}${colon}${plan.business.name}`);
  out.log(
    `${text.scenario}${colon}${preset ? `${DOMAIN[lang].presetName[scenario.id] ?? scenario.name} (${scenario.id})` : scenario.name}`,
  );
  if (preset) out.log(`${text.assumptions}${colon}${preset.assumptions[lang]}`);
  if (!preset && scenario.description)
    out.log(`${text.assumptions}${colon}${scenario.description}`);
  printAssumedTerms(out, lang, plan);
  out.log('');

  for (const [title, m] of [
    [text.baseline, analysis.baseline.metrics],
    [text.stressed, analysis.stressed.metrics],
  ] as const) {
    out.log(`## ${title}`);
    out.log(
      m.cashZeroDate === null
        ? text.survives
        : text.shortFrom(
            money.format(m.deepestShortfall),
            date(m.cashZeroDate),
            finite(m.daysShort, 'days'),
          ),
    );
    const rows: [string, string][] = [
      [text.survivalDays, days(m.survivalDays)],
      [text.cashZeroDate, date(m.cashZeroDate)],
      [text.deepestShortfall, money.format(m.deepestShortfall)],
      [text.daysShort, days(m.daysShort)],
      [text.recoveryDate, date(m.recoveryDate)],
      [text.extraFinancingCost, money.format(m.extraFinancingCost)],
      [text.cashBufferDays, days(m.cashBufferDays)],
      [text.stressCoverageRatio30d, pct(m.stressCoverageRatio30d)],
      [text.hhiHeadroom, plain(m.hhiHeadroom)],
      [text.effectiveSources, plain(m.effectiveSources)],
      [text.antGroupShare, pct(m.antGroupShare)],
      [text.rolloverNeed, pct(m.rolloverNeed)],
    ];
    if ('breakEvenOutageDays' in m) {
      rows.push([text.breakEvenOutageDays, days(m.breakEvenOutageDays)]);
      rows.push([text.maxSurvivableLimitCut, pct(m.maxSurvivableLimitCut)]);
    }
    for (const [label, value] of rows) out.log(`  ${pad(label, 32)}${value}`);
    out.log('');
  }

  if (withDays) {
    for (const r of dayRows(plan, analysis.stressed.projection)) {
      out.log(
        [
          r.date,
          money.format(r.accessibleCash),
          money.format(r.inflows),
          money.format(-r.outflows),
          money.format(r.draws),
          money.format(-r.repayments - r.interest),
          r.shortfall > 0 ? money.format(-r.shortfall) : '',
        ].join('\t'),
      );
    }
  }
}

/** Who pays first, and each term the engine assumes for this plan with its grade and source. */
function printAssumedTerms(out: { log: (s: string) => void }, lang: Lang, plan: Plan): void {
  const text = CLI_TEXT[lang];
  const m = CREDIT_TERMS[lang];
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const terms = assumedTerms(plan);
  const [order, ...rest] = terms;
  if (order) {
    const note = order.stated ? text.statedInPlan : m.paymentOrder.defaultNote;
    const value = m.paymentOrder.short[order.value as PaymentOrder];
    out.log(`${text.whoPaysFirst}${colon}${value} ${note}`);
    out.log(`  ${m.paymentOrder.why}`);
  }
  if (rest.length === 0) return;
  out.log(`${text.assumedTerms}${colon.trimEnd()}`);
  for (const t of rest) {
    const source = citationText(t.citation, lang).title;
    out.log(`  ${t.path}: ${describeAssumedTerm(t, lang)} [${t.grade}, ${source}]`);
  }
}
