import './zodConfig';
import { z } from 'zod';
import { isValidIsoDate } from '../engine/calendar';
import {
  CASH_ACCOUNT_KINDS,
  PAYMENT_ORDERS,
  FLOW_CATEGORIES,
  LEGAL_FORMS,
  PLATFORM_GROUPS,
  SOURCE_KINDS,
  REPAYMENT_METHODS,
  SEASON_EVENTS,
  type SourceKind,
  type Yuan,
} from '../engine/model';
import { MAX_YUAN } from '../engine/money';
import { HUABEI_TERMS } from '../engine/terms';
import { checkCreditTerms } from './creditRules';
import type { IssueCode } from './issues';
import { CURRENT_FORMAT_VERSION } from './migrations';

/**
 * The plan file on disk, format version 2 (docs/plan-format.md; `migrations.ts` reads format 1).
 *
 * Units differ from the engine on purpose, so a person can read and edit the file:
 * money is **yuan** (≤ 2 decimals), rates and shares are **percent** (4.5 = 4.5 %), dates are
 * ISO `YYYY-MM-DD`. `planConvert.ts` turns a parsed file into the engine's fen and fractions.
 *
 * Unknown keys are accepted and dropped, so a file from a slightly newer FundGap that only
 * adds fields still opens. Every check reports a stable code (see `issues.ts`) as its message.
 */

import { LIMITS } from './limits';
import { heaviestBeyondRange } from './planMagnitude';

export { LIMITS };

type ErrorInput = { input?: unknown };

/** Missing → 'required'; anything else keeps zod's own issue (mapped in `issues.ts`). */
const required = (iss: ErrorInput): IssueCode | undefined =>
  iss.input === undefined ? 'required' : undefined;

/** Full-width digits (０–９), which a Chinese input method types unless switched to half-width. */
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/;

const numberError = (iss: ErrorInput): IssueCode =>
  iss.input === undefined
    ? 'required'
    : typeof iss.input === 'string' && FULL_WIDTH_DIGIT.test(iss.input)
      ? 'full_width_digits'
      : typeof iss.input === 'number' || typeof iss.input === 'string'
        ? 'not_a_number'
        : 'invalid_type';

const stringError = (iss: ErrorInput): IssueCode =>
  iss.input === undefined ? 'required' : 'invalid_type';

/** True when `x` has at most `places` decimals (exact for |x| ≤ 10^10 and 2 places). */
export function hasAtMostDecimals(x: number, places: number): boolean {
  const scale = 10 ** places;
  return Math.round(x * scale) / scale === x;
}

/** Money in yuan: finite, 0 … ¥10 billion, at most 2 decimals (the fen). */
const yuan = z
  .number({ error: numberError })
  .min(0, { error: 'amount_negative' })
  .max(MAX_YUAN, { error: 'amount_too_large' })
  .refine((v) => hasAtMostDecimals(v, 2), { error: 'too_many_decimals', params: { maximum: 2 } })
  // Identity at run time; types the parsed amount as `Yuan` so it cannot reach the engine unconverted.
  .transform((v): Yuan => v);

/** A percentage 0–100 (4.5 means 4.5 %). */
const percent = z
  .number({ error: numberError })
  .min(0, { error: 'percent_range' })
  .max(100, { error: 'percent_range' })
  .refine((v) => hasAtMostDecimals(v, LIMITS.percentDecimals), {
    error: 'too_many_decimals',
    params: { maximum: LIMITS.percentDecimals },
  });

/** A whole number in [min, max]; one issue naming both bounds when out of range. */
const intIn = (minimum: number, maximum: number, code: IssueCode = 'out_of_range') =>
  z
    .number({ error: numberError })
    .int({ error: 'not_an_integer', abort: true })
    .refine((v) => v >= minimum && v <= maximum, { error: code, params: { minimum, maximum } });

const numberIn = (minimum: number, maximum: number) =>
  z.number({ error: numberError }).refine((v) => v >= minimum && v <= maximum, {
    error: 'out_of_range',
    params: { minimum, maximum },
  });

const id = z
  .string({ error: stringError })
  .min(1, { error: 'empty' })
  .max(LIMITS.idLength, { error: 'too_long' });

const name = z.string({ error: stringError }).max(LIMITS.nameLength, { error: 'too_long' });

/** A real calendar date, YYYY-MM-DD, within LIMITS.dateMin … dateMax (ISO strings sort as dates). */
const isoDate = z
  .string({ error: stringError })
  .refine(isValidIsoDate, { error: 'date_invalid', abort: true })
  .refine((d) => d >= LIMITS.dateMin && d <= LIMITS.dateMax, { error: 'date_out_of_range' });

const platformGroup = z.enum(PLATFORM_GROUPS, { error: required });

/** For discriminators and `kind` fields: missing or wrong, the message lists what is allowed. */
const unknownKind = (): IssueCode => 'unknown_kind';

const yesNo = z.boolean({
  error: (iss) => (iss.input === undefined ? 'required' : 'invalid_type'),
});

/** What lenders ask about (docs/plan-format.md "business.profile"): every field optional. */
const profileSchema = z.object({
  legalForm: z.enum(LEGAL_FORMS, { error: unknownKind }).optional(),
  businessAccount: yesNo.optional(),
  creditRecord: z.enum(['clean', 'overdue'], { error: unknownKind }).optional(),
  collateral: yesNo.optional(),
  guarantor: yesNo.optional(),
  taxRecordYears: intIn(0, 100).optional(),
  startupLoanEligible: yesNo.optional(),
});

const businessSchema = z.object({
  name,
  currency: z.literal('CNY', { error: required }).default('CNY'),
  startDate: isoDate,
  horizonDays: z
    .number({ error: numberError })
    .refine((v) => Number.isInteger(v) && v >= LIMITS.horizonMin && v <= LIMITS.horizonMax, {
      error: 'horizon_range',
      params: { minimum: LIMITS.horizonMin, maximum: LIMITS.horizonMax },
    }),
  minCashBuffer: yuan.default(0),
  /** Which accounts pay first; absent = `bank_first`, the cautious reading (see `PAYMENT_ORDERS`). */
  paymentOrder: z.enum(PAYMENT_ORDERS, { error: required }).optional(),
  profile: profileSchema.optional(),
});

const cashAccountSchema = z.object({
  id,
  name,
  kind: z.enum(CASH_ACCOUNT_KINDS, { error: unknownKind }),
  platformGroup,
  balance: yuan,
});

const frequencySchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('daily') }),
    z.object({ type: z.literal('weekly'), weekday: intIn(0, 6) }),
    z.object({ type: z.literal('monthly'), dayOfMonth: intIn(1, 31) }),
    z.object({ type: z.literal('quarterly'), dayOfMonth: intIn(1, 31) }),
    z.object({ type: z.literal('once'), date: isoDate }),
  ],
  { error: unknownKind },
);

/** A seasonal factor in percent: 100 = the amount as entered, 0 = nothing, up to ten times. */
const seasonPercent = numberIn(0, 1000).refine((v) => hasAtMostDecimals(v, 2), {
  error: 'too_many_decimals',
  params: { maximum: 2 },
});

/** Optional; absent means the same amount all year (docs/plan-format.md, engine/seasonality.ts). */
const seasonalitySchema = z
  .object({
    monthlyPercent: z
      .array(seasonPercent)
      .refine((a) => a.length === 12, {
        error: 'out_of_range',
        params: { minimum: 12, maximum: 12 },
      })
      .optional(),
    events: z
      .array(
        z.object({ event: z.enum(SEASON_EVENTS, { error: unknownKind }), percent: seasonPercent }),
      )
      .max(SEASON_EVENTS.length, { error: 'too_many' })
      .optional(),
  })
  .superRefine((season, ctx) => {
    const seen = new Set<string>();
    season.events?.forEach((e, i) => {
      if (seen.has(e.event))
        ctx.addIssue({
          code: 'custom',
          message: 'duplicate_id' satisfies IssueCode,
          path: ['events', i, 'event'],
          params: { id: e.event },
        });
      seen.add(e.event);
    });
  });

const cashFlowSchema = z.object({
  id,
  name,
  direction: z.enum(['inflow', 'outflow'], { error: required }),
  amount: yuan,
  frequency: frequencySchema,
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  huabeiSharePercent: percent.optional(),
  /** Inflows: where the money lands. Outflows: the accounts that pay it first. */
  platformGroup: platformGroup.optional(),
  seasonality: seasonalitySchema.optional(),
  category: z.enum(FLOW_CATEGORIES, { error: unknownKind }).optional(),
  fromBusinessCustomers: yesNo.optional(),
});

/** The operating levers' stated assumptions (docs/advice.md), as the user edited them. */
const leverAssumptionsSchema = z.object({
  ownerDrawCutPercent: percent.optional(),
  ownerDrawMonths: intIn(1, 12).optional(),
  purchaseDeferralDays: intIn(1, 180).optional(),
  supplierTermsDays: intIn(1, 180).optional(),
  rentDeferralDays: intIn(1, 180).optional(),
  rentDeferralMonths: intIn(1, 12).optional(),
  depositPercent: percent.optional(),
  depositDays: intIn(1, 180).optional(),
  reserveFromDrawPercent: percent.optional(),
});

const priceSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('annual'), ratePercent: percent }),
    z.object({ type: z.literal('daily'), ratePercent: percent }),
    z.object({
      type: z.literal('instalment_fee'),
      totalFeePercent: percent,
      months: intIn(1, 360),
    }),
  ],
  { error: unknownKind },
);

const outstandingSchema = z.object({
  principal: yuan,
  nextDueDate: isoDate,
  remainingInstalments: intIn(1, 360),
  /** Huabei only: the instalment plan's term, which sets its fee (checked in `creditRules.ts`). */
  planMonths: z.literal(HUABEI_TERMS, { error: required }).optional(),
});

const sourceCommon = {
  id,
  name,
  platformGroup,
  limit: yuan,
  price: priceSchema,
  repayment: z.enum(REPAYMENT_METHODS, { error: required }),
  termMonths: intIn(1, 360),
  leadTimeDays: intIn(0, 365),
  drawPriority: intIn(-1000, 1000).optional(),
  drawFeePercent: percent.optional(),
  drawFeeMin: yuan.optional(),
  interestDay: intIn(1, 28).optional(),
  penaltyMultiplier: numberIn(1, 5).optional(),
  outstanding: z
    .array(outstandingSchema)
    .max(LIMITS.outstanding, { error: 'too_many' })
    .default([]),
};

export const CREDIT_KINDS = SOURCE_KINDS.filter(
  (k): k is Exclude<SourceKind, 'huabei'> => k !== 'huabei',
);

const huabeiSourceSchema = z.object({
  ...sourceCommon,
  kind: z.literal('huabei'),
  statementDay: intIn(1, 28),
  dueDay: intIn(1, 28),
  billInstalments: z.literal([0, 3, 6, 9, 12], { error: required }),
});

const creditSourceSchema = z.object({
  ...sourceCommon,
  kind: z.enum(CREDIT_KINDS),
});

const fundingSourceSchema = z.discriminatedUnion('kind', [huabeiSourceSchema, creditSourceSchema], {
  error: unknownKind,
});

const targetSchema = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.literal('sources'),
      sourceIds: z
        .array(id)
        .min(1, { error: 'empty' })
        .max(LIMITS.targetEntries, { error: 'too_many' }),
    }),
    z.object({
      type: z.literal('kinds'),
      kinds: z
        .array(z.enum(SOURCE_KINDS, { error: unknownKind }))
        .min(1, { error: 'empty' })
        .max(LIMITS.targetEntries, { error: 'too_many' }),
    }),
    z.object({ type: z.literal('group'), group: platformGroup }),
  ],
  { error: unknownKind },
);

const startDay = intIn(0, LIMITS.horizonMax);
const durationDays = intIn(1, LIMITS.horizonMax).nullable();
const window = { startDay, durationDays };

const shockSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('outage'), target: targetSchema, ...window }),
    z.object({
      type: z.literal('limit_cut'),
      target: targetSchema,
      cutPercent: percent,
      ...window,
    }),
    z.object({ type: z.literal('freeze'), target: targetSchema, ...window }),
    z.object({ type: z.literal('repayment_blocked'), target: targetSchema, ...window }),
    z.object({
      type: z.literal('recall'),
      target: targetSchema,
      startDay,
      dueWithinDays: intIn(0, 365),
    }),
    z.object({ type: z.literal('revenue_drop'), dropPercent: percent, ...window }),
    z.object({ type: z.literal('payment_delay'), delayDays: intIn(1, 365), ...window }),
  ],
  { error: unknownKind },
);

const scenarioSchema = z.object({
  id,
  name,
  description: z
    .string({ error: stringError })
    .max(LIMITS.descriptionLength, { error: 'too_long' })
    .optional(),
  shocks: z.array(shockSchema).max(LIMITS.shocks, { error: 'too_many' }),
});

type Ctx = z.core.$RefinementCtx;

function checkUniqueIds(list: readonly { id: string }[], key: string, ctx: Ctx): void {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        message: 'duplicate_id' satisfies IssueCode,
        path: [key, i, 'id'],
        params: { id: item.id },
      });
    }
    seen.add(item.id);
  });
}

export const planFileSchema = z
  .object({
    formatVersion: z.literal(CURRENT_FORMAT_VERSION, { error: required }),
    business: businessSchema,
    cashAccounts: z.array(cashAccountSchema).max(LIMITS.cashAccounts, { error: 'too_many' }),
    cashFlows: z.array(cashFlowSchema).max(LIMITS.cashFlows, { error: 'too_many' }),
    fundingSources: z.array(fundingSourceSchema).max(LIMITS.fundingSources, { error: 'too_many' }),
    scenarios: z.array(scenarioSchema).max(LIMITS.scenarios, { error: 'too_many' }).default([]),
    leverAssumptions: leverAssumptionsSchema.optional(),
  })
  .superRefine((file, ctx) => {
    checkUniqueIds(file.cashAccounts, 'cashAccounts', ctx);
    checkUniqueIds(file.cashFlows, 'cashFlows', ctx);
    checkUniqueIds(file.fundingSources, 'fundingSources', ctx);
    checkUniqueIds(file.scenarios, 'scenarios', ctx);

    file.cashFlows.forEach((flow, i) => {
      if (
        flow.startDate !== undefined &&
        flow.endDate !== undefined &&
        flow.endDate < flow.startDate
      ) {
        ctx.addIssue({
          code: 'custom',
          message: 'date_order' satisfies IssueCode,
          path: ['cashFlows', i, 'endDate'],
          params: { field: 'startDate' },
        });
      }
      for (const field of ['huabeiSharePercent', 'category'] as const) {
        if (flow[field] !== undefined && flow.direction !== 'outflow') {
          ctx.addIssue({
            code: 'custom',
            message: 'outflow_only' satisfies IssueCode,
            path: ['cashFlows', i, field],
          });
        }
      }
      if (flow.fromBusinessCustomers !== undefined && flow.direction !== 'inflow') {
        ctx.addIssue({
          code: 'custom',
          message: 'inflow_only' satisfies IssueCode,
          path: ['cashFlows', i, 'fromBusinessCustomers'],
        });
      }
    });

    checkCreditTerms(file.fundingSources, ctx);

    const sourceIds = new Set(file.fundingSources.map((s) => s.id));
    file.scenarios.forEach((scenario, i) => {
      scenario.shocks.forEach((shock, j) => {
        if (!('target' in shock) || shock.target.type !== 'sources') return;
        shock.target.sourceIds.forEach((sourceId, k) => {
          if (sourceIds.has(sourceId)) return;
          ctx.addIssue({
            code: 'custom',
            message: 'unknown_source' satisfies IssueCode,
            path: ['scenarios', i, 'shocks', j, 'target', 'sourceIds', k],
            params: { id: sourceId },
          });
        });
      });
    });

    // Last, and only when every field is valid: the bound multiplies them all together.
    const heaviest = ctx.issues.length === 0 ? heaviestBeyondRange(file) : null;
    if (heaviest) {
      ctx.addIssue({
        code: 'custom',
        message: 'beyond_exact_range' satisfies IssueCode,
        path: heaviest,
      });
    }
  });

/** A parsed plan file: yuan, percent and ISO dates, with defaults filled in. */
export type PlanFile = z.output<typeof planFileSchema>;
/** A plan file before defaults (currency, minCashBuffer, outstanding, scenarios) are filled. */
export type PlanFileInput = z.input<typeof planFileSchema>;
export type PlanFileScenario = PlanFile['scenarios'][number];
export type PlanFileSource = PlanFile['fundingSources'][number];
export type PlanFileCashFlow = PlanFile['cashFlows'][number];
