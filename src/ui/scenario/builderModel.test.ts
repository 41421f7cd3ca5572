import { describe, expect, it } from 'vitest';
import type { ShockTarget } from '../../engine/model';
import { PRESETS } from '../../engine/presets';
import { planFileSchema } from '../../io/planSchema';
import { loadExample } from '../../io/exampleFixtures';
import {
  decodeTarget,
  encodeTarget,
  firstErrorKey,
  intIn,
  newScenarioId,
  newShock,
  scenarioFromDraft,
  shockDraft,
  validateBuilder,
  type BuilderDraft,
} from './builderModel';

const ctx = { horizonDays: 180, scenarioCount: 0, maxScenarios: 8 };

describe('builderModel', () => {
  it('round-trips every preset through the form into a valid plan-file scenario', () => {
    const shop = loadExample('online-shop');
    if (!shop.ok) throw new Error('sample');
    for (const p of PRESETS) {
      const draft: BuilderDraft = {
        id: null,
        name: p.name,
        shocks: p.shocks.map((s, i) => shockDraft(s, `k${i}`)),
      };
      expect(validateBuilder(draft, ctx)).toEqual({});
      const scenario = scenarioFromDraft(draft, 'mine');
      expect(scenario.shocks).toEqual(p.shocks);
      const file = { ...shop.file, scenarios: [scenario] };
      expect(planFileSchema.safeParse(file).success).toBe(true);
    }
  });

  it('encodes and decodes targets, refusing unknown kinds and groups', () => {
    const targets: ShockTarget[] = [
      { type: 'sources', sourceIds: ['a', 'b'] },
      { type: 'kinds', kinds: ['jiebei', 'huabei'] },
      { type: 'group', group: 'ant' },
    ];
    for (const t of targets) {
      expect(decodeTarget(encodeTarget(t))).toEqual(t);
    }
    expect(decodeTarget('kinds:magic')).toBeNull();
    expect(decodeTarget('group:mars')).toBeNull();
    expect(decodeTarget('sources:')).toBeNull();
  });

  it('reads a number as every shared field does: full-width digits, a percent with its "%"', () => {
    expect(intIn('３０', 1, 365)).toBe(30);
    expect(intIn('30.5', 1, 365)).toBeNull();
    const shock = { ...newShock('a'), type: 'limit_cut' as const, cutPercent: '３５％' };
    const draft = { id: null, name: 'x', shocks: [shock] };
    expect(validateBuilder(draft, ctx)).toEqual({});
    expect(scenarioFromDraft(draft, 'id').shocks[0]).toMatchObject({ cutPercent: 35 });
    const fine = { ...shock, cutPercent: '12.1234567' };
    expect(validateBuilder({ ...draft, shocks: [fine] }, ctx)).toEqual({
      '0.cutPercent': { code: 'percent_range', min: 1, max: 100 },
    });
  });

  it('reports each out-of-range number by field, and the first in form order', () => {
    const bad = {
      ...newShock('a'),
      type: 'limit_cut' as const,
      startDay: '180',
      durationDays: '0',
      cutPercent: '120',
    };
    const errors = validateBuilder({ id: null, name: ' ', shocks: [newShock('z'), bad] }, ctx);
    expect(errors).toEqual({
      name: { code: 'name_required' },
      '1.startDay': { code: 'range', min: 0, max: 179 },
      '1.durationDays': { code: 'range', min: 1, max: 365 },
      '1.cutPercent': { code: 'percent_range', min: 1, max: 100 },
    });
    expect(firstErrorKey(errors)).toBe('name');
    expect(firstErrorKey({ ...errors, name: undefined })).toBe('1.startDay');
    expect(validateBuilder({ id: null, name: 'x', shocks: [] }, ctx)).toEqual({
      shocks: { code: 'no_shocks' },
    });
    expect(
      validateBuilder(
        { id: null, name: 'x', shocks: [newShock('a')] },
        { ...ctx, scenarioCount: 8 },
      ),
    ).toEqual({
      shocks: { code: 'too_many', max: 8 },
    });
  });

  it('writes a permanent shock as durationDays null and skips the duration check', () => {
    const shock = { ...newShock('a'), permanent: true, durationDays: 'abc' };
    const draft = { id: null, name: 'x', shocks: [shock] };
    expect(validateBuilder(draft, ctx)).toEqual({});
    expect(scenarioFromDraft(draft, 'id').shocks[0]).toMatchObject({
      type: 'freeze',
      durationDays: null,
    });
  });

  it('makes ids that are free', () => {
    expect(newScenarioId([])).toBe('my-scenario-1');
    expect(newScenarioId(['my-scenario-2', 'x'])).toBe('my-scenario-3');
  });
});
