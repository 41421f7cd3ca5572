import Papa from 'papaparse';
import type { Plan } from '../engine/model';
import { dayRows } from '../engine/rows';
import type { Projection } from '../engine/simulate';

/**
 * The daily projection as CSV: one row a day, baseline and stressed cash side by side, then the
 * stressed run's flows, draws, repayments and shortfall. Yuan with 2 decimals and a dot (no
 * grouping) so every spreadsheet reads them as numbers; the header is in the user's language.
 */

export const PROJECTION_COLUMNS = [
  'date',
  'day',
  'baselineCash',
  'stressedCash',
  'stressedReachableCash',
  'inflows',
  'outflows',
  'draws',
  'repayments',
  'interest',
  'shortfall',
] as const;
export type ProjectionColumn = (typeof PROJECTION_COLUMNS)[number];

const yuan2 = (x: number): string => x.toFixed(2);

/**
 * @example projectionCsv(plan, baseline, stressed, headers).split('\r\n')[1] // '2026-12-01,0,48200.00,…'
 */
export function projectionCsv(
  plan: Plan,
  baseline: Projection,
  stressed: Projection,
  headers: Record<ProjectionColumn, string>,
): string {
  const base = dayRows(plan, baseline);
  const data = dayRows(plan, stressed).map((r, i) => [
    r.date,
    String(r.day),
    yuan2(base[i]?.cash ?? 0),
    yuan2(r.cash),
    yuan2(r.accessibleCash),
    yuan2(r.inflows),
    yuan2(r.outflows),
    yuan2(r.draws),
    yuan2(r.repayments),
    yuan2(r.interest),
    yuan2(r.shortfall),
  ]);
  return Papa.unparse(
    { fields: PROJECTION_COLUMNS.map((c) => headers[c]), data },
    { newline: '\r\n' },
  );
}

/** Excel opens a UTF-8 CSV with Chinese headers correctly only when it starts with a BOM. */
export const UTF8_BOM = '\ufeff';
