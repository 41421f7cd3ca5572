/**
 * The few product terms the simulation itself relies on. `defaults.ts` cites each (grade and
 * source); they live here so running the engine does not load every default and citation.
 */

/** Huabei's overdue rate: 0.05 % a day (domain.md §2, grade M). */
export const HUABEI_OVERDUE_RATE_PER_DAY = 0.0005;

/** Jiebei's overdue penalty is not published: 1.5 × the contract rate is assumed (domain.md §2, U). */
export const JIEBEI_PENALTY_MULTIPLIER = 1.5;

/** Risk-control freezes have no documented length: 30 days is the default, range 7–90 (domain.md §1, U). */
export const RISK_FREEZE_DEFAULT_DAYS = 30;
