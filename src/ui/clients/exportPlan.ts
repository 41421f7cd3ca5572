import { stringifyClientFile } from '../../io/checkInFile';
import { useStore } from '../../state/store';
import { downloadText } from '../common/downloadText';
import { planFileName } from './download';

/**
 * Download the open plan as a plan file: the last valid version (what the charts show), so the
 * file always opens again. Loaded on demand by the file dialog and the "storage full" notice.
 */
export function exportCurrentPlan(): void {
  const { valid, checkIns } = useStore.getState();
  downloadText(planFileName(valid.file.business.name), stringifyClientFile(valid.file, checkIns));
}
