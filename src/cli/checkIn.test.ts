import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInFromPlan } from '../io/checkInPlan';
import { stringifyClientFile } from '../io/checkInFile';
import { parsePlanText } from '../io/planFile';
import { run } from './main';

const dir = mkdtempSync(join(tmpdir(), 'fundgap-checkin-'));
const parsed = parsePlanText(readFileSync('examples/online-shop.json', 'utf8'));
if (!parsed.ok) throw new Error('sample does not parse');
const file = parsed.file;
const cut = (id: string, date: string, failed: boolean) => {
  const c = checkInFromPlan(file, id, date);
  return {
    ...c,
    lines: c.lines.map((l) =>
      l.sourceId === 'jiebei' ? { ...l, limit: l.limit * 0.7, failedRepayment: failed } : l,
    ),
  };
};
const path = join(dir, 'client.json');
writeFileSync(
  path,
  stringifyClientFile(file, [cut('a', '2026-12-01', false), cut('b', '2027-01-05', true)]),
);

async function cli(args: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await run(args, { log: (s) => lines.push(s), error: (s) => errors.push(s) });
  return { code, out: lines.join('\n'), err: errors.join('\n') };
}

describe('fundgap checkin', () => {
  it('prints each check-in against the plan and the last one, with the warnings it fires (JSON)', async () => {
    const { code, out } = await cli(['checkin', path, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ ok: true, dropped: 0 });
    const [first, second] = json.checkIns;
    expect(first.warnings.map((w: { id: string }) => w.id)).toEqual(['limit_drop', 'buffer_days']);
    expect(first.warnings[0]).toMatchObject({ sourceId: 'jiebei', measured: 30, threshold: 30 });
    expect(second.warnings.map((w: { id: string }) => w.id)).toEqual([
      'limit_drop',
      'repayment_failed',
      'buffer_days',
    ]);
    const jiebei = first.lines.find((l: { sourceId: string }) => l.sourceId === 'jiebei');
    expect(jiebei.vsPlan.limit).toEqual({ from: 150000, to: 105000, delta: -45000, percent: -30 });
    expect(second.creditVsPrevious).toEqual({ from: 235000, to: 235000, delta: 0, percent: 0 });
  });

  it('in Chinese text', async () => {
    const { code, out } = await cli(['checkin', path, '--lang', 'zh-CN']);
    expect(code).toBe(0);
    expect(out).toContain('借呗：额度下调 30%（下调达 30% 即预警）');
    expect(out).toContain('还款失败');
  });

  it('a plan file without check-ins says so; a missing file is an error', async () => {
    expect((await cli(['checkin', 'examples/online-shop.json'])).out).toBe(
      'No check-ins yet for this client.',
    );
    expect((await cli(['checkin', join(dir, 'nope.json')])).code).toBe(1);
    expect((await cli(['checkin'])).code).toBe(2);
  });
});
