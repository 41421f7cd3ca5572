/**
 * Reading and checking a projection's daily columns in tests: every column by name, the cash
 * identity day by day, and small column helpers to compare with `toEqual`. Test-only: nothing in
 * the app imports this file.
 */
import { expect } from 'vitest';
import type { Projection } from './simulate';

/** Every numeric column of a projection, with its name, for blanket checks. */
export function columnsOf(run: Projection): [string, Float64Array][] {
  const cols: [string, Float64Array][] = [
    ['cash', run.cash],
    ['accessibleCash', run.accessibleCash],
    ['lockedCash', run.lockedCash],
    ['inflows', run.inflows],
    ['outflows', run.outflows],
    ['huabeiDeferred', run.huabeiDeferred],
    ['repayments', run.repayments],
    ['interest', run.interest],
    ['draws', run.draws],
    ['shortfall', run.shortfall],
  ];
  for (const s of run.sources) {
    cols.push([`${s.id}.draws`, s.draws]);
    cols.push([`${s.id}.repayments`, s.repayments]);
    cols.push([`${s.id}.headroom`, s.headroom]);
    cols.push([`${s.id}.balance`, s.balance]);
    cols.push([`${s.id}.limit`, s.limit]);
  }
  return cols;
}

/** The first day the cash identity fails, with the numbers, or null when every day holds to the fen. */
export function conservationBreak(run: Projection): string | null {
  let prev = run.openingCash;
  for (let d = 0; d < run.days; d++) {
    const expected =
      prev +
      run.inflows[d]! -
      run.outflows[d]! -
      run.repayments[d]! -
      run.interest[d]! +
      run.draws[d]!;
    if (run.cash[d] !== expected) {
      return `day ${d}: cash ${run.cash[d]} ≠ ${prev} + ${run.inflows[d]} − ${run.outflows[d]} − ${run.repayments[d]} − ${run.interest[d]} + ${run.draws[d]} = ${expected}`;
    }
    if (run.accessibleCash[d]! + run.lockedCash[d]! !== run.cash[d]) {
      return `day ${d}: accessible ${run.accessibleCash[d]} + locked ${run.lockedCash[d]} ≠ cash ${run.cash[d]}`;
    }
    let draws = 0;
    let repaid = 0;
    for (const s of run.sources) {
      draws += s.draws[d]!;
      repaid += s.repayments[d]!;
    }
    if (draws !== run.draws[d]) return `day ${d}: source draws ${draws} ≠ draws ${run.draws[d]}`;
    if (repaid !== run.repayments[d]! + run.interest[d]!) {
      return `day ${d}: source repayments ${repaid} ≠ repayments ${run.repayments[d]} + interest ${run.interest[d]}`;
    }
    prev = run.cash[d]!;
  }
  return null;
}

/**
 * cash[d] = cash[d−1] + inflows − outflows − repayments − interest + draws, exactly, every day;
 * also accessible + locked = cash and the per-source columns add up to the totals.
 */
export function assertConserved(run: Projection): void {
  expect(conservationBreak(run)).toBeNull();
}

/** Days (indices) on which a column is non-zero. */
export function nonZeroDays(col: Float64Array): number[] {
  const days: number[] = [];
  col.forEach((x, d) => {
    if (x !== 0) days.push(d);
  });
  return days;
}

/** A column's values on days [from, to), as a plain array to compare with `toEqual`. */
export const arr = (col: Float64Array, from: number, to: number): number[] =>
  Array.from(col.slice(from, to));

/** The day indices from, from + 1, …, to − 1. */
export const range = (from: number, to: number): number[] =>
  [...Array(to - from).keys()].map((i) => from + i);

export const sum = (col: Float64Array, from = 0, to = col.length): number => {
  let s = 0;
  for (let d = from; d < to; d++) s += col[d]!;
  return s;
};
