/**
 * The few product terms the simulation itself relies on. `defaults.ts` cites each (grade and
 * source); they live here so running the engine does not load every default and citation.
 */

/**
 * Huabei's published instalment fees (分期手续费): the total fee over the whole term as a fraction
 * of the amount, charged in equal parts with each instalment (domain.md §2, grade M). The fee
 * follows the number of instalments actually used: a 3-month plan pays 2.5 %, never the 12-month 8.8 %.
 */
export const HUABEI_INSTALMENT_FEES = { 3: 0.025, 6: 0.045, 9: 0.065, 12: 0.088 } as const;
export type HuabeiTerm = keyof typeof HUABEI_INSTALMENT_FEES;
export const HUABEI_TERMS = [3, 6, 9, 12] as const satisfies readonly HuabeiTerm[];

/** Huabei's overdue rate: 0.05 % a day (domain.md §2, grade M). */
export const HUABEI_OVERDUE_RATE_PER_DAY = 0.0005;

/** Jiebei's overdue penalty is not published: 1.5 × the contract rate is assumed (domain.md §2, U). */
export const JIEBEI_PENALTY_MULTIPLIER = 1.5;

/** Risk-control freezes have no documented length: 30 days is the default, range 7–90 (domain.md §1, U). */
export const RISK_FREEZE_DEFAULT_DAYS = 30;

/** Revolving interest settles on this day of the month when `interestDay` is absent (an assumption, U). */
export const DEFAULT_INTEREST_DAY = 20;
