import { describe, expect, it } from 'vitest';
import { minimalPlanFile } from './fixtures/minimalPlanFile';
import {
  MAX_PLAN_BYTES,
  MAX_PLAN_DEPTH,
  parsePlanText,
  parsePlanValue,
  stringifyPlan,
  type PlanFileError,
} from './planFile';

const text = (value: unknown): string => JSON.stringify(value);

function errorOf(result: ReturnType<typeof parsePlanText>): PlanFileError {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('parsePlanText', () => {
  it('opens a valid file into file, engine plan and scenarios', () => {
    const result = parsePlanText(text(minimalPlanFile()));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.plan.cashAccounts[0]!.balance).toBe(2_000_000);
    expect(result.plan.cashFlows[1]!.amount).toBe(1_500_050);
    expect(result.plan.fundingSources[1]!.price).toEqual({ type: 'daily', rate: 0.0004 });
    expect(result.scenarios.map((s) => s.id)).toEqual(['freeze']);
    expect(result.migratedFrom).toBeUndefined();
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parsePlanText(`\uFEFF${text(minimalPlanFile())}`).ok).toBe(true);
  });

  it('refuses files over 2 MB before parsing them', () => {
    const big = text({ ...minimalPlanFile(), padding: 'x'.repeat(MAX_PLAN_BYTES) });
    expect(errorOf(parsePlanText(big))).toEqual({ reason: 'too_large', maxBytes: 2 * 1024 * 1024 });
  });

  it('counts bytes, not characters: 800k Chinese characters are 2.4 MB', () => {
    const big = text({ ...minimalPlanFile(), padding: '汉'.repeat(800_000) });
    expect(big.length).toBeLessThan(MAX_PLAN_BYTES);
    expect(errorOf(parsePlanText(big)).reason).toBe('too_large');
  });

  it('reports broken JSON with the parser detail', () => {
    const error = errorOf(parsePlanText('{"formatVersion": 1,'));
    expect(error.reason).toBe('not_json');
    expect(error.reason === 'not_json' && error.detail.length).toBeGreaterThan(0);
  });

  it.each([
    ['an array', '[]'],
    ['a number', '42'],
    ['null', 'null'],
    ['an object without formatVersion', '{"business":{}}'],
    ['a text version', '{"formatVersion":"1"}'],
    ['version 0', '{"formatVersion":0}'],
    ['a fractional version', '{"formatVersion":1.5}'],
  ])('says %s is not a plan', (_, body) => {
    expect(errorOf(parsePlanText(body))).toEqual({ reason: 'not_a_plan' });
  });

  it('refuses files from a newer FundGap', () => {
    const error = errorOf(parsePlanText(text({ ...minimalPlanFile(), formatVersion: 3 })));
    expect(error).toEqual({ reason: 'too_new', fileVersion: 3, supportedVersion: 2 });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key anywhere', (key) => {
    const body = text(minimalPlanFile()).replace(
      '"limit":50000',
      `"limit":50000,"${key}":{"polluted":true}`,
    );
    const error = errorOf(parsePlanText(body));
    expect(error).toEqual({ reason: 'unsafe_keys', path: `fundingSources[1].${key}` });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an unsafe key at the top level', () => {
    const error = errorOf(parsePlanText('{"formatVersion":1,"__proto__":{"x":1}}'));
    expect(error).toEqual({ reason: 'unsafe_keys', path: '__proto__' });
  });

  it('refuses nesting deeper than 32 without overflowing the stack', () => {
    const depth = 100_000;
    const body = `{"formatVersion":1,"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect(errorOf(parsePlanText(body))).toEqual({ reason: 'too_deep', maxDepth: MAX_PLAN_DEPTH });
  });

  it('allows exactly 32 levels', () => {
    // The top-level object is level 1, the 31 arrays inside it are levels 2–32.
    const body = `{"formatVersion":1,"x":${'['.repeat(31)}${']'.repeat(31)}}`;
    expect(errorOf(parsePlanText(body)).reason).toBe('invalid');
    const deeper = `{"formatVersion":1,"x":${'['.repeat(32)}${']'.repeat(32)}}`;
    expect(errorOf(parsePlanText(deeper)).reason).toBe('too_deep');
  });

  it('rejects 1e400 (Infinity after JSON parsing) as not a number', () => {
    const body = text(minimalPlanFile()).replace('"limit":50000', '"limit":1e400');
    const error = errorOf(parsePlanText(body));
    expect(error).toEqual({
      reason: 'invalid',
      issues: [expect.objectContaining({ path: 'fundingSources[1].limit', code: 'not_a_number' })],
    });
  });

  it('lists every field problem for an invalid plan', () => {
    const f = minimalPlanFile();
    f.fundingSources[2]!.limit = -1;
    f.business.horizonDays = 731;
    const error = errorOf(parsePlanText(text(f)));
    expect(error.reason === 'invalid' && error.issues.map((i) => i.path)).toEqual([
      'business.horizonDays',
      'fundingSources[2].limit',
    ]);
  });

  it('never throws, whatever it is given', () => {
    const inputs: unknown[] = ['', ' ', '"text"', 'true', '{"formatVersion":1}', '\u0000', '{"a":'];
    for (const input of inputs) expect(() => parsePlanText(input as string)).not.toThrow();
    expect(parsePlanText(undefined as unknown as string)).toEqual({
      ok: false,
      error: { reason: 'not_a_plan' },
    });
  });
});

describe('parsePlanValue', () => {
  it('applies the same checks to already-parsed values', () => {
    expect(parsePlanValue(minimalPlanFile()).ok).toBe(true);
    expect(parsePlanValue(JSON.parse('{"formatVersion":1,"__proto__":{}}'))).toEqual({
      ok: false,
      error: { reason: 'unsafe_keys', path: '__proto__' },
    });
  });

  it('survives cycles and throwing getters', () => {
    const cyclic: Record<string, unknown> = { formatVersion: 1 };
    cyclic.self = cyclic;
    expect(parsePlanValue(cyclic).ok).toBe(false);
    const hostile = {
      formatVersion: 1,
      get business(): never {
        throw new Error('boom');
      },
    };
    expect(parsePlanValue(hostile)).toEqual({ ok: false, error: { reason: 'not_a_plan' } });
  });
});

describe('stringifyPlan', () => {
  it('writes text that parses back to the same plan', () => {
    const first = parsePlanText(text(minimalPlanFile()));
    if (!first.ok) throw new Error('fixture');
    const again = parsePlanText(stringifyPlan(first.plan, first.scenarios));
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    expect(again.plan).toEqual(first.plan);
    expect(again.scenarios).toEqual(first.scenarios);
    expect(again.file).toEqual(first.file);
  });
});
