import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSource } from '../engine/defaults';
import { SOURCE_KINDS } from '../engine/model';
import { MAX_YUAN } from '../engine/money';
import { minimalPlanFile } from './fixtures/minimalPlanFile';
import {
  fileFromPlan,
  fractionFromPercent,
  percentFromFraction,
  planFromFile,
  scenariosFromFile,
} from './planConvert';
import { parsePlanValue } from './planFile';
import { planFileSchema, type PlanFile } from './planSchema';

const parsed = (): PlanFile => planFileSchema.parse(minimalPlanFile());

/** Yuan with at most two decimals, as a person would type them: integer fen / 100. */
const yuanArb = fc.integer({ min: 0, max: MAX_YUAN * 100 }).map((fen) => fen / 100);
/** Percent with at most six decimals. */
const percentArb = fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 1_000_000);

describe('unit conversion', () => {
  it('turns the file units into engine units', () => {
    const plan = planFromFile(parsed());
    expect(plan.business.minCashBuffer).toBe(0);
    expect(plan.cashFlows[1]!.amount).toBe(1_500_050);
    expect(plan.cashFlows[1]!.huabeiShare).toBe(0.5);
    expect(plan.fundingSources[0]!.price).toEqual({
      type: 'instalment_fee',
      totalFee: 0.088,
      months: 12,
    });
    expect(plan.fundingSources[0]!.outstanding[0]!.principal).toBe(800_000);
    expect(plan.fundingSources[1]!.price).toEqual({ type: 'daily', rate: 0.0004 });
    expect(plan.fundingSources[2]).toMatchObject({ drawFeeRate: 0.01, drawFeeMin: 1000 });
    expect('drawFeeRate' in plan.fundingSources[1]!).toBe(false);
  });

  it('gives the nearest fraction to the decimal, without float noise', () => {
    expect(fractionFromPercent(8.8)).toBe(0.088);
    expect(fractionFromPercent(4.2)).toBe(0.042);
    expect(fractionFromPercent(0.035)).toBe(0.00035);
    expect(percentFromFraction(0.088)).toBe(8.8);
    expect(percentFromFraction(0.1 + 0.2)).toBe(30);
  });

  it('inverts percent ⇄ fraction for every percent with ≤ 6 decimals', () => {
    fc.assert(
      fc.property(percentArb, (p) => percentFromFraction(fractionFromPercent(p)) === p),
      { numRuns: 5000 },
    );
  });

  it('copies shocks unchanged', () => {
    expect(scenariosFromFile(parsed())[0]!.shocks).toEqual([
      {
        type: 'freeze',
        target: { type: 'sources', sourceIds: ['jiebei', 'huabei'] },
        startDay: 0,
        durationDays: 30,
      },
    ]);
  });
});

describe('round trip file → plan → file', () => {
  it('is exact for the minimal file', () => {
    const file = parsed();
    expect(fileFromPlan(planFromFile(file), scenariosFromFile(file))).toEqual(file);
  });

  it('is exact for any amounts and percentages a file may hold', () => {
    fc.assert(
      fc.property(
        fc.record({
          balance: yuanArb,
          amount: yuanArb,
          limit: yuanArb,
          principal: yuanArb,
          buffer: yuanArb,
          drawFeeMin: yuanArb,
          share: percentArb,
          rate: percentArb,
          fee: percentArb,
          drawFee: percentArb,
        }),
        (v) => {
          const input = minimalPlanFile();
          input.business.minCashBuffer = v.buffer;
          input.cashAccounts[0]!.balance = v.balance;
          input.cashFlows[1]!.amount = v.amount;
          input.cashFlows[1]!.huabeiSharePercent = v.share;
          input.fundingSources[0]!.limit = v.limit;
          input.fundingSources[0]!.price = {
            type: 'instalment_fee',
            totalFeePercent: v.fee,
            months: 6,
          };
          input.fundingSources[0]!.outstanding = [
            { principal: v.principal, nextDueDate: '2026-12-10', remainingInstalments: 1 },
          ];
          input.fundingSources[1]!.price = { type: 'annual', ratePercent: v.rate };
          input.fundingSources[2]!.drawFeePercent = v.drawFee;
          input.fundingSources[2]!.drawFeeMin = v.drawFeeMin;
          const file = planFileSchema.parse(input);
          const back = fileFromPlan(planFromFile(file), scenariosFromFile(file));
          expect(back).toEqual(file);
          // And the engine plan holds integer fen only.
          const plan = planFromFile(file);
          expect(Number.isSafeInteger(plan.fundingSources[0]!.limit)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('writes a valid file for a plan built from the defaults', () => {
    const file = parsed();
    const plan = planFromFile(file);
    plan.fundingSources = SOURCE_KINDS.map((kind) => defaultSource(kind, kind, kind));
    const result = parsePlanValue(fileFromPlan(plan));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.plan.fundingSources).toEqual(plan.fundingSources);
  });
});
