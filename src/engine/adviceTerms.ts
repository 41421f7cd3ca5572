/**
 * Prices the advisor puts on actions that are not loans. Each is a stated assumption.
 */

/** Cash held as a reserve is priced at the 1-year LPR, 3.00 % (domain.md §2, W): what it would cost to borrow it. */
export const REFERENCE_OPPORTUNITY_RATE = 0.03;

/** Moving money out of Yu'ebao gives up its yield over a bank demand deposit: assumed 1.5 % a year (U). */
export const YUEBAO_YIELD_FORGONE = 0.015;
