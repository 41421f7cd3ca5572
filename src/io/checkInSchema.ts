import './zodConfig';
import { z } from 'zod';
import type { CheckIn } from '../engine/checkIns/types';
import { fenFromYuan } from '../engine/money';
import { LIMITS } from './limits';
import { hasAtMostDecimals } from './decimals';
import { isoDate, numberIn, yuanAmount } from './planFields';

/**
 * The stored form of a check-in (docs/check-ins.md): yuan and percent, as a person types them,
 * inside a client record (`state.checkIns`), a plan file's export and a book file. Untrusted on
 * every way in: each check-in is validated on its own, and one that fails is dropped and counted
 * (never half-used), so a damaged entry cannot cost the others.
 */

/** Most check-ins a client keeps: twenty years of monthly check-ins, twice over. */
export const MAX_CHECK_INS = 500;
/** Longest free note, characters. */
export const MAX_NOTE_LENGTH = 2000;

/**
 * An annual rate in percent. A plan may quote a line at up to 100 % a day, so its annual rate
 * reaches 36,500 %; nothing a plan can say is refused here.
 */
export const MAX_ANNUAL_RATE_PERCENT = 100 * 365;
const annualPercent = numberIn(0, MAX_ANNUAL_RATE_PERCENT).refine(
  (v) => hasAtMostDecimals(v, LIMITS.percentDecimals),
  { error: 'too_many_decimals', params: { maximum: LIMITS.percentDecimals } },
);
const id = z.string().min(1).max(LIMITS.idLength);
const name = z.string().max(LIMITS.nameLength);

/**
 * Amounts, rates and the date are refused with the plan's codes (issues.ts), so the check-in form
 * says under each box what is wrong in the editor's words; what is accepted is unchanged.
 */
export const storedCheckInSchema = z.strictObject({
  id,
  date: isoDate,
  cash: z
    .array(z.strictObject({ accountId: id, name, balance: yuanAmount }))
    .max(LIMITS.cashAccounts),
  lines: z
    .array(
      z.strictObject({
        sourceId: id,
        name,
        limit: yuanAmount,
        /** 年化利率 in percent (10.95 = 10.95 %); null when not read. */
        annualRatePercent: annualPercent.nullable(),
        failedRepayment: z.boolean(),
        notice: z.boolean(),
      }),
    )
    .max(LIMITS.fundingSources),
  note: z.string().max(MAX_NOTE_LENGTH),
});

export type StoredCheckIn = z.output<typeof storedCheckInSchema>;

export type ReadCheckInsResult = { checkIns: StoredCheckIn[]; dropped: number };

/**
 * Read a list of stored check-ins from anywhere untrusted: the valid ones, and how many were
 * not (dropped). Not a list reads as none. Duplicate ids keep the first.
 * @example readCheckIns(record.state.checkIns) // { checkIns: [...], dropped: 0 }
 */
export function readCheckIns(value: unknown): ReadCheckInsResult {
  if (value === undefined) return { checkIns: [], dropped: 0 };
  if (!Array.isArray(value)) return { checkIns: [], dropped: 1 };
  const seen = new Set<string>();
  const checkIns: StoredCheckIn[] = [];
  let dropped = Math.max(0, value.length - MAX_CHECK_INS);
  for (const item of value.slice(0, MAX_CHECK_INS)) {
    const parsed = storedCheckInSchema.safeParse(item);
    if (!parsed.success || seen.has(parsed.data.id)) {
      dropped++;
      continue;
    }
    seen.add(parsed.data.id);
    checkIns.push(parsed.data);
  }
  return { checkIns, dropped };
}

/** A stored check-in in engine units (fen, fractions). */
export function checkInFromStored(c: StoredCheckIn): CheckIn {
  return {
    id: c.id,
    date: c.date,
    cash: c.cash.map((x) => ({
      accountId: x.accountId,
      name: x.name,
      balance: fenFromYuan(x.balance),
    })),
    lines: c.lines.map((l) => ({
      sourceId: l.sourceId,
      name: l.name,
      limit: fenFromYuan(l.limit),
      annualRate: l.annualRatePercent === null ? null : l.annualRatePercent / 100,
      failedRepayment: l.failedRepayment,
      notice: l.notice,
    })),
    note: c.note,
  };
}
