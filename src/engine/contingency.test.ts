import { describe, expect, it } from 'vitest';
import { exampleValid } from '../io/exampleFixtures';
import { advise } from './advice';
import { analyze } from './analyze';
import { contingencyPlan, phaseOf } from './contingency';
import { METRIC_THRESHOLDS } from './defaults';
import { findPreset } from './presets';

const { plan } = exampleValid('online-shop');
const freeze = findPreset('risk_control_freeze_30d')!;
const analysis = analyze(plan, freeze, { reverseStress: false });
const advice = advise(plan, freeze);
const result = contingencyPlan(plan, freeze, analysis, advice);
const trigger = (id: string) => result.triggers.find((t) => t.id === id)!;

describe('contingency plan for the online shop under the 30-day freeze', () => {
  it('uses the thresholds of METRIC_THRESHOLDS', () => {
    expect(trigger('limit_drop').threshold).toBe(METRIC_THRESHOLDS.limitDropTrigger.value);
    expect(trigger('buffer_days').threshold).toBe(METRIC_THRESHOLDS.bufferDaysTrigger.value);
    expect(trigger('coverage_30d').threshold).toBe(METRIC_THRESHOLDS.stressCoverageFloor.value);
    expect(trigger('concentration').threshold).toBe(METRIC_THRESHOLDS.concentrationTrigger.value);
  });

  it('fires every trigger, as the shop’s numbers say', () => {
    const m = analysis.stressed.metrics;
    // Frozen lines have no usable limit: a 100 % drop.
    expect(trigger('limit_drop')).toMatchObject({ measured: 100, fires: true });
    // 7.6 days of cash against the 15-day mark.
    expect(trigger('buffer_days')).toMatchObject({ measured: m.cashBufferDays, fires: true });
    expect(m.cashBufferDays).toBeLessThan(15);
    // 63 % coverage against the 100 % floor.
    expect(trigger('coverage_30d')).toMatchObject({
      measured: m.stressCoverageRatio30d,
      fires: true,
    });
    // Jiebei holds ¥90,000 of ¥125,800 headroom (71.5 %) and is frozen.
    expect(trigger('concentration').measured).toBeCloseTo(71.5, 1);
    expect(trigger('concentration').fires).toBe(true);
  });

  it('prices each response with the advisor’s own numbers', () => {
    for (const t of result.triggers) {
      const r = t.response;
      expect(r).not.toBeNull();
      const s = advice.suggestions.find((x) => x.action === r!.action)!;
      expect(r).toMatchObject({
        cashEffect: s.amount,
        shortfallClosed: s.shortfallClosed,
        costPerYear: s.costPerYear,
      });
      expect(s.tooLate).toBe(false);
    }
    expect(trigger('buffer_days').response!.action).toBe('raise_reserve');
  });

  it('orders the outage actions by time, from day 0', () => {
    const offsets = result.steps.map((s) => s.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(result.steps[0]).toMatchObject({
      kind: 'confirm',
      offset: 0,
      phase: 'day0',
      date: '2026-12-01',
    });
    for (const s of result.steps) expect(s.phase).toBe(phaseOf(s.offset));
    // The gap opens 14 days in; the freeze ends on day 30.
    expect(result.steps.find((s) => s.kind === 'gap_opens')).toMatchObject({
      offset: 14,
      amount: 19_900,
    });
    expect(result.steps.at(-1)).toMatchObject({ kind: 'outage_ends', offset: 30 });
  });

  it('starts an action with a lead time on day 0 and uses it when it is ready', () => {
    const started = result.steps.filter((s) => s.kind === 'start_action');
    expect(started.length).toBeGreaterThan(0);
    for (const s of started) {
      expect(s.offset).toBe(0);
      const ready = result.steps.find((x) => x.kind === 'use_action' && x.action === s.action)!;
      const lead = advice.suggestions.find((x) => x.action === s.action)!.leadTimeDays;
      expect(ready.offset).toBe(lead);
    }
  });
});

describe('contingency plan without a gap or advice', () => {
  const outage = findPreset('technical_outage')!;
  const quiet = contingencyPlan(
    plan,
    outage,
    analyze(plan, outage, { reverseStress: false }),
    null,
  );

  it('still measures the triggers but offers no priced response', () => {
    expect(quiet.triggers).toHaveLength(4);
    for (const t of quiet.triggers) expect(t.response).toBeNull();
    expect(quiet.steps.some((s) => s.kind === 'gap_opens')).toBe(false);
    expect(quiet.steps.at(-1)).toMatchObject({ kind: 'outage_ends', offset: 1 });
  });
});

describe('phaseOf', () => {
  it('groups days as day 0, days 1–3, week 1, week 2, weeks 3–4, later', () => {
    expect([0, 1, 3, 4, 7, 8, 14, 15, 30, 31].map(phaseOf)).toEqual([
      'day0',
      'days1to3',
      'days1to3',
      'week1',
      'week1',
      'week2',
      'week2',
      'weeks3to4',
      'weeks3to4',
      'later',
    ]);
  });
});
