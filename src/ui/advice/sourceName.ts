import { SOURCE_KINDS, type SourceKind } from '../../engine/model';

const isSourceKind = (kind: string): kind is SourceKind =>
  (SOURCE_KINDS as readonly string[]).includes(kind);

/** The name a kept suggestion's new funding source gets: its kind, translated. */
export function sourceNamer(names: Record<SourceKind, string>): (kind: string) => string {
  return (kind) => (isSourceKind(kind) ? names[kind] : kind);
}
