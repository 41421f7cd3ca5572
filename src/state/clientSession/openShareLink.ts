import { createClient } from './fileActions';
import { patch, stateOf, type Session } from './session';

/** Open the share link in the address bar, if any, as a new client file. */
export async function openShareLink(s: Session): Promise<void> {
  const { isShareFragment, readShareFragment } = await import('../../io/shareLink');
  const hash = location.hash;
  if (!isShareFragment(hash)) return;
  // The plan now lives in a client file (or was refused): drop it from the address bar so a
  // reload does not open it twice.
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  const result = readShareFragment(hash);
  if (!result.ok) {
    patch(s, { shareError: result.error, sharedOpened: null });
    return;
  }
  await createClient({ file: result.file, plan: result.plan, scenarios: result.scenarios }, {}, s);
  patch(s, { shareError: null, sharedOpened: stateOf(s).activeId });
}
