/**
 * fast-check generators of small valid plans (what the plan file schema accepts), for property
 * tests: accounts, cash flows (seasonal ones too) and funding sources of every kind, price and
 * repayment, narrowed by `ArbOptions` where a property holds only on some plans. Scenarios for
 * these plans are in testRandomScenarios.ts. Test-only: nothing in the app imports this file.
 */
import fc from 'fast-check';
import { epochDay, isoFromEpochDay } from './calendar';
import type {
  CashAccount,
  CashFlow,
  Frequency,
  FundingSource,
  OutstandingBalance,
  Plan,
  PlatformGroup,
  Price,
  Shock,
  SourceKind,
} from './model';
import { PAYMENT_ORDERS, SOURCE_KINDS } from './model';
import { HUABEI_INSTALMENT_FEES, HUABEI_TERMS, type HuabeiTerm } from './terms';

export type ArbOptions = {
  /** Let non-Huabei sources charge a draw fee (rate and minimum). Default true. */
  drawFees?: boolean;
  /**
   * Every source free (0 % annual, no draw fee) and drawn cheapest-first (no drawPriority), so
   * credit costs nothing whenever it is drawn. Default false.
   */
  freeCredit?: boolean;
  /** Repayment methods new draws of non-Huabei sources may use. Default: all four. */
  repayments?: readonly FundingSource['repayment'][];
  /** Generate Huabei lines. Default true. */
  huabei?: boolean;
  /** Keep each source's outstanding balances within its limit. Default false (over-limit allowed). */
  withinLimit?: boolean;
  /** Platform groups a `group` shock target may name. Default bank, ant, tencent. */
  targetGroups?: readonly PlatformGroup[];
  /** Shock types the scenario generator may use. Default: all of them. */
  shockTypes?: readonly Shock['type'][];
};

const FIRST_DAY = epochDay('2025-01-01');
const LAST_DAY = epochDay('2028-12-31');
/** The platform groups generated accounts, flows and sources sit in (and shocks may target). */
export const GROUPS: PlatformGroup[] = ['bank', 'ant', 'tencent'];
const CREDIT_KINDS = SOURCE_KINDS.filter((k): k is Exclude<SourceKind, 'huabei'> => k !== 'huabei');

/** Fen amount up to `maxYuan`, in whole fen. */
const fen = (maxYuan: number) => fc.integer({ min: 0, max: maxYuan * 100 });
/** A fraction with at most 4 decimals of a percent, as the plan file allows. */
const fraction = (max: number) =>
  fc.integer({ min: 0, max: Math.round(max * 1_000_000) }).map((x) => x / 1_000_000);

const frequencyArb = (start: number, horizon: number): fc.Arbitrary<Frequency> =>
  fc.oneof(
    fc.constant({ type: 'daily' } as const),
    fc.integer({ min: 0, max: 6 }).map((weekday) => ({ type: 'weekly', weekday }) as const),
    fc.integer({ min: 1, max: 31 }).map((dayOfMonth) => ({ type: 'monthly', dayOfMonth }) as const),
    fc
      .integer({ min: 1, max: 31 })
      .map((dayOfMonth) => ({ type: 'quarterly', dayOfMonth }) as const),
    fc
      .integer({ min: -5, max: horizon + 5 })
      .map((offset) => ({ type: 'once', date: isoFromEpochDay(start + offset) }) as const),
  );

const cashFlowArb = (start: number, horizon: number, i: number): fc.Arbitrary<CashFlow> =>
  fc
    .record({
      direction: fc.constantFrom('inflow', 'outflow' as const),
      amount: fen(5_000),
      frequency: frequencyArb(start, horizon),
      from: fc.option(fc.integer({ min: -10, max: horizon }), { nil: undefined }),
      length: fc.option(fc.integer({ min: 0, max: horizon }), { nil: undefined }),
      huabeiShare: fc.option(fc.oneof(fc.constantFrom(0, 0.5, 1), fraction(1)), { nil: undefined }),
      platformGroup: fc.option(fc.constantFrom(...GROUPS), { nil: undefined }),
      // Uneven factors so a seasonal posting is rarely the entered amount.
      monthly: fc.option(
        fc.array(fc.constantFrom(0, 0.37, 1, 1.3, 2.5), { minLength: 12, maxLength: 12 }),
        { nil: undefined },
      ),
    })
    .map((r): CashFlow => {
      const flow: CashFlow = {
        id: `flow${i}`,
        name: `flow ${i}`,
        direction: r.direction,
        amount: r.amount,
        frequency: r.frequency,
      };
      if (r.from !== undefined) flow.startDate = isoFromEpochDay(start + r.from);
      if (r.length !== undefined) flow.endDate = isoFromEpochDay(start + (r.from ?? 0) + r.length);
      if (r.direction === 'outflow' && r.huabeiShare !== undefined)
        flow.huabeiShare = r.huabeiShare;
      // Inflows land on the group; outflows are paid from it first.
      if (r.platformGroup !== undefined) flow.platformGroup = r.platformGroup;
      if (r.monthly !== undefined) flow.seasonality = { monthly: r.monthly };
      return flow;
    });

const priceArb: fc.Arbitrary<Price> = fc.oneof(
  fraction(0.24).map((rate) => ({ type: 'annual', rate }) as const),
  fraction(0.0006).map((rate) => ({ type: 'daily', rate }) as const),
  fc
    .tuple(fraction(0.1), fc.constantFrom(3, 6, 9, 12))
    .map(([totalFee, months]) => ({ type: 'instalment_fee', totalFee, months }) as const),
);

const outstandingArb = (start: number, limit: number) =>
  fc.array(
    fc.record({
      principal: fc.integer({ min: 0, max: Math.max(0, limit) }),
      nextDueDate: fc.integer({ min: -10, max: 60 }).map((o) => isoFromEpochDay(start + o)),
      remainingInstalments: fc.integer({ min: 1, max: 12 }),
      /** Huabei only: a term at least as long as the instalments left, or none. */
      planMonths: fc.option(fc.constantFrom(3, 6, 9, 12), { nil: undefined }),
    }),
    { maxLength: 2 },
  );

/** A balance of a source other than Huabei: `planMonths` belongs to Huabei alone. */
function withoutPlanMonths(o: OutstandingBalance & { planMonths?: number }): OutstandingBalance {
  const rest = { ...o };
  delete rest.planMonths;
  return rest;
}

/** A Huabei balance's plan term as the schema allows it: at least the instalments left. */
function huabeiBalance(o: {
  principal: number;
  nextDueDate: string;
  remainingInstalments: number;
  planMonths: number | undefined;
}): OutstandingBalance {
  const { planMonths, ...rest } = o;
  const term = HUABEI_TERMS.find((n) => n === planMonths && n >= o.remainingInstalments);
  return term === undefined ? rest : { ...rest, planMonths: term };
}

/**
 * The price as the schema requires it: Huabei bills converted to instalments are priced over
 * that many months, and any other instalment-fee price over the source's own term.
 */
function priceFor(price: Price, kind: SourceKind, billInstalments: number, term: number): Price {
  if (kind === 'huabei') {
    if (billInstalments === 0) return price;
    const months = billInstalments as HuabeiTerm;
    const totalFee =
      price.type === 'instalment_fee' ? price.totalFee : HUABEI_INSTALMENT_FEES[months];
    return { type: 'instalment_fee', totalFee, months };
  }
  return price.type === 'instalment_fee' ? { ...price, months: term } : price;
}

const sourceArb = (start: number, i: number, opts: ArbOptions): fc.Arbitrary<FundingSource> =>
  fc
    .record({
      kind:
        opts.huabei === false
          ? fc.constantFrom<SourceKind>('jiebei', 'jiebei', ...CREDIT_KINDS)
          : fc.constantFrom<SourceKind>('huabei', 'huabei', 'jiebei', 'jiebei', ...CREDIT_KINDS),
      group: fc.constantFrom(...GROUPS),
      limit: fen(50_000),
      price: priceArb,
      repayment: fc.constantFrom<FundingSource['repayment']>(
        ...(opts.repayments ??
          (['equal_instalment', 'equal_principal', 'interest_only', 'revolving'] as const)),
      ),
      termMonths: fc.integer({ min: 1, max: 12 }),
      leadTimeDays: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 })),
      drawPriority: fc.option(fc.integer({ min: -2, max: 3 }), { nil: undefined }),
      fee: fc.option(fc.tuple(fraction(0.03), fen(20)), { nil: undefined }),
      interestDay: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
      penaltyMultiplier: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: undefined }),
      statementDay: fc.integer({ min: 1, max: 28 }),
      dueDay: fc.integer({ min: 1, max: 28 }),
      billInstalments: fc.constantFrom(0, 0, 3, 6, 9, 12),
      outstandingSeed: fc.nat(),
    })
    .chain((r) =>
      outstandingArb(start, r.limit).map((drawn): FundingSource => {
        let room = r.limit;
        const outstanding = opts.withinLimit
          ? drawn.map((o) => {
              const principal = Math.min(o.principal, room);
              room -= principal;
              return { ...o, principal };
            })
          : drawn;
        const common = {
          id: `src${i}`,
          name: `source ${i}`,
          platformGroup:
            r.kind === 'huabei' || r.kind === 'jiebei' || r.kind === 'mybank'
              ? ('ant' as const)
              : r.group,
          limit: r.limit,
          price: opts.freeCredit
            ? { type: 'annual' as const, rate: 0 }
            : priceFor(r.price, r.kind, r.billInstalments, r.termMonths),
          repayment: r.repayment,
          termMonths: r.termMonths,
          leadTimeDays: r.leadTimeDays,
          outstanding: outstanding.map(withoutPlanMonths),
          ...(r.drawPriority === undefined || opts.freeCredit
            ? {}
            : { drawPriority: r.drawPriority }),
        };
        if (r.kind === 'huabei') {
          // Huabei has no draw fee, interest day or penalty multiplier (the schema refuses them).
          // Free credit means a free Huabei too: bills paid in full.
          return {
            ...common,
            outstanding: outstanding.map(huabeiBalance),
            kind: 'huabei',
            statementDay: r.statementDay,
            dueDay: r.dueDay,
            billInstalments: opts.freeCredit ? 0 : r.billInstalments,
          };
        }
        return {
          ...common,
          ...(r.fee === undefined || opts.drawFees === false || opts.freeCredit
            ? {}
            : { drawFeeRate: r.fee[0], drawFeeMin: r.fee[1] }),
          ...(r.interestDay === undefined || r.repayment !== 'revolving'
            ? {}
            : { interestDay: r.interestDay }),
          ...(r.penaltyMultiplier === undefined ? {} : { penaltyMultiplier: r.penaltyMultiplier }),
          kind: r.kind,
        };
      }),
    );

const accountArb = (i: number): fc.Arbitrary<CashAccount> =>
  fc
    .record({ group: fc.constantFrom(...GROUPS), balance: fen(50_000) })
    .map(({ group, balance }) => ({
      id: `acc${i}`,
      name: `account ${i}`,
      kind: group === 'ant' ? 'alipay' : group === 'tencent' ? 'wechat' : 'bank',
      platformGroup: group,
      balance,
    }));

/** n generators, one per index (ids stay unique). */
const indexed = <T>(make: (i: number) => fc.Arbitrary<T>, min: number, max: number) =>
  fc.integer({ min, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => make(i))));

export const arbPlan = (opts: ArbOptions = {}): fc.Arbitrary<Plan> =>
  fc
    .record({
      start: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
      horizon: fc.integer({ min: 30, max: 120 }),
      buffer: fc.oneof(fc.constant(0), fen(5_000)),
      paymentOrder: fc.option(fc.constantFrom(...PAYMENT_ORDERS), { nil: undefined }),
    })
    .chain(({ start, horizon, buffer, paymentOrder }) =>
      fc
        .tuple(
          indexed(accountArb, 1, 3),
          indexed((i) => cashFlowArb(start, horizon, i), 1, 8),
          indexed((i) => sourceArb(start, i, opts), 0, 4),
        )
        .map(([cashAccounts, cashFlows, fundingSources]): Plan => ({
          business: {
            name: 'Generated',
            currency: 'CNY',
            startDate: isoFromEpochDay(start),
            horizonDays: horizon,
            minCashBuffer: buffer,
            ...(paymentOrder === undefined ? {} : { paymentOrder }),
          },
          cashAccounts,
          cashFlows,
          fundingSources,
        })),
    );
