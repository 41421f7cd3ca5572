import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, EXAMPLE_IDS, exampleData, FIRST_EXAMPLE_FILE } from './examples';
import { loadExample } from './exampleFixtures';
import { fileFromPlan } from './planConvert';
import { parsePlanText, parsePlanValue } from './planFile';

const textOf = (id: string): string =>
  readFileSync(new URL(`../../examples/${id}.json`, import.meta.url), 'utf8');

describe.each(EXAMPLE_IDS)('examples/%s.json', (id) => {
  const result = parsePlanText(textOf(id));

  it('parses with parsePlanText', () => {
    if (!result.ok) throw new Error(JSON.stringify(result.error, null, 2));
    expect(result.plan.business.startDate).toBe('2026-12-01');
    expect(result.plan.business.horizonDays).toBe(365);
  });

  it('round-trips file → plan → file exactly', () => {
    if (!result.ok) throw new Error('invalid example');
    expect(fileFromPlan(result.plan, result.scenarios)).toEqual(result.file);
  });

  it('holds nothing the parser drops (every key in the file is a known field)', () => {
    if (!result.ok) throw new Error('invalid example');
    expect(result.file).toEqual(JSON.parse(textOf(id)));
  });

  it('stays within the example budget and carries its own scenarios', () => {
    if (!result.ok) throw new Error('invalid example');
    expect(result.file.cashFlows.length).toBeLessThanOrEqual(30);
    expect(result.file.fundingSources.length).toBeLessThanOrEqual(10);
    expect(result.scenarios.length).toBeGreaterThanOrEqual(1);
    for (const s of result.file.scenarios) expect(s.description).toBeTruthy();
  });

  it('is the same data the app bundles', async () => {
    expect(parsePlanValue(await exampleData(id))).toEqual(result);
  });
});

describe('EXAMPLES', () => {
  it('lists every example once with both languages', () => {
    expect(EXAMPLES.map((e) => e.id)).toEqual([...EXAMPLE_IDS]);
    for (const e of EXAMPLES) {
      expect(e.name.en && e.name['zh-CN'] && e.summary.en && e.summary['zh-CN']).toBeTruthy();
    }
  });

  it('has the supplier as the largest example (for benchmarks)', () => {
    const sizes = EXAMPLE_IDS.map((id) => {
      const r = loadExample(id);
      return r.ok ? r.plan.cashFlows.length + r.plan.fundingSources.length : 0;
    });
    expect(Math.max(...sizes)).toBe(sizes[EXAMPLE_IDS.indexOf('supplier')]);
  });
});

it('the first-screen sample, used without the schema, is exactly what the schema returns', () => {
  const result = parsePlanText(textOf('online-shop'));
  if (!result.ok) throw new Error('invalid example');
  expect(FIRST_EXAMPLE_FILE).toEqual(result.file);
});
