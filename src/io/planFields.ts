import './zodConfig';
import { z } from 'zod';
import { isValidIsoDate } from '../engine/calendar';
import { PLATFORM_GROUPS, type Yuan } from '../engine/model';
import { MAX_YUAN } from '../engine/money';
import type { IssueCode } from './issues';
import { hasAtMostDecimals } from './decimals';
import { LIMITS } from './limits';

/**
 * The field types every part of the plan file is built from (planSchema.ts puts them together):
 * money in yuan, percent, whole numbers in a range, ids, names, dates, yes/no. Each refusal
 * reports a stable code (see `issues.ts`) as its message.
 */

type ErrorInput = { input?: unknown };

/** Missing → 'required'; anything else keeps zod's own issue (mapped in `issues.ts`). */
export const required = (iss: ErrorInput): IssueCode | undefined =>
  iss.input === undefined ? 'required' : undefined;

/** Full-width digits (０–９), which a Chinese input method types unless switched to half-width. */
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/;

export const numberError = (iss: ErrorInput): IssueCode =>
  iss.input === undefined
    ? 'required'
    : typeof iss.input === 'string' && FULL_WIDTH_DIGIT.test(iss.input)
      ? 'full_width_digits'
      : typeof iss.input === 'number' || typeof iss.input === 'string'
        ? 'not_a_number'
        : 'invalid_type';

export const stringError = (iss: ErrorInput): IssueCode =>
  iss.input === undefined ? 'required' : 'invalid_type';

/**
 * An amount in yuan as a plain number: finite, 0 … ¥10 billion, at most 2 decimals (the fen).
 * Also what a check-in's amounts are (checkInSchema.ts), refused with the same codes.
 */
export const yuanAmount = z
  .number({ error: numberError })
  .min(0, { error: 'amount_negative' })
  .max(MAX_YUAN, { error: 'amount_too_large' })
  .refine((v) => hasAtMostDecimals(v, 2), { error: 'too_many_decimals', params: { maximum: 2 } });

/** Money in yuan (`yuanAmount`), typed as `Yuan` so it cannot reach the engine unconverted. */
export const yuan = yuanAmount.transform((v): Yuan => v);

/** A percentage 0–100 (4.5 means 4.5 %). */
export const percent = z
  .number({ error: numberError })
  .min(0, { error: 'percent_range' })
  .max(100, { error: 'percent_range' })
  .refine((v) => hasAtMostDecimals(v, LIMITS.percentDecimals), {
    error: 'too_many_decimals',
    params: { maximum: LIMITS.percentDecimals },
  });

/** A whole number in [min, max]; one issue naming both bounds when out of range. */
export const intIn = (minimum: number, maximum: number, code: IssueCode = 'out_of_range') =>
  z
    .number({ error: numberError })
    .int({ error: 'not_an_integer', abort: true })
    .refine((v) => v >= minimum && v <= maximum, { error: code, params: { minimum, maximum } });

export const numberIn = (minimum: number, maximum: number) =>
  z.number({ error: numberError }).refine((v) => v >= minimum && v <= maximum, {
    error: 'out_of_range',
    params: { minimum, maximum },
  });

export const id = z
  .string({ error: stringError })
  .min(1, { error: 'empty' })
  .max(LIMITS.idLength, { error: 'too_long' });

export const name = z.string({ error: stringError }).max(LIMITS.nameLength, { error: 'too_long' });

/** A real calendar date, YYYY-MM-DD, within LIMITS.dateMin … dateMax (ISO strings sort as dates). */
export const isoDate = z
  .string({ error: stringError })
  .refine(isValidIsoDate, { error: 'date_invalid', abort: true })
  .refine((d) => d >= LIMITS.dateMin && d <= LIMITS.dateMax, { error: 'date_out_of_range' });

export const platformGroup = z.enum(PLATFORM_GROUPS, { error: required });

/** For discriminators and `kind` fields: missing or wrong, the message lists what is allowed. */
export const unknownKind = (): IssueCode => 'unknown_kind';

export const yesNo = z.boolean({
  error: (iss) => (iss.input === undefined ? 'required' : 'invalid_type'),
});

/** Where a part's cross-field rules add their issues. */
export type Ctx = z.core.$RefinementCtx;
