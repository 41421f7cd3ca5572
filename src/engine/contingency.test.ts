import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleValid } from '../io/exampleFixtures';
import { EXAMPLE_IDS } from '../io/examples';
import { advise } from './advice';
import { roundUpAsSaid } from './advisor/sizing';
import { analyze } from './analyze';
import { contingencyPlan, phaseOf, type ContingencyPlan } from './contingency';
import { METRIC_THRESHOLDS } from './defaults';
import { PRESETS, findPreset, startingOn } from './presets';

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
    expect(trigger('limit_drop')).toMatchObject({ measured: 100, fires: true });
    expect(trigger('buffer_days')).toMatchObject({ measured: m.cashBufferDays, fires: true });
    expect(trigger('coverage_30d')).toMatchObject({
      measured: m.stressCoverageRatio30d,
      fires: true,
    });
    // Jiebei holds ¥90,000 of ¥125,800 headroom (71.5 %) and is frozen.
    expect(trigger('concentration').measured).toBeCloseTo(71.5, 1);
  });

  it('answers each trigger with a priced action, the combination’s own step where one fits', () => {
    for (const t of result.triggers) {
      const r = t.response!;
      expect(r, t.id).not.toBeNull();
      const s = advice.suggestions.find((x) => x.action === r.action)!;
      const step = advice.combination!.steps.find((x) => x.action === r.action);
      expect(r.cashEffect).toBe(step?.amount ?? s.amount);
      expect(r.shortfallClosed).toBe(s.shortfallClosed);
    }
  });

  it('lists the signals an owner can see, with the ones this freeze would show', () => {
    const ids = result.signals.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'limit_notice',
        'rate_rise',
        'repayment_failed',
        'service_unavailable',
        'risk_notice',
        'credit_report',
        'regulatory_news',
      ]),
    );
    const expected = result.signals.filter((s) => s.expected).map((s) => s.id);
    expect(expected).toEqual(['risk_notice']);
    expect(result.signals.find((s) => s.id === 'risk_notice')!.response).not.toBeNull();
  });

  it('orders the steps by date, from the day the freeze starts, with the gap’s depth as said', () => {
    const offsets = result.steps.map((s) => s.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(result.steps[0]).toMatchObject({
      kind: 'confirm',
      offset: 0,
      phase: 'day0',
      date: '2026-12-01',
    });
    for (const s of result.steps) expect(s.phase).toBe(phaseOf(s.offset));
    // The gap opens 14 days in, ¥19,900 deep (said to three figures, as the header says it);
    // the freeze ends on day 30.
    expect(result.steps.find((s) => s.kind === 'gap_opens')).toMatchObject({
      offset: 14,
      amount: 19_900,
    });
    expect(result.steps.at(-1)).toMatchObject({ kind: 'outage_ends', offset: 30 });
    expect(result.gapDate).toBe('2026-12-15');
  });

  it('takes its actions and amounts from the recommended combination', () => {
    const acted = result.steps.filter((s) => s.kind === 'start_action' || s.kind === 'apply_lever');
    for (const step of advice.combination!.steps) {
      const s = acted.find((x) => x.action === step.action && !x.tooLate)!;
      expect(s, step.action).toBeDefined();
      expect(s.amount).toBe(roundUpAsSaid(step.amount * 100) / 100);
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
  it('groups days as before, day 0, days 1–3, week 1, week 2, weeks 3–4, later', () => {
    expect([-5, 0, 1, 3, 4, 7, 8, 14, 15, 30, 31].map(phaseOf)).toEqual([
      'before',
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

/** The actions the steps ask the owner to start or put into effect (one entry per action). */
function acted(c: ContingencyPlan) {
  return c.steps.filter((s) => s.kind === 'start_action' || s.kind === 'apply_lever');
}

describe('one action per need', () => {
  it('acts on the combination alone, plus one backstop when it rests on levers, when it closes the gap', () => {
    // Every example under every preset and its own scenarios that opens a gap.
    let checked = 0;
    for (const id of EXAMPLE_IDS) {
      const { plan: p, scenarios } = exampleValid(id);
      for (const sc of [...PRESETS, ...scenarios]) {
        const a = advise(p, sc);
        if (!a.hasGap || !a.combination?.closesGap) continue;
        checked++;
        const c = contingencyPlan(p, sc, analyze(p, sc, { reverseStress: false }), a);
        const steps = acted(c);
        const combo = a.combination.steps.map((s) => s.action);
        const extra = steps.filter((s) => !combo.includes(s.action!));
        // Nothing for "the next outage": the combination serves it too.
        expect(
          steps.some((s) => s.tooLate),
          `${id} × ${sc.id}`,
        ).toBe(false);
        const leversOnly = a.combination.steps.every((s) => s.category === 'lever');
        expect(extra.length, `${id} × ${sc.id}`).toBeLessThanOrEqual(leversOnly ? 1 : 0);
        for (const s of extra) expect(s).toMatchObject({ fallback: true });
        expect(new Set(steps.map((s) => s.action)).size).toBe(steps.length);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it('with no combination that closes the gap, arranges at most one measure for the next outage', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXAMPLE_IDS),
        fc.constantFrom(...PRESETS.filter((p) => p.shocks.some((s) => 'target' in s))),
        fc.integer({ min: 0, max: 150 }),
        (id, preset, start) => {
          const { plan: p } = exampleValid(id);
          const sc = startingOn(preset, start);
          const a = advise(p, sc);
          const c = contingencyPlan(p, sc, analyze(p, sc, { reverseStress: false }), a);
          const forNext = acted(c).filter(
            (s) => s.tooLate && !a.combination?.steps.some((x) => x.action === s.action),
          );
          expect(forNext.length).toBeLessThanOrEqual(a.combination?.closesGap ? 0 : 1);
        },
      ),
      { numRuns: 8, seed: 14 },
    );
  });

  it('announces no end of an outage that runs to the horizon', () => {
    const { plan: supplier, scenarios } = exampleValid('supplier');
    const recall = scenarios.find((s) => s.id === 'recall-and-ant-freeze')!;
    const c = contingencyPlan(
      supplier,
      recall,
      analyze(supplier, recall, { reverseStress: false }),
      advise(supplier, recall),
    );
    expect(c.steps.some((s) => s.kind === 'outage_ends')).toBe(false);
    for (const s of c.steps) expect(s.date, s.kind).not.toBeNull();
  });
});

describe('property: every step’s dates hold', () => {
  it('starts each step early enough that its lead time ends before the gap opens, or marks it too late', () => {
    const gapped = PRESETS.filter((p) => p.shocks.some((s) => 'target' in s));
    fc.assert(
      fc.property(
        fc.constantFrom(...EXAMPLE_IDS),
        fc.constantFrom(...gapped),
        fc.integer({ min: 0, max: 150 }),
        (id, preset, start) => {
          const { plan: p } = exampleValid(id);
          const sc = startingOn(preset, start);
          const a = analyze(p, sc, { reverseStress: false });
          const gap = a.stressed.metrics.survivalDays;
          const c = contingencyPlan(p, sc, a, advise(p, sc));
          if (gap === null) return;
          const gapOffset = gap;
          for (const s of c.steps) {
            if (s.kind !== 'start_action' && s.kind !== 'apply_lever') continue;
            const holds = s.offset + (s.leadTimeDays ?? 0) <= gapOffset;
            expect(holds || s.tooLate === true, `${s.action} at ${s.offset}`).toBe(true);
            // Amounts as people say them.
            if (s.amount !== undefined && s.amount > 0)
              expect(s.amount).toBe(roundUpAsSaid(Math.round(s.amount * 100)) / 100);
          }
        },
      ),
      { numRuns: 12, seed: 12 },
    );
  });
});
