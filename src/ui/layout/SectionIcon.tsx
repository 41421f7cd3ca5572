import type { SectionId } from './sections';

/** One line drawing per section (24 × 24, stroked), so the tab bar reads at a glance. */
const PATHS: Record<SectionId, string> = {
  // A cash line falling through a floor, then recovering.
  answer: 'M3 5v14h18M6 9l4 5 3-3 4 5 3-2',
  // A form: lines of fields and a pencil.
  plan: 'M5 4h10v16H5zM8 8h4M8 12h4M8 16h2M17 7l3 3-6 6h-3v-3z',
  // Branching paths.
  scenarios: 'M5 19V5M5 12c6 0 6-6 14-6M5 12c6 0 6 6 14 6M16 3l3 3-3 3M16 15l3 3-3 3',
  // A light bulb.
  advice:
    'M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.8.8 1 1.6 1 2.5h6c0-.9.2-1.7 1-2.5A6 6 0 0 0 12 3z',
  // A grid of cells with a boundary.
  stress: 'M4 4h16v16H4zM4 10h16M4 15h16M10 4v16M15 4v16',
  // Two people.
  clients:
    'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM2.5 20c.5-3.5 3.2-6 6.5-6s6 2.5 6.5 6M16 4.5a3.5 3.5 0 0 1 0 6.5M18 14c2 .8 3.3 3 3.5 6',
};

export function SectionIcon({ id }: { id: SectionId }) {
  return (
    <svg
      className="section-icon"
      width="24"
      height="24"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[id]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
