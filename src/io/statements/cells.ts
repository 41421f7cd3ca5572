import { isValidIsoDate } from '../../engine/calendar';
import { fenFromYuan } from '../../engine/money';
import { readAmount } from '../csvValues';

/**
 * Cells of a statement: dates with or without a time ("2026-10-01 12:34:56", "2026/10/1 8:05",
 * "20261001", "2026年10月1日") and amounts as the platforms write them ("¥25.00", "￥1,234.56",
 * "-300.00").
 */

/** The calendar date of a date or date-time cell, or null. */
export function readStatementDate(text: string): string | null {
  const s = text.trim();
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?$/.exec(
      s,
    ) ?? /^(\d{4})(\d{2})(\d{2})(?:\s+\d{1,2}:?\d{2}:?\d{2})?$/.exec(s);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** A money cell in fen, sign kept; null when it is not an amount with at most two decimals. */
export function readFen(text: string): number | null {
  const value = readAmount(text);
  if (value === null || Math.abs(value) > 1e10) return null;
  const fen = fenFromYuan(value);
  return Number.isSafeInteger(fen) ? fen : null;
}
