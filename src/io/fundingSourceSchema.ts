import './zodConfig';
import { z } from 'zod';
import { REPAYMENT_METHODS, SOURCE_KINDS, type SourceKind } from '../engine/model';
import { HUABEI_TERMS } from '../engine/terms';
import { LIMITS } from './limits';
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
  yuan,
} from './planFields';

/**
 * A funding source in the plan file (planSchema.ts): Huabei, or any other credit line or loan,
 * with its price, repayment, lead time and what is outstanding on it. The rules between its fee
 * and penalty fields are in creditRules.ts.
 */

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

export const fundingSourceSchema = z.discriminatedUnion(
  'kind',
  [huabeiSourceSchema, creditSourceSchema],
  {
    error: unknownKind,
  },
);
