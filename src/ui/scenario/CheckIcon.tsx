/** The tick on the selected scenario card (with the border and bold name, never colour alone). */
export function CheckIcon() {
  return (
    <svg
      className="scenario-check"
      width="22"
      height="22"
      viewBox="0 0 22 22"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="11" cy="11" r="10" fill="currentColor" />
      <path
        d="M6.5 11.5l3 3 6-6.5"
        fill="none"
        stroke="#fff"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
