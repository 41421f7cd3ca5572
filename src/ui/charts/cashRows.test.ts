import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import type { Plan, Scenario } from '../../engine/model';
import { findPreset } from '../../engine/presets';
import { exampleValid } from '../../io/exampleFixtures';
import { dateTicks } from './axis';
import { cashDayDetail, cashRows, cashTableRows, deepestGapDay, gapRuns } from './cashRows';
import { shockWindows } from './shockWindows';

const plan: Plan = exampleValid('online-shop').plan;
const freeze = findPreset('risk_control_freeze_30d')!;
const analysis = analyze(plan, freeze, { reverseStress: false });

describe('cashRows', () => {
  const rows = cashRows(plan, analysis);

  it('has one row a day in yuan, starting on the plan start', () => {
    expect(rows).toHaveLength(plan.business.horizonDays);
    expect(rows[0]!.date).toBe(plan.business.startDate);
    const run = analysis.stressed.projection;
    const credit = (p: typeof run, d: number) => p.sources.reduce((x, s) => x + s.headroom[d]!, 0);
    // What can still be spent = reachable cash + every line's headroom that day.
    expect(rows[5]!.stressed).toBe((run.accessibleCash[5]! + credit(run, 5)) / 100);
    expect(rows[5]!.stressedCash).toBe(run.accessibleCash[5]! / 100);
    expect(rows[5]!.cashBand).toEqual([0, rows[5]!.stressedCash]);
    expect(rows[5]!.creditBand).toEqual([rows[5]!.stressedCash, rows[5]!.stressed]);
    const base = analysis.baseline.projection;
    expect(rows[5]!.baseline).toBe((base.accessibleCash[5]! + credit(base, 5)) / 100);
  });

  it('shades the gap between cash and the buffer only on days short', () => {
    const buffer = plan.business.minCashBuffer / 100;
    rows.forEach((r, d) => {
      const short = analysis.stressed.projection.shortfall[d]! > 0;
      expect(r.gap[1]).toBe(buffer);
      expect(r.gap[0]).toBe(short ? r.stressedCash : buffer);
    });
    const deepest = deepestGapDay(analysis)!;
    const row = rows[deepest]!;
    expect(row.gap[1] - row.gap[0]).toBeCloseTo(analysis.stressed.metrics.deepestShortfall, 2);
  });

  it('groups days short into runs that add up to the metric', () => {
    const runs = gapRuns(analysis);
    const total = runs.reduce((n, r) => n + r.to - r.from + 1, 0);
    expect(total).toBe(analysis.stressed.metrics.daysShort);
    expect(runs[0]!.from).toBe(
      rows.findIndex((r) => r.date === analysis.stressed.metrics.cashZeroDate),
    );
  });

  it('has no gap day and no runs when never short', () => {
    const calm = analyze(plan, { id: 'none', name: 'none', shocks: [] }, { reverseStress: false });
    expect(deepestGapDay(calm)).toBeNull();
    expect(gapRuns(calm)).toEqual([]);
  });
});

describe('cashDayDetail and cashTableRows', () => {
  it('conserve cash: yesterday + in − out − repaid + drawn = today', () => {
    const table = cashTableRows(plan, analysis);
    const run = analysis.stressed.projection;
    for (let d = 1; d < table.length; d++) {
      const r = table[d]!;
      // Locked cash moves in and out of reach with the outage; compare total cash.
      const total = (day: number) => run.cash[day]! / 100;
      expect(total(d - 1) + r.inflows - r.outflows - r.repaid + r.draws).toBeCloseTo(total(d), 2);
    }
  });

  it('names each draw after its source', () => {
    const day = analysis.stressed.projection.draws.findIndex((x) => x > 0);
    const detail = cashDayDetail(plan, analysis, day);
    const names = plan.fundingSources.map((s) => s.name);
    expect(detail.draws.length).toBeGreaterThan(0);
    for (const draw of detail.draws) expect(names).toContain(draw.name);
    expect(detail.draws.reduce((a, b) => a + b.amount, 0)).toBeCloseTo(
      analysis.stressed.projection.draws[day]! / 100,
      2,
    );
  });
});

describe('shockWindows', () => {
  it('merges shocks over the same days into one window', () => {
    const antWide = findPreset('ant_wide_event')!;
    expect(shockWindows(antWide, 365)).toEqual([
      { from: 0, to: 6, types: ['outage', 'repayment_blocked'], toEnd: false },
    ]);
  });

  it('runs permanent shocks and recalls to the end, and drops shocks past the horizon', () => {
    const s: Scenario = {
      id: 'x',
      name: 'x',
      shocks: [
        {
          type: 'limit_cut',
          target: { type: 'group', group: 'ant' },
          startDay: 10,
          durationDays: null,
          cutPercent: 50,
        },
        { type: 'recall', target: { type: 'group', group: 'ant' }, startDay: 20, dueWithinDays: 7 },
        { type: 'revenue_drop', startDay: 400, durationDays: 5, dropPercent: 10 },
      ],
    };
    expect(shockWindows(s, 100)).toEqual([
      { from: 10, to: 99, types: ['limit_cut'], toEnd: true },
      { from: 20, to: 99, types: ['recall'], toEnd: true },
    ]);
  });
});

describe('dateTicks', () => {
  it('marks month starts on long horizons and weeks on short ones', () => {
    const ticks = dateTicks('2026-12-01', 365);
    expect(ticks.slice(0, 3)).toEqual([0, 31, 62]);
    expect(ticks).toHaveLength(12);
    expect(dateTicks('2026-12-01', 30)).toEqual([0, 7, 14, 21, 28]);
    expect(dateTicks('2026-12-20', 90)[0]).toBe(0);
  });
});
