import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbPlanAndScenario } from '../engine/testRandomScenarios';
import { encryptBook, readBook } from './bookCrypto';
import { parseBookText, stringifyBook, type BookClient } from './bookFile';
import { checkInFromPlan } from './checkInPlan';
import { checkInsOfFileBytes, stringifyClientFile } from './checkInFile';
import { exampleValid } from './exampleFixtures';
import { fileFromPlan } from './planConvert';
import { parsePlanText, parsePlanValue } from './planFile';

const NOW = new Date('2026-12-06T12:00:00.000Z');
const bytes = (text: string) => new TextEncoder().encode(text);

/** Two check-ins from the plan: the first as planned, the second with every limit cut 30 %. */
function twoCheckIns(file: BookClient['file']) {
  const first = checkInFromPlan(file, 'ci-1', '2026-12-01');
  const second = {
    ...checkInFromPlan(file, 'ci-2', '2027-01-05'),
    lines: first.lines.map((l) => ({
      ...l,
      limit: Math.round(l.limit * 70) / 100,
      failedRepayment: true,
    })),
    note: '借呗额度下调 30%，1月5日还款失败',
  };
  return [first, second];
}

describe('a client file exported with its check-ins', () => {
  const { file } = exampleValid('restaurant');
  const checkIns = twoCheckIns(file);
  const text = stringifyClientFile(file, checkIns);

  it('opens as the same plan anywhere, and brings its check-ins back', () => {
    const plan = parsePlanText(text);
    expect(plan.ok && plan.file).toEqual(file);
    expect(checkInsOfFileBytes(bytes(text))).toEqual({ checkIns, dropped: 0 });
  });
  it('without check-ins is exactly the plan file', () => {
    expect(JSON.parse(stringifyClientFile(file, []))).toEqual(file);
    expect(checkInsOfFileBytes(bytes(stringifyClientFile(file, [])))).toEqual({
      checkIns: [],
      dropped: 0,
    });
  });
  it('a damaged check-in in the file is dropped and counted, the plan still opens', () => {
    const value = JSON.parse(text);
    value.checkIns[1].lines[0].limit = -5;
    const damaged = JSON.stringify(value);
    expect(parsePlanText(damaged).ok).toBe(true);
    expect(checkInsOfFileBytes(bytes(damaged))).toEqual({ checkIns: [checkIns[0]], dropped: 1 });
    expect(checkInsOfFileBytes(bytes('not json'))).toEqual({ checkIns: [], dropped: 0 });
  });
});

describe('the book file carries check-ins', () => {
  const clients: BookClient[] = fc
    .sample(arbPlanAndScenario(), { seed: 19, numRuns: 200 })
    .map(({ plan, scenario }, i) => {
      const parsed = parsePlanValue(fileFromPlan(plan, [scenario]));
      if (!parsed.ok) throw new Error('generated plan does not validate');
      return i % 2 === 0
        ? { name: `客户 ${i + 1}`, file: parsed.file, checkIns: twoCheckIns(parsed.file) }
        : { name: `客户 ${i + 1}`, file: parsed.file };
    });

  it('round-trips 200 clients, half of them with two check-ins', () => {
    expect(parseBookText(stringifyBook(clients, NOW))).toEqual({
      ok: true,
      book: { exportedAt: NOW.toISOString(), clients },
    });
  });

  it('round-trips them encrypted', async () => {
    const text = await encryptBook(clients, 'pass phrase 2026', NOW);
    expect(await readBook(text, 'pass phrase 2026')).toEqual({
      ok: true,
      book: { exportedAt: NOW.toISOString(), clients },
    });
  }, 60_000);

  it('refuses the whole book for one bad check-in, naming its path', () => {
    const value = JSON.parse(stringifyBook(clients.slice(0, 3), NOW));
    value.clients[2].checkIns[1].date = '2027-02-30';
    const result = parseBookText(JSON.stringify(value));
    expect(result).toMatchObject({ ok: false, error: { reason: 'invalid' } });
    expect(!result.ok && result.error.reason === 'invalid' && result.error.issues[0]!.path).toBe(
      'clients[2].checkIns[1].date',
    );
  });
});
