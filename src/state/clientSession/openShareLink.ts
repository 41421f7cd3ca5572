import { createClient } from './fileActions';
import { useClients } from './useClients';

/** Open the share link in the address bar, if any, as a new client file. */
export async function openShareLink(): Promise<void> {
  const { isShareFragment, readShareFragment } = await import('../../io/shareLink');
  const hash = location.hash;
  if (!isShareFragment(hash)) return;
  // The plan now lives in a client file (or was refused): drop it from the address bar so a
  // reload does not open it twice.
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  const result = readShareFragment(hash);
  if (!result.ok) {
    useClients.setState({ shareError: result.error, sharedOpened: null });
    return;
  }
  await createClient({ file: result.file, plan: result.plan, scenarios: result.scenarios });
  useClients.setState({ shareError: null, sharedOpened: useClients.getState().activeId });
}
