import { deposit, pay } from './accounts';
import type { DailyRun } from './run';

/** The day's inflows land on their platform groups' accounts (locked or not). */
export function receiveInflows(run: DailyRun, d: number): void {
  const inflows = run.inflows;
  const groups = run.inflowGroups;
  let inflow = 0;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    const amount = inflows[g]![d]!;
    if (amount === 0) continue;
    deposit(run.accounts, g, amount);
    inflow += amount;
  }
  run.inflow = inflow;
}

/** The day's outflows paid in cash: those that must be, and what Huabei could not take. */
export function cashOutflows(run: DailyRun, d: number): number {
  return run.calendar.cashOutflows[d]! + run.unpaidByHuabei;
}

/**
 * Pay day `d`'s cash outflows: those whose flows name a platform from that platform first, the
 * rest in the plan's order. What no Huabei line could take is charged to the named outflows
 * first (up to their eligible share), then to the rest.
 */
export function payOutflows(run: DailyRun, d: number): void {
  const accounts = run.accounts;
  let rest = cashOutflows(run, d);
  let unpaid = run.unpaidByHuabei;
  const payers = run.calendar.payers;
  for (let i = 0; i < payers.length; i++) {
    const p = payers[i]!;
    const eligible = p.huabeiEligible[d]!;
    const fromHuabei = unpaid < eligible ? unpaid : eligible;
    unpaid -= fromHuabei;
    const amount = p.cash[d]! + fromHuabei;
    if (amount <= 0) continue;
    pay(accounts, amount, p.group);
    rest -= amount;
  }
  if (rest > 0) pay(accounts, rest);
}
