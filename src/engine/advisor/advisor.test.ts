import { describe, expect, it } from 'vitest';
import { exampleValid } from '../../io/exampleFixtures';
import { advise } from '../advice';
import type { BusinessProfile, Plan } from '../model';
import { findPreset } from '../presets';
import { account, credit, inflow, outflow, planWith, scenario, yuan } from '../testPlans';
import { catalogue } from './catalogue';
import { adviceContext } from './context';
import { costOf } from './cost';
import { creditMark } from './creditRecord';
import { outcome, type Outcome } from './outcome';
import { checkPrerequisites, prerequisiteState } from './profile';
import type { Action, ActionKind } from './types';

const withProfile = (plan: Plan, profile: BusinessProfile): Plan => ({
  ...plan,
  business: { ...plan.business, profile },
});

function actionOf(plan: Plan, kind: ActionKind, sc = findPreset('technical_outage')!): Action {
  const found = catalogue(adviceContext(plan, sc)).feasible.find((f) => f.action.kind === kind);
  if (!found) throw new Error(`${kind} is not feasible for this plan`);
  return found.action;
}

describe('feasibility', () => {
  const shop = exampleValid('online-shop').plan;

  it('reads each prerequisite from the profile and the flows; a missing answer is unknown', () => {
    const blank = withProfile(shop, {});
    expect(prerequisiteState(blank, 'company')).toBe('unknown');
    expect(prerequisiteState(blank, 'clean_credit')).toBe('unknown');
    expect(prerequisiteState(shop, 'company')).toBe('met');
    expect(prerequisiteState(shop, 'collateral_or_guarantor')).toBe('unmet');
    expect(prerequisiteState(shop, 'business_receivables')).toBe('unmet');
    expect(prerequisiteState(exampleValid('supplier').plan, 'business_receivables')).toBe('met');
    expect(
      prerequisiteState(withProfile(shop, { guarantor: true }), 'collateral_or_guarantor'),
    ).toBe('met');
    // Unknown is a point to confirm, except where the scheme serves named groups only.
    expect(checkPrerequisites(blank, ['clean_credit', 'startup_eligible'])).toEqual({
      blocked: ['startup_eligible'],
      toConfirm: ['clean_credit'],
    });
  });

  it('greys out every channel that needs a clean record when the record shows an overdue', () => {
    const marked = withProfile(shop, { ...shop.business.profile, creditRecord: 'overdue' });
    const { feasible, unavailable } = catalogue(adviceContext(marked, findPreset('limit_cut_50')!));
    const needsClean = (a: Action) => a.prerequisites.includes('clean_credit');
    expect(feasible.filter((f) => needsClean(f.action))).toEqual([]);
    for (const kind of ['tax_loan', 'inclusive_credit_loan', 'bank_loan'] as const)
      expect(unavailable.find((u) => u.action === kind)?.reasons).toContain('clean_credit');
    const advice = advise(marked, findPreset('limit_cut_50')!);
    expect(advice.suggestions.some((s) => s.action === 'tax_loan')).toBe(false);
  });

  it('offers no registered-business channel to an unregistered business', () => {
    const informal = withProfile(shop, { legalForm: 'unregistered' });
    const advice = advise(informal, findPreset('regulatory_closure')!);
    for (const s of advice.suggestions) expect(s.category === 'financing', s.action).toBe(false);
    expect(advice.suggestions.length).toBeGreaterThan(0);
  });

  it('uses the lead time and rate the plan states for the same lender over the defaults', () => {
    const supplier = exampleValid('supplier').plan;
    const loan = actionOf(supplier, 'bank_loan');
    expect(loan.leadTimeDays).toBe(21);
    expect(loan.annualRate).toBeCloseTo(0.042, 10);
    expect(loan.leadBasis).toMatchObject({ from: 'plan' });
    expect(loan.leadBasis).toHaveProperty('sourceName', supplier.fundingSources[0]!.name);
    // A lender the plan does not have: the graded default.
    const tax = actionOf(supplier, 'tax_loan');
    expect(tax.leadBasis).toMatchObject({ from: 'default', grade: 'U' });
  });
});

describe('cost', () => {
  const supplier = exampleValid('supplier').plan;
  const quiet = findPreset('technical_outage')!;

  it('charges a standby line that is never drawn only its fees', () => {
    const line = actionOf(supplier, 'bank_credit_line');
    expect(line.cost).toBe('drawn_interest');
    const timing = { startDay: 0, readyDay: line.leadTimeDays };
    for (const feeRate of [0, 0.01]) {
      const priced: Action = { ...line, feeRate };
      const after = outcome(priced.apply(supplier, yuan(100_000), timing), quiet);
      const at = after.plan.fundingSources.findIndex((s) => s.id === line.sourceId);
      expect(after.run.sources[at]!.draws.every((x) => x === 0)).toBe(true);
      const cost = costOf(priced, yuan(100_000), timing, after);
      expect(cost.interest).toBe(0);
      expect(cost.perYear).toBe(yuan(100_000 * feeRate));
      expect(cost.ifUnusedPerYear).toBe(cost.perYear);
    }
  });

  it('charges a drawn line interest on the balance it carries: ¥10,000 for 30 days at 3.65 % is ¥30', () => {
    const line: Action = {
      ...actionOf(supplier, 'bank_credit_line'),
      annualRate: 0.0365,
      feeRate: 0,
    };
    const balance = new Float64Array(365);
    balance.fill(yuan(10_000), 100, 130);
    const price = { type: 'annual' as const, rate: 0.0365 };
    const after = {
      plan: {
        ...supplier,
        fundingSources: [{ ...supplier.fundingSources[0]!, id: line.sourceId!, price }],
      },
      run: { days: 365, sources: [{ balance }] },
    } as unknown as Outcome;
    // 10,000 × 0.0365 / 365 × 30 = 30.00; in place 365 days, so per year is the same ¥30.
    const cost = costOf(line, yuan(50_000), { startDay: 0, readyDay: 0 }, after);
    expect(cost.interest).toBe(yuan(30));
    expect(cost.perYear).toBe(yuan(30));
    expect(cost.ifUnusedPerYear).toBe(0);
  });

  it('charges a term loan on the whole amount from the day it is paid out, drawn or not', () => {
    const loan = actionOf(supplier, 'bank_loan');
    const timing = { startDay: 0, readyDay: 21 };
    const after = outcome(loan.apply(supplier, yuan(100_000), timing), quiet);
    const cost = costOf(loan, yuan(100_000), timing, after);
    // 100,000 × 4.2 % × 344/365 days = 3,958.36; per year 4,200.
    expect(cost.interest).toBe(395_836);
    expect(cost.perYear).toBe(yuan(4_200));
  });
});

describe('credit record', () => {
  const base = (): Plan => ({
    ...planWith({
      horizonDays: 90,
      cashAccounts: [account('bank', yuan(10_000))],
      cashFlows: [inflow('sales', yuan(500)), outflow('costs', yuan(1_000))],
      fundingSources: [
        credit('jiebei', 'jiebei', yuan(50_000), {
          platformGroup: 'ant',
          price: { type: 'daily', rate: 0.0004 },
          outstanding: [
            { principal: yuan(12_000), nextDueDate: '2026-03-02', remainingInstalments: 12 },
          ],
        }),
      ],
    }),
    business: {
      ...planWith().business,
      horizonDays: 90,
      profile: { legalForm: 'company', creditRecord: 'clean', taxRecordYears: 3 },
    },
  });
  const blocked = scenario(
    { type: 'freeze', target: { type: 'kinds', kinds: ['jiebei'] }, startDay: 0, durationDays: 30 },
    {
      type: 'repayment_blocked',
      target: { type: 'kinds', kinds: ['jiebei'] },
      startDay: 0,
      durationDays: 10,
    },
  );

  it('marks a repayment blocked past the grace days, on the day after them', () => {
    // Due 2 March (day 1), payable again on day 10: 9 days late, counted from day 1 + 3 + 1 = 5.
    expect(creditMark(base(), blocked)).toMatchObject({
      sourceId: 'jiebei',
      dueDay: 1,
      paidDay: 10,
      daysLate: 9,
      markDay: 5,
      markDate: '2026-03-06',
    });
    const short = scenario({ ...blocked.shocks[1]!, durationDays: 4 } as never);
    expect(creditMark(base(), short)).toBeNull();
  });

  it('flags, and leaves out of the combination, what a lender would decide after the mark', () => {
    const advice = advise(base(), blocked);
    expect(advice.creditMark?.markDay).toBe(5);
    const tax = advice.suggestions.find((s) => s.action === 'tax_loan')!;
    const inclusive = advice.suggestions.find((s) => s.action === 'inclusive_credit_loan')!;
    expect(tax.creditRisk).toBe(false); // ready on day 3
    expect(inclusive.creditRisk).toBe(true); // ready on day 7
    for (const step of advice.combination?.steps ?? [])
      expect(advice.suggestions.find((s) => s.action === step.action)?.creditRisk).toBe(false);
  });
});

describe('cash moved off Alipay', () => {
  // Bank ¥1,000, Alipay ¥5,000, ¥500 of costs a day for ten days; the bank pays first.
  const plan = planWith({
    cashAccounts: [account('bank', yuan(1_000)), account('alipay', yuan(5_000), 'ant')],
    cashFlows: [outflow('costs', yuan(500), { type: 'daily' }, { endDate: '2026-03-10' })],
  });
  const antDownFrom = (startDay: number) =>
    scenario({
      type: 'outage',
      target: { type: 'group', group: 'ant' },
      startDay,
      durationDays: 5,
    });
  const moveOf = (startDay: number) => {
    const advice = advise(plan, antDownFrom(startDay));
    return advice.suggestions.find((s) => s.action === 'reduce_alipay_cash')!;
  };

  it('is in time when the outage that locks Alipay starts later, done the day before at the latest', () => {
    // Locked from day 3, the gap opens that day; moved on day 2 at the latest, it closes it.
    const move = moveOf(3);
    expect(move).toMatchObject({ tooLate: false, sizedFor: 'this_outage', closesGap: true });
    expect(move.latestStartDate).toBe('2026-03-03');
  });

  it('is too late when Alipay is down from today: it cannot be moved out during the outage', () => {
    // The owner walk (Dec 2026) found "move the ¥20,000 from Alipay, ready today" ranked in time
    // for an Ant-wide outage starting today, with the contingency plan doing it on day 0.
    const move = moveOf(0);
    expect(move).toMatchObject({
      tooLate: true,
      sizedFor: 'next_outage',
      readyDate: null,
      shortfallClosed: 0,
      latestStartDate: null,
      // Its own lead time (a same-day transfer), not the horizon; and why it is late.
      leadTimeDays: 0,
      lockedFromDate: '2026-03-01',
    });
    expect(moveOf(3).lockedFromDate).toBeUndefined();
    const advice = advise(plan, antDownFrom(0));
    expect(advice.combination?.steps.map((s) => s.action) ?? []).not.toContain(
      'reduce_alipay_cash',
    );
  });
});
