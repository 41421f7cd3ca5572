import type {
  CashAccount,
  CashFlow,
  Frequency,
  FundingSource,
  LeverAssumptions,
  OutstandingBalance,
  Plan,
  Price,
  Scenario,
  Seasonality,
  Shock,
  ShockTarget,
} from '../engine/model';
import { fenFromYuan, yuanFromFen } from '../engine/money';
import { assertNever } from '../engine/rates';
import { LIMITS } from './limits';
import { CURRENT_FORMAT_VERSION } from './migrations';
import type { PlanFile, PlanFileScenario, PlanFileSource } from './planSchema';

/**
 * Plan file (yuan, percent) ⇄ engine plan (fen, fractions). `fileFromPlan(planFromFile(f))`
 * gives back `f` exactly for every valid file.
 */

const PERCENT_SCALE = 10 ** LIMITS.percentDecimals;

/**
 * Percent with ≤ 6 decimals → fraction, as the nearest double to the exact decimal
 * (8.8 → 0.088, not 0.08800000000000001).
 */
export function fractionFromPercent(percent: number): number {
  return Math.round(percent * PERCENT_SCALE) / (PERCENT_SCALE * 100);
}

/** Fraction → percent rounded to 6 decimals: the inverse of `fractionFromPercent`. */
export function percentFromFraction(fraction: number): number {
  const p = Math.round(fraction * PERCENT_SCALE * 100) / PERCENT_SCALE;
  return p === 0 ? 0 : p;
}

type FilePrice = PlanFileSource['price'];
type FileShock = PlanFileScenario['shocks'][number];

function priceFromFile(price: FilePrice): Price {
  switch (price.type) {
    case 'annual':
    case 'daily':
      return { type: price.type, rate: fractionFromPercent(price.ratePercent) };
    case 'instalment_fee':
      return {
        type: 'instalment_fee',
        totalFee: fractionFromPercent(price.totalFeePercent),
        months: price.months,
      };
    default:
      return assertNever(price);
  }
}

function priceToFile(price: Price): FilePrice {
  switch (price.type) {
    case 'annual':
    case 'daily':
      return { type: price.type, ratePercent: percentFromFraction(price.rate) };
    case 'instalment_fee':
      return {
        type: 'instalment_fee',
        totalFeePercent: percentFromFraction(price.totalFee),
        months: price.months,
      };
    default:
      return assertNever(price);
  }
}

function copyFrequency(f: Frequency): Frequency {
  switch (f.type) {
    case 'daily':
      return { type: 'daily' };
    case 'weekly':
      return { type: 'weekly', weekday: f.weekday };
    case 'monthly':
    case 'quarterly':
      return { type: f.type, dayOfMonth: f.dayOfMonth };
    case 'once':
      return { type: 'once', date: f.date };
    default:
      return assertNever(f);
  }
}

function copyTarget(t: ShockTarget): ShockTarget {
  switch (t.type) {
    case 'sources':
      return { type: 'sources', sourceIds: [...t.sourceIds] };
    case 'kinds':
      return { type: 'kinds', kinds: [...t.kinds] };
    case 'group':
      return { type: 'group', group: t.group };
    default:
      return assertNever(t);
  }
}

/** Shocks have the same units on disk and in the engine (percent, days); this copies one. */
function copyShock(s: Shock | FileShock): Shock {
  const window = {
    startDay: s.startDay,
    durationDays: 'durationDays' in s ? s.durationDays : null,
  };
  switch (s.type) {
    case 'outage':
    case 'freeze':
    case 'repayment_blocked':
      return { type: s.type, target: copyTarget(s.target), ...window };
    case 'limit_cut':
      return {
        type: 'limit_cut',
        target: copyTarget(s.target),
        cutPercent: s.cutPercent,
        ...window,
      };
    case 'recall':
      return {
        type: 'recall',
        target: copyTarget(s.target),
        startDay: s.startDay,
        dueWithinDays: s.dueWithinDays,
      };
    case 'revenue_drop':
      return { type: 'revenue_drop', dropPercent: s.dropPercent, ...window };
    case 'payment_delay':
      return { type: 'payment_delay', delayDays: s.delayDays, ...window };
    default:
      return assertNever(s);
  }
}

function sourceFromFile(s: PlanFileSource): FundingSource {
  const outstanding: OutstandingBalance[] = s.outstanding.map((o) => ({
    principal: fenFromYuan(o.principal),
    nextDueDate: o.nextDueDate,
    remainingInstalments: o.remainingInstalments,
    ...(o.planMonths === undefined ? {} : { planMonths: o.planMonths }),
  }));
  const common = {
    id: s.id,
    name: s.name,
    platformGroup: s.platformGroup,
    limit: fenFromYuan(s.limit),
    price: priceFromFile(s.price),
    repayment: s.repayment,
    termMonths: s.termMonths,
    leadTimeDays: s.leadTimeDays,
    ...(s.drawPriority === undefined ? {} : { drawPriority: s.drawPriority }),
    outstanding,
  };
  if (s.kind === 'huabei') {
    // The schema refuses draw fees, an interest day and a penalty multiplier on Huabei.
    return {
      ...common,
      kind: 'huabei',
      statementDay: s.statementDay,
      dueDay: s.dueDay,
      billInstalments: s.billInstalments,
    };
  }
  return {
    ...common,
    ...(s.drawFeePercent === undefined
      ? {}
      : { drawFeeRate: fractionFromPercent(s.drawFeePercent) }),
    ...(s.drawFeeMin === undefined ? {} : { drawFeeMin: fenFromYuan(s.drawFeeMin) }),
    ...(s.interestDay === undefined ? {} : { interestDay: s.interestDay }),
    ...(s.penaltyMultiplier === undefined ? {} : { penaltyMultiplier: s.penaltyMultiplier }),
    kind: s.kind,
  };
}

function sourceToFile(s: FundingSource): PlanFileSource {
  const common = {
    id: s.id,
    name: s.name,
    platformGroup: s.platformGroup,
    limit: yuanFromFen(s.limit),
    price: priceToFile(s.price),
    repayment: s.repayment,
    termMonths: s.termMonths,
    leadTimeDays: s.leadTimeDays,
    ...(s.drawPriority === undefined ? {} : { drawPriority: s.drawPriority }),
    ...(s.drawFeeRate === undefined ? {} : { drawFeePercent: percentFromFraction(s.drawFeeRate) }),
    ...(s.drawFeeMin === undefined ? {} : { drawFeeMin: yuanFromFen(s.drawFeeMin) }),
    ...(s.interestDay === undefined ? {} : { interestDay: s.interestDay }),
    ...(s.penaltyMultiplier === undefined ? {} : { penaltyMultiplier: s.penaltyMultiplier }),
    outstanding: s.outstanding.map((o) => ({
      principal: yuanFromFen(o.principal),
      nextDueDate: o.nextDueDate,
      remainingInstalments: o.remainingInstalments,
      ...(o.planMonths === undefined ? {} : { planMonths: o.planMonths }),
    })),
  };
  if (s.kind === 'huabei') {
    // The engine keeps billInstalments as a number; a valid plan only ever holds these values.
    const billInstalments = s.billInstalments as 0 | 3 | 6 | 9 | 12;
    return {
      ...common,
      kind: 'huabei',
      statementDay: s.statementDay,
      dueDay: s.dueDay,
      billInstalments,
    };
  }
  return { ...common, kind: s.kind };
}

/** One scenario from the file (shocks are copied; their units already match the engine). */
export function scenarioFromFile(s: PlanFileScenario): Scenario {
  return {
    id: s.id,
    name: s.name,
    ...(s.description === undefined ? {} : { description: s.description }),
    shocks: s.shocks.map(copyShock),
  };
}

function scenarioToFile(s: Scenario): PlanFileScenario {
  return {
    id: s.id,
    name: s.name,
    ...(s.description === undefined ? {} : { description: s.description }),
    shocks: s.shocks.map(copyShock),
  };
}

/** Seasonal percents (100 = as entered) → factors (1). */
function seasonalityFromFile(
  s: NonNullable<PlanFile['cashFlows'][number]['seasonality']>,
): Seasonality {
  return {
    ...(s.monthlyPercent ? { monthly: s.monthlyPercent.map((p) => p / 100) } : {}),
    ...(s.events
      ? { events: s.events.map((e) => ({ event: e.event, factor: e.percent / 100 })) }
      : {}),
  };
}

function seasonalityToFile(
  s: Seasonality,
): NonNullable<PlanFile['cashFlows'][number]['seasonality']> {
  // Rounded to the schema's 2 decimals: factors made from percents come back exactly.
  const percent = (f: number) => Math.round(f * 10000) / 100;
  return {
    ...(s.monthly ? { monthlyPercent: s.monthly.map(percent) } : {}),
    ...(s.events
      ? { events: s.events.map((e) => ({ event: e.event, percent: percent(e.factor) })) }
      : {}),
  };
}

/**
 * The engine plan of a parsed, valid file: yuan → fen, percent → fraction.
 * @example planFromFile(file).fundingSources[0].price // { type: 'daily', rate: 0.0004 } for ratePercent 0.04
 */
export function planFromFile(file: PlanFile): Plan {
  const cashAccounts: CashAccount[] = file.cashAccounts.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    platformGroup: a.platformGroup,
    balance: fenFromYuan(a.balance),
  }));
  const cashFlows: CashFlow[] = file.cashFlows.map((f) => ({
    id: f.id,
    name: f.name,
    direction: f.direction,
    amount: fenFromYuan(f.amount),
    frequency: copyFrequency(f.frequency),
    ...(f.startDate === undefined ? {} : { startDate: f.startDate }),
    ...(f.endDate === undefined ? {} : { endDate: f.endDate }),
    ...(f.huabeiSharePercent === undefined
      ? {}
      : { huabeiShare: fractionFromPercent(f.huabeiSharePercent) }),
    ...(f.platformGroup === undefined ? {} : { platformGroup: f.platformGroup }),
    ...(f.seasonality === undefined ? {} : { seasonality: seasonalityFromFile(f.seasonality) }),
    ...(f.category === undefined ? {} : { category: f.category }),
    ...(f.fromBusinessCustomers === undefined
      ? {}
      : { fromBusinessCustomers: f.fromBusinessCustomers }),
  }));
  const levers = file.leverAssumptions && leversFromFile(file.leverAssumptions);
  return {
    business: {
      name: file.business.name,
      currency: file.business.currency,
      startDate: file.business.startDate,
      horizonDays: file.business.horizonDays,
      minCashBuffer: fenFromYuan(file.business.minCashBuffer),
      ...(file.business.paymentOrder === undefined
        ? {}
        : { paymentOrder: file.business.paymentOrder }),
      ...(file.business.profile === undefined ? {} : { profile: { ...file.business.profile } }),
    },
    cashAccounts,
    cashFlows,
    fundingSources: file.fundingSources.map(sourceFromFile),
    ...(levers ? { leverAssumptions: levers } : {}),
  };
}

type FileLevers = NonNullable<PlanFile['leverAssumptions']>;

/** File percent fields and their engine fraction names; the other lever fields keep their unit. */
const LEVER_PERCENTS = [
  ['ownerDrawCutPercent', 'ownerDrawCut'],
  ['depositPercent', 'depositShare'],
  ['reserveFromDrawPercent', 'reserveFromDrawShare'],
] as const;
const LEVER_COUNTS = [
  'ownerDrawMonths',
  'purchaseDeferralDays',
  'supplierTermsDays',
  'rentDeferralDays',
  'rentDeferralMonths',
  'depositDays',
] as const;

function leversFromFile(f: FileLevers): Partial<LeverAssumptions> {
  const out: Partial<LeverAssumptions> = {};
  for (const [file, engine] of LEVER_PERCENTS) {
    const v = f[file];
    if (v !== undefined) out[engine] = fractionFromPercent(v);
  }
  for (const k of LEVER_COUNTS) if (f[k] !== undefined) out[k] = f[k];
  return out;
}

function leversToFile(l: Partial<LeverAssumptions>): FileLevers {
  const out: FileLevers = {};
  for (const [file, engine] of LEVER_PERCENTS) {
    const v = l[engine];
    if (v !== undefined) out[file] = percentFromFraction(v);
  }
  for (const k of LEVER_COUNTS) if (l[k] !== undefined) out[k] = l[k];
  return out;
}

/** The file's scenarios as engine scenarios. */
export function scenariosFromFile(file: PlanFile): Scenario[] {
  return file.scenarios.map(scenarioFromFile);
}

/**
 * The plan file for an engine plan and its custom scenarios (for export and storage).
 * Not validated here: parse the result (`parsePlanValue`) if the plan came from outside.
 */
export function fileFromPlan(plan: Plan, scenarios: readonly Scenario[] = []): PlanFile {
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    business: {
      name: plan.business.name,
      currency: plan.business.currency,
      startDate: plan.business.startDate,
      horizonDays: plan.business.horizonDays,
      minCashBuffer: yuanFromFen(plan.business.minCashBuffer),
      ...(plan.business.paymentOrder === undefined
        ? {}
        : { paymentOrder: plan.business.paymentOrder }),
      ...(plan.business.profile === undefined ? {} : { profile: { ...plan.business.profile } }),
    },
    cashAccounts: plan.cashAccounts.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      platformGroup: a.platformGroup,
      balance: yuanFromFen(a.balance),
    })),
    cashFlows: plan.cashFlows.map((f) => ({
      id: f.id,
      name: f.name,
      direction: f.direction,
      amount: yuanFromFen(f.amount),
      frequency: copyFrequency(f.frequency),
      ...(f.startDate === undefined ? {} : { startDate: f.startDate }),
      ...(f.endDate === undefined ? {} : { endDate: f.endDate }),
      ...(f.huabeiShare === undefined
        ? {}
        : { huabeiSharePercent: percentFromFraction(f.huabeiShare) }),
      ...(f.platformGroup === undefined ? {} : { platformGroup: f.platformGroup }),
      ...(f.seasonality === undefined ? {} : { seasonality: seasonalityToFile(f.seasonality) }),
      ...(f.category === undefined ? {} : { category: f.category }),
      ...(f.fromBusinessCustomers === undefined
        ? {}
        : { fromBusinessCustomers: f.fromBusinessCustomers }),
    })),
    fundingSources: plan.fundingSources.map(sourceToFile),
    scenarios: scenarios.map(scenarioToFile),
    ...(plan.leverAssumptions ? { leverAssumptions: leversToFile(plan.leverAssumptions) } : {}),
  };
}
