import type { MouseEvent } from 'react';
import { LAYOUT } from '../../i18n/messages/layout';
import { useLang } from '../common/useLang';
import { SectionIcon } from './SectionIcon';
import { goToSection } from './sectionRoute';
import { SECTIONS, sectionHref, type SectionId } from './sections';

/**
 * The sections as links: a tab bar at the bottom of a phone's screen, a bar under the header on
 * a wider one (layout.css). Plain links to each section's fragment, so the browser's history,
 * "open in new tab" and a link copied from here all work; the current one is aria-current.
 */
export function SectionNav({ current }: { current: SectionId }) {
  const l = LAYOUT[useLang()];
  // The current section's link takes the reader back to its top (as a phone's tab bar does).
  const onClick = (e: MouseEvent, id: SectionId) => {
    if (id !== current || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    goToSection(id);
  };
  return (
    <nav className="section-nav no-print" aria-label={l.navLabel}>
      <ul>
        {SECTIONS.map((id) => (
          <li key={id}>
            <a
              href={sectionHref(id)}
              className="section-link"
              aria-current={id === current ? 'page' : undefined}
              onClick={(e) => onClick(e, id)}
            >
              <SectionIcon id={id} />
              <span className="section-link-text">{l.sections[id]}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
