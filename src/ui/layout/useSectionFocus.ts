import { useLayoutEffect, useRef } from 'react';
import { scrollPositionOf } from './sectionRoute';
import { sectionElementId, type SectionId } from './sections';

/**
 * After the reader moves to another section (a tab, Back, Forward): put the page where they left
 * that section and focus the section, so a screen reader says where they are and Tab continues
 * inside it. Nothing moves on the first render: a reload keeps the browser's focus and position.
 */
export function useSectionFocus(section: SectionId): void {
  const shown = useRef(section);
  useLayoutEffect(() => {
    if (shown.current === section) return;
    shown.current = section;
    window.scrollTo({ top: scrollPositionOf(section) });
    document.getElementById(sectionElementId(section))?.focus({ preventScroll: true });
  }, [section]);
}
