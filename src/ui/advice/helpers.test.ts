import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../../engine/advice';
import { analyze } from '../../engine/analyze';
import { SOURCE_DEFAULTS } from '../../engine/defaults';
import { findPreset } from '../../engine/presets';
import { DOMAIN } from '../../i18n/messages/domain';
import { exampleValid } from '../../io/exampleFixtures';
import { cashRows } from '../charts/cashRows';
import { priceBasis } from './priceBasis';
import { sourceNamer } from './sourceName';

describe('priceBasis', () => {
  it('cites the LPR for cash set aside, the kind default for credit, an assumption for Yu’ebao', () => {
    expect(priceBasis('raise_reserve')).toEqual({
      note: 'reserve',
      basis: { grade: 'W', citation: 'lpr_2025' },
    });
    expect(priceBasis('non_ant_online_lender').basis).toEqual(SOURCE_DEFAULTS.webank.basis.price);
    expect(priceBasis('reduce_alipay_cash').basis).toEqual({
      grade: 'U',
      citation: 'domain_assumption',
    });
    expect(priceBasis('stagger_jiebei')).toEqual({ note: 'none', basis: null });
  });
});

describe('sourceNamer', () => {
  it('translates a source kind and leaves anything else as it is', () => {
    const name = sourceNamer(DOMAIN.en.sourceKind);
    expect(name('webank')).toBe('WeBank loan');
    expect(name('mystery')).toBe('mystery');
  });
});

describe('cashRows with a what-if', () => {
  it('adds the changed plan’s stressed cash as a third series, and nothing without one', () => {
    const { plan } = exampleValid('online-shop');
    const freeze = findPreset('risk_control_freeze_30d')!;
    const analysis = analyze(plan, freeze, { reverseStress: false });
    const changed = applySuggestion(plan, { action: 'raise_reserve', amount: 19_900 });
    const whatIf = analyze(changed, freeze, { reverseStress: false });
    const rows = cashRows(plan, analysis, whatIf);
    expect(rows[14]!.whatIf).toBe(whatIf.stressed.projection.accessibleCash[14]! / 100);
    expect(rows[14]!.whatIf! - rows[14]!.stressed).toBeCloseTo(19_900, 0);
    expect(cashRows(plan, analysis).every((r) => r.whatIf === undefined)).toBe(true);
  });
});
