import { parseArgs } from 'node:util';
import { compareCheckIns, planReference } from '../engine/checkIns/compare';
import type { Change, CheckInComparison, ObservedWarning } from '../engine/checkIns/types';
import { yuanFromFen } from '../engine/money';
import { formatDate, formatDays, formatMoney, formatPercent } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { localName } from '../i18n/localName';
import { CHECK_INS } from '../i18n/messages/checkIns';
import { checkInsOfFileBytes } from '../io/checkInFile';
import { checkInFromStored } from '../io/checkInSchema';
import { describeError } from '../io/issueText';
import { MAX_PLAN_BYTES, parsePlanBytes } from '../io/planFile';
import { argsOr, langOf } from './commandArgs';
import { readPlanFile } from './readPlanFile';
import { toJson, type Out } from './terminal';
import { CLI_TEXT } from './text';

/**
 * `npm run fundgap -- checkin <client file> [--json] [--lang en|zh-CN]`: each check-in of an
 * exported client file (a plan file with `checkIns`) compared with its plan and the check-in
 * before, and the warnings it fires — the same engine as the app (docs/check-ins.md). JSON
 * field names are documented in docs/cli.md.
 */
export function runCheckIn(argv: string[], out: Out): number {
  const parsed = argsOr(
    () =>
      parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          json: { type: 'boolean', default: false },
          lang: { type: 'string', default: 'en' },
        },
      }),
    out,
  );
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const lang = langOf(values.lang);
  const path = positionals[0];
  if (!path) {
    out.error(CLI_TEXT[lang].missingFile);
    return 2;
  }
  const read = readPlanFile(path, MAX_PLAN_BYTES);
  if (!read.ok) {
    if (read.reason === 'not_a_file') out.error(CLI_TEXT[lang].notAFile(path));
    else if (read.reason === 'unreadable') out.error(CLI_TEXT[lang].cannotRead(path, read.code));
    else out.error(describeError({ reason: 'too_large', maxBytes: MAX_PLAN_BYTES }, lang));
    return 1;
  }
  const plan = parsePlanBytes(read.bytes);
  if (!plan.ok) {
    if (values.json) out.log(toJson({ ok: false, error: plan.error }));
    else out.error(describeError(plan.error, lang));
    return 1;
  }
  const { checkIns, dropped } = checkInsOfFileBytes(read.bytes);
  const compared = compareCheckIns(planReference(plan.plan), checkIns.map(checkInFromStored));
  if (values.json) {
    out.log(toJson({ ok: true, dropped, checkIns: compared.map(checkInJson) }));
    return 0;
  }
  printCheckIns(compared, dropped, lang, out);
  return 0;
}

const DROPPED: Record<Lang, (n: number) => string> = {
  en: (n) =>
    `${n} check-in${n === 1 ? '' : 's'} in the file could not be read and ${n === 1 ? 'was' : 'were'} left out.`,
  'zh-CN': (n) => `文件中有 ${n} 条复核记录无法读取，已略去。`,
};

const yuanChange = (c: Change) => ({
  from: yuanFromFen(c.from),
  to: yuanFromFen(c.to),
  delta: yuanFromFen(c.delta),
  percent: c.percent,
});

/** One check-in in the CLI's JSON: money in yuan, rates in percent, rate changes in points. */
export function checkInJson(c: CheckInComparison) {
  return {
    id: c.id,
    date: c.date,
    totalCash: yuanFromFen(c.totalCash),
    totalCredit: yuanFromFen(c.totalCredit),
    bufferDays: c.bufferDays,
    cashVsPlan: yuanChange(c.cashVsPlan),
    cashVsPrevious: c.cashVsPrevious && yuanChange(c.cashVsPrevious),
    creditVsPlan: yuanChange(c.creditVsPlan),
    creditVsPrevious: c.creditVsPrevious && yuanChange(c.creditVsPrevious),
    lines: c.lines.map((l) => ({
      sourceId: l.sourceId,
      name: l.name,
      limit: yuanFromFen(l.limit),
      annualRatePercent: l.annualRate === null ? null : Math.round(l.annualRate * 1e8) / 1e6,
      failedRepayment: l.failedRepayment,
      notice: l.notice,
      vsPlan: l.vsPlan && { limit: yuanChange(l.vsPlan.limit), ratePoints: l.vsPlan.rate },
      vsPrevious: l.vsPrevious && {
        limit: yuanChange(l.vsPrevious.limit),
        ratePoints: l.vsPrevious.rate,
      },
    })),
    warnings: c.warnings.map((w) => ({
      id: w.id,
      ...(w.sourceId ? { sourceId: w.sourceId, sourceName: w.sourceName } : {}),
      ...(w.measured !== undefined
        ? { measured: w.measured, threshold: w.threshold, unit: w.unit }
        : {}),
    })),
  };
}

function warningLine(w: ObservedWarning, lang: Lang): string {
  const m = CHECK_INS[lang];
  const fmt = (v: number | undefined) =>
    v === undefined
      ? ''
      : w.unit === 'days'
        ? formatDays(v, lang)
        : w.unit === 'points'
          ? `${v}`
          : formatPercent(v, lang);
  return `${m.warning[w.id]} · ${m.warningDetail({
    id: w.id,
    measured:
      w.unit === 'points'
        ? `${w.measured} ${lang === 'zh-CN' ? '个百分点' : 'points'}`
        : fmt(w.measured),
    threshold: fmt(w.threshold),
    source: localName(w.sourceName ?? '', lang),
  })}`;
}

function printCheckIns(list: CheckInComparison[], dropped: number, lang: Lang, out: Out): void {
  const m = CHECK_INS[lang];
  if (list.length === 0) out.log(m.none);
  for (const c of list) {
    const money = (fen: number) => formatMoney(yuanFromFen(fen), lang);
    out.log(`${formatDate(c.date, lang)}`);
    out.log(
      `  ${m.cash} ${money(c.totalCash)} · ${m.credit} ${money(c.totalCredit)} · ${m.buffer} ${c.bufferDays === null ? '—' : formatDays(c.bufferDays, lang)}`,
    );
    if (c.warnings.length === 0) out.log(`  ${m.nothingFired}`);
    for (const w of c.warnings) out.log(`  ! ${warningLine(w, lang)}`);
  }
  if (dropped > 0) out.error(DROPPED[lang](dropped));
}
