/**
 * What the page should show, computed in Node with the app's own engine and formatters from the
 * sample file the app loads on a first visit. Tests compare the screen with these numbers.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/analyze';
import { findPreset, PRESETS } from '../../src/engine/presets';
import {
  formatDate,
  formatDays,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../../src/i18n/format';
import { HEADLINE } from '../../src/i18n/messages/headline';
import { DASHBOARD } from '../../src/i18n/messages/dashboard';
import { DOMAIN } from '../../src/i18n/messages/domain';
import { parsePlanText } from '../../src/io/planFile';
import type { Lang } from '../../src/i18n/lang';

export { PRESETS };
export type PresetId = (typeof PRESETS)[number]['id'];

const SAMPLE_URL = new URL('../../examples/online-shop.json', import.meta.url);

/** The first-visit sample as raw JSON (a fresh copy each call, safe to edit). */
export type SampleFile = {
  business: { name: string; minCashBuffer: number };
  cashAccounts: { name: string }[];
  cashFlows: { name: string }[];
  fundingSources: { id: string; name: string; limit: number }[];
  scenarios: { name: string }[];
};
export function sampleFile(): SampleFile {
  return JSON.parse(readFileSync(SAMPLE_URL, 'utf8')) as SampleFile;
}

/** Every name in the sample: bilingual data ("借呗 Jiebei") that the app should localise. */
export function sampleNames(): string[] {
  const f = sampleFile();
  return [
    f.business.name,
    ...f.cashAccounts.map((x) => x.name),
    ...f.cashFlows.map((x) => x.name),
    ...f.fundingSources.map((x) => x.name),
    ...f.scenarios.map((x) => x.name),
  ];
}

export const JIEBEI = sampleFile().fundingSources.find((s) => s.id === 'jiebei')!;

export type Status = 'gap' | 'ok' | 'baseline';

/** The figures the headline, its key facts and the metric cards must show. */
export type Expected = {
  status: Status;
  statusLabel: string;
  presetName: string;
  /** Substrings the h1 must contain (formatted figures; the wording is the app's). */
  headlineFigures: string[];
  survivalDays: number | null;
  deepestShortfall: number;
  facts: { survival: string; deepest: string; daysShort: string; breakEven: string };
  cards: {
    survivalDays: string;
    deepestGap: string;
    daysShort: string;
    breakEven: string;
    maxCut: string;
  };
};

export function expectedFor(
  presetId: string,
  lang: Lang = 'en',
  edit: (file: SampleFile) => void = () => {},
): Expected {
  const file = sampleFile();
  edit(file);
  const parsed = parsePlanText(JSON.stringify(file));
  if (!parsed.ok)
    throw new Error(`edited sample does not validate: ${JSON.stringify(parsed.error)}`);
  const preset = findPreset(presetId);
  if (!preset) throw new Error(`no preset ${presetId}`);
  const a = analyze(parsed.plan, preset);
  const s = a.stressed.metrics;
  const h = HEADLINE[lang];
  const card = DASHBOARD[lang].metrics.card;
  const status: Status =
    a.baseline.metrics.daysShort > 0 ? 'baseline' : s.daysShort > 0 ? 'gap' : 'ok';
  const money = (x: number) => formatMoney(x, lang);
  const days = (x: number) => formatDays(x, lang);
  const buffer = file.business.minCashBuffer;

  let headlineFigures: string[];
  if (status === 'ok') {
    headlineFigures = [money(buffer), money(s.lowestCash), formatDate(s.lowestCashDate, lang)];
  } else {
    headlineFigures = [money(s.deepestShortfall)];
    if (status === 'gap' && s.cashZeroDate) headlineFigures.push(formatDate(s.cashZeroDate, lang));
    if (status === 'gap' && s.survivalDays) {
      headlineFigures.push(
        lang === 'zh-CN' ? `${formatNumber(s.survivalDays, lang)}天` : days(s.survivalDays),
      );
    }
  }
  const be = s.breakEvenOutageDays;
  return {
    status,
    statusLabel: h.status[status],
    presetName: DOMAIN[lang].presetName[presetId] ?? preset.name,
    headlineFigures,
    survivalDays: s.survivalDays,
    deepestShortfall: s.deepestShortfall,
    facts: {
      survival: s.survivalDays === null ? h.facts.noGap : days(s.survivalDays),
      deepest: money(s.deepestShortfall),
      daysShort: days(s.daysShort),
      breakEven: be === null ? h.facts.breakEvenNone : be === 0 ? h.facts.breakEvenZero : days(be),
    },
    cards: {
      survivalDays: s.survivalDays === null ? card.survivalDays.none : days(s.survivalDays),
      deepestGap: s.deepestShortfall > 0 ? money(s.deepestShortfall) : card.deepestGap.none,
      daysShort: days(s.daysShort),
      breakEven:
        be === null
          ? card.breakEven.none
          : be === 0
            ? DASHBOARD[lang].metrics.breakEvenZero
            : days(be),
      maxCut:
        s.maxSurvivableLimitCut === null
          ? card.maxCut.none
          : formatPercent(s.maxSurvivableLimitCut, lang, 0),
    },
  };
}

/** The number in a figure such as "14 days", "¥19,900" or "69 天" (NaN for a word). */
export function numberIn(text: string): number {
  const m = /-?[\d,]+(\.\d+)?/.exec(text);
  return m ? Number(m[0].replace(/,/g, '')) : NaN;
}
