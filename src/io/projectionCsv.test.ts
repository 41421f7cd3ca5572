import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine/simulate';
import { account, inflow, outflow, planWith, scenario, yuan } from '../engine/testPlans';
import { PROJECTION_COLUMNS, projectionCsv, type ProjectionColumn } from './projectionCsv';

const HEADERS = Object.fromEntries(PROJECTION_COLUMNS.map((c) => [c, c])) as Record<
  ProjectionColumn,
  string
>;

// ¥1,000 in the bank, ¥300.50 out every day, ¥100 in every day; the scenario halves revenue.
const plan = planWith({
  cashAccounts: [account('bank', yuan(1000))],
  cashFlows: [outflow('rent', yuan(300.5)), inflow('sales', yuan(100))],
});
const stressed = scenario({
  type: 'revenue_drop',
  dropPercent: 50,
  startDay: 0,
  durationDays: null,
});

describe('projectionCsv', () => {
  const text = projectionCsv(plan, simulate(plan), simulate(plan, stressed), HEADERS);
  const lines = text.split('\r\n');

  it('has a header and one row a day, yuan with 2 decimals', () => {
    expect(lines).toHaveLength(1 + 30);
    expect(lines[0]).toBe(PROJECTION_COLUMNS.join(','));
    // Day 0: baseline 1000 − 300.50 + 100 = 799.50; stressed 1000 − 300.50 + 50 = 749.50.
    expect(lines[1]).toBe('2026-03-01,0,799.50,749.50,749.50,50.00,300.50,0.00,0.00,0.00,0.00');
    // Day 1: baseline 599.00; stressed 499.00.
    expect(lines[2]).toBe('2026-03-02,1,599.00,499.00,499.00,50.00,300.50,0.00,0.00,0.00,0.00');
  });

  it('shows the shortfall once the stressed cash runs out', () => {
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1);
    const short = rows.filter((r) => Number(r[10]) > 0);
    // Stressed cash falls by 250.50 a day from 1,000: below zero on day 3 (−2.00).
    expect(short[0]?.[0]).toBe('2026-03-04');
    expect(short[0]?.[10]).toBe('2.00');
  });

  it('quotes a translated header that holds the delimiter', () => {
    const csv = projectionCsv(plan, simulate(plan), simulate(plan), {
      ...HEADERS,
      date: '日期, UTC',
    });
    expect(csv.split('\r\n')[0]!.startsWith('"日期, UTC",day,')).toBe(true);
  });
});
