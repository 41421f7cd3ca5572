import { VerdictIcon, type VerdictShape } from '../common/VerdictIcon';
import type { MetricStatus } from './metricStatus';

const SHAPE: Record<MetricStatus, VerdictShape> = { good: 'tick', watch: 'warning', risk: 'cross' };

/** Icon + word for a metric's verdict. */
export function StatusBadge({ status, label }: { status: MetricStatus; label: string }) {
  return (
    <span className={`status-badge status-${status}`}>
      <VerdictIcon shape={SHAPE[status]} size={16} />
      <span>{label}</span>
    </span>
  );
}
