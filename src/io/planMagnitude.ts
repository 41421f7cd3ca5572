import { HUABEI_OVERDUE_RATE_PER_DAY, JIEBEI_PENALTY_MULTIPLIER } from '../engine/terms';
import type { PlanFile, PlanFileSource } from './planSchema';

/**
 * Can the engine compute this plan exactly? It counts money in integer fen in doubles, which are
 * exact up to 2^53 fen (about ¥90 trillion). Every field has its own maximum (¥10 billion, 100 %,
 * 730 days), but together they can go beyond that: 200 daily flows of ¥10 billion over 730 days,
 * or ¥10 billion lent at 100 % a day with penalty interest. Such a plan would still give finite
 * numbers, but wrong in their last digits, so it is refused, naming the field that weighs most.
 *
 * The bound is deliberately generous towards the plan (it over-counts): every flow falls due on
 * every day; every source is fully drawn from day 0 and pays contract plus penalty interest on
 * the whole of it every day (penalty also on unpaid interest); a draw fee can be charged once a day on the whole limit.
 */

/** Largest bound accepted, in yuan: half the exact range, so sums of two columns stay exact. */
export const MAX_EXACT_YUAN = Number.MAX_SAFE_INTEGER / 100 / 2;

export type Weight = { path: (string | number)[]; yuan: number };

/** Upper bounds of the daily contract rate and penalty rate of one yuan drawn from `source`. */
function dailyRates(source: PlanFileSource): { contract: number; penalty: number } {
  const price = source.price;
  const contract =
    price.type === 'daily'
      ? price.ratePercent / 100
      : price.type === 'annual'
        ? price.ratePercent / 100 / 365
        : // A flat fee over n months costs at most the whole fee in the first month (≥ 28 days).
          price.totalFeePercent / 100 / 28;
  const penalty =
    source.kind === 'huabei'
      ? Math.max(HUABEI_OVERDUE_RATE_PER_DAY, contract)
      : contract * (source.penaltyMultiplier ?? JIEBEI_PENALTY_MULTIPLIER);
  return { contract, penalty };
}

function ratePath(source: PlanFileSource): string {
  return source.price.type === 'instalment_fee' ? 'totalFeePercent' : 'ratePercent';
}

/** What each field contributes to the bound, in yuan. */
export function planWeights(file: PlanFile): Weight[] {
  const days = file.business.horizonDays;
  const weights: Weight[] = [
    { path: ['business', 'minCashBuffer'], yuan: file.business.minCashBuffer },
  ];
  file.cashAccounts.forEach((a, i) =>
    weights.push({ path: ['cashAccounts', i, 'balance'], yuan: a.balance }),
  );
  file.cashFlows.forEach((f, i) =>
    weights.push({ path: ['cashFlows', i, 'amount'], yuan: f.amount * days }),
  );
  file.fundingSources.forEach((s, i) => {
    const owed = s.limit + s.outstanding.reduce((sum, o) => sum + o.principal, 0);
    // Penalty interest also runs on contract interest left unpaid, hence the product.
    const { contract, penalty } = dailyRates(s);
    const interest = owed * ((1 + contract * days) * (1 + penalty * days) - 1);
    const hasFee = (s.drawFeePercent ?? 0) > 0 || (s.drawFeeMin ?? 0) > 0;
    const fees = hasFee ? s.limit * days : 0;
    weights.push({ path: ['fundingSources', i, 'limit'], yuan: owed + fees });
    weights.push({ path: ['fundingSources', i, 'price', ratePath(s)], yuan: interest });
  });
  return weights;
}

/**
 * The field to name when the plan is beyond exact range (the heaviest), or null when it is not.
 * @example heaviestBeyondRange(planWith200DailyFlowsOf10Billion) // ['cashFlows', 17, 'amount']
 */
export function heaviestBeyondRange(file: PlanFile): (string | number)[] | null {
  const weights = planWeights(file);
  const total = weights.reduce((sum, w) => sum + w.yuan, 0);
  if (total <= MAX_EXACT_YUAN) return null;
  let heaviest = weights[0]!;
  for (const w of weights) if (w.yuan > heaviest.yuan) heaviest = w;
  return heaviest.path;
}
