import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { reverseStressMetrics } from './engine/analyze';
import { planFingerprint, reverseStressTask, type ReverseStressSeed } from './state/reverseStress';
import { scenarioById } from './state/scenarioSlice';
import { useStore } from './state/store';
import type { Lang } from './i18n/lang';
import { App } from './ui/App';

/**
 * The first screen as HTML, rendered at build time (scripts/prerender.mjs) for a first visit, once
 * per language (index.html shows the reader's one before any JavaScript runs): the headline and
 * chart paint at once, then React hydrates them (the chart when its chunk arrives).
 * The reverse-stress answer the headline shows is worked out here once and written into the
 * page (`seed`), so the browser reuses it instead of repeating twenty simulations at start-up.
 */
export async function renderFirstScreen(
  lang: Lang = 'en',
): Promise<{ html: string; seed: ReverseStressSeed }> {
  // zustand renders the store's *initial* state on the server, and the initial language comes
  // from the browser's languages: scripts/prerender-index.mjs renders each language in its own
  // process with `navigator.languages` set to it. This only checks that it did.
  const state = useStore.getState();
  if (state.lang !== lang)
    throw new Error(`prerender for ${lang} needs navigator.languages = ['${lang}'] before import`);
  const plan = state.valid.plan;
  const scenario = scenarioById(state.scenarioId, state.valid.scenarios);
  const metrics = reverseStressTask.seed(plan, scenario, reverseStressMetrics(plan, scenario));
  // `prerender` waits for lazy parts of the first screen (the chart's code) instead of leaving
  // their fallback in the page, as a static page should.
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return { html, seed: { fingerprint: planFingerprint(plan, scenario), metrics } };
}
