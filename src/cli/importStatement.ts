import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { addDays, isValidIsoDate } from '../engine/calendar';
import { yuanFromFen } from '../engine/money';
import type { ProposedFlow } from '../engine/statements/transactions';
import { formatMoney, formatPercent } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { STATEMENTS } from '../i18n/messages/statements';
import { describeIssue } from '../io/issueText';
import { parsePlanValue } from '../io/planFile';
import { SKIP_REASONS } from '../io/statements/readRows';
import { planFileFromStatement } from '../io/statements/proposalPlan';
import { readStatement } from '../io/statements/readStatement';
import { CLI_TEXT } from './text';
import { IMPORT_TEXT } from './importText';

/**
 * `npm run fundgap -- import <statement> [--json] [--lang en|zh-CN] [--start YYYY-MM-DD]
 * [--out plan.json]`: the app's statement importer from a terminal. Prints the derived plan
 * file with, for each flow, the transactions it came from (docs/cli.md, docs/import.md).
 */

type Out = { log: (s: string) => void; error: (s: string) => void };

/** Source rows shown per flow in text mode; --json lists them all. */
const SHOWN_SOURCES = 8;

export async function runImport(argv: string[], out: Out): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'en' },
        start: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (e) {
    out.error(`${(e as Error).message}\n\n${CLI_TEXT.en.usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang: Lang = values.lang === 'zh-CN' || values.lang === 'zh' ? 'zh-CN' : 'en';
  const t = IMPORT_TEXT[lang];
  const m = STATEMENTS[lang];
  const file = positionals[0];
  if (!file) {
    out.error(t.missingFile);
    return 2;
  }
  if (values.start !== undefined && !isValidIsoDate(values.start)) {
    out.error(t.badStart(values.start));
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    out.error(
      CLI_TEXT[lang].cannotRead(file, (e as NodeJS.ErrnoException).code ?? (e as Error).message),
    );
    return 1;
  }
  const result = await readStatement(bytes);
  if (!result.ok) {
    if (values.json) out.log(JSON.stringify({ ok: false, error: result.error }, null, 2));
    else out.error(m.error(result.error));
    return 1;
  }
  const { statement, proposal } = result;
  const nameOf = (f: ProposedFlow) => m.flowName(f);
  const plan = planFileFromStatement(statement, proposal.flows, {
    startDate: values.start ?? addDays(statement.period.to, 1),
    businessName: m.businessName(basename(file)),
    accountName: m.accountName,
    nameOf,
  });
  // The derived plan passes the same schema as any plan file, or the CLI says what is wrong.
  const checked = parsePlanValue(plan);
  if (!checked.ok) {
    if (checked.error.reason === 'invalid')
      for (const issue of checked.error.issues)
        out.error(`  ${issue.path}: ${describeIssue(issue, lang)}`);
    return 1;
  }
  const byLine = new Map(statement.transactions.map((x) => [x.line, x]));
  const flows = proposal.flows.map((f, i) => ({
    id: plan.cashFlows[i]!.id,
    name: plan.cashFlows[i]!.name,
    role: f.role,
    confidence: Math.round(f.confidence * 100) / 100,
    level: f.level,
    sources: f.sources.map((line) => {
      const x = byLine.get(line)!;
      return {
        line,
        date: x.date,
        direction: x.direction,
        amount: yuanFromFen(x.amount),
        counterparty: x.counterparty,
        description: x.description,
        method: x.method,
      };
    }),
  }));
  if (values.out) {
    try {
      writeFileSync(values.out, `${JSON.stringify(plan, null, 2)}\n`);
    } catch (e) {
      out.error(t.cannotWrite(values.out, (e as NodeJS.ErrnoException).code ?? String(e)));
      return 1;
    }
  }
  if (values.json) {
    out.log(
      JSON.stringify(
        {
          ok: true,
          statement: {
            format: statement.format,
            encoding: statement.encoding,
            period: statement.period,
            transactions: statement.transactions.length,
            skipped: statement.skipped,
            closingBalance: statement.closingBalance
              ? {
                  amount: yuanFromFen(statement.closingBalance.fen),
                  date: statement.closingBalance.date,
                }
              : null,
          },
          summary: {
            huabeiSharePercent: Math.round(proposal.summary.huabeiShareOfOutflows * 1000) / 10,
            inflowByGroup: Object.fromEntries(
              Object.entries(proposal.summary.inflowByGroup).map(([g, fen]) => [
                g,
                yuanFromFen(fen),
              ]),
            ),
          },
          plan,
          flows,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  out.log(
    t.read(
      m.format[statement.format],
      statement.encoding,
      statement.period.from,
      statement.period.to,
      statement.transactions.length,
    ),
  );
  const left = SKIP_REASONS.filter((r) => statement.skipped[r] > 0)
    .map((r) => `${m.skip[r]} ${statement.skipped[r]}`)
    .join(', ');
  if (left) out.log(t.skipped(left));
  out.log(t.huabei(formatPercent(proposal.summary.huabeiShareOfOutflows * 100, lang)));
  out.log('');
  out.log(t.flows);
  for (const f of flows) {
    const cash = plan.cashFlows.find((c) => c.id === f.id)!;
    out.log(
      `- ${f.name}: ${formatMoney(cash.amount, lang, { fen: true })} ${JSON.stringify(cash.frequency)} · ${m.level[f.level]} (${f.confidence})`,
    );
    for (const s of f.sources.slice(0, SHOWN_SOURCES))
      out.log(
        `    #${s.line} ${s.date} ${formatMoney(s.amount, lang, { fen: true })} ${s.counterparty} ${s.description} ${s.method}`.trimEnd(),
      );
    if (f.sources.length > SHOWN_SOURCES)
      out.log(`    ${t.more(f.sources.length - SHOWN_SOURCES)}`);
  }
  out.log('');
  if (values.out) out.log(t.written(values.out));
  else {
    out.log(t.planFile);
    out.log(JSON.stringify(plan, null, 2));
  }
  return 0;
}
