import type { HeadlineStatus } from '../../i18n/messages/headline';
import { VerdictIcon, type VerdictShape } from '../common/VerdictIcon';

const SHAPE: Record<HeadlineStatus, VerdictShape> = {
  ok: 'tick',
  gap: 'warning',
  baseline: 'warning',
  empty: 'info',
};

/** The headline's status as a shape (see VerdictIcon), beside its words. */
export function StatusIcon({ status }: { status: HeadlineStatus }) {
  return <VerdictIcon shape={SHAPE[status]} size={20} className="headline-status-icon" />;
}
