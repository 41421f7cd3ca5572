import { describe, expect, it } from 'vitest';
import { exampleValid } from '../../../io/exampleFixtures';
import { flowSummary, flowSummaryText } from './flowSummary';

describe('flowSummaryText', () => {
  const flows = exampleValid('online-shop').file.cashFlows;

  it('sets the parts apart (the report read “¥10,500dailylands on Ant Group”)', () => {
    for (const flow of flows) {
      for (const lang of ['en', 'zh-CN'] as const) {
        const parts = flowSummary(flow, lang).filter((p) => p !== '');
        expect(flowSummaryText(flow, lang)).toBe(parts.join(' · '));
      }
    }
    const takings = flows.find((f) => f.direction === 'inflow' && f.frequency.type === 'daily')!;
    expect(flowSummaryText(takings, 'en')).toMatch(/^¥[\d,]+ · daily · /);
  });
});
