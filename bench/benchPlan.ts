import type { CashFlow, FundingSource, Plan } from '../src/engine/model';
import { defaultSourceForBench } from './sources';

/**
 * The benchmark plan of issue 2: 365 days, 30 cash flows, 10 funding sources, chosen so the
 * run draws, repays and goes short (the expensive paths), not a quiet baseline.
 */
/** `heavy`: inflows cut so the business draws on most days (the slowest path). */
export function benchPlan(heavy = false): Plan {
  const inflowAmount = heavy ? 1_200_000 : 1_400_000;
  const flows: CashFlow[] = [];
  for (let i = 0; i < 30; i++) {
    const inflow = i % 3 === 0;
    const freq: CashFlow['frequency'] =
      i % 5 === 0
        ? { type: 'daily' }
        : i % 5 === 1
          ? { type: 'weekly', weekday: i % 7 }
          : i % 5 === 2
            ? { type: 'monthly', dayOfMonth: 1 + ((i * 3) % 28) }
            : i % 5 === 3
              ? { type: 'quarterly', dayOfMonth: 15 }
              : { type: 'once', date: '2027-03-15' };
    flows.push({
      id: `f${i}`,
      name: `flow ${i}`,
      direction: inflow ? 'inflow' : 'outflow',
      amount: (inflow ? inflowAmount : 700_000) * (freq.type === 'daily' ? 0.1 : 1),
      frequency: freq,
      huabeiShare: inflow ? undefined : 0.3,
      platformGroup: inflow && i % 2 === 0 ? 'ant' : 'bank',
    });
  }
  const sources: FundingSource[] = defaultSourceForBench();
  return {
    business: {
      name: 'Bench',
      currency: 'CNY',
      startDate: '2026-12-01',
      horizonDays: 365,
      minCashBuffer: 2_000_000,
    },
    cashAccounts: [
      { id: 'bank', name: 'Bank', kind: 'bank', platformGroup: 'bank', balance: 5_000_000 },
      { id: 'alipay', name: 'Alipay', kind: 'alipay', platformGroup: 'ant', balance: 3_000_000 },
    ],
    cashFlows: flows,
    fundingSources: sources,
  };
}
