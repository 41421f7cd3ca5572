import type { z } from 'zod';
import { HUABEI_INSTALMENT_FEES, HUABEI_TERMS, type HuabeiTerm } from '../engine/terms';
import type { IssueCode, IssueParams } from './issues';

/**
 * Cross-field rules of a funding source's fees and penalties: every fee or penalty field that
 * validates is one the engine charges. A field the engine would ignore, or a price whose term is
 * not the term actually used, is refused with a message naming both fields (docs/plan-format.md).
 */

type Ctx = z.core.$RefinementCtx;

/** The parts of a parsed source these rules read. */
type SourceFields = {
  kind: string;
  repayment: string;
  termMonths: number;
  price:
    | { type: 'annual' | 'daily'; ratePercent: number }
    | { type: 'instalment_fee'; totalFeePercent: number; months: number };
  drawFeePercent?: number | undefined;
  drawFeeMin?: number | undefined;
  interestDay?: number | undefined;
  penaltyMultiplier?: number | undefined;
  billInstalments?: number;
  outstanding: { remainingInstalments: number; planMonths?: number | undefined }[];
};

/** Fields Huabei never uses: it draws no cash, settles no revolving interest, and has its own overdue rate. */
export const NOT_FOR_HUABEI = [
  'drawFeePercent',
  'drawFeeMin',
  'interestDay',
  'penaltyMultiplier',
] as const;

/** Huabei instalment plans run at most this many months (its longest published term). */
const HUABEI_MAX_INSTALMENTS = HUABEI_TERMS[HUABEI_TERMS.length - 1]!;

const percentOf = (fraction: number): number => Math.round(fraction * 1e6) / 1e4;

function report(
  ctx: Ctx,
  code: IssueCode,
  path: readonly (string | number)[],
  params?: IssueParams,
): void {
  ctx.addIssue({
    code: 'custom',
    message: code,
    path: [...path],
    ...(params ? { params } : {}),
  });
}

/**
 * The price must quote the term actually used: Huabei's `billInstalments` when bills are
 * converted, any other source's `termMonths` when it is priced as an instalment fee.
 */
function checkPriceTerm(s: SourceFields, at: readonly (string | number)[], ctx: Ctx): void {
  const isHuabei = s.kind === 'huabei';
  const used = isHuabei ? (s.billInstalments ?? 0) : s.termMonths;
  if (isHuabei && used === 0) return; // bills paid in full: the price is the quote for a later plan
  const field = isHuabei ? 'billInstalments' : 'termMonths';
  const table: Record<number, number> = HUABEI_INSTALMENT_FEES;
  const feePercent = isHuabei && table[used] !== undefined ? percentOf(table[used]) : undefined;
  const params: IssueParams = {
    field,
    months: used,
    ...(feePercent === undefined ? {} : { percent: feePercent }),
  };
  if (s.price.type !== 'instalment_fee') {
    // Only Huabei needs an instalment fee: other sources may be priced any way.
    if (isHuabei) report(ctx, 'term_mismatch', [...at, 'price', 'type'], params);
    return;
  }
  if (s.price.months !== used) report(ctx, 'term_mismatch', [...at, 'price', 'months'], params);
}

function checkHuabeiFields(s: SourceFields, at: readonly (string | number)[], ctx: Ctx): void {
  for (const key of NOT_FOR_HUABEI) {
    if (s[key] !== undefined) report(ctx, 'not_for_huabei', [...at, key]);
  }
  s.outstanding.forEach((o, j) => {
    const where = [...at, 'outstanding', j] as const;
    const term: HuabeiTerm | undefined = HUABEI_TERMS.find((n) => n === o.planMonths);
    if (term !== undefined && o.remainingInstalments > term) {
      report(ctx, 'exceeds_term', [...where, 'remainingInstalments'], {
        field: 'planMonths',
        maximum: term,
      });
    } else if (term === undefined && o.remainingInstalments > HUABEI_MAX_INSTALMENTS) {
      report(ctx, 'out_of_range', [...where, 'remainingInstalments'], {
        minimum: 1,
        maximum: HUABEI_MAX_INSTALMENTS,
      });
    }
  });
}

function checkOtherFields(s: SourceFields, at: readonly (string | number)[], ctx: Ctx): void {
  if (s.interestDay !== undefined && s.repayment !== 'revolving') {
    report(ctx, 'revolving_only', [...at, 'interestDay']);
  }
  s.outstanding.forEach((o, j) => {
    if (o.planMonths !== undefined)
      report(ctx, 'huabei_only', [...at, 'outstanding', j, 'planMonths']);
  });
}

/** Adds an issue for every fee or penalty field of `sources` that the engine would not charge as written. */
export function checkCreditTerms(sources: readonly SourceFields[], ctx: Ctx): void {
  sources.forEach((s, i) => {
    const at = ['fundingSources', i] as const;
    checkPriceTerm(s, at, ctx);
    if (s.kind === 'huabei') checkHuabeiFields(s, at, ctx);
    else checkOtherFields(s, at, ctx);
  });
}
