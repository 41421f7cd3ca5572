import type { Fen, FundingSource, Price } from '../model';
import { annualRate } from '../rates';
import {
  DEFAULT_INTEREST_DAY,
  HUABEI_OVERDUE_RATE_PER_DAY,
  JIEBEI_PENALTY_MULTIPLIER,
  type HuabeiTerm,
} from '../terms';
import { huabeiTermFee } from './huabei';
import {
  tranchePool,
  type DueCalendar,
  type Tranche,
  type TrancheMethod,
  type TranchePool,
} from './tranches';

/**
 * Running state of one funding source during a simulation: its terms as the daily loop reads them,
 * and its balances. Pure data plus small functions; its tranches and the days they fall due are in
 * `tranches.ts`, the daily steps in `../daily/`.
 */

export type SourceState = {
  source: FundingSource;
  index: number;
  isHuabei: boolean;
  isRevolving: boolean;
  /**
   * The source's terms the daily loop reads, copied out of `source`: one object shape for every
   * kind of source, where the sources themselves come in many (a read of `source.limit` inside
   * the loop cost a sixth of a run in profiles).
   */
  limit: Fen;
  leadTimeDays: number;
  drawFeeRate: number;
  drawFeeMin: Fen;
  /** Day of month revolving interest settles. */
  interestDay: number;
  /** Huabei: day of month the bill is made; 0 for other sources. */
  statementDay: number;
  annualRate: number;
  monthlyRate: number;
  dailyRate: number;
  penaltyDailyRate: number;
  /** How a draw (or, for Huabei, a balance or bill) is repaid, and over how many months. */
  trancheMethod: TrancheMethod;
  termMonths: number;
  /** Total fee (fraction) of an instalment-fee price; 0 for other prices. */
  totalFee: number;
  /** Huabei: day of month a bill falls due, the instalments it is split into and their fee. */
  dueDay: number;
  billInstalments: number;
  billFee: number;
  tranches: Tranche[];
  /** The run's due calendar, shared by its sources. */
  dueOn: DueCalendar;
  /** The run's tranche objects, shared by its sources. */
  pool: TranchePool;
  /** This source's tranches falling due today, linked through `sameDay` (see `sortDueToday`). */
  dueToday: Tranche | null;
  /** Σ tranche balances, kept in step so headroom is O(1) however many draws there were. */
  trancheBalance: Fen;
  revolvingBalance: Fen;
  /** Revolving interest accrued but not yet settled, in fractional fen. */
  revolvingAccrued: number;
  /** Huabei spending not yet on a statement. */
  unbilled: Fen;
  overduePrincipal: Fen;
  /** Contract interest that fell due but could not be paid. */
  overdueCharges: Fen;
  /**
   * Penalty interest accrued on overdue principal and interest (not on earlier penalties),
   * fractional fen until paid.
   */
  overduePenalty: number;
};

/** A source's state at the start of a run, before its outstanding balances are seeded. */
export function initialState(
  source: FundingSource,
  index: number,
  dueOn: DueCalendar,
  pool: TranchePool = tranchePool(),
): SourceState {
  const rate = annualRate(source.price);
  const daily = dailyRateOf(source.price, rate);
  const huabei = source.kind === 'huabei';
  const price = source.price;
  const billInstalments = huabei ? source.billInstalments : 0;
  return {
    source,
    index,
    isHuabei: huabei,
    isRevolving: source.repayment === 'revolving' && !huabei,
    limit: source.limit,
    leadTimeDays: source.leadTimeDays,
    drawFeeRate: source.drawFeeRate ?? 0,
    drawFeeMin: source.drawFeeMin ?? 0,
    interestDay: source.interestDay ?? DEFAULT_INTEREST_DAY,
    statementDay: huabei ? source.statementDay : 0,
    annualRate: rate,
    monthlyRate: rate / 12,
    dailyRate: daily,
    penaltyDailyRate: huabei
      ? HUABEI_OVERDUE_RATE_PER_DAY
      : (daily || 0) * (source.penaltyMultiplier ?? JIEBEI_PENALTY_MULTIPLIER),
    trancheMethod: methodFor(source),
    termMonths: source.termMonths,
    totalFee: price.type === 'instalment_fee' ? price.totalFee : 0,
    dueDay: huabei ? source.dueDay : 0,
    billInstalments,
    billFee:
      huabei && billInstalments > 0 ? huabeiTermFee(source, billInstalments as HuabeiTerm) : 0,
    tranches: [],
    dueOn,
    pool,
    dueToday: null,
    trancheBalance: 0,
    revolvingBalance: 0,
    revolvingAccrued: 0,
    unbilled: 0,
    overduePrincipal: 0,
    overdueCharges: 0,
    overduePenalty: 0,
  };
}

/**
 * Back to the state `initialState` made (no balance, no tranche), keeping the object: the Monte
 * Carlo runs one plan's sources through thousands of paths. `dueOn` and `pool` are the run's,
 * cleared by it.
 */
export function resetState(s: SourceState): void {
  s.tranches.length = 0;
  s.dueToday = null;
  s.trancheBalance = 0;
  s.revolvingBalance = 0;
  s.revolvingAccrued = 0;
  s.unbilled = 0;
  s.overduePrincipal = 0;
  s.overdueCharges = 0;
  s.overduePenalty = 0;
}

/** `dailyRate(price)` given the price's annual rate (an instalment fee's costs a search). */
function dailyRateOf(price: Price, annual: number): number {
  return price.type === 'daily' ? price.rate : annual / 365;
}

/** Principal the lender counts against the limit. */
export function drawnBalance(s: SourceState): Fen {
  return s.revolvingBalance + s.unbilled + s.overduePrincipal + s.trancheBalance;
}

function methodFor(source: FundingSource): TrancheMethod {
  if (source.price.type === 'instalment_fee') return 'flat_fee';
  return source.repayment === 'revolving' ? 'interest_only' : source.repayment;
}
