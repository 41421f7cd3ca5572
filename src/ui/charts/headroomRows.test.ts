import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import { findPreset } from '../../engine/presets';
import { exampleValid } from '../../io/exampleFixtures';
import {
  headroomChangeRows,
  headroomRows,
  headroomSeries,
  headroomStories,
  headroomTotals,
} from './headroomRows';

const plan = exampleValid('online-shop').plan;
const analysis = analyze(plan, findPreset('risk_control_freeze_30d')!, { reverseStress: false });
const run = analysis.stressed.projection;

describe('headroomRows', () => {
  it('keys one series per source and holds yuan per day', () => {
    const series = headroomSeries(plan);
    expect(series.map((s) => s.key)).toEqual(plan.fundingSources.map((_, i) => `s${i}`));
    const rows = headroomRows(plan, run);
    expect(rows).toHaveLength(run.days);
    expect(rows[40]!.s1).toBe(run.sources[1]!.headroom[40]! / 100);
  });

  it('keeps only the days something changes for the table', () => {
    const series = headroomSeries(plan);
    const rows = headroomRows(plan, run);
    const changes = headroomChangeRows(rows, series);
    expect(changes[0]!.day).toBe(0);
    expect(changes[changes.length - 1]!.day).toBe(run.days - 1);
    expect(changes.length).toBeLessThanOrEqual(rows.length);
  });
});

describe('headroomStories', () => {
  const stories = headroomStories(plan, run);
  const byName = (needle: string) => stories.find((s) => s.name.includes(needle))!;

  it('says a frozen line has nothing today and when it comes back', () => {
    const jiebei = byName('Jiebei');
    expect(jiebei.kind).toBe('later');
    expect(jiebei).toMatchObject({ kind: 'later', from: '2026-12-31', limit: 150_000 });
  });

  it('says what can be drawn when a frozen line reopens, not its whole limit, when some is drawn', () => {
    // The sample's Jiebei: a ¥150,000 line with ¥60,000 drawn (10 monthly instalments left).
    const i = plan.fundingSources.findIndex((f) => f.name.includes('Jiebei'));
    const story = headroomStories(plan, run)[i]!;
    if (story.kind !== 'later') throw new Error('expected a line that opens later');
    const openDay = run.sources[i]!.limit.findIndex((x) => x > 0);
    // The line less what is owed that morning; one instalment (about ¥5,700 of principal) is
    // repaid by then.
    expect(story.usable).toBe((15_000_000 - run.sources[i]!.balance[openDay - 1]!) / 100);
    expect(story.usable).toBeGreaterThan(95_000);
    expect(story.usable).toBeLessThan(96_000);
  });

  it('says when a line that works today runs out, and why', () => {
    const card = byName('CMB');
    expect(card).toMatchObject({
      kind: 'drops',
      today: 20_000,
      reason: 'drawn',
      from: '2026-12-15',
    });
  });

  it('reports totals before the outage and at the lowest point', () => {
    const totals = headroomTotals(plan, analysis.baseline.projection, run);
    const before =
      analysis.baseline.projection.sources.reduce((sum, s) => sum + s.headroom[0]!, 0) / 100;
    expect(totals.before).toBe(before);
    expect(totals.lowest).toBeLessThanOrEqual(before);
  });
});
