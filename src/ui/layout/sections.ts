import type { SectionName } from '../../i18n/messages/layout';

/**
 * The page's sections, in tab-bar order. Each has its own URL fragment, `#/<id>`: the browser's
 * history then holds one entry per section visited (Back returns to the previous one) and a
 * reload or a bookmark opens the same section. The `#/` prefix keeps them apart from a share
 * link's `#plan=…` (src/io/shareLink.ts), which can never start with a slash.
 */
export const SECTIONS = [
  'answer',
  'plan',
  'scenarios',
  'advice',
  'stress',
  'clients',
] as const satisfies readonly SectionName[];

export type SectionId = (typeof SECTIONS)[number];

/** What a first visit, a bare address and any other fragment (a share link, `#results`) show. */
export const DEFAULT_SECTION: SectionId = 'answer';

const PREFIX = '#/';

/**
 * The fragment of a section.
 * @example sectionHref('plan') // '#/plan'
 */
export function sectionHref(id: SectionId): string {
  return `${PREFIX}${id}`;
}

/**
 * The section a URL fragment names; the answer for anything else.
 * @example sectionOfHash('#/stress') // 'stress'
 * @example sectionOfHash('#plan=N4Ig…') // 'answer'
 */
export function sectionOfHash(hash: string): SectionId {
  if (!hash.startsWith(PREFIX)) return DEFAULT_SECTION;
  const id = hash.slice(PREFIX.length);
  return SECTIONS.find((s) => s === id) ?? DEFAULT_SECTION;
}

/** The element id of a section's container (the target of the skip link and of focus). */
export function sectionElementId(id: SectionId): string {
  return `section-${id}`;
}
