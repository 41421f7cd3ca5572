import { describe, expect, it } from 'vitest';
import { frequencyOfType, newFlow, withDirection } from './flowEdits';

describe('flow edits', () => {
  it('drops the Huabei share when an outflow becomes an inflow, and the platform the other way', () => {
    const out = { ...newFlow('flow-1', 'outflow'), huabeiSharePercent: 70 };
    const asIn = withDirection(out, 'inflow');
    expect(asIn).not.toHaveProperty('huabeiSharePercent');
    expect(asIn.platformGroup).toBe('bank');
    const back = withDirection({ ...asIn, platformGroup: 'ant' }, 'outflow');
    expect(back).not.toHaveProperty('platformGroup');
    expect(back.direction).toBe('outflow');
  });

  it("drops the advisor's marks that belong to the other direction", () => {
    const out = { ...newFlow('flow-1', 'outflow'), category: 'supplier' as const };
    const asIn = withDirection(out, 'inflow');
    expect(asIn).not.toHaveProperty('category');
    const back = withDirection({ ...asIn, fromBusinessCustomers: true }, 'outflow');
    expect(back).not.toHaveProperty('fromBusinessCustomers');
  });

  it('keeps the day of month from monthly to quarterly and fills sensible parameters', () => {
    expect(frequencyOfType('quarterly', { type: 'monthly', dayOfMonth: 15 }, '2026-12-01')).toEqual(
      {
        type: 'quarterly',
        dayOfMonth: 15,
      },
    );
    expect(frequencyOfType('once', { type: 'daily' }, '2026-12-01')).toEqual({
      type: 'once',
      date: '2026-12-01',
    });
    expect(frequencyOfType('weekly', { type: 'daily' }, '2026-12-01')).toEqual({
      type: 'weekly',
      weekday: 1,
    });
  });
});
