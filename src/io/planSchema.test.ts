import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS } from '../engine/model';
import { minimalPlanFile } from './fixtures/minimalPlanFile';
import type { Issue } from './issues';
import { parsePlanValue } from './planFile';
import { planFileSchema, type PlanFileInput } from './planSchema';

/** Issues of a file that must be invalid. */
function issuesOf(file: unknown): Issue[] {
  const result = parsePlanValue(file);
  if (result.ok) throw new Error('expected the file to be invalid');
  if (result.error.reason !== 'invalid')
    throw new Error(`expected invalid, got ${result.error.reason}`);
  return result.error.issues;
}

/** A valid file with one change applied. */
function withChange(change: (f: PlanFileInput) => void): PlanFileInput {
  const f = minimalPlanFile();
  change(f);
  return f;
}

/** Loosens a typed object so a test can write wrong types into it. */
const loose = (x: object): Record<string, unknown> => x as Record<string, unknown>;

describe('planFileSchema', () => {
  it('accepts the minimal file and fills defaults', () => {
    const parsed = planFileSchema.parse(minimalPlanFile());
    expect(parsed.business.currency).toBe('CNY');
    expect(parsed.business.minCashBuffer).toBe(0);
    expect(parsed.fundingSources[1]!.outstanding).toEqual([]);
  });

  it('drops unknown keys instead of rejecting them', () => {
    const f = { ...minimalPlanFile(), futureField: { x: 1 } };
    loose(f.business).colour = 'blue';
    const parsed = planFileSchema.parse(f);
    expect('futureField' in parsed).toBe(false);
    expect('colour' in parsed.business).toBe(false);
  });

  it('reports a negative limit at its bracket path with a fix', () => {
    const issues = issuesOf(withChange((f) => (f.fundingSources[2]!.limit = -5)));
    expect(issues).toEqual([
      expect.objectContaining({ path: 'fundingSources[2].limit', code: 'amount_negative' }),
    ]);
    expect(issues[0]!.message).toContain('without a minus sign');
  });

  it('rejects amounts over ¥10 billion and with fractions of a fen', () => {
    const issues = issuesOf(
      withChange((f) => {
        f.cashAccounts[0]!.balance = 10_000_000_000.01;
        f.cashFlows[0]!.amount = 12.345;
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['cashAccounts[0].balance', 'amount_too_large'],
      ['cashFlows[0].amount', 'too_many_decimals'],
    ]);
  });

  it('accepts exactly ¥10 billion', () => {
    const f = withChange((x) => (x.cashAccounts[0]!.balance = 10_000_000_000));
    expect(parsePlanValue(f).ok).toBe(true);
  });

  it.each([29, 731, 90.5])('rejects horizon %s', (days) => {
    const issues = issuesOf(withChange((f) => (f.business.horizonDays = days)));
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'business.horizonDays',
        code: 'horizon_range',
        params: { minimum: 30, maximum: 730 },
      }),
    ]);
  });

  it.each([30, 730])('accepts horizon %s', (days) => {
    expect(parsePlanValue(withChange((f) => (f.business.horizonDays = days))).ok).toBe(true);
  });

  it('names the allowed kinds for an unknown source kind', () => {
    const f = minimalPlanFile();
    loose(f.fundingSources[1]!).kind = 'jiebay';
    const [issue] = issuesOf(f);
    expect(issue).toMatchObject({ path: 'fundingSources[1].kind', code: 'unknown_kind' });
    expect(issue!.params?.allowed).toEqual([...SOURCE_KINDS]);
    expect(issue!.message).toContain('huabei, jiebei, mybank');
  });

  it('rejects impossible calendar dates', () => {
    const issues = issuesOf(
      withChange((f) => {
        f.business.startDate = '2027-02-29';
        f.cashFlows[0]!.startDate = '2026-13-01';
        f.cashFlows[1]!.frequency = { type: 'once', date: '1.12.2026' };
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['business.startDate', 'date_invalid'],
      ['cashFlows[0].startDate', 'date_invalid'],
      ['cashFlows[1].frequency.date', 'date_invalid'],
    ]);
  });

  it('checks that a flow ends on or after it starts', () => {
    const issues = issuesOf(
      withChange((f) => {
        f.cashFlows[0]!.startDate = '2027-01-10';
        f.cashFlows[0]!.endDate = '2027-01-09';
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ path: 'cashFlows[0].endDate', code: 'date_order' }),
    ]);
  });

  it('allows a Huabei share on outflows only', () => {
    const issues = issuesOf(withChange((f) => (f.cashFlows[0]!.huabeiSharePercent = 20)));
    expect(issues).toEqual([
      expect.objectContaining({ path: 'cashFlows[0].huabeiSharePercent', code: 'outflow_only' }),
    ]);
  });

  it('wants percentages in percent', () => {
    const issues = issuesOf(withChange((f) => (f.cashFlows[1]!.huabeiSharePercent = 150)));
    expect(issues[0]).toMatchObject({ code: 'percent_range' });
    expect(issues[0]!.message).toContain('4.5');
  });

  it('finds duplicate ids within a list', () => {
    const issues = issuesOf(withChange((f) => (f.fundingSources[2]!.id = 'jiebei')));
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'fundingSources[2].id',
        code: 'duplicate_id',
        params: { id: 'jiebei' },
      }),
    ]);
  });

  it('lets ids repeat across different lists', () => {
    const f = withChange((x) => (x.cashFlows[0]!.id = 'bank'));
    expect(parsePlanValue(f).ok).toBe(true);
  });

  it('checks that scenarios name existing sources', () => {
    const f = minimalPlanFile();
    const shock = f.scenarios![0]!.shocks[0]!;
    if (shock.type !== 'freeze' || shock.target.type !== 'sources') throw new Error('fixture');
    shock.target.sourceIds.push('mybank');
    expect(issuesOf(f)).toEqual([
      expect.objectContaining({
        path: 'scenarios[0].shocks[0].target.sourceIds[2]',
        code: 'unknown_source',
        params: { id: 'mybank' },
      }),
    ]);
  });

  it('limits the number of scenarios to 8', () => {
    const f = minimalPlanFile();
    f.scenarios = Array.from({ length: 9 }, (_, i) => ({ id: `s${i}`, name: 'x', shocks: [] }));
    expect(issuesOf(f)).toEqual([
      expect.objectContaining({ path: 'scenarios', code: 'too_many', params: { maximum: 8 } }),
    ]);
  });

  it('reports missing fields, wrong types, empty and long strings', () => {
    const f = minimalPlanFile();
    delete loose(f.cashAccounts[0]!).balance;
    loose(f.cashFlows[0]!).amount = '3000';
    f.cashFlows[1]!.id = '';
    f.fundingSources[0]!.name = 'x'.repeat(121);
    expect(issuesOf(f).map((i) => [i.path, i.code])).toEqual([
      ['cashAccounts[0].balance', 'required'],
      ['cashFlows[0].amount', 'not_a_number'],
      ['cashFlows[1].id', 'empty'],
      ['fundingSources[0].name', 'too_long'],
    ]);
  });

  it('wants whole numbers where counts and days are meant', () => {
    const issues = issuesOf(
      withChange((f) => {
        f.fundingSources[1]!.leadTimeDays = 2.5;
        f.cashFlows[1]!.frequency = { type: 'weekly', weekday: 7 };
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['cashFlows[1].frequency.weekday', 'out_of_range'],
      ['fundingSources[1].leadTimeDays', 'not_an_integer'],
    ]);
  });

  it('restricts Huabei instalments to the real plans', () => {
    const f = minimalPlanFile();
    loose(f.fundingSources[0]!).billInstalments = 4;
    expect(issuesOf(f)[0]).toMatchObject({
      path: 'fundingSources[0].billInstalments',
      code: 'invalid_option',
      params: { allowed: [0, 3, 6, 9, 12] },
    });
  });

  it('checks shocks against the engine shapes', () => {
    const f = minimalPlanFile();
    f.scenarios![0]!.shocks = [
      {
        type: 'limit_cut',
        target: { type: 'group', group: 'ant' },
        cutPercent: 50,
        startDay: 0,
        durationDays: null,
      },
      {
        type: 'recall',
        target: { type: 'kinds', kinds: ['bank_loan'] },
        startDay: 10,
        dueWithinDays: 30,
      },
      { type: 'revenue_drop', dropPercent: 30, startDay: 0, durationDays: 30 },
      { type: 'payment_delay', delayDays: 30, startDay: 0, durationDays: 60 },
    ];
    expect(parsePlanValue(f).ok).toBe(true);
    loose(f.scenarios![0]!.shocks[0]!).type = 'earthquake';
    loose(f.scenarios![0]!.shocks[2]!).durationDays = 0;
    expect(issuesOf(f).map((i) => [i.path, i.code])).toEqual([
      ['scenarios[0].shocks[0].type', 'unknown_kind'],
      ['scenarios[0].shocks[2].durationDays', 'out_of_range'],
    ]);
  });

  it('refuses a plan too large to compute to the fen, naming the field that weighs most', () => {
    // 200 daily flows of ¥10 billion over 730 days: every field valid, the sum beyond 2^53 fen.
    const flows = withChange((f) => {
      f.business.horizonDays = 730;
      f.cashFlows = Array.from({ length: 200 }, (_, i) => ({
        id: `f${i}`,
        name: 'flow',
        direction: 'outflow' as const,
        amount: i === 17 ? 10_000_000_000 : 9_000_000_000,
        frequency: { type: 'daily' as const },
      }));
    });
    expect(issuesOf(flows).map((i) => [i.path, i.code])).toEqual([
      ['cashFlows[17].amount', 'beyond_exact_range'],
    ]);
    // ¥10 billion at 100 % a day with penalty interest: the rate is what is out of range.
    const rate = withChange((f) => {
      f.business.horizonDays = 730;
      f.fundingSources[1]!.limit = 10_000_000_000;
      f.fundingSources[1]!.price = { type: 'daily', ratePercent: 100 };
    });
    const issues = issuesOf(rate);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['fundingSources[1].price.ratePercent', 'beyond_exact_range'],
    ]);
    expect(issues[0]!.message).toContain('daily rate entered where the annual rate belongs');
    // The same source at 21 % a day and ¥100,000 is large but exact: accepted.
    const fine = withChange((f) => {
      f.fundingSources[1]!.limit = 100_000;
      f.fundingSources[1]!.price = { type: 'daily', ratePercent: 21 };
      f.fundingSources[1]!.termMonths = 360;
    });
    expect(parsePlanValue(fine).ok).toBe(true);
  });
});
