import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arbPlanAndScenario } from '../engine/testRandomScenarios';
import { fileFromPlan } from '../io/planConvert';
import { parsePlanValue, stringifyPlanFile } from '../io/planFile';
import { readShareFragment } from '../io/shareLink';
import { run } from './main';

function capture(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { log: (s) => out.push(s), error: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The documented JSON names of a book row (docs/cli.md): a rename fails here on purpose. */
const ROW_NAMES = [
  'file',
  'ok',
  'scenarioName',
  'client',
  'scenarioId',
  'survivalDays',
  'cashZeroDate',
  'deepestShortfall',
  'antGroupShare',
  'breakEvenOutageDays',
];

type Row = Record<string, unknown> & { file: string; ok: boolean };

// 200 generated plans, each with its own saved scenario, and three files that cannot be used.
const dir = mkdtempSync(join(tmpdir(), 'fundgap-book-'));
const generated = fc.sample(arbPlanAndScenario(), { seed: 200, numRuns: 200 });
generated.forEach(({ plan, scenario }, i) => {
  const file = fileFromPlan({ ...plan, business: { ...plan.business, name: `客户 ${i}` } }, [
    scenario,
  ]);
  writeFileSync(join(dir, `client-${String(i).padStart(3, '0')}.json`), stringifyPlanFile(file));
});
writeFileSync(join(dir, 'broken.json'), '{"formatVersion": 1,');
writeFileSync(
  join(dir, 'invalid.json'),
  JSON.stringify({ formatVersion: 1, business: { name: 'x', startDate: '2026-02-30' } }),
);
writeFileSync(join(dir, 'notes.txt'), 'not a plan, not read');

describe('fundgap book', () => {
  it('agrees client by client with simulate under the same scenario, and lists bad files', () => {
    for (const scenario of ['risk_control_freeze_30d', 'generated']) {
      const book = capture(['book', dir, '--scenario', scenario, '--json']);
      expect(book.code).toBe(0);
      const rows = (JSON.parse(book.out) as { scenario: string; rows: Row[] }).rows;
      expect(rows).toHaveLength(202); // notes.txt is not a plan file
      for (const row of rows.filter((r) => r.ok)) {
        expect(Object.keys(row).sort()).toEqual([...ROW_NAMES].sort());
        const sim = capture(['simulate', join(dir, row.file), '--scenario', scenario, '--json']);
        const { plan, baseline, stressed } = JSON.parse(sim.out) as {
          plan: { name: string };
          baseline: { metrics: Record<string, unknown> };
          stressed: { metrics: Record<string, unknown> };
        };
        expect(row, row.file).toMatchObject({
          client: plan.name,
          scenarioId: scenario,
          survivalDays: stressed.metrics.survivalDays,
          cashZeroDate: stressed.metrics.cashZeroDate,
          deepestShortfall: stressed.metrics.deepestShortfall,
          breakEvenOutageDays: stressed.metrics.breakEvenOutageDays,
          antGroupShare: baseline.metrics.antGroupShare,
        });
      }
      const bad = rows.filter((r) => !r.ok);
      expect(bad.map((r) => [r.file, (r.error as { reason: string }).reason])).toEqual([
        ['broken.json', 'not_json'],
        ['invalid.json', 'invalid'],
      ]);
    }
  }, 120_000);

  it('prints a table with a row per client and each bad file with its first problem', () => {
    const { code, out } = capture(['book', dir, '--lang', 'zh-CN']);
    expect(code).toBe(0);
    expect(out).toContain('200 个客户');
    expect(out).toMatch(/client-000\.json\s+客户 0\s/);
    expect(out).toContain('2 个文件无法读取');
    expect(out).toContain('invalid.json: business.startDate：');
  });

  it('names an unknown scenario per file, and refuses a path that is not a folder', () => {
    const rows = (
      JSON.parse(capture(['book', dir, '--scenario', 'nope', '--json']).out) as { rows: Row[] }
    ).rows;
    expect(rows.filter((r) => r.ok)).toHaveLength(0);
    expect(rows.find((r) => r.file === 'client-000.json')!.error).toEqual({
      reason: 'unknown_scenario',
      id: 'nope',
    });
    expect(capture(['book', join(dir, 'client-000.json')]).code).toBe(2);
  });

  it("takes each client's own worst saved scenario", () => {
    const { out } = capture(['book', dir, '--scenario', 'own-worst', '--json']);
    const rows = (JSON.parse(out) as { rows: Row[] }).rows.filter((r) => r.ok);
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((r) => r.scenarioId))).toEqual(new Set(['generated']));
  });
});

describe('fundgap share', () => {
  it("prints the fragment the app's own reader opens as the same plan", () => {
    const path = join(dir, 'client-007.json');
    const { code, out } = capture(['share', path]);
    expect(code).toBe(0);
    expect(out).toMatch(/^#plan=_1[A-Za-z0-9_-]+$/);
    const opened = readShareFragment(out);
    const parsed = parsePlanValue(
      JSON.parse(capture(['share', path, '--json']).out).ok && fileOf(generated[7]!),
    );
    expect(opened.ok && parsed.ok && opened.file).toEqual(parsed.ok && parsed.file);
    const json = JSON.parse(
      capture(['share', path, '--base', 'https://fundgap.example/', '--json']).out,
    );
    expect(json).toMatchObject({ ok: true, fits: true, maxChars: 2000 });
    expect(json.link).toBe(`https://fundgap.example/${out}`);
    expect(json.chars).toBe(json.link.length);
  });

  it('refuses an invalid plan with the reason', () => {
    const { code, err } = capture(['share', join(dir, 'broken.json')]);
    expect(code).toBe(1);
    expect(err).toContain('not valid JSON');
  });
});

function fileOf({ plan, scenario }: (typeof generated)[number]) {
  return fileFromPlan({ ...plan, business: { ...plan.business, name: `客户 7` } }, [scenario]);
}
