import { assumedTerms } from '../engine/assumedTerms';
import { CITATIONS } from '../engine/citations';
import type { Plan } from '../engine/model';

/**
 * The `plan` object every command's JSON starts with (docs/cli.md). `paymentOrder` is the order
 * the run used: the plan's own, or `bank_first` when the plan states none.
 */
export function planJson(plan: Plan) {
  const b = plan.business;
  return {
    name: b.name,
    currency: b.currency,
    startDate: b.startDate,
    horizonDays: b.horizonDays,
    paymentOrder: b.paymentOrder ?? 'bank_first',
  };
}

/** `assumedTerms` of `simulate --json`: each term the run assumed or the reader must see, with its source. */
export function assumedTermsJson(plan: Plan) {
  return assumedTerms(plan).map(({ citation, ...t }) => ({
    ...t,
    source: CITATIONS[citation].title,
  }));
}
