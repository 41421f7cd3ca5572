import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { applySeed } from './state/reverseStress';
import { scenarioById } from './state/scenarioSlice';
import { hydrate, useStore } from './state/store';
import { STORAGE_KEYS } from './state/storageKeys';
import { App } from './ui/App';
import { OnFirstCommit } from './ui/layout/OnFirstCommit';
import { prepareFirstRender } from './ui/layout/prepareFirstRender';
import { onEngaged, watchEngagement } from './ui/layout/reveal';
import { currentSection } from './ui/layout/sectionRoute';
import './ui/styles/global.css';

watchEngagement();
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html is missing <div id="root">');

// A transition render yields to the browser every few milliseconds instead of blocking it for
// the whole first render (charts included): the page stays responsive while it builds.
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The prerendered screen stays until React's first commit replaces it (React clears the
// container in that commit): never a blank page while the reader's own screen is built. It is
// unmarked in the same commit, before the paint, so a hidden sample (index.html) never shows.
const unmarkPrerender = () => {
  rootElement.removeAttribute('data-prerendered');
  document.documentElement.classList.remove('fg-client-only');
};
const render = () =>
  startTransition(() => {
    createRoot(rootElement).render(<OnFirstCommit run={unmarkPrerender}>{app}</OnFirstCommit>);
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
// The build-time render's reverse-stress answer, reused only for the very same plan and scenario.
/** Applies the build-time seed; true when it was made for this very plan and scenario. */
const seedReverseStress = (): boolean => {
  try {
    const { valid, scenarioId } = useStore.getState();
    return applySeed(
      JSON.parse(document.getElementById('fg-seed')?.textContent ?? 'null'),
      valid.plan,
      scenarioById(scenarioId, valid.scenarios),
    );
  } catch {
    // No seed or an unreadable one: the Worker works it out.
    return false;
  }
};
// The prerendered first screen is the sample's answer in the language index.html chose, dated
// from the build day. It is hydrated only when that is what this visitor gets: same language,
// same section, and (known once the seed is read) the same plan — the sample is dated from the
// reader's today (src/io/sampleDates.ts). Otherwise their own screen is rendered in its place.
const prerenderedHere =
  rootElement.dataset.prerendered === useStore.getState().lang && currentSection() === 'answer';
// A first visit's plan is our own sample: loading the schema to check it (and to read saved data,
// of which there is none) waits until the reader starts working with the page.
if (hasSaved) {
  seedReverseStress();
  void hydrate().finally(render);
} else if (prerenderedHere) {
  // A transition: React hydrates in slices and lets the browser handle input in between.
  // index.html may have hidden it for an address it could not read (an unknown section).
  document.documentElement.classList.remove('fg-client-only');
  // The runs and formatters come first, in small tasks of their own (prepareFirstRender).
  let samePlan = false;
  void prepareFirstRender(() => {
    samePlan = seedReverseStress();
  }).then(() => {
    if (!samePlan) return render();
    startTransition(() => {
      hydrateRoot(rootElement, app);
    });
  });
  onEngaged(() => void hydrate());
} else {
  seedReverseStress();
  render();
  onEngaged(() => void hydrate());
}

// Offline support registers after the page has loaded: it never competes with the first screen.
// This script itself is requested after the first paint, so the load event may be over already.
const registerOffline = () => void import('./pwa/registerOffline').then((m) => m.registerOffline());
if (document.readyState === 'complete') setTimeout(registerOffline, 0);
else window.addEventListener('load', registerOffline, { once: true });
