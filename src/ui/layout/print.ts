import { loadAllPanels } from './panels';
import { engage } from './reveal';

/** Print the whole page: draw every deferred panel first, so none prints as a placeholder. */
export async function printWholePage(): Promise<void> {
  engage();
  await loadAllPanels();
  // Two frames: React commits the panels whose chunks just arrived, then the browser lays them out.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  window.print();
}
