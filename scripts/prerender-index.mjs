// Renders the first screen to HTML (an SSR build of src/prerender.tsx) and puts it inside
// dist/index.html's #root, so the answer paints before the JavaScript arrives.
//
// Called by the PWA plugin right before it writes the service worker (vite.config.ts), so the
// precached index.html is the final, prerendered page with a matching revision. Idempotent:
// `scripts/prerender.mjs` after `vite build` finds the page already done and leaves it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export const PRERENDER_MARK = 'data-prerendered="en"';

/** @returns {Promise<'prerendered' | 'already'>} */
export async function prerenderIndex(indexPath = 'dist/index.html') {
  const index = readFileSync(indexPath, 'utf8');
  if (index.includes(PRERENDER_MARK)) return 'already';
  if (!index.includes('<div id="root"></div>')) throw new Error(`${indexPath} has no empty #root`);
  const outDir = 'dist-prerender';
  await build({
    logLevel: 'warn',
    build: { ssr: 'src/prerender.tsx', outDir, emptyOutDir: true, rollupOptions: { output: { format: 'es' } } },
  });
  // A fresh URL each time: the module is rebuilt when the prerender runs twice in one process.
  const { renderFirstScreen } = await import(`${pathToFileURL(`${outDir}/prerender.js`).href}?t=${Date.now()}`);
  const html = renderFirstScreen();
  writeFileSync(indexPath, index.replace('<div id="root"></div>', `<div id="root" ${PRERENDER_MARK}>${html}</div>`));
  rmSync(outDir, { recursive: true, force: true });
  console.log(`prerendered the first screen: ${(html.length / 1024).toFixed(1)} KB of HTML`);
  return 'prerendered';
}
