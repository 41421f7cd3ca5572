import { SOURCE_DEFAULTS, type DefaultBasisField } from '../../engine/defaults';
import { type Grade } from '../../engine/citations';
import type { FundingSource } from '../../engine/model';
import { citationNumber } from './citationRefs';

export type BasisNote = { field: DefaultBasisField; grade: Grade; ref: number };

/** Whether the source still holds FundGap's default for `field` (then the default's source applies). */
function isDefault(source: FundingSource, field: DefaultBasisField): boolean {
  const d = SOURCE_DEFAULTS[source.kind];
  switch (field) {
    case 'price':
      return JSON.stringify(source.price) === JSON.stringify(d.price);
    case 'leadTimeDays':
      return source.leadTimeDays === d.leadTimeDays;
    case 'limit':
      return source.limit === d.limit;
    case 'termMonths':
      return source.termMonths === d.termMonths;
    case 'penalty':
      // Huabei has no multiplier: its overdue rate is fixed, so its default always applies.
      return (source.penaltyMultiplier ?? d.penaltyMultiplier) === d.penaltyMultiplier;
  }
}

/**
 * The graded sources behind a funding source's numbers: only the fields still at their default
 * carry one; a number the user changed is theirs.
 */
export function sourceBasis(source: FundingSource): BasisNote[] {
  const basis = SOURCE_DEFAULTS[source.kind].basis;
  return (
    Object.entries(basis) as [
      DefaultBasisField,
      { grade: Grade; citation: Parameters<typeof citationNumber>[0] },
    ][]
  )
    .filter(([field]) => isDefault(source, field))
    .map(([field, b]) => ({ field, grade: b.grade, ref: citationNumber(b.citation) }));
}
