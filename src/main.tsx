import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { detectLang } from './i18n/detectLang';
import { hydrate } from './state/store';
import { STORAGE_KEYS } from './state/storageKeys';
import { App } from './ui/App';
import './ui/styles/global.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html is missing <div id="root">');

// A transition render yields to the browser every few milliseconds instead of blocking it for
// the whole first render (charts included): the page stays responsive while it builds.
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
const render = () =>
  startTransition(() => {
    rootElement.textContent = '';
    rootElement.removeAttribute('data-prerendered');
    document.documentElement.classList.remove('fg-client-only');
    createRoot(rootElement).render(app);
  });

// A first visit shows the sample at once; a returning user's saved plan is validated first, so
// the screen never flashes the sample before their own numbers.
let hasSaved = false;
try {
  // Client files (IndexedDB) leave a marker; a pre-client-files save or a share link also waits.
  hasSaved =
    localStorage.getItem(STORAGE_KEYS.hasData) !== null ||
    localStorage.getItem(STORAGE_KEYS.state) !== null ||
    location.hash.startsWith('#plan=');
} catch {
  // Storage blocked: nothing saved to wait for.
}
// The prerendered first screen is the English sample: hydrate it only when that is what this
// visitor gets; otherwise render their own screen in its place.
const prerendered = rootElement.dataset.prerendered === 'en';
if (hasSaved) {
  void hydrate().finally(render);
} else if (prerendered && detectLang(navigator.languages) === 'en') {
  hydrateRoot(rootElement, app, {
    // The panels after the first screen are lazy chunks the build-time render cannot include, so
    // React renders them on the client and reports #419 for each: expected, not an error.
    onRecoverableError: (error) => {
      if (!/#419\b/.test(String((error as Error)?.message ?? error))) console.error(error);
    },
  });
  void hydrate();
} else {
  render();
  void hydrate();
}
