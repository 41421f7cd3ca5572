import {
  SOURCE_KINDS,
  type Frequency,
  type Price,
  type Shock,
  type ShockTarget,
} from '../engine/model';
import { formatPath } from './issues';

/**
 * Repairing a saved draft field by field (excalidraw's `restore` style). A draft is what the
 * user typed, so a field may hold a half-typed string where a number belongs: that is kept, and
 * the plan schema reports it as usual. What the editor cannot render — a list that is not a list,
 * a `null` entry, an object where a value belongs, an unknown `type` or `kind` — is repaired
 * from the last valid plan (matched by id in lists), else emptied or dropped, and every repaired
 * path is reported so the user is told exactly what changed.
 */

type Leaf = {
  kind: 'leaf';
  /** Only text belongs here (names, ids, dates, choices); elsewhere a number or the text typed. */
  text?: boolean;
  nullable?: boolean;
  check?: (v: unknown) => boolean;
};
type List = { kind: 'list'; item: Node; optional?: boolean; byId?: boolean };
type Tag = { key: string; values: readonly string[]; needs?: Record<string, readonly string[]> };
type Obj = {
  kind: 'object';
  fields: Record<string, Node>;
  required?: readonly string[];
  tag?: Tag;
};
type Node = Leaf | List | Obj;

const leaf: Leaf = { kind: 'leaf' };
const textLeaf: Leaf = { kind: 'leaf', text: true };
/** A yes/no the editor sets with a checkbox; anything else is dropped (the field is optional). */
const yesNoLeaf: Leaf = { kind: 'leaf', check: (v) => typeof v === 'boolean' };

/** Plan fields that hold text wherever they appear; every other value field holds a number. */
const TEXT_FIELDS = new Set([
  'id',
  'name',
  'description',
  'currency',
  'startDate',
  'endDate',
  'date',
  'nextDueDate',
  'kind',
  'platformGroup',
  'direction',
  'repayment',
  'type',
  'group',
  'paymentOrder',
  'legalForm',
  'creditRecord',
  'category',
  'event',
]);
const NULLABLE_FIELDS = new Set(['durationDays']);

/** The value field `key` of any plan object. */
function leafFor(key: string): Leaf {
  if (TEXT_FIELDS.has(key)) return textLeaf;
  if (NULLABLE_FIELDS.has(key)) return { kind: 'leaf', nullable: true };
  return leaf;
}
const list = (item: Node, opts: Omit<List, 'kind' | 'item'> = {}): List => ({
  kind: 'list',
  item,
  ...opts,
});
const object = (fields: Record<string, Node>, opts: Omit<Obj, 'kind' | 'fields'> = {}): Obj => ({
  kind: 'object',
  fields,
  ...opts,
});

// Every discriminator value the plan schema knows; a Record over the engine's union makes the
// compiler list a new one here (src/io/draftRepair.test.ts checks them against the schema too).
const FREQUENCY_TYPES = Object.keys({
  daily: 1,
  weekly: 1,
  monthly: 1,
  quarterly: 1,
  once: 1,
} satisfies Record<Frequency['type'], 1>);
const PRICE_TYPES = Object.keys({
  annual: 1,
  daily: 1,
  instalment_fee: 1,
} satisfies Record<Price['type'], 1>);
const TARGET_TYPES = Object.keys({ sources: 1, kinds: 1, group: 1 } satisfies Record<
  ShockTarget['type'],
  1
>);
const TARGETED = ['target'] as const;
const SHOCK_NEEDS = {
  outage: TARGETED,
  limit_cut: TARGETED,
  freeze: TARGETED,
  repayment_blocked: TARGETED,
  recall: TARGETED,
  revenue_drop: [],
  payment_delay: [],
} satisfies Record<Shock['type'], readonly string[]>;

const target = object(
  { sourceIds: list(textLeaf, { optional: true }), kinds: list(textLeaf, { optional: true }) },
  { tag: { key: 'type', values: TARGET_TYPES } },
);
const shock = object(
  { target },
  { tag: { key: 'type', values: Object.keys(SHOCK_NEEDS), needs: SHOCK_NEEDS } },
);
const source = object(
  {
    price: object({}, { tag: { key: 'type', values: PRICE_TYPES } }),
    outstanding: list(object({}), { optional: true }),
  },
  { required: ['price'], tag: { key: 'kind', values: SOURCE_KINDS } },
);
const flow = object(
  {
    frequency: object({}, { tag: { key: 'type', values: FREQUENCY_TYPES } }),
    seasonality: object({
      monthlyPercent: list(leaf, { optional: true }),
      events: list(object({}), { optional: true }),
    }),
    fromBusinessCustomers: yesNoLeaf,
  },
  { required: ['frequency'] },
);
const business = object({
  profile: object({
    businessAccount: yesNoLeaf,
    collateral: yesNoLeaf,
    guarantor: yesNoLeaf,
    startupLoanEligible: yesNoLeaf,
  }),
});
const PLAN_SHAPE = object(
  {
    formatVersion: { kind: 'leaf', check: (v) => Number.isInteger(v) && (v as number) >= 1 },
    business,
    cashAccounts: list(object({}), { byId: true }),
    cashFlows: list(flow, { byId: true }),
    fundingSources: list(source, { byId: true }),
    scenarios: list(object({ shocks: list(shock) }), { optional: true, byId: true }),
    leverAssumptions: object({}),
  },
  { required: ['business'] },
);

export type DraftRepair = {
  /** The draft the editor can render: every list a list of objects, every value a value. */
  draft: Record<string, unknown>;
  /** Paths that were repaired (`cashFlows[2]`, `business.name`), in document order. */
  repaired: string[];
};

type Path = (string | number)[];
type Out = { ok: true; value: unknown } | { ok: false };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

class Repairer {
  readonly repaired: string[] = [];

  private note(path: Path): void {
    this.repaired.push(formatPath(path));
  }

  node(node: Node, value: unknown, ref: unknown, path: Path): Out {
    if (node.kind === 'leaf') return this.leaf(node, value, ref, path);
    if (node.kind === 'list') return this.list(node, value, ref, path);
    return this.object(node, value, ref, path);
  }

  private leafOk(node: Leaf, v: unknown): boolean {
    if (node.check) return node.check(v);
    if (v === null) return node.nullable === true;
    if (typeof v === 'string') return true;
    return !node.text && typeof v === 'number' && Number.isFinite(v);
  }

  private leaf(node: Leaf, value: unknown, ref: unknown, path: Path): Out {
    if (this.leafOk(node, value)) return { ok: true, value };
    this.note(path);
    if (this.leafOk(node, ref)) return { ok: true, value: ref };
    // Nothing to go back to: an empty field the user sees and fills in.
    return node.check ? { ok: false } : { ok: true, value: node.nullable ? null : '' };
  }

  private list(node: List, value: unknown, ref: unknown, path: Path): Out {
    const refs = Array.isArray(ref) ? ref : [];
    if (!Array.isArray(value)) {
      this.note(path);
      // The last valid plan's list is trusted, but is walked all the same (its own repairs unreported).
      const fallback = new Repairer().list(node, refs, [], path);
      return fallback.ok ? fallback : { ok: true, value: [] };
    }
    const out: unknown[] = [];
    const idOf = (x: unknown) => (isObject(x) && typeof x.id === 'string' ? x.id : null);
    const ids = new Set(value.map(idOf));
    value.forEach((item, i) => {
      // By id; an entry with no id to go by (a null) is the last valid plan's entry in its
      // place, unless that one is elsewhere in the draft — never silently one flow less.
      const id = idOf(item);
      const atSamePlace = idOf(refs[i]) !== null && !ids.has(idOf(refs[i])) ? refs[i] : undefined;
      const itemRef = !node.byId
        ? refs[i]
        : id !== null
          ? refs.find((r) => idOf(r) === id)
          : atSamePlace;
      if (node.item.kind === 'leaf' && !this.leafOk(node.item, item)) {
        this.note([...path, i]);
        return;
      }
      // An entry that cannot be repaired is dropped (the repairer noted where).
      const r = this.node(node.item, item, itemRef, [...path, i]);
      if (r.ok) out.push(r.value);
    });
    return { ok: true, value: out };
  }

  private tagOk(node: Obj, value: Record<string, unknown>): boolean {
    if (!node.tag) return true;
    const tag = value[node.tag.key];
    return typeof tag === 'string' && node.tag.values.includes(tag);
  }

  private object(node: Obj, value: unknown, ref: unknown, path: Path): Out {
    if (!isObject(value) || !this.tagOk(node, value)) {
      this.note(node.tag && isObject(value) ? [...path, node.tag.key] : path);
      if (!isObject(ref) || !this.tagOk(node, ref)) return { ok: false };
      return new Repairer().object(node, ref, null, path);
    }
    const refObj = isObject(ref) ? ref : {};
    const tag = node.tag ? (value[node.tag.key] as string) : '';
    const required = [...(node.required ?? []), ...(node.tag?.needs?.[tag] ?? [])];
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const field = Object.hasOwn(node.fields, key) ? node.fields[key]! : leafFor(key);
      const r = this.node(field, child, refObj[key], [...path, key]);
      if (r.ok) out[key] = r.value;
      else if (required.includes(key)) return this.fallBack(node, ref, path);
    }
    for (const key of required) {
      if (key in out) continue;
      const field = node.fields[key];
      this.note([...path, key]);
      const r = field ? new Repairer().node(field, refObj[key], null, [...path, key]) : undefined;
      if (!r?.ok) return { ok: false };
      out[key] = r.value;
    }
    for (const [key, field] of Object.entries(node.fields)) {
      if (field.kind === 'list' && !field.optional && !(key in out)) {
        this.note([...path, key]);
        const r = new Repairer().list(field, refObj[key], [], [...path, key]);
        out[key] = r.ok ? r.value : [];
      }
    }
    return { ok: true, value: out };
  }

  /** A required part could not be repaired: the whole object from the last valid plan, if any. */
  private fallBack(node: Obj, ref: unknown, path: Path): Out {
    if (!isObject(ref) || !this.tagOk(node, ref)) return { ok: false };
    return new Repairer().object(node, ref, null, path);
  }
}

/**
 * Repair a saved draft against the last valid plan (`reference`, already validated; null when
 * there is none). Null when not even the draft's frame can be rebuilt (then the caller uses the
 * last valid plan as the draft, and says so).
 * @example repairDraft({ ...plan, cashFlows: [null, flow] }, plan) // { draft: { …, cashFlows: [flow] }, repaired: ['cashFlows[0]'] }
 */
export function repairDraft(draft: unknown, reference: unknown): DraftRepair | null {
  const repairer = new Repairer();
  const r = repairer.node(PLAN_SHAPE, draft, reference, []);
  if (!r.ok || !isObject(r.value)) return null;
  return { draft: r.value, repaired: repairer.repaired };
}
