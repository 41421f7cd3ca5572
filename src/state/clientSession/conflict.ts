import { flush } from './autosave';
import { createClient } from './fileActions';
import { apply, readStored } from './openFile';
import { sessionReady } from './session';
import { useClients } from './useClients';

/**
 * Answer a two-tab conflict. `theirs`: show what the other tab saved. `copy`: keep this tab's
 * plan as a new client file (both versions survive). `mine`: save this tab's plan over theirs.
 */
export async function resolveConflict(
  choice: 'theirs' | 'copy' | 'mine',
  copyName: string,
): Promise<void> {
  const s = await sessionReady;
  const record = await readStored(s, s.activeId);
  useClients.setState({ conflict: false });
  if (choice === 'theirs') {
    if (record && apply(s, record)) s.baseRevision = record.revision;
    s.dirty = false;
    return;
  }
  if (choice === 'copy') {
    const { valid, scenarioId, exampleId } = s.app.getState();
    const mine = { draft: s.app.getState().draft, scenarioId };
    s.dirty = false;
    await createClient(valid, { name: copyName, exampleId, scenarioId });
    // The copy keeps the draft as typed, not only its last valid plan.
    s.applying = false;
    s.app.setState({ draft: mine.draft });
    return;
  }
  s.baseRevision = record?.revision ?? s.baseRevision;
  s.dirty = true;
  await flush();
}
