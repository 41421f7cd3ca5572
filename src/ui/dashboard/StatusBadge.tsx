import type { MetricStatus } from './metricStatus';

/** Shape per status, so the verdict never rests on colour: a tick in a circle, "!" in a triangle, a cross in an octagon. */
function StatusIcon({ status }: { status: MetricStatus }) {
  const common = {
    width: 16,
    height: 16,
    viewBox: '0 0 16 16',
    'aria-hidden': true,
    focusable: false,
  } as const;
  switch (status) {
    case 'good':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path
            d="M4.5 8.2l2.3 2.3 4.7-4.9"
            stroke="#fff"
            strokeWidth="1.8"
            fill="none"
            strokeLinecap="round"
          />
        </svg>
      );
    case 'watch':
      return (
        <svg {...common}>
          <path d="M8 1.2l7 13.3H1z" fill="currentColor" />
          <path d="M8 5.8v4.2" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="12.2" r="1" fill="#fff" />
        </svg>
      );
    case 'risk':
      return (
        <svg {...common}>
          <path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z" fill="currentColor" />
          <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      );
    default: {
      const never: never = status;
      return never;
    }
  }
}

/** Icon + word for a metric's verdict. */
export function StatusBadge({ status, label }: { status: MetricStatus; label: string }) {
  return (
    <span className={`status-badge status-${status}`}>
      <StatusIcon status={status} />
      <span>{label}</span>
    </span>
  );
}
