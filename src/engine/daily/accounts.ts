import { GROUP_INDEX } from '../cashFlows';
import type { Fen, PaymentOrder } from '../model';
import { PLATFORM_GROUPS } from '../model';

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

/**
 * The business's cash during a run, one balance per platform group (fen), and the rules by which
 * payments come out of it. `locked` has a bit per group whose platform is down today: its cash
 * cannot be spent, and a deficit on it still counts.
 */
export type Accounts = {
  /** Balance per platform group (index in PLATFORM_GROUPS), fen. Changed only by `deposit` and `pay`. */
  pool: Float64Array;
  /**
   * Σ pool, kept in step with every change: reachable cash on a day nothing is locked (most days)
   * without adding up the groups each time. Exact, as every amount is whole fen.
   */
  total: Fen;
  /** Bit i set: PLATFORM_GROUPS[i] is locked today. */
  locked: number;
  payOrder: readonly number[];
};

export function openAccounts(
  balances: readonly { platformGroup: keyof typeof GROUP_INDEX; balance: Fen }[],
  paymentOrder: PaymentOrder = 'bank_first',
): Accounts {
  const pool = new Float64Array(PLATFORM_GROUPS.length);
  for (const a of balances) pool[GROUP_INDEX[a.platformGroup]]! += a.balance;
  let total = 0;
  for (let g = 0; g < pool.length; g++) total += pool[g]!;
  return { pool, total, locked: 0, payOrder: PAY_ORDERS[paymentOrder] };
}

/** Money arrives on `group`'s accounts (reachable or not). */
export function deposit(a: Accounts, group: number, amount: Fen): void {
  a.pool[group]! += amount;
  a.total += amount;
}

/** Take what `group` (if reachable) holds towards `amount`; returns what is left to pay. */
function takeFrom(a: Accounts, group: number, amount: Fen): Fen {
  if (amount <= 0 || a.locked & (1 << group)) return amount;
  const have = a.pool[group]!;
  if (have <= 0) return amount;
  const take = have < amount ? have : amount;
  a.pool[group] = have - take;
  a.total -= take;
  return amount - take;
}

/**
 * Take `amount` from the accounts reachable today: `first` (a platform group an outflow names,
 * or −1), then the plan's payment order; what they lack drives the primary account negative.
 */
export function pay(a: Accounts, amount: Fen, first = -1): void {
  let rest = first >= 0 ? takeFrom(a, first, amount) : amount;
  const order = a.payOrder;
  for (let i = 0; i < order.length && rest > 0; i++) rest = takeFrom(a, order[i]!, rest);
  if (rest > 0) {
    a.pool[primary(a)]! -= rest;
    a.total -= rest;
  }
}

/** The account money moves through: the bank, or the first platform still up when a bank outage locks it. */
export function primary(a: Accounts): number {
  if (!(a.locked & (1 << BANK))) return BANK;
  for (const g of PRIMARY_ORDER) if (!(a.locked & (1 << g))) return g;
  return BANK;
}

/** Cash the business can spend: platforms that are up, plus any deficit on a locked one (a debt does not vanish when its account is unreachable). */
export function accessible(a: Accounts): Fen {
  // Nothing locked (most days of most runs): every balance counts.
  if (a.locked === 0) return a.total;
  const pool = a.pool;
  let sum = 0;
  for (let g = 0; g < pool.length; g++) {
    const balance = pool[g]!;
    sum += a.locked & (1 << g) ? Math.min(0, balance) : balance;
  }
  return sum;
}
