import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bookRow, worstOwnScenario, type BookRow } from '../engine/book';
import type { Scenario } from '../engine/model';
import { PRESETS } from '../engine/presets';
import { finite, formatDate, formatMoney, formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { describeError, describeIssueAt } from '../io/issueText';
import { BOOK_TEXT } from './bookText';
import { loadPlan, type LoadError, type LoadResult } from './loadPlan';
import { pad, width } from './summary';
import { argsOr, langOf } from './commandArgs';
import { toJson, type Out } from './terminal';
import { CLI_TEXT } from './text';

/**
 * `npm run fundgap -- book <folder> [--scenario <id>|own-worst] [--json] [--lang en|zh-CN]`:
 * every plan file in a folder under one scenario, one row each (`bookRow`, the function the app's
 * book table uses). A file that cannot be used is listed with its first problem; the others
 * still get their row. JSON names: docs/cli.md.
 */

/** `--scenario own-worst`: each client under their own worst saved scenario. */
export const OWN_WORST = 'own-worst';
const DEFAULT_SCENARIO = 'risk_control_freeze_30d';

export type BookError =
  LoadError | { reason: 'unknown_scenario'; id: string } | { reason: 'no_saved_scenario' };

export type BookLine =
  | ({ file: string; ok: true; scenarioName: string } & BookRow)
  | { file: string; ok: false; error: BookError; problem: string };

function scenarioFor(
  loaded: Extract<LoadResult, { ok: true }>,
  wanted: string,
): Scenario | BookError {
  if (wanted === OWN_WORST) {
    return worstOwnScenario(loaded.plan, loaded.scenarios) ?? { reason: 'no_saved_scenario' };
  }
  return (
    loaded.scenarios.find((s) => s.id === wanted) ??
    PRESETS.find((p) => p.id === wanted) ?? { reason: 'unknown_scenario', id: wanted }
  );
}

function problemText(error: BookError, file: string, lang: Lang): string {
  const text = BOOK_TEXT[lang];
  switch (error.reason) {
    case 'not_a_file':
      return CLI_TEXT[lang].notAFile(file);
    case 'unreadable':
      return CLI_TEXT[lang].cannotRead(file, error.code);
    case 'unknown_scenario':
      return text.unknownScenario(error.id);
    case 'no_saved_scenario':
      return text.noSavedScenario;
    case 'invalid':
      return error.issues[0] ? describeIssueAt(error.issues[0], lang) : describeError(error, lang);
    default:
      return describeError(error, lang);
  }
}

/** One line of the book for one file on disk. */
export function bookLine(path: string, file: string, wanted: string, lang: Lang): BookLine {
  const loaded = loadPlan(path);
  const fail = (error: BookError): BookLine => ({
    file,
    ok: false,
    error,
    problem: problemText(error, file, lang),
  });
  if (!loaded.ok) return fail(loaded.error);
  const scenario = scenarioFor(loaded, wanted);
  if ('reason' in scenario) return fail(scenario);
  return { file, ok: true, scenarioName: scenario.name, ...bookRow(loaded.plan, scenario) };
}

export function runBook(argv: string[], out: Out): number {
  const parsed = argsOr(
    () =>
      parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          scenario: { type: 'string', default: DEFAULT_SCENARIO },
          json: { type: 'boolean', default: false },
          lang: { type: 'string', default: 'en' },
        },
      }),
    out,
  );
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const lang = langOf(values.lang);
  const text = BOOK_TEXT[lang];
  const folder = positionals[0];
  if (!folder) {
    out.error(CLI_TEXT[lang].usage);
    return 2;
  }
  let files: string[];
  try {
    if (!statSync(folder).isDirectory()) {
      out.error(text.notAFolder(folder));
      return 2;
    }
    files = readdirSync(folder)
      .filter((name) => name.toLowerCase().endsWith('.json'))
      .sort();
  } catch (e) {
    out.error(CLI_TEXT[lang].cannotRead(folder, (e as NodeJS.ErrnoException).code ?? String(e)));
    return 1;
  }
  if (files.length === 0) {
    out.error(text.noFiles(folder));
    return 1;
  }
  const wanted = values.scenario;
  const lines = files.map((file) => bookLine(join(folder, file), file, wanted, lang));
  if (values.json) {
    out.log(toJson({ scenario: wanted, rows: lines }));
    return 0;
  }
  printBook(out, lang, wanted, lines);
  return 0;
}

function printBook(out: Out, lang: Lang, wanted: string, lines: BookLine[]): void {
  const text = BOOK_TEXT[lang];
  const none = CLI_TEXT[lang].none;
  const good = lines.filter((l) => l.ok);
  const cells = good.map((r) => [
    r.file,
    wanted === OWN_WORST ? `${r.client} (${r.scenarioName})` : r.client,
    r.survivalDays === null ? text.never : CLI_TEXT[lang].days(finite(r.survivalDays, 'days')),
    r.cashZeroDate === null ? none : formatDate(r.cashZeroDate, lang),
    formatMoney(r.deepestShortfall, lang),
    r.antGroupShare === null ? none : `${formatNumber(r.antGroupShare, lang, 1)} %`,
    r.breakEvenOutageDays === null
      ? none
      : CLI_TEXT[lang].days(finite(r.breakEvenOutageDays, 'days')),
  ]);
  const table = [text.columns, ...cells];
  const widths = text.columns.map((_, i) => Math.max(...table.map((row) => width(row[i]!))) + 2);
  out.log(text.heading(wanted === OWN_WORST ? text.ownWorst : wanted, good.length));
  for (const row of table)
    out.log(
      row
        .map((cell, i) => pad(cell, widths[i]!))
        .join('')
        .trimEnd(),
    );
  const failed = lines.filter((l) => !l.ok);
  if (failed.length === 0) return;
  out.log('');
  out.log(text.failedHeading(failed.length));
  for (const line of failed) out.log(`  ${line.file}: ${line.problem}`);
}
