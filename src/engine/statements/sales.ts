import { civil, epochDay } from '../calendar';
import type { Fen, PlatformGroup, Seasonality } from '../model';
import { periodDays } from './recurring';
import { clamp01, sum } from './stats';
import { levelOf as level } from './confidence';
import type { ProposedFlow, StatementPeriod, StatementTransaction } from './transactions';

/**
 * Sales: every inflow that is not a fixed recurring income (many customers, every day). They
 * become an average per day, split by weekday when the week has a shape, by the platform the
 * money lands on, with the monthly profile the history shows.
 */

/** A weekday pattern counts when some weekday's average is more than 15 % off the average day. */
const WEEKDAY_THRESHOLD = 0.15;
/** A landing platform gets its own flow from 10 % of sales; smaller shares go to the largest. */
const LANDING_MIN_SHARE = 0.1;
/** A month counts towards seasonality when the history covers at least 14 of its days. */
const MIN_MONTH_DAYS = 14;
/** …and the profile is proposed when some month is more than 15 % off the average day. */
const SEASON_THRESHOLD = 0.15;

export type SalesAnalysis = {
  flows: ProposedFlow[];
  weekdayFactors: number[] | null;
  monthFactors: (number | null)[] | null;
};

function monthFactorsOf(
  sales: readonly StatementTransaction[],
  period: StatementPeriod,
  perDay: number,
): (number | null)[] {
  const covered = new Array<number>(12).fill(0);
  const totals = new Array<number>(12).fill(0);
  for (let d = epochDay(period.from); d <= epochDay(period.to); d++) covered[civil(d).month - 1]!++;
  for (const t of sales) totals[civil(epochDay(t.date)).month - 1]! += t.amount;
  return covered.map((days, m) =>
    days >= MIN_MONTH_DAYS && perDay > 0 ? totals[m]! / days / perDay : null,
  );
}

function seasonalityOf(monthFactors: (number | null)[]): Seasonality | undefined {
  const seen = monthFactors.filter((f): f is number => f !== null);
  if (seen.length < 2 || !seen.some((f) => Math.abs(f - 1) > SEASON_THRESHOLD)) return undefined;
  // Whole percents: what the plan file stores and the review shows.
  return { monthly: monthFactors.map((f) => (f === null ? 1 : Math.round(f * 100) / 100)) };
}

export function salesFlows(
  sales: readonly StatementTransaction[],
  period: StatementPeriod,
): SalesAnalysis {
  if (sales.length === 0) return { flows: [], weekdayFactors: null, monthFactors: null };
  const days = periodDays(period);
  const total = sum(sales.map((t) => t.amount));
  const perDay = total / days;

  const weekdayDays = new Array<number>(7).fill(0);
  const weekdayTotals = new Array<number>(7).fill(0);
  for (let d = epochDay(period.from); d <= epochDay(period.to); d++)
    weekdayDays[civil(d).weekday]!++;
  for (const t of sales) weekdayTotals[civil(epochDay(t.date)).weekday]! += t.amount;
  const weekdayFactors = weekdayTotals.map((s, w) =>
    weekdayDays[w]! > 0 ? s / weekdayDays[w]! / perDay : 0,
  );
  const weekly = weekdayFactors.some(
    (f, w) => weekdayDays[w]! > 0 && Math.abs(f - 1) > WEEKDAY_THRESHOLD,
  );

  const monthFactors = monthFactorsOf(sales, period, perDay);
  const seasonality = seasonalityOf(monthFactors);
  const months = monthFactors.filter((f) => f !== null).length;

  // Where the money lands: platforms under 10 % are folded into the largest.
  const byGroup = new Map<PlatformGroup, Fen>();
  for (const t of sales) byGroup.set(t.lands, (byGroup.get(t.lands) ?? 0) + t.amount);
  const ranked = [...byGroup].sort((a, b) => b[1] - a[1]);
  const largest = ranked[0]![0];
  const kept = ranked.filter(([, v], i) => i === 0 || v / total >= LANDING_MIN_SHARE);
  const home = (g: PlatformGroup): PlatformGroup => (kept.some(([k]) => k === g) ? g : largest);
  const shareOf = new Map<PlatformGroup, number>();
  for (const [g, v] of byGroup) shareOf.set(home(g), (shareOf.get(home(g)) ?? 0) + v / total);

  const activeDays = new Set(sales.map((t) => t.date)).size;
  const monthsFactor = months >= 2 ? 1 : 0.85;
  const flows: ProposedFlow[] = [];
  for (const [group] of kept) {
    const share = shareOf.get(group)!;
    const mine = sales.filter((t) => home(t.lands) === group);
    const common = {
      role: 'sales' as const,
      counterparty: '',
      direction: 'inflow' as const,
      platformGroup: group,
      ...(seasonality ? { seasonality } : {}),
    };
    if (!weekly) {
      const confidence = clamp01(activeDays / days) * monthsFactor;
      flows.push({
        ...common,
        key: `sales-${group}`,
        amount: Math.round((total * share) / days),
        frequency: { type: 'daily' },
        sources: mine.map((t) => t.line),
        confidence,
        level: level(confidence),
      });
      continue;
    }
    // Monday first, as a week reads in China.
    for (const w of [1, 2, 3, 4, 5, 6, 0]) {
      if (weekdayDays[w] === 0) continue;
      const onDay = mine.filter((t) => civil(epochDay(t.date)).weekday === w);
      const daysWithSales = new Set(onDay.map((t) => t.date)).size;
      const confidence = clamp01(daysWithSales / weekdayDays[w]!) * monthsFactor;
      flows.push({
        ...common,
        key: `sales-${group}-${w}`,
        amount: Math.round((weekdayTotals[w]! * share) / weekdayDays[w]!),
        frequency: { type: 'weekly', weekday: w },
        sources: onDay.map((t) => t.line),
        confidence,
        level: level(confidence),
      });
    }
  }
  return { flows, weekdayFactors, monthFactors };
}
