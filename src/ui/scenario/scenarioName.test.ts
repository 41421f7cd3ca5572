import { describe, expect, it } from 'vitest';
import { PRESETS, findPreset } from '../../engine/presets';
import { shockDraft, type ShockDraft } from './builderModel';
import { derivedName, isGivenName, withDerivedName } from './scenarioName';

const draftsOf = (id: string): ShockDraft[] =>
  findPreset(id)!.shocks.map((s, i) => shockDraft(s, `k${i}`));

describe('scenario names derived from shocks', () => {
  it('says what the shocks are, in both languages', () => {
    const cut = draftsOf('limit_cut_50');
    cut[0]!.cutPercent = '20';
    expect(derivedName(cut, [], 'en')).toBe('Jiebei and Huabei limit −20%');
    expect(derivedName(cut, [], 'zh-CN')).toBe('借呗和花呗额度下调20%');
    expect(derivedName(draftsOf('ant_wide_event_revenue_drop'), [], 'en')).toBe(
      'All of Ant Group (Alipay) outage for 7 days + repayments blocked for 7 days + revenue −30% for 30 days',
    );
  });

  it('names sources by their names', () => {
    const [freeze] = draftsOf('risk_control_freeze_30d');
    const shock = { ...freeze!, target: 'sources:jb' };
    expect(derivedName([shock], [{ id: 'jb', name: '借呗 Jiebei' }], 'en')).toBe(
      'Jiebei frozen for 30 days',
    );
  });

  it('follows the shocks only while the name is automatic', () => {
    const shocks = draftsOf('limit_cut_50');
    const auto = withDerivedName({ id: null, name: 'x', autoName: true, shocks }, [], 'en');
    expect(auto.name).toBe('Jiebei and Huabei limit −50%');
    const own = withDerivedName({ id: null, name: 'Bad year', autoName: false, shocks }, [], 'en');
    expect(own.name).toBe('Bad year');
  });

  it('knows the names FundGap gave: derived ones and every old "(custom)" preset copy', () => {
    const shocks = draftsOf('limit_cut_50');
    expect(isGivenName('Jiebei and Huabei limit −50%', shocks, [])).toBe(true);
    expect(isGivenName('借呗和花呗额度下调50%', shocks, [])).toBe(true);
    expect(isGivenName('Limit cut by 50% (my version)', shocks, [])).toBe(true);
    expect(isGivenName('额度下调50%（自定义）', shocks, [])).toBe(true);
    expect(isGivenName('Bad year', shocks, [])).toBe(false);
    // Every preset round-trips to a non-empty name.
    for (const p of PRESETS)
      expect(derivedName(draftsOf(p.id), [], 'zh-CN').length).toBeGreaterThan(0);
  });
});
