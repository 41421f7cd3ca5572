import { parseArgs } from 'node:util';
import { advise } from '../engine/advice';
import { analyze } from '../engine/analyze';
import { PRESETS } from '../engine/presets';
import type { Scenario } from '../engine/model';
import { dayRows } from '../engine/rows';
import { describeError, describeIssue } from '../io/issueText';
import type { Lang } from '../i18n/lang';
import { NotFiniteError } from '../i18n/format';
import { MAX_PLAN_BYTES, parsePlanBytes } from '../io/planFile';
import { adviceJson, printAdvice } from './adviceOutput';
import { runBook } from './book';
import { runImport } from './importStatement';
import { contingencyJson, printContingency } from './contingencyOutput';
import { contingencyPlan } from '../engine/contingency';
import { runShare } from './share';
import { runCheckIn } from './checkIn';
import { runStressGrid, runStressMonteCarlo } from './stress';
import { parseStressFlags, STRESS_OPTIONS } from './stressArgs';
import { STRESS_TEXT } from './stressText';
import { readPlanFile } from './readPlanFile';
import { printSummary } from './summary';
import { exitQuietlyOnClosedPipe, safeOut, toJson, type Out } from './terminal';
import { CLI_TEXT } from './text';
import { assumedTermsJson, planJson } from './planJson';

/**
 * `npm run fundgap -- <command>`: the engine from a terminal. The JSON printed with `--json`
 * is a documented interface (docs/cli.md): field names stay stable.
 */

const DEFAULT_SCENARIO = 'risk_control_freeze_30d';

/**
 * Runs one command; returns the exit code. Every line goes through `safeOut` (no terminal
 * control characters from a plan file reach the terminal) and a number that is not finite
 * ends the command with a message instead of a wrong figure.
 */
export function run(argv: string[], out: Out = console): number | Promise<number> {
  // `import` reads a statement (its own flags, and async: a spreadsheet loads on demand).
  if (argv[0] === 'import') return runImport(argv.slice(1), safeOut(out));
  if (argv[0] === 'book') return guardFinite(() => runBook(argv.slice(1), safeOut(out)), out);
  if (argv[0] === 'share') return runShare(argv.slice(1), safeOut(out));
  if (argv[0] === 'checkin') return guardFinite(() => runCheckIn(argv.slice(1), safeOut(out)), out);
  return runCommand(argv, safeOut(out));
}

/** A number that is not finite ends the command with a message, never a wrong figure. */
function guardFinite(command: () => number, out: Out): number {
  try {
    return command();
  } catch (e) {
    if (!(e instanceof NotFiniteError)) throw e;
    safeOut(out).error(CLI_TEXT.en.notComputable(e.message));
    return 1;
  }
}

function runCommand(argv: string[], out: Out): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        scenario: { type: 'string' },
        json: { type: 'boolean', default: false },
        days: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'en' },
        ...STRESS_OPTIONS,
      },
    });
  } catch (e) {
    out.error(`${(e as Error).message}\n\n${CLI_TEXT.en.usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang: Lang = values.lang === 'zh-CN' || values.lang === 'zh' ? 'zh-CN' : 'en';
  const text = CLI_TEXT[lang];
  const [command, file] = positionals;
  try {
    switch (command) {
      case 'presets':
        if (values.json) {
          out.log(
            toJson(
              PRESETS.map((p) => ({
                id: p.id,
                name: p.name,
                grade: p.grade,
                assumptions: p.assumptions[lang],
                shocks: p.shocks,
              })),
            ),
          );
        } else {
          for (const p of PRESETS) out.log(`${p.id.padEnd(30)} ${p.assumptions[lang]}`);
        }
        return 0;
      case 'validate':
      case 'stress':
      case 'advise':
      case 'contingency':
      case 'simulate': {
        if (!file) {
          out.error(text.missingFile);
          return 2;
        }
        const read = readPlanFile(file, MAX_PLAN_BYTES);
        if (!read.ok && read.reason !== 'too_large') {
          out.error(
            read.reason === 'not_a_file' ? text.notAFile(file) : text.cannotRead(file, read.code),
          );
          return 1;
        }
        // Too large is the plan file's own refusal, worded as the app words it.
        const result = read.ok
          ? parsePlanBytes(read.bytes)
          : ({ ok: false, error: { reason: 'too_large', maxBytes: MAX_PLAN_BYTES } } as const);
        if (!result.ok) {
          if (values.json) out.log(toJson({ ok: false, error: result.error }));
          else {
            out.error(describeError(result.error, lang));
            if (result.error.reason === 'invalid') {
              for (const issue of result.error.issues)
                out.error(`  ${issue.path}: ${describeIssue(issue, lang)}`);
            }
          }
          return 1;
        }
        if (command === 'validate') {
          out.log(values.json ? JSON.stringify({ ok: true }) : text.valid(file));
          return 0;
        }
        const wanted = values.scenario ?? DEFAULT_SCENARIO;
        const scenario: Scenario | undefined =
          result.scenarios.find((s) => s.id === wanted) ?? PRESETS.find((p) => p.id === wanted);
        if (!scenario) {
          const ids = [...PRESETS.map((p) => p.id), ...result.scenarios.map((s) => s.id)].join(
            ', ',
          );
          out.error(text.unknownScenario(wanted, ids));
          return 2;
        }
        if (command === 'stress') {
          if (values.grid) {
            runStressGrid(out, lang, result.plan, scenario, values.json);
            return 0;
          }
          const parsedFlags = parseStressFlags(
            values,
            scenario.id,
            result.plan.business.horizonDays,
          );
          if (!parsedFlags.ok) {
            out.error(STRESS_TEXT[lang].badFlag(parsedFlags.flag, parsedFlags.value));
            return 2;
          }
          runStressMonteCarlo(out, lang, result.plan, scenario, parsedFlags.request, values.json);
          return 0;
        }
        if (command === 'advise') {
          const advice = advise(result.plan, scenario);
          if (values.json) {
            out.log(toJson(adviceJson(result.plan, scenario, advice)));
          } else {
            printAdvice(out, lang, result.plan, scenario, advice);
          }
          return 0;
        }
        if (command === 'contingency') {
          const advice = advise(result.plan, scenario);
          const plan = contingencyPlan(
            result.plan,
            scenario,
            analyze(result.plan, scenario, { reverseStress: false }),
            advice,
          );
          if (values.json) out.log(toJson(contingencyJson(result.plan, scenario, advice, plan)));
          else printContingency(out, lang, result.plan, scenario, advice, plan);
          return 0;
        }
        const analysis = analyze(result.plan, scenario);
        if (values.json) {
          out.log(
            toJson({
              plan: planJson(result.plan),
              scenario: { id: scenario.id, name: scenario.name, shocks: scenario.shocks },
              baseline: { metrics: analysis.baseline.metrics },
              stressed: {
                metrics: analysis.stressed.metrics,
                ...(values.days
                  ? { days: dayRows(result.plan, analysis.stressed.projection) }
                  : {}),
              },
              assumedTerms: assumedTermsJson(result.plan),
            }),
          );
        } else {
          printSummary(out, lang, result.plan, scenario, analysis, values.days);
        }
        return 0;
      }
      default:
        if (command) out.error(text.unknownCommand(command));
        out.error(text.usage);
        return 2;
    }
  } catch (e) {
    if (!(e instanceof NotFiniteError)) throw e;
    out.error(text.notComputable(e.message));
    return 1;
  }
}

// Run only when executed, so tests can import `run`.
if (process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1])) {
  exitQuietlyOnClosedPipe();
  void Promise.resolve(run(process.argv.slice(2))).then((code) => {
    process.exitCode = code;
  });
}
