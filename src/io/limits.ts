/**
 * Size limits of a plan file. Kept apart from the zod schema so code that only converts
 * trusted plans (the app's first screen) does not pull zod into the initial bundle.
 */
export const LIMITS = {
  idLength: 64,
  nameLength: 120,
  descriptionLength: 1000,
  cashAccounts: 50,
  cashFlows: 200,
  fundingSources: 50,
  outstanding: 60,
  scenarios: 8,
  /**
   * Scenarios the app lets a plan keep: the compare view's columns, what a reader can still
   * compare at a glance. A file may hold up to `scenarios` (an older one still opens); the app
   * only refuses to add more.
   */
  keptScenarios: 4,
  shocks: 20,
  targetEntries: 50,
  horizonMin: 30,
  horizonMax: 730,
  /** Decimal places allowed in percent fields (0.0385 %/day needs 4). */
  percentDecimals: 6,
  /**
   * Earliest and latest date a plan may name. A typo such as 0226-12-01 or 20266-… would
   * otherwise project centuries of empty days; 2100 plus a 730-day horizon still prints as
   * an ordinary ISO date.
   */
  dateMin: '2000-01-01',
  dateMax: '2100-12-31',
} as const;
