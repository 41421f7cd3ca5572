import type { HeadlineStatus } from '../../i18n/messages/headline';

/** A shape per status (tick, warning triangle, pencil) so the status never rests on colour. */
export function StatusIcon({ status }: { status: HeadlineStatus }) {
  const common = {
    width: 20,
    height: 20,
    viewBox: '0 0 20 20',
    'aria-hidden': true,
    focusable: false,
    className: 'headline-status-icon',
  } as const;
  switch (status) {
    case 'ok':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <path
            d="M5.5 10.5l3 3 6-6.5"
            fill="none"
            stroke="#fff"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      );
    case 'gap':
    case 'baseline':
      return (
        <svg {...common}>
          <path d="M10 1.5l9 16.5H1z" fill="currentColor" />
          <path d="M10 7v5.5" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
          <circle cx="10" cy="15.3" r="1.3" fill="#fff" />
        </svg>
      );
    case 'empty':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <path d="M10 9v5" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
          <circle cx="10" cy="6" r="1.3" fill="#fff" />
        </svg>
      );
    default: {
      const never: never = status;
      return never;
    }
  }
}
