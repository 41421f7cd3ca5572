import { analyzeRuns } from './analyzeRuns';
import type { Plan, Scenario } from './model';
import { breakEvenOutageDays } from './reverseStress';

/**
 * One client of an advisor's book under one scenario: the figures an advisor sorts by to decide
 * whom to call first. The same numbers, under the same names, as `simulate`'s stressed metrics
 * (Ant group share: its baseline one; docs/cli.md); money in yuan, shares in percent, dates ISO, `null` = never happens.
 */
export type BookRow = {
  /** The business's name, as in the plan. */
  client: string;
  scenarioId: string;
  /** Days from the first shock to the first shortfall; null if none within the horizon. */
  survivalDays: number | null;
  /** First day short (cash after every possible draw below the buffer). */
  cashZeroDate: string | null;
  /** Deepest daily shortfall, yuan (0 when never short). */
  deepestShortfall: number;
  /**
   * Ant group's (Huabei + Jiebei) share of the usable credit limits on the shock's first day,
   * before the shock takes any away: the client's exposure (`simulate`'s baseline metric), %.
   */
  antGroupShare: number | null;
  /** Shortest outage of the scenario's targets that causes a shortfall, days; null = none does. */
  breakEvenOutageDays: number | null;
};

/**
 * The book row of a plan under a scenario: two runs and one reverse-stress search (about ten
 * runs more); the limit-cut search `simulate` also does is left out, the book does not show it.
 * @example bookRow(plan, findPreset('risk_control_freeze_30d')!).survivalDays // 41
 */
export function bookRow(plan: Plan, scenario: Scenario): BookRow {
  const { baseline, stressed } = analyzeRuns(plan, scenario);
  const m = stressed.metrics;
  return {
    client: plan.business.name,
    scenarioId: scenario.id,
    survivalDays: m.survivalDays,
    cashZeroDate: m.cashZeroDate,
    deepestShortfall: m.deepestShortfall,
    // Under a freeze of Ant's lines the stressed share is 0 %: exposure is the unshocked one.
    antGroupShare: baseline.metrics.antGroupShare,
    breakEvenOutageDays: breakEvenOutageDays(plan, scenario),
  };
}

/**
 * Orders rows most urgent first: short soonest (fewer survival days), then deepest gap; a client
 * never short comes after every client that is. Usable with `Array.prototype.sort`.
 */
type Urgency = Pick<BookRow, 'survivalDays' | 'deepestShortfall'>;

export function byUrgency(a: Urgency, b: Urgency): number {
  const days = (r: Urgency) => r.survivalDays ?? Number.POSITIVE_INFINITY;
  if (days(a) !== days(b)) return days(a) < days(b) ? -1 : 1;
  return b.deepestShortfall - a.deepestShortfall;
}

/**
 * The client's own worst saved scenario (most urgent by `byUrgency`), for the book's "each
 * client's own worst" choice; null when the plan has no saved scenario.
 */
export function worstOwnScenario(plan: Plan, scenarios: readonly Scenario[]): Scenario | null {
  let worst: { scenario: Scenario; row: Urgency } | null = null;
  for (const scenario of scenarios) {
    const m = analyzeRuns(plan, scenario).stressed.metrics;
    // Only what `byUrgency` reads: no reverse-stress search per candidate.
    const row = { survivalDays: m.survivalDays, deepestShortfall: m.deepestShortfall };
    if (!worst || byUrgency(row, worst.row) < 0) worst = { scenario, row };
  }
  return worst?.scenario ?? null;
}

export type BookItem = { plan: Plan; scenario: Scenario };

/**
 * Rows for many clients, one at a time, each handed to `onRow` as soon as it is computed, so a
 * Worker can post it at once and the table fills progressively. `shouldStop` is asked between
 * clients (a cancelled book stops after the current row). Returns how many rows were made.
 */
export function bookRows(
  items: readonly BookItem[],
  onRow: (index: number, row: BookRow) => void,
  shouldStop: () => boolean = () => false,
): number {
  let done = 0;
  for (const [index, { plan, scenario }] of items.entries()) {
    if (shouldStop()) break;
    onRow(index, bookRow(plan, scenario));
    done++;
  }
  return done;
}
