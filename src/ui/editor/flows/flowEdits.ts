import type { PlanFileCashFlow } from '../../../io/planSchema';

/**
 * Edits of one cash flow that change several fields at once, so the flow stays consistent
 * (Huabei applies to outflows only; the frequency's parameter follows its type).
 */

export type Direction = PlanFileCashFlow['direction'];
export type FrequencyType = PlanFileCashFlow['frequency']['type'];
export const FREQUENCY_TYPES = [
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'once',
] as const satisfies readonly FrequencyType[];

/** A new flow: monthly on the 1st, nothing filled in; inflows land in the bank unless changed. */
export function newFlow(id: string, direction: Direction): PlanFileCashFlow {
  return {
    id,
    name: '',
    direction,
    amount: 0,
    frequency: { type: 'monthly', dayOfMonth: 1 },
    ...(direction === 'inflow' ? { platformGroup: 'bank' as const } : {}),
  };
}

/**
 * The flow turned around: an inflow loses its Huabei share and what it pays for, an outflow
 * its landing platform and its business-customer mark.
 */
export function withDirection(flow: PlanFileCashFlow, direction: Direction): PlanFileCashFlow {
  const { huabeiSharePercent, platformGroup, category, fromBusinessCustomers, ...rest } = flow;
  if (direction === 'inflow')
    return {
      ...rest,
      direction,
      platformGroup: platformGroup ?? 'bank',
      ...(fromBusinessCustomers === undefined ? {} : { fromBusinessCustomers }),
    };
  return {
    ...rest,
    direction,
    ...(huabeiSharePercent === undefined ? {} : { huabeiSharePercent }),
    ...(category === undefined ? {} : { category }),
  };
}

/** A frequency of `type`, keeping the day of month between monthly and quarterly; a one-off defaults to `date`. */
export function frequencyOfType(
  type: FrequencyType,
  previous: PlanFileCashFlow['frequency'],
  date: string,
): PlanFileCashFlow['frequency'] {
  const dayOfMonth = 'dayOfMonth' in previous ? previous.dayOfMonth : 1;
  switch (type) {
    case 'daily':
      return { type };
    case 'weekly':
      return { type, weekday: 'weekday' in previous ? previous.weekday : 1 };
    case 'monthly':
    case 'quarterly':
      return { type, dayOfMonth };
    case 'once':
      return { type, date: 'date' in previous ? previous.date : date };
  }
}
