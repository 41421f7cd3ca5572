import { registerSW } from 'virtual:pwa-register';
import { useUpdate } from './updateState';

/**
 * Registers the service worker that makes FundGap work offline. Loaded with a dynamic import
 * after the page's `load` event (src/main.tsx), so it costs the first screen nothing.
 *
 * A new version never takes over a page by itself (vite.config.ts: `registerType: 'prompt'`, no
 * `skipWaiting`): it installs, waits, and is announced (src/ui/update/UpdateBanner.tsx). It
 * is applied when the user accepts — their work is saved first — or on their next visit, once
 * every FundGap tab has closed. Nothing typed, no open dialog and no pending choice is lost.
 */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  let accepted = false;
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh: () => useUpdate.setState({ ready: true }),
    // The new version took over: this page reloads only if its user asked; when another tab's
    // user did, this page keeps working and offers the reload instead.
    onNeedReload: () => {
      if (accepted) location.reload();
      else useUpdate.setState({ ready: true });
    },
  });
  useUpdate.setState({
    apply: async () => {
      accepted = true;
      await updateSW(true);
    },
  });
}
