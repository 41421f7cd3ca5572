import type { Sourced } from '../citations';
import type { Fen, LeverAssumptions, Plan, PlatformGroup } from '../model';

/**
 * What the advisor can propose. Each is a pure change to a plan, re-simulated to measure it;
 * docs/advice.md gives every one's model, prerequisites, cost formula and sources.
 */
export const ACTION_KINDS = [
  // Operating levers: no financing cost, an assumption the owner confirms.
  'cut_owner_draw',
  'defer_purchases',
  'supplier_terms',
  'customer_deposits',
  'defer_rent',
  // A reserve, each with where its cash comes from.
  'raise_reserve',
  'reserve_from_profit',
  'reduce_alipay_cash',
  // Financing outside the Ant group.
  'tax_loan',
  'inclusive_credit_loan',
  'bank_credit_line',
  'bank_loan',
  'guaranteed_loan',
  'startup_guarantee_loan',
  'loan_renewal',
  'factoring',
  'order_financing',
  'inventory_financing',
  'non_ant_online_lender',
  // A change of funding mix.
  'move_off_huabei',
  // Never suggested: listed with the reason it is not.
  'credit_card',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export type ActionCategory = 'lever' | 'reserve' | 'financing' | 'mix';

/** What a lender or the law asks before an action is possible (see `profile.ts`). */
export const PREREQUISITES = [
  'registered_business',
  'company',
  'business_account',
  'clean_credit',
  'collateral_or_guarantor',
  'business_receivables',
  'tax_record',
  'startup_eligible',
] as const;
export type Prerequisite = (typeof PREREQUISITES)[number];

/** Why an action is shown greyed instead of suggested. */
export type BlockReason =
  | Prerequisite
  /** Card funds may not pay for business operations (2022 credit-card rules). */
  | 'card_rules'
  /** The plan already has this lender's line: a second one is not on offer. */
  | 'already_in_plan'
  /** Nothing left to finance (e.g. the receivables are already factored in the plan). */
  | 'no_room';

/**
 * How an action costs money: nothing; what the cash would earn elsewhere; interest only on
 * what the simulation draws (a standby line); interest on the whole amount from the day it
 * is paid out (a term loan); supplier credit given up.
 */
export type CostStructure = 'none' | 'opportunity' | 'drawn_interest' | 'full_interest' | 'float';

/** Where a reserve's cash comes from. */
export type CashSource = 'owner_injection' | 'retained_draw' | 'platform_cash';

/** A number the action uses and where it comes from: the plan's own lender, or a graded default. */
export type Basis = { from: 'plan'; sourceName: string } | ({ from: 'default' } & Sourced);

/** When an action starts and when its cash is usable, as plan day indices. */
export type Timing = { startDay: number; readyDay: number };

export type Action = {
  kind: ActionKind;
  category: ActionCategory;
  /** The amount is searched (smallest that closes the gap) or fixed by the plan. */
  sized: boolean;
  /** Fen: the fixed amount when not sized (cash moved, cash a lever frees). */
  amount: Fen;
  /** Smallest and largest amount on offer (fen). */
  min: Fen;
  cap: Fen;
  leadTimeDays: number;
  leadBasis: Basis | null;
  /** Day the action starts: 0 (arranged now) or the shock day (a response to the outage). */
  startDay: number;
  /** First day its cash can be used whatever the lead time (a renewal: the old loan's due day). */
  usableFrom?: number;
  /** A credit line whose every draw is repaid in this many equal monthly instalments (微业贷). */
  instalmentMonths?: number;
  /**
   * The day it must be done before: cash moved off a platform before the scenario's outage
   * locks that platform. Not in place by then, it is too late for this outage (ready never).
   */
  doneBefore?: number;
  /** When the cash is in place depends on the amount (a reserve built month by month): null past the horizon. */
  readyFor?: (amount: Fen) => number | null;
  /** With `readyFor`: the most it can hold by a given day (fen). */
  reachableBy?: (day: number) => Fen;
  /** Interest or opportunity rate a year (fraction). */
  annualRate: number;
  rateBasis: Basis | null;
  /** Fee a year on the whole amount (a guarantee fee), fraction. */
  feeRate: number;
  feeBasis: Sourced | null;
  cost: CostStructure;
  platformGroup: PlatformGroup;
  prerequisites: readonly Prerequisite[];
  /** Actions sharing a group draw on the same thing (a buyer's receivables): one per combination. */
  exclusive?: string;
  counterparty?: string;
  cashSource?: CashSource;
  /** Names of the cash flows a lever changes (e.g. the purchases it puts off). */
  flowNames?: string[];
  /** The lever assumptions this action uses. */
  assumptions?: Partial<LeverAssumptions>;
  /** Id of the funding source `apply` adds, when it adds one. */
  sourceId?: string;
  apply: (plan: Plan, amount: Fen, timing: Timing) => Plan;
};

/** An action this plan cannot take, and why. */
export type Unavailable = { action: ActionKind; reasons: BlockReason[] };
