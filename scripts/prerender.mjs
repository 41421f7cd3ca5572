#!/usr/bin/env node
// After `vite build`: render the first screen to HTML (an SSR build of src/prerender.tsx) and
// put it inside dist/index.html's #root, so the answer paints before the JavaScript arrives.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const outDir = 'dist-prerender';
await build({
  logLevel: 'warn',
  build: { ssr: 'src/prerender.tsx', outDir, emptyOutDir: true, rollupOptions: { output: { format: 'es' } } },
});
const { renderFirstScreen } = await import(pathToFileURL(`${outDir}/prerender.js`).href);
const html = renderFirstScreen();
const indexPath = 'dist/index.html';
const index = readFileSync(indexPath, 'utf8');
if (!index.includes('<div id="root"></div>')) throw new Error('dist/index.html has no empty #root');
writeFileSync(indexPath, index.replace('<div id="root"></div>', `<div id="root" data-prerendered="en">${html}</div>`));
rmSync(outDir, { recursive: true, force: true });
console.log(`prerendered the first screen: ${(html.length / 1024).toFixed(1)} KB of HTML`);
