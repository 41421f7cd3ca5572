import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import onlineShop from '../../examples/online-shop.json';
import restaurant from '../../examples/restaurant.json';
import supplier from '../../examples/supplier.json';
import { repairDraft } from './draftRepair';
import { parsePlanValue } from './planFile';
import { planFileSchema, type PlanFile } from './planSchema';

const valid = (raw: unknown): PlanFile => {
  const r = parsePlanValue(raw);
  if (!r.ok) throw new Error('example does not validate');
  return r.file;
};
const shop = valid(onlineShop);
const copy = <T>(x: T): T => structuredClone(x);

/** Every list in the repaired draft is a list of objects (or of text, for ids and kinds). */
function renderable(draft: Record<string, unknown>): boolean {
  const lists = ['cashAccounts', 'cashFlows', 'fundingSources'] as const;
  if (typeof draft.business !== 'object' || draft.business === null) return false;
  for (const key of lists) {
    const items = draft[key];
    if (!Array.isArray(items)) return false;
    if (!items.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x))) return false;
  }
  const flows = draft.cashFlows as { frequency?: unknown; name?: unknown }[];
  return flows.every(
    (f) =>
      typeof f.frequency === 'object' &&
      f.frequency !== null &&
      (f.name === undefined || typeof f.name === 'string'),
  );
}

describe('repairDraft', () => {
  it('leaves every sample plan exactly as it is', () => {
    for (const raw of [onlineShop, restaurant, supplier]) {
      const file = valid(raw);
      expect(repairDraft(copy(file), file)).toEqual({ draft: file, repaired: [] });
    }
  });

  it('leaves every optional part alone: seasons, the lender profile, levers, who pays first', () => {
    const file = copy(shop) as unknown as Record<string, unknown>;
    const flows = file.cashFlows as Record<string, unknown>[];
    flows[0]!.seasonality = {
      monthlyPercent: [80, 80, 90, 100, 100, 120, 100, 100, 100, 110, 150, 140],
      events: [{ event: 'spring_festival', percent: 0 }],
    };
    file.leverAssumptions = { ownerDrawCutPercent: 40, supplierTermsDays: 45 };
    const business = file.business as Record<string, unknown>;
    business.paymentOrder = 'platforms_first';
    business.profile = { legalForm: 'company', businessAccount: true, taxRecordYears: 3 };
    const checked = valid(file);
    expect(repairDraft(copy(checked), checked)).toEqual({ draft: checked, repaired: [] });
  });

  it('keeps what the user typed, even when it does not validate yet', () => {
    const draft = copy(shop) as unknown as Record<string, unknown>;
    const sources = draft.fundingSources as Record<string, unknown>[];
    sources[1]!.limit = '20000x';
    (draft.business as Record<string, unknown>).horizonDays = '';
    expect(repairDraft(draft, shop)).toEqual({ draft, repaired: [] });
  });

  it('drops null entries, and takes a list that is not a list from the last valid plan', () => {
    const draft = copy(shop) as unknown as Record<string, unknown>;
    draft.cashFlows = [null, ...(draft.cashFlows as unknown[]), 7];
    draft.cashAccounts = 'oops';
    const result = repairDraft(draft, shop)!;
    expect(result.repaired).toEqual([
      'cashAccounts',
      'cashFlows[0]',
      `cashFlows[${shop.cashFlows.length + 1}]`,
    ]);
    expect(result.draft.cashFlows).toEqual(shop.cashFlows);
    expect(result.draft.cashAccounts).toEqual(shop.cashAccounts);
  });

  it('repairs a value of the wrong type from the last valid plan, matched by id', () => {
    const draft = copy(shop) as unknown as Record<string, unknown>;
    const flows = draft.cashFlows as Record<string, unknown>[];
    // The order changed since the last valid plan: the id finds the right flow.
    flows.reverse();
    flows[0]!.name = { text: 'not a name' };
    (draft.business as Record<string, unknown>).name = 42;
    const result = repairDraft(draft, shop)!;
    expect(result.repaired).toEqual(['business.name', 'cashFlows[0].name']);
    expect((result.draft.business as { name: string }).name).toBe(shop.business.name);
    const fixed = (result.draft.cashFlows as { id: string; name: string }[])[0]!;
    expect(fixed.name).toBe(shop.cashFlows.find((f) => f.id === fixed.id)!.name);
  });

  it('empties a broken value with nothing to go back to, and drops an unknown kind of entry', () => {
    const draft = copy(shop) as unknown as Record<string, unknown>;
    const flows = draft.cashFlows as Record<string, unknown>[];
    flows.push({ id: 'new-1', name: null, amount: 5, frequency: { type: 'daily' } });
    flows.push({ id: 'new-2', name: 'x', amount: 5, frequency: { type: 'fortnightly' } });
    const result = repairDraft(draft, shop)!;
    const n = shop.cashFlows.length;
    expect(result.repaired).toEqual([`cashFlows[${n}].name`, `cashFlows[${n + 1}].frequency.type`]);
    const kept = result.draft.cashFlows as { id: string; name: unknown }[];
    expect(kept.map((f) => f.id)).toEqual([...shop.cashFlows.map((f) => f.id), 'new-1']);
    expect(kept.at(-1)!.name).toBe('');
  });

  it('puts back the last valid entry in place of a null one, unless the draft has it elsewhere', () => {
    const draft = copy(shop) as unknown as Record<string, unknown>;
    const flows = draft.cashFlows as unknown[];
    flows[0] = null;
    const result = repairDraft(draft, shop)!;
    expect(result.repaired).toEqual(['cashFlows[0]']);
    expect(result.draft.cashFlows).toEqual(shop.cashFlows);
  });

  it('falls back to the last valid plan when the draft is not a plan at all', () => {
    expect(repairDraft('garbage', shop)).toEqual({ draft: shop, repaired: [''] });
    expect(repairDraft({ business: 'x' }, null)).toBeNull();
  });

  it('knows every type and kind the plan schema knows', () => {
    // Introspect the schema (zod internals, test-only) for each discriminated union's values.
    type Union = { options: { shape: Record<string, { value?: unknown; options?: unknown[] }> }[] };
    const shape = (planFileSchema as unknown as { shape: Record<string, unknown> }).shape;
    type List = { element: { shape: Record<string, unknown> } };
    // `scenarios` has a default: its list is inside.
    const element = (key: string) =>
      ((shape[key] as { def: { innerType?: List } }).def.innerType ?? (shape[key] as List)).element;
    const values = (u: unknown, key: string) =>
      (u as Union).options.flatMap((o) => {
        const f = o.shape[key]!;
        return f.options ?? [f.value];
      });
    const frequency = element('cashFlows').shape.frequency;
    const sources = element('fundingSources');
    const shocks = (element('scenarios').shape.shocks as { element: unknown }).element;
    const cases: [string, unknown, string][] = [
      ['cashFlows', frequency, 'type'],
      ['fundingSources', sources, 'kind'],
      ['shocks', shocks, 'type'],
    ];
    for (const [where, union, key] of cases) {
      expect(values(union, key).length, where).toBeGreaterThanOrEqual(5);
      for (const value of values(union, key)) {
        // A draft using this value is left alone: the repairer knows it.
        const draft = copy(shop) as unknown as Record<string, unknown>;
        if (where === 'cashFlows')
          (draft.cashFlows as Record<string, unknown>[])[0]!.frequency = {
            ...(draft.cashFlows as { frequency: object }[])[0]!.frequency,
            type: value,
          };
        if (where === 'fundingSources')
          (draft.fundingSources as Record<string, unknown>[])[0]!.kind = value;
        if (where === 'shocks')
          draft.scenarios = [
            {
              id: 's',
              name: 's',
              shocks: [{ type: value, target: { type: 'group', group: 'ant' } }],
            },
          ];
        expect(repairDraft(draft, shop)!.repaired, `${where} ${String(value)}`).toEqual([]);
      }
    }
  });

  it('always gives a draft the editor can render, and repairing it again changes nothing', () => {
    const junk = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.string(),
      fc.constant([]),
      fc.constant({}),
      fc.constant([null]),
    );
    /** A random path into the sample plan, and junk put there. */
    const damage = fc.tuple(fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }), junk);
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), (damages) => {
        const draft = copy(shop) as unknown as Record<string, unknown>;
        for (const [picks, value] of damages) {
          let at: Record<string, unknown> = draft;
          for (let i = 0; i < picks.length; i++) {
            const keys = Object.keys(at);
            if (keys.length === 0) break;
            const key = keys[picks[i]! % keys.length]!;
            const next = at[key];
            if (i === picks.length - 1 || typeof next !== 'object' || next === null) {
              at[key] = value;
              break;
            }
            at = next as Record<string, unknown>;
          }
        }
        const result = repairDraft(draft, shop);
        expect(result).not.toBeNull();
        expect(renderable(result!.draft)).toBe(true);
        expect(repairDraft(result!.draft, shop)!.repaired).toEqual([]);
      }),
      { seed: 17, numRuns: 400 },
    );
  });
});
