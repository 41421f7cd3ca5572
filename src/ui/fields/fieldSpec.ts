import type { ReactNode } from 'react';
import type { Issue } from '../../io/issues';
import { pathKey, type Path } from '../../state/draftPath';
import { isUnder, relativePath } from './issuePath';

/**
 * One field, or one block of fields, of an editor form, described once (made by the builders in
 * fieldKinds.tsx). The same description lays the field out (FieldRows), puts its validation
 * message right under it (Field), and tells whoever holds the form which problems a field on
 * screen already shows: a card lists only the rest (ItemIssues), a guided step knows what still
 * needs fixing before it moves on (issuesShownBy). A card's list of fields and its list of shown
 * problems can no longer drift apart.
 */
export type FieldSpec = {
  /** A React key; for a single field, also its path below the form's base (`frequency.type`). */
  key: string;
  /** Paths (below the base) whose problems this part shows under its fields. */
  shows: readonly string[];
  /** Paths below which this part shows every problem (a list it manages, `outstanding`). */
  showsUnder: readonly string[];
  render: (base: Path) => ReactNode;
};

/** `frequency.type` below `['cashFlows', 2]` → `['cashFlows', 2, 'frequency', 'type']`. */
export function fieldPath(base: Path, key: string): Path {
  return [...base, ...key.split('.')];
}

/**
 * Whether a field of `fields` shows the problem at `relative` (a path below the form's base).
 * @example showsIssueAt([numberField('limit', 'Limit')], 'limit') // true
 */
export function showsIssueAt(fields: readonly FieldSpec[], relative: string): boolean {
  return fields.some(
    (f) => f.shows.includes(relative) || f.showsUnder.some((p) => isUnder(relative, p)),
  );
}

/**
 * The problems under `base` that `fields` show, each next to its field: what a guided step must
 * see fixed before it moves on.
 */
export function issuesShownBy(
  fields: readonly FieldSpec[],
  issues: readonly Issue[],
  base: Path,
): Issue[] {
  const prefix = pathKey(base);
  return issues.filter(
    (i) => isUnder(i.path, prefix) && showsIssueAt(fields, relativePath(i.path, prefix)),
  );
}
