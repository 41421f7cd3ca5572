import { describe, expect, it } from 'vitest';
import { stepOfIssuePath } from './steps';

describe('stepOfIssuePath', () => {
  it('maps each part of the plan to its step', () => {
    expect(stepOfIssuePath('business.horizonDays')).toBe('reserves');
    expect(stepOfIssuePath('cashAccounts[0].balance')).toBe('reserves');
    expect(stepOfIssuePath('cashFlows[3].frequency.weekday')).toBe('flows');
    expect(stepOfIssuePath('fundingSources')).toBe('funding');
    expect(stepOfIssuePath('scenarios[0].shocks[0].target.sourceIds[0]')).toBe('scenario');
    expect(stepOfIssuePath('')).toBeNull();
    expect(stepOfIssuePath('formatVersion')).toBeNull();
  });
});
