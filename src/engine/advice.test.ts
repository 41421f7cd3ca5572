import { describe, expect, it } from 'vitest';
import { loadExample } from '../io/exampleFixtures';
import { advise, applySuggestion } from './advice';
import { candidateActions } from './adviceActions';
import { firstShortfallDay, referenceDay, runMetrics } from './metrics';
import type { Plan, Scenario } from './model';
import { findPreset } from './presets';
import { simulate } from './simulate';

function example(id: 'online-shop' | 'restaurant' | 'supplier') {
  const r = loadExample(id);
  if (!r.ok) throw new Error('example does not validate');
  return r;
}

const shop = example('online-shop');
const freeze = findPreset('risk_control_freeze_30d')!;
const closure = findPreset('regulatory_closure')!;
const antRevenue = findPreset('ant_wide_event_revenue_drop')!;

function stressedMetrics(plan: Plan, scenario: Scenario) {
  const base = simulate(plan);
  return runMetrics(plan, scenario, simulate(plan, scenario), base);
}

const cases: [string, Plan, Scenario][] = [
  ['online shop, 30-day freeze', shop.plan, freeze],
  ['online shop, regulatory closure', shop.plan, closure],
  ['online shop, Ant-wide event with revenue drop', shop.plan, antRevenue],
];

describe.each(cases)('advice for the %s', (_name, plan, scenario) => {
  const advice = advise(plan, scenario);

  it('finds a gap and suggests actions', () => {
    expect(advice.hasGap).toBe(true);
    expect(advice.suggestions.length).toBeGreaterThan(0);
  });

  it("states each suggestion's effect exactly as a fresh simulation of the changed plan", () => {
    const before = stressedMetrics(plan, scenario);
    const horizonLeft =
      plan.business.horizonDays - referenceDay(scenario, plan.business.horizonDays);
    for (const s of advice.suggestions) {
      const after = stressedMetrics(applySuggestion(plan, s), scenario);
      expect(after).toEqual(s.metricsAfter);
      expect(s.survivalDaysGained).toBe(
        (after.survivalDays ?? horizonLeft) - (before.survivalDays ?? horizonLeft),
      );
      expect(s.shortfallClosed).toBeCloseTo(before.deepestShortfall - after.deepestShortfall, 2);
      expect(s.closesGap).toBe(after.survivalDays === null);
    }
  });

  it('never ranks first an action that comes too late while a timely one exists', () => {
    const timely = advice.suggestions.filter((s) => !s.tooLate);
    if (timely.length > 0) expect(advice.suggestions[0]!.tooLate).toBe(false);
    const firstLate = advice.suggestions.findIndex((s) => s.tooLate);
    if (firstLate >= 0)
      expect(advice.suggestions.slice(firstLate).every((s) => s.tooLate)).toBe(true);
  });

  it('prices each suggestion at its annual rate and dates its latest start before the gap', () => {
    for (const s of advice.suggestions) {
      expect(s.costPerYear).toBeCloseTo((s.amount * s.annualRate) / 100, 0);
      if (!s.tooLate) expect(s.latestStartDate! <= advice.gapStartDate!).toBe(true);
    }
  });

  it('finds a combination no dearer than any single suggestion that closes the gap', () => {
    const closers = advice.suggestions.filter((s) => s.closesGap && !s.tooLate);
    expect(advice.combination).not.toBeNull();
    for (const s of closers)
      expect(advice.combination!.costPerYear).toBeLessThanOrEqual(s.costPerYear);
  });
});

describe('smallest reserve', () => {
  it('closes the gap, and one fen less does not', () => {
    const advice = advise(shop.plan, freeze);
    const reserve = advice.suggestions.find((s) => s.action === 'raise_reserve')!;
    expect(reserve.closesGap).toBe(true);
    const action = candidateActions(shop.plan).find((a) => a.kind === 'raise_reserve')!;
    const fen = Math.round(reserve.amount * 100);
    const short = (amount: number) => {
      const run = simulate(action.apply(shop.plan, amount), freeze);
      return firstShortfallDay(run, referenceDay(freeze, run.days)) !== null;
    };
    expect(short(fen)).toBe(false);
    expect(short(fen - 1)).toBe(true);
  });
});

describe('flags and edge cases', () => {
  it('flags actions that stay in the failing platform group', () => {
    const advice = advise(shop.plan, closure);
    const stagger = advice.suggestions.find((s) => s.action === 'stagger_jiebei');
    if (stagger) expect(stagger.sameGroupAsShock).toBe(true);
    const lender = advice.suggestions.find((s) => s.action === 'non_ant_online_lender');
    expect(lender?.sameGroupAsShock).toBe(false);
    expect(lender!.antGroupShareAfter!).toBeLessThan(advice.mixBefore.antGroupShare!);
  });

  it('has nothing to suggest when there is no gap', () => {
    const supplier = example('supplier');
    const advice = advise(supplier.plan, freeze);
    expect(advice.hasGap).toBe(false);
    expect(advice.suggestions).toEqual([]);
    expect(advice.combination).toBeNull();
  });

  it('sizes a line that comes too late for this event as if it were in place, for the next one', () => {
    const advice = advise(shop.plan, freeze);
    const late = advice.suggestions.find((s) => s.tooLate);
    expect(late).toBeDefined();
    expect(late!.amount).toBeLessThan(100_000);
    expect(late!.latestStartDate).toBeNull();
  });
});
