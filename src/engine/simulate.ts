import { expandCashFlows, GROUP_INDEX, type FlowCalendar } from './cashFlows';
import { addMonths, civil, epochDay } from './calendar';
import {
  accruedToDate,
  addDraw,
  addHuabeiBalance,
  addTranche,
  billHuabei,
  closeAllTranches,
  drawnBalance,
  dueToday,
  initialState,
  takeInstalment,
  type SourceState,
} from './credit';
import type { CashFlow, Fen, IsoDate, PaymentOrder, Plan, Scenario } from './model';
import { PLATFORM_GROUPS } from './model';
import { roundFen } from './money';
import {
  conditionsScratch,
  resolveScenario,
  shockedInflows,
  type ConditionsScratch,
  type ScenarioConditions,
} from './shocks';
import { DEFAULT_INTEREST_DAY } from './terms';
import { isMonthlyAnchor, timelineOf, type Timeline } from './timeline';

/** Daily columns for one funding source, in fen. */
export type SourceSeries = {
  id: string;
  /** Cash drawn from the source that day. */
  draws: Float64Array;
  /** Cash paid to the source that day: principal, interest, fees and penalties. */
  repayments: Float64Array;
  /** Headroom usable that day (0 while frozen, down or not yet arranged). */
  headroom: Float64Array;
  /** Drawn balance at the end of the day. */
  balance: Float64Array;
  /** Limit in force that day after cuts; 0 while frozen, down or not yet arranged. */
  limit: Float64Array;
};

/**
 * One run of the plan over its horizon: struct-of-arrays, all money in fen, one entry a day.
 * Conservation holds exactly every day:
 *   cash[d] = cash[d-1] + inflows[d] − outflows[d] − repayments[d] − interest[d] + draws[d].
 */
export type Projection = {
  startDate: IsoDate;
  days: number;
  openingCash: Fen;
  /** Closing cash on every platform, locked or not. */
  cash: Float64Array;
  /** Closing cash the business can actually spend (platforms that are up). */
  accessibleCash: Float64Array;
  lockedCash: Float64Array;
  inflows: Float64Array;
  /** Operating outflows paid in cash (including those Huabei could not pay). */
  outflows: Float64Array;
  /** Outflows Huabei paid on credit that day (no cash left; repaid at the bill's due date). */
  huabeiDeferred: Float64Array;
  /** Principal repaid. */
  repayments: Float64Array;
  /** Interest, fees and penalty interest paid. */
  interest: Float64Array;
  draws: Float64Array;
  /** How far accessible cash stays below the minimum buffer after every possible draw. */
  shortfall: Float64Array;
  sources: SourceSeries[];
  firstShockDay: number | null;
};

const BANK = GROUP_INDEX.bank;
const ANT = GROUP_INDEX.ant;
const OTHER_GROUPS = PLATFORM_GROUPS.map((_, i) => i).filter((i) => i !== BANK && i !== ANT);
/**
 * Order in which payments come out of the business's accounts (`Business.paymentOrder`).
 * Bank first leaves money on Alipay as long as possible, the cautious reading for an Ant outage.
 */
const PAY_ORDERS: Record<PaymentOrder, readonly number[]> = {
  bank_first: [BANK, ...OTHER_GROUPS, ANT],
  platforms_first: [ANT, ...OTHER_GROUPS, BANK],
};
/** The account draws land in and deficits fall on: the bank, else the first platform still up. */
const PRIMARY_ORDER = PAY_ORDERS.bank_first;

const NO_SHOCKS: Scenario = { id: 'baseline', name: 'Baseline', shocks: [] };

/** Sources in the order they are drawn: user priority first, then cheapest annual rate. */
function drawOrder(states: SourceState[]): SourceState[] {
  return [...states].sort((a, b) => {
    const pa = a.source.drawPriority ?? Number.POSITIVE_INFINITY;
    const pb = b.source.drawPriority ?? Number.POSITIVE_INFINITY;
    if (pa !== pb) return pa < pb ? -1 : 1;
    if (a.annualRate !== b.annualRate) return a.annualRate - b.annualRate;
    return a.index - b.index;
  });
}

/**
 * Cache of a plan's expanded cash flows, by its flow list: the stress search re-runs one plan
 * many times, and the advisor re-runs copies that change only sources or accounts (a new plan
 * object around the same, never-mutated `cashFlows` array).
 */
const calendars = new WeakMap<readonly CashFlow[], { key: number; cal: FlowCalendar }>();
function calendarOf(plan: Plan, t: Timeline): FlowCalendar {
  const key = t.startEpoch * 1000 + t.days;
  const hit = calendars.get(plan.cashFlows);
  if (hit && hit.key === key) return hit.cal;
  const cal = expandCashFlows(plan, t);
  calendars.set(plan.cashFlows, { key, cal });
  return cal;
}

/** The plan's own inflows per platform group and day (fen), as `simulate` starts from them. Read only. */
export function plannedInflows(plan: Plan): readonly Float64Array[] {
  return calendarOf(plan, timelineOf(plan.business.startDate, plan.business.horizonDays))
    .inflowsByGroup;
}

export type SimulateOptions = {
  /**
   * Replaces the plan's inflows per platform group (one array per group, fen a day) before the
   * scenario's business shocks apply: the Monte Carlo varies revenue this way without a new
   * plan per path. The arrays are read, never kept or changed.
   */
  inflows?: Float64Array[];
  /**
   * false: leave each source's daily headroom, balance and limit columns at 0 (draws and
   * repayments are still recorded). Every cash column is unchanged; a Monte Carlo path reads
   * only cash and shortfall and saves about a quarter of the run this way.
   */
  sourceSeries?: boolean;
  /**
   * Memory lent by a caller that reads each run before starting the next (the Monte Carlo), from
   * `simulationScratch`: saves allocating and collecting ~130 KB of typed arrays per run, which
   * costs more than the run's arithmetic. The returned projection's columns then alias it.
   */
  scratch?: SimulationScratch;
};

export type SimulationScratch = { columns: Float64Array; conditions: ConditionsScratch };

/** Scratch for runs of `plan` (any scenario) with or without source series. */
export function simulationScratch(plan: Plan, sourceSeries: boolean): SimulationScratch {
  const days = plan.business.horizonDays;
  const sources = plan.fundingSources.length;
  return {
    columns: new Float64Array(days * projectionColumns(sources, sourceSeries)),
    conditions: conditionsScratch(sources, days),
  };
}

/**
 * Project the plan day by day under a scenario (none = baseline). Deterministic and pure.
 * Each day: statements, inflows, outflows (Huabei first where it may pay), scheduled
 * repayments and interest, then draws to restore the buffer, then revolving balances are
 * paid down from any surplus.
 * `options` serve the Monte Carlo, which runs thousands of paths: see `SimulateOptions`.
 * @example const run = simulate(plan, riskControlFreeze); run.shortfall.some((x) => x > 0)
 */
export function simulate(
  plan: Plan,
  scenario: Scenario = NO_SHOCKS,
  options: SimulateOptions = {},
): Projection {
  const n = plan.business.horizonDays;
  const t = timelineOf(plan.business.startDate, n);
  const planned = calendarOf(plan, t);
  const calendar = options.inflows ? { ...planned, inflowsByGroup: options.inflows } : planned;
  const sourceSeries = options.sourceSeries ?? true;
  const conditions: ScenarioConditions = resolveScenario(
    plan,
    scenario,
    n,
    options.scratch?.conditions,
  );
  const inflowsByGroup = shockedInflows(calendar, scenario, n);
  const buffer = plan.business.minCashBuffer;
  const startEpoch = t.startEpoch;

  const pool = new Float64Array(PLATFORM_GROUPS.length);
  for (const a of plan.cashAccounts) pool[GROUP_INDEX[a.platformGroup]]! += a.balance;
  const openingCash = pool.reduce((x, y) => x + y, 0);

  const states = plan.fundingSources.map((s, i) => initialState(s, i));
  for (const s of states) seedOutstanding(s, startEpoch);
  const order = drawOrder(states);
  const huabeiOrder = order.filter((s) => s.isHuabei);
  const revolvingByCost = states
    .filter((s) => s.isRevolving)
    .sort((a, b) => b.annualRate - a.annualRate);

  // One allocation for every column: a run makes ~60 of them and the stress search makes hundreds of runs.
  // Without source series the headroom, balance and limit columns all share one zero column.
  const columns = projectionColumns(states.length, sourceSeries);
  const size = n * columns;
  const lent = options.scratch?.columns;
  const buffer64 =
    lent && lent.length >= size ? lent.subarray(0, size).fill(0) : new Float64Array(size);
  let next = 0;
  const col = () => buffer64.subarray(n * next, n * ++next);
  const zeros = sourceSeries ? null : col();
  const seriesCol = () => zeros ?? col();
  const out: Projection = {
    startDate: plan.business.startDate,
    days: n,
    openingCash,
    cash: col(),
    accessibleCash: col(),
    lockedCash: col(),
    inflows: col(),
    outflows: col(),
    huabeiDeferred: col(),
    repayments: col(),
    interest: col(),
    draws: col(),
    shortfall: col(),
    sources: states.map((s) => ({
      id: s.source.id,
      draws: col(),
      repayments: col(),
      headroom: seriesCol(),
      balance: seriesCol(),
      limit: seriesCol(),
    })),
    firstShockDay: conditions.firstShockDay,
  };

  let locked = 0;
  const payOrder = PAY_ORDERS[plan.business.paymentOrder ?? 'bank_first'];
  /** Take what `group` (if reachable) holds towards `amount`; returns what is left to pay. */
  const takeFrom = (group: number, amount: Fen): Fen => {
    if (amount <= 0 || locked & (1 << group)) return amount;
    const have = pool[group]!;
    if (have <= 0) return amount;
    const take = have < amount ? have : amount;
    pool[group] = have - take;
    return amount - take;
  };
  /**
   * Take `amount` from the accounts reachable today: `first` (a platform group an outflow names,
   * or −1), then the plan's payment order; what they lack drives the primary account negative.
   */
  const pay = (amount: Fen, first = -1): void => {
    let rest = first >= 0 ? takeFrom(first, amount) : amount;
    for (let i = 0; i < payOrder.length && rest > 0; i++) rest = takeFrom(payOrder[i]!, rest);
    if (rest > 0) pool[primary()]! -= rest;
  };
  /** The account money moves through: the bank, or the first platform still up when a bank outage locks it. */
  const primary = (): number => {
    if (!(locked & (1 << BANK))) return BANK;
    for (const g of PRIMARY_ORDER) if (!(locked & (1 << g))) return g;
    return BANK;
  };
  /** Cash the business can spend: platforms that are up, plus any deficit on a locked one (a debt does not vanish when its account is unreachable). */
  const accessible = (): Fen => {
    let sum = 0;
    if (locked === 0) {
      // Nothing locked (most days of most runs): every balance counts.
      for (let g = 0; g < pool.length; g++) sum += pool[g]!;
      return sum;
    }
    for (let g = 0; g < pool.length; g++) {
      const balance = pool[g]!;
      sum += locked & (1 << g) ? Math.min(0, balance) : balance;
    }
    return sum;
  };
  const limitOn = (s: SourceState, d: number): Fen =>
    Math.floor(s.source.limit * conditions.sources[s.index]!.limitFactor[d]!);
  const headroomOn = (s: SourceState, d: number): Fen => {
    const c = conditions.sources[s.index]!;
    if (c.noDraw[d] || d < s.source.leadTimeDays) return 0;
    return Math.max(0, limitOn(s, d) - drawnBalance(s));
  };

  // Per-day accumulators, reset at the top of each day (closures stay outside the loop).
  let d = 0;
  let repaid = 0;
  let charges = 0;
  const paySource = (s: SourceState, principal: Fen, interest: Fen): void => {
    pay(principal + interest);
    repaid += principal;
    charges += interest;
    out.sources[s.index]!.repayments[d]! += principal + interest;
  };

  for (d = 0; d < n; d++) {
    const epoch = startEpoch + d;
    locked = conditions.lockedGroups[d]!;
    repaid = 0;
    charges = 0;

    // Statements first: a bill covers spending up to the day before its statement day.
    for (const s of huabeiOrder) {
      if (s.source.kind === 'huabei' && isMonthlyAnchor(t, d, s.source.statementDay)) {
        billHuabei(s, epoch, startEpoch, d);
      }
    }

    let inflow = 0;
    for (let g = 0; g < pool.length; g++) {
      const amount = inflowsByGroup[g]![d]!;
      pool[g]! += amount;
      inflow += amount;
    }

    let onHuabei = calendar.huabeiEligibleOutflows[d]!;
    let deferred = 0;
    for (const s of huabeiOrder) {
      if (onHuabei <= 0) break;
      const room = headroomOn(s, d);
      const charge = room < onHuabei ? room : onHuabei;
      s.unbilled += charge;
      deferred += charge;
      onHuabei -= charge;
    }
    const cashOut = calendar.cashOutflows[d]! + onHuabei;
    payOutflows(calendar, d, cashOut, onHuabei, pay);

    for (const s of states) {
      const c = conditions.sources[s.index]!;
      // Most days a source owes nothing: no arrears, no instalment, no revolving balance, no recall.
      if (isIdle(s, d) && c.recallDueDay !== d) continue;
      const blocked = c.repaymentBlocked[d] === 1;
      if (!blocked && (s.overduePrincipal > 0 || s.overdueCharges > 0)) {
        const principal = s.overduePrincipal;
        const interest = s.overdueCharges + roundFen(s.overduePenalty);
        s.overduePrincipal = 0;
        s.overdueCharges = 0;
        s.overduePenalty = 0;
        paySource(s, principal, interest);
      }
      const due = dueToday(s, d);
      if (due) {
        for (const tr of due) {
          const instalment = takeInstalment(s, tr, d);
          if (blocked) {
            s.overduePrincipal += instalment.principal;
            s.overdueCharges += instalment.interest;
          } else {
            paySource(s, instalment.principal, instalment.interest);
          }
        }
      }
      if (s.isRevolving) {
        s.revolvingAccrued += s.revolvingBalance * s.dailyRate;
        if (
          s.revolvingAccrued > 0 &&
          isMonthlyAnchor(t, d, s.source.interestDay ?? DEFAULT_INTEREST_DAY)
        ) {
          const interest = roundFen(s.revolvingAccrued);
          s.revolvingAccrued -= interest;
          if (blocked) s.overdueCharges += interest;
          else paySource(s, 0, interest);
        }
      }
      if (c.recallDueDay === d) {
        const interest = accruedToDate(s, d);
        let principal = s.revolvingBalance + s.unbilled + closeAllTranches(s);
        s.revolvingBalance = 0;
        s.revolvingAccrued = 0;
        s.unbilled = 0;
        if (blocked) {
          // Called in while repayments are blocked: everything joins the overdue balance.
          s.overduePrincipal += principal;
          s.overdueCharges += interest - s.overdueCharges - roundFen(s.overduePenalty);
        } else {
          principal += s.overduePrincipal;
          s.overduePrincipal = 0;
          s.overdueCharges = 0;
          s.overduePenalty = 0;
          paySource(s, principal, interest);
        }
      }
      if (blocked) accruePenalty(s);
    }

    let drawn = 0;
    let need = buffer - accessible();
    if (need > 0) {
      for (const s of order) {
        if (need <= 0) break;
        if (s.isHuabei) continue;
        const room = headroomOn(s, d);
        if (room <= 0) continue;
        const amount = grossDraw(need, room, s.source.drawFeeRate ?? 0, s.source.drawFeeMin ?? 0);
        const fee = drawFee(amount, s.source.drawFeeRate ?? 0, s.source.drawFeeMin ?? 0);
        if (amount - fee <= 0) continue;
        pool[primary()]! += amount;
        drawn += amount;
        out.sources[s.index]!.draws[d]! += amount;
        if (s.isRevolving) s.revolvingBalance += amount;
        else addDraw(s, amount, epoch, t.dayOfMonth[d]!, startEpoch, d);
        if (fee > 0) paySource(s, 0, fee);
        need = buffer - accessible();
      }
    }

    if (drawn === 0) {
      let surplus = accessible() - buffer;
      for (const s of revolvingByCost) {
        if (surplus <= 0) break;
        if (s.revolvingBalance <= 0 || conditions.sources[s.index]!.repaymentBlocked[d]) continue;
        const amount = Math.min(surplus, s.revolvingBalance);
        s.revolvingBalance -= amount;
        paySource(s, amount, 0);
        surplus -= amount;
      }
    }

    const reachable = accessible();
    let total = reachable;
    if (locked !== 0) {
      total = 0;
      for (let g = 0; g < pool.length; g++) total += pool[g]!;
    }
    out.cash[d] = total;
    out.accessibleCash[d] = reachable;
    out.lockedCash[d] = total - reachable;
    out.inflows[d] = inflow;
    out.outflows[d] = cashOut;
    out.huabeiDeferred[d] = deferred;
    out.repayments[d] = repaid;
    out.interest[d] = charges;
    out.draws[d] = drawn;
    out.shortfall[d] = reachable < buffer ? buffer - reachable : 0;
    if (sourceSeries)
      for (const s of states) {
        const series = out.sources[s.index]!;
        series.headroom[d] = headroomOn(s, d);
        series.balance[d] = drawnBalance(s);
        const usable = !conditions.sources[s.index]!.noDraw[d] && d >= s.source.leadTimeDays;
        series.limit[d] = usable ? limitOn(s, d) : 0;
      }
  }
  return out;
}

/**
 * One day of penalty interest on what is overdue at the end of a blocked day. Counting end-of-day
 * balances charges every day the money is late: due on day 3 and paid on day 10 is 7 days, the
 * due day itself included and the day it is paid excluded (penalty = overdue × daily rate × days).
 */
function accruePenalty(s: SourceState): void {
  const overdue = s.overduePrincipal + s.overdueCharges;
  if (overdue > 0) s.overduePenalty += overdue * s.penaltyDailyRate;
}

/**
 * Pay day `d`'s cash outflows: those whose flows name a platform from that platform first, the
 * rest in the plan's order. `unpaidByHuabei` is the Huabei-eligible part no Huabei line could
 * take; it is charged to the named outflows first (up to their eligible share), then to the rest.
 */
function payOutflows(
  calendar: FlowCalendar,
  d: number,
  cashOut: Fen,
  unpaidByHuabei: Fen,
  pay: (amount: Fen, first?: number) => void,
): void {
  let rest = cashOut;
  let unpaid = unpaidByHuabei;
  for (const p of calendar.payers) {
    const eligible = p.huabeiEligible[d]!;
    const fromHuabei = unpaid < eligible ? unpaid : eligible;
    unpaid -= fromHuabei;
    const amount = p.cash[d]! + fromHuabei;
    if (amount <= 0) continue;
    pay(amount, p.group);
    rest -= amount;
  }
  if (rest > 0) pay(rest);
}

/** Nothing for the source to pay or accrue on day `d` (a recall aside). */
function isIdle(s: SourceState, d: number): boolean {
  return (
    s.overduePrincipal <= 0 &&
    s.overdueCharges <= 0 &&
    d < s.nextDueDay &&
    (!s.isRevolving || (s.revolvingBalance === 0 && !(s.revolvingAccrued > 0)))
  );
}

/** Daily columns one run lays out: 10 for cash, per source 5 (or 2 and one shared zero column without source series). */
export function projectionColumns(sources: number, sourceSeries: boolean): number {
  return sourceSeries ? 10 + 5 * sources : 11 + 2 * sources;
}

export function drawFee(amount: Fen, rate: number, minimum: Fen): Fen {
  return rate > 0 || minimum > 0 ? Math.max(roundFen(amount * rate), minimum) : 0;
}

/**
 * The draw that nets `need` after its own fee (a card cash advance charges 1 %, min ¥10),
 * capped by headroom: start from the lower bound, then step up by the odd fen rounding leaves.
 */
export function grossDraw(need: Fen, room: Fen, rate: number, minimum: Fen): Fen {
  if (rate <= 0 && minimum <= 0) return Math.min(room, need);
  // a − round(a·r) ≥ need needs a ≥ (need − ½)/(1 − r), and the minimum fee needs a ≥ need + min.
  let amount = Math.max(need + minimum, rate < 1 ? Math.floor((need - 0.5) / (1 - rate)) : room);
  while (amount - drawFee(amount, rate, minimum) < need && amount < room) amount++;
  return Math.min(room, amount);
}

/** Balances drawn before day 0 join the schedule on the source's own terms. */
function seedOutstanding(s: SourceState, startEpoch: number): void {
  for (const o of s.source.outstanding) {
    if (o.principal <= 0) continue;
    const nextDue = epochDay(o.nextDueDate);
    const due = Math.max(nextDue, startEpoch);
    // Later instalments keep the day of month of the next one (31st → 30 Apr → 31 May).
    const anchor = civil(nextDue).dayOfMonth;
    if (s.isRevolving) {
      s.revolvingBalance += o.principal;
    } else if (s.isHuabei) {
      addHuabeiBalance(s, o, due, anchor, startEpoch);
    } else {
      // Interest on the first instalment runs from one period before it falls due.
      const interestFrom = addMonths(due, -1) - startEpoch;
      addTranche(s, o.principal, o.remainingInstalments, due, anchor, startEpoch, interestFrom);
    }
  }
}
