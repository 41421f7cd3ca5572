import './zodConfig';
import { z } from 'zod';
import { CASH_ACCOUNT_KINDS, LEGAL_FORMS, PAYMENT_ORDERS } from '../engine/model';
import { LIMITS } from './limits';
import {
  id,
  intIn,
  isoDate,
  name,
  numberError,
  percent,
  platformGroup,
  required,
  unknownKind,
  yesNo,
  yuan,
} from './planFields';

/**
 * The plan file's business (planSchema.ts): who it is and what lenders ask about, where its cash
 * sits today, and the assumptions behind the operating levers the advice may suggest.
 */

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

export const businessSchema = z.object({
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

export const cashAccountSchema = z.object({
  id,
  name,
  kind: z.enum(CASH_ACCOUNT_KINDS, { error: unknownKind }),
  platformGroup,
  balance: yuan,
});

/** The operating levers' stated assumptions (docs/advice.md), as the user edited them. */
export const leverAssumptionsSchema = z.object({
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
