import type { Fen } from '../model';
import { roundFen } from '../money';
import { dailyRate } from '../rates';
import type { Outcome } from './outcome';
import type { Action, Timing } from './types';

/**
 * What an action costs, in fen (docs/advice.md "Cost"): interest on the balance the
 * re-simulated plan actually carries from the day the cash is usable, plus fees; or, for cash
 * the business holds, what that cash would earn elsewhere. Per year = over the days the action
 * is in place, scaled to 365.
 */
export type Cost = {
  interest: Fen;
  fees: Fen;
  opportunity: Fen;
  perYear: Fen;
  /** A year in which the outage never comes: a standby line then costs only its fees. */
  ifUnusedPerYear: Fen;
};

const NONE: Cost = { interest: 0, fees: 0, opportunity: 0, perYear: 0, ifUnusedPerYear: 0 };

export function costOf(action: Action, amount: Fen, timing: Timing, after: Outcome): Cost {
  const n = after.run.days;
  switch (action.cost) {
    case 'none':
      return NONE;
    case 'opportunity':
    case 'float': {
      const perYear = roundFen(amount * action.annualRate);
      return { ...NONE, opportunity: perYear, perYear, ifUnusedPerYear: perYear };
    }
    case 'drawn_interest':
    case 'full_interest': {
      const days = n - timing.readyDay;
      const at = after.plan.fundingSources.findIndex((s) => s.id === action.sourceId);
      const series = at >= 0 ? after.run.sources[at] : undefined;
      if (days <= 0 || !series) return NONE;
      const daily = dailyRate(after.plan.fundingSources[at]!.price);
      let balanceDays = 0;
      if (action.cost === 'full_interest') balanceDays = amount * days;
      else for (let d = timing.readyDay; d < n; d++) balanceDays += series.balance[d]!;
      const interest = roundFen(balanceDays * daily);
      const feeYears = Math.ceil(days / 365);
      const fees = roundFen(amount * action.feeRate) * feeYears;
      const fullYear = roundFen(amount * action.annualRate);
      const feePerYear = roundFen(amount * action.feeRate);
      return {
        interest,
        fees,
        opportunity: 0,
        perYear: roundFen((interest * 365) / days) + feePerYear,
        ifUnusedPerYear: action.cost === 'full_interest' ? fullYear + feePerYear : feePerYear,
      };
    }
    default: {
      const never: never = action.cost;
      return never;
    }
  }
}
