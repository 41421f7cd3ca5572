import { expandCashFlows, type FlowCalendar } from '../cashFlows';
import { addMonths, civil, epochDay } from '../calendar';
import { addHuabeiBalance } from '../credit/huabei';
import type { Instalment } from '../credit/instalment';
import { drawnBalance, initialState, resetState, type SourceState } from '../credit/state';
import {
  addTranche,
  dueCalendar,
  tranchePool,
  type DueCalendar,
  type TranchePool,
} from '../credit/tranches';
import type { CashFlow, Fen, OutstandingBalance, Plan, Scenario } from '../model';
import {
  applyScenario,
  conditionsScratch,
  openConditions,
  inflowScratch,
  isBusinessShock,
  shockedInflows,
  type ConditionsScratch,
  type InflowScratch,
  type ScenarioConditions,
} from '../shocks';
import type { Projection } from '../simulate';
import { timelineOf, type Timeline } from '../timeline';
import { openAccounts, type Accounts } from './accounts';
import {
  claimColumns,
  openProjection,
  projectionColumns,
  releaseColumns,
  type ProjectionMemory,
} from './columns';

export { projectionColumns };

/**
 * Everything one run of `simulate` works on, set up once before day 0: the plan's flows and the
 * scenario resolved into per-day arrays, the accounts, each source's state, the projection's
 * columns, and the running figures of the day being simulated. The daily steps (`daily/*.ts`)
 * read and write it; none allocates.
 */
export type DailyRun = {
  plan: Plan;
  days: number;
  timeline: Timeline;
  startEpoch: number;
  /** The minimum cash buffer (fen): below it accessible cash is short. */
  buffer: Fen;
  calendar: FlowCalendar;
  /** Inflows per platform group and day as the scenario's business shocks leave them. */
  inflows: readonly Float64Array[];
  /** Where a scenario with business shocks reshapes the inflows (made when first needed). */
  inflowScratch: InflowScratch | null;
  /** The groups whose `inflows` are not all 0 (most plans: the bank and one platform). */
  inflowGroups: readonly number[];
  /** The groups the plan's own inflows reach. */
  plannedGroups: readonly number[];
  conditions: ScenarioConditions;
  /** Each source's limit in force by day (`conditions`' columns, by source index: one read less a day). */
  limits: readonly Float64Array[];
  /** 1 on a day some source's recall falls due. */
  recallDays: Uint8Array;
  accounts: Accounts;
  /** The accounts' balances on day 0, per platform group, and their sum. */
  openingPool: Float64Array;
  openingTotal: Fen;
  /** Every source, in plan order (`index`). */
  states: SourceState[];
  /**
   * The sources used so far (a balance seeded, drawn or charged), in plan order: the only ones
   * with anything to repay, accrue or record. An unused source's balance column stays 0.
   */
  used: SourceState[];
  /** 1 at the index of each used source. */
  isUsed: Uint8Array;
  /**
   * Whether a used source may owe something on a day none of its instalments falls due: it is
   * revolving (interest accrues) or has arrears. False lets `takeInstalments` skip such days.
   */
  mayOwe: boolean;
  /** Balances drawn before day 0, seeded into the sources' schedules by `resetRun`. */
  seeds: readonly OutstandingSeed[];
  /** Instalments by the day they fall due, every source's (shared with their states). */
  dueOn: DueCalendar;
  /** The tranche objects every source's draws take (shared with their states). */
  pool: TranchePool;
  /** Huabei lines, in the order they pay purchases. */
  huabei: SourceState[];
  /** Sources that lend cash (all but Huabei), in the order they are drawn. */
  lenders: SourceState[];
  /** Revolving lines, dearest first: surplus cash pays them down in this order. */
  revolvingByCost: SourceState[];
  out: Projection;
  /** Where a source's own columns come from when it is first used. */
  memory: ProjectionMemory;
  /** Whether to record each source's headroom and balance (its limit is written up front). */
  sourceSeries: boolean;
  /**
   * Record only reachable cash and the shortfall each day, neither the other cash columns nor
   * any source's: all a Monte Carlo path reads (`sourceSeries` is then false too).
   */
  cashOnly: boolean;
  /** Memory `takeInstalment` writes each instalment into. */
  instalment: Instalment;
  // The day being simulated: set by its steps, recorded by `measureShortfall`.
  inflow: Fen;
  /** Outflows Huabei paid on credit. */
  deferred: Fen;
  /** The Huabei-eligible part of the outflows no Huabei line could take: paid in cash. */
  unpaidByHuabei: Fen;
  repaid: Fen;
  charges: Fen;
  drawn: Fen;
};

/** What `startRun` accepts of `SimulateOptions`. */
export type RunOptions = {
  inflows?: Float64Array[];
  inflowGroups?: readonly number[];
  sourceSeries?: boolean;
  scratch?: SimulationScratch;
};

export type SimulationScratch = {
  columns: Float64Array;
  conditions: ConditionsScratch;
  /** The due calendar (a run leaves tranches on it: cleared when lent again). */
  dueOn: DueCalendar;
};

/** Scratch for runs of `plan` (any scenario) with or without source series. */
export function simulationScratch(plan: Plan, sourceSeries: boolean): SimulationScratch {
  const days = plan.business.horizonDays;
  const sources = plan.fundingSources.length;
  return {
    columns: new Float64Array(days * projectionColumns(sources, sourceSeries)),
    conditions: conditionsScratch(sources, days),
    dueOn: dueCalendar(days),
  };
}

/** A plan's cash flows expanded over its horizon, and the platform groups that receive any inflow. */
export type PlannedFlows = { calendar: FlowCalendar; inflowGroups: readonly number[] };

/**
 * Cache of a plan's expanded cash flows, by its flow list: the stress search re-runs one plan
 * many times, and the advisor re-runs copies that change only sources or accounts (a new plan
 * object around the same, never-mutated `cashFlows` array).
 */
const planned = new WeakMap<readonly CashFlow[], { key: number; flows: PlannedFlows }>();
export function plannedFlows(plan: Plan, t: Timeline): PlannedFlows {
  const key = t.startEpoch * 1000 + t.days;
  const hit = planned.get(plan.cashFlows);
  if (hit && hit.key === key) return hit.flows;
  const calendar = expandCashFlows(plan, t);
  const flows = { calendar, inflowGroups: receivingGroups(calendar.inflowsByGroup) };
  planned.set(plan.cashFlows, { key, flows });
  return flows;
}

/** Set up a run of `plan` under `scenario` (see `simulate`). */
export function startRun(plan: Plan, scenario: Scenario, options: RunOptions): DailyRun {
  const run = openRun(plan, options.sourceSeries ?? true, options.scratch);
  return resetRun(run, scenario, options.inflows, options.inflowGroups);
}

/**
 * Everything about a run that depends on the plan alone, laid out once: the flows, accounts,
 * each source's state and place in the draw order, the projection's columns and the scenario's
 * arrays. `resetRun` then readies it for one scenario; the Monte Carlo keeps one for all its
 * paths, so a path allocates nothing and every source object keeps one shape.
 */
export function openRun(
  plan: Plan,
  sourceSeries: boolean,
  scratch: SimulationScratch | undefined,
  cashOnly = false,
): DailyRun {
  const n = plan.business.horizonDays;
  const t = timelineOf(plan.business.startDate, n);
  const { calendar, inflowGroups } = plannedFlows(plan, t);
  const accounts = openAccounts(plan.cashAccounts, plan.business.paymentOrder);
  const lentDue = scratch?.dueOn;
  const dueOn = lentDue && lentDue.length === n ? lentDue : dueCalendar(n);
  const pool = tranchePool();
  const states = plan.fundingSources.map((s, i) => initialState(s, i, dueOn, pool));
  const order = drawOrder(states);
  const { out, memory } = openProjection(
    plan,
    n,
    plan.fundingSources.map((s) => s.id),
    sourceSeries,
    scratch?.columns,
  );
  const conditions = openConditions(
    plan,
    n,
    scratch?.conditions,
    sourceSeries ? out.sources.map((s) => s.limit) : undefined,
  );
  return {
    plan,
    days: n,
    timeline: t,
    startEpoch: t.startEpoch,
    buffer: plan.business.minCashBuffer,
    calendar,
    inflows: calendar.inflowsByGroup,
    inflowScratch: null,
    inflowGroups,
    plannedGroups: inflowGroups,
    conditions,
    limits: conditions.sources.map((c) => c.limit),
    recallDays: noRecalls(n),
    accounts,
    openingPool: Float64Array.from(accounts.pool),
    openingTotal: accounts.total,
    states,
    seeds: outstandingSeeds(states, t.startEpoch),
    used: [],
    isUsed: new Uint8Array(states.length),
    mayOwe: false,
    dueOn,
    pool,
    huabei: order.filter((s) => s.isHuabei),
    lenders: order.filter((s) => !s.isHuabei),
    revolvingByCost: states
      .filter((s) => s.isRevolving)
      .sort((a, b) => b.annualRate - a.annualRate),
    out,
    memory,
    sourceSeries,
    cashOnly,
    instalment: { principal: 0, interest: 0 },
    inflow: 0,
    deferred: 0,
    unpaidByHuabei: 0,
    repaid: 0,
    charges: 0,
    drawn: 0,
  };
}

/**
 * Ready `run` (from `openRun`) for day 0 under `scenario`, whatever an earlier run left in it:
 * opening balances, balances drawn before day 0, nothing used, the scenario's conditions and
 * inflows (`inflows`, when given, replace the plan's: see `SimulateOptions`).
 */
export function resetRun(
  run: DailyRun,
  scenario: Scenario,
  inflows?: Float64Array[],
  inflowGroups?: readonly number[],
): DailyRun {
  const { plan, days: n, accounts, states, out } = run;
  accounts.pool.set(run.openingPool);
  accounts.total = run.openingTotal;
  accounts.locked = 0;
  run.dueOn.fill(null);
  run.pool.used = 0;
  for (let i = 0; i < states.length; i++) resetState(states[i]!);
  if (!run.cashOnly) releaseColumns(out, run.memory);
  const seeds = run.seeds;
  for (let i = 0; i < seeds.length; i++) seedOutstanding(seeds[i]!, run.startEpoch);
  const used = run.used;
  used.length = 0;
  run.isUsed.fill(0);
  run.mayOwe = false;
  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    if (drawnBalance(s) === 0) continue;
    markUsed(run, s);
    used.push(s);
    if (!run.cashOnly) claimColumns(out, run.memory, s.index);
  }
  out.openingCash = accounts.total;
  const conditions = applyScenario(plan, scenario, n, run.conditions);
  out.firstShockDay = conditions.firstShockDay;
  const reshaped = scenario.shocks.some(isBusinessShock);
  run.inflows = shockedInflows(
    inflows ?? run.calendar.inflowsByGroup,
    scenario,
    n,
    reshaped ? (run.inflowScratch ??= inflowScratch(n)) : undefined,
  );
  run.inflowGroups = inflows ? (inflowGroups ?? receivingGroups(run.inflows)) : run.plannedGroups;
  run.recallDays = recallDaysOf(conditions, n);
  run.instalment.principal = 0;
  run.instalment.interest = 0;
  run.inflow = 0;
  run.deferred = 0;
  run.unpaidByHuabei = 0;
  run.repaid = 0;
  run.charges = 0;
  run.drawn = 0;
  return run;
}

/** Indices of the rows that are not all 0. */
function receivingGroups(inflows: readonly Float64Array[]): number[] {
  const groups: number[] = [];
  for (let g = 0; g < inflows.length; g++) {
    const row = inflows[g]!;
    for (let d = 0; d < row.length; d++)
      if (row[d] !== 0) {
        groups.push(g);
        break;
      }
  }
  return groups;
}

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

/** A balance drawn before day 0, with its dates worked out once per plan (see `outstandingSeeds`). */
type OutstandingSeed = {
  state: SourceState;
  balance: OutstandingBalance;
  /** Epoch day the next instalment falls due (day 0 at the earliest). */
  due: number;
  /** Day of month later instalments keep: the next one's (31st → 30 Apr → 31 May). */
  anchor: number;
  /** Day interest on the first instalment runs from: one period before it falls due. */
  interestFrom: number;
};

/** Every source's outstanding balances with principal, in plan order. */
function outstandingSeeds(states: readonly SourceState[], startEpoch: number): OutstandingSeed[] {
  const seeds: OutstandingSeed[] = [];
  for (const state of states)
    for (const balance of state.source.outstanding) {
      if (balance.principal <= 0) continue;
      const nextDue = epochDay(balance.nextDueDate);
      const due = Math.max(nextDue, startEpoch);
      const interestFrom = addMonths(due, -1) - startEpoch;
      seeds.push({ state, balance, due, anchor: civil(nextDue).dayOfMonth, interestFrom });
    }
  return seeds;
}

/** A balance drawn before day 0 joins the schedule on the source's own terms. */
function seedOutstanding(seed: OutstandingSeed, startEpoch: number): void {
  const { state: s, balance: o, due, anchor } = seed;
  if (s.isRevolving) {
    s.revolvingBalance += o.principal;
  } else if (s.isHuabei) {
    addHuabeiBalance(s, o, due, anchor, startEpoch);
  } else {
    addTranche(s, o.principal, o.remainingInstalments, due, anchor, startEpoch, seed.interestFrom);
  }
}

/** Count `s` among the used sources from now on (see `DailyRun.used`). */
export function use(run: DailyRun, s: SourceState): void {
  if (run.isUsed[s.index] === 1) return;
  markUsed(run, s);
  const used = run.used;
  let at = used.length;
  while (at > 0 && used[at - 1]!.index > s.index) at--;
  used.splice(at, 0, s);
  if (!run.cashOnly) claimColumns(run.out, run.memory, s.index);
}

function markUsed(run: DailyRun, s: SourceState): void {
  run.isUsed[s.index] = 1;
  if (s.isRevolving) run.mayOwe = true;
}

/** Headroom of source `index` on day `d` with `drawn` outstanding: its limit in force less what is drawn, never below 0. */
export function headroom(run: DailyRun, index: number, drawn: Fen, d: number): Fen {
  return Math.max(0, run.limits[index]![d]! - drawn);
}

/** Days some source's recall falls due (a recall is rare: most runs share one empty array). */
function recallDaysOf(conditions: ScenarioConditions, days: number): Uint8Array {
  let marks: Uint8Array | null = null;
  for (const c of conditions.sources) {
    if (c.recallDueDay < 0) continue;
    marks ??= new Uint8Array(days);
    marks[c.recallDueDay] = 1;
  }
  return marks ?? noRecalls(days);
}

let none = new Uint8Array(0);
const noRecalls = (days: number) => (none.length >= days ? none : (none = new Uint8Array(days)));
