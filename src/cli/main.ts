import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { advise } from '../engine/advice';
import { analyze } from '../engine/analyze';
import { PRESETS } from '../engine/presets';
import type { Scenario } from '../engine/model';
import { dayRows } from '../engine/rows';
import { describeError, describeIssue } from '../io/issueText';
import type { Lang } from '../i18n/lang';
import { parsePlanText } from '../io/planFile';
import { adviceJson, printAdvice } from './adviceOutput';
import { contingencyJson, printContingency } from './contingencyOutput';
import { contingencyPlan } from '../engine/contingency';
import { runStressGrid, runStressMonteCarlo } from './stress';
import { parseStressFlags, STRESS_OPTIONS } from './stressArgs';
import { STRESS_TEXT } from './stressText';
import { printSummary } from './summary';
import { CLI_TEXT } from './text';

/**
 * `npm run fundgap -- <command>`: the engine from a terminal. The JSON printed with `--json`
 * is a documented interface (docs/cli.md): field names stay stable.
 */

const DEFAULT_SCENARIO = 'risk_control_freeze_30d';

type Out = { log: (s: string) => void; error: (s: string) => void };

export function run(argv: string[], out: Out = console): number {
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

  switch (command) {
    case 'presets':
      if (values.json) {
        out.log(
          JSON.stringify(
            PRESETS.map((p) => ({
              id: p.id,
              name: p.name,
              grade: p.grade,
              assumptions: p.assumptions[lang],
              shocks: p.shocks,
            })),
            null,
            2,
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
      let content: string;
      try {
        content = readFileSync(file, 'utf8');
      } catch (e) {
        out.error(text.cannotRead(file, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
        return 1;
      }
      const result = parsePlanText(content);
      if (!result.ok) {
        if (values.json) out.log(JSON.stringify({ ok: false, error: result.error }, null, 2));
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
        const ids = [...PRESETS.map((p) => p.id), ...result.scenarios.map((s) => s.id)].join(', ');
        out.error(text.unknownScenario(wanted, ids));
        return 2;
      }
      if (command === 'stress') {
        if (values.grid) {
          runStressGrid(out, lang, result.plan, scenario, values.json);
          return 0;
        }
        const parsedFlags = parseStressFlags(values, scenario.id, result.plan.business.horizonDays);
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
          out.log(JSON.stringify(adviceJson(result.plan, scenario, advice), null, 2));
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
        if (values.json)
          out.log(JSON.stringify(contingencyJson(result.plan, scenario, advice, plan), null, 2));
        else printContingency(out, lang, result.plan, scenario, advice, plan);
        return 0;
      }
      const analysis = analyze(result.plan, scenario);
      if (values.json) {
        const b = result.plan.business;
        out.log(
          JSON.stringify(
            {
              plan: {
                name: b.name,
                currency: b.currency,
                startDate: b.startDate,
                horizonDays: b.horizonDays,
              },
              scenario: { id: scenario.id, name: scenario.name, shocks: scenario.shocks },
              baseline: { metrics: analysis.baseline.metrics },
              stressed: {
                metrics: analysis.stressed.metrics,
                ...(values.days
                  ? { days: dayRows(result.plan, analysis.stressed.projection) }
                  : {}),
              },
            },
            null,
            2,
          ),
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
}

// Run only when executed, so tests can import `run`.
if (process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1])) {
  process.exitCode = run(process.argv.slice(2));
}
