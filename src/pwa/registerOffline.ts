import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that makes FundGap work offline. Loaded with a dynamic import
 * after the page's `load` event (src/main.tsx), so it costs the first screen nothing. A new
 * version activates on the next visit (autoUpdate); nothing the user typed is touched.
 */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  registerSW({ immediate: true });
}
