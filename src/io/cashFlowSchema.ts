import './zodConfig';
import { z } from 'zod';
import { FLOW_CATEGORIES, SEASON_EVENTS } from '../engine/model';
import type { IssueCode } from './issues';
import { hasAtMostDecimals } from './decimals';
import {
  id,
  intIn,
  isoDate,
  name,
  numberIn,
  percent,
  platformGroup,
  required,
  unknownKind,
  yesNo,
  yuan,
  type Ctx,
} from './planFields';

/**
 * A cash flow in the plan file (planSchema.ts): money in or out, how often, over which dates,
 * with its optional seasonal profile, and the rules between its fields.
 */

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

export const cashFlowSchema = z.object({
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

/**
 * Rules between one flow's fields: its end not before its start, and the fields that belong to
 * one direction only (Huabei share and category to outflows, business customers to inflows).
 */
export function checkCashFlows(flows: readonly z.output<typeof cashFlowSchema>[], ctx: Ctx): void {
  flows.forEach((flow, i) => {
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
}
