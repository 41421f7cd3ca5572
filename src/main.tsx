import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { hydrate } from './state/store';
import { STORAGE_KEYS } from './state/storageKeys';
import { App } from './ui/App';
import './ui/styles/global.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html is missing <div id="root">');

// A transition render yields to the browser every few milliseconds instead of blocking it for
// the whole first render (charts included): the page stays responsive while it builds.
const render = () =>
  startTransition(() =>
    createRoot(rootElement).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );

// A first visit shows the sample at once; a returning user's saved plan is validated first, so
// the screen never flashes the sample before their own numbers.
let hasSaved = false;
try {
  hasSaved = localStorage.getItem(STORAGE_KEYS.state) !== null;
} catch {
  // Storage blocked: nothing saved to wait for.
}
if (hasSaved) {
  void hydrate().finally(render);
} else {
  render();
  void hydrate();
}
