import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './ui/App';

/**
 * The first screen as HTML, rendered at build time (scripts/prerender.mjs) for a first visit in
 * English: the headline and chart paint before any JavaScript runs, then React hydrates them.
 */
export function renderFirstScreen(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
