import { describe, expect, it } from 'vitest';
import { isUnder, relativePath } from './issuePath';

describe('isUnder / relativePath', () => {
  it('does not confuse index 1 with index 10', () => {
    expect(isUnder('fundingSources[1].limit', 'fundingSources[1]')).toBe(true);
    expect(isUnder('fundingSources[10].limit', 'fundingSources[1]')).toBe(false);
    expect(isUnder('fundingSources[1]', 'fundingSources[1]')).toBe(true);
  });
  it('gives the path inside an item', () => {
    expect(relativePath('cashFlows[2].frequency.weekday', 'cashFlows[2]')).toBe(
      'frequency.weekday',
    );
    expect(relativePath('fundingSources[0].outstanding[1].principal', 'fundingSources[0]')).toBe(
      'outstanding[1].principal',
    );
    expect(relativePath('cashFlows[2]', 'cashFlows[2]')).toBe('');
  });
});
