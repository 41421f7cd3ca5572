#!/usr/bin/env node
// Initial JavaScript of the built app, gzipped: every script dist/index.html loads or preloads
// (the entry, its modulepreloads, any plugin's script such as a service-worker registration),
// whether from a tag or from the inline loader that requests them after the first paint.
// Lazy chunks (import()) are listed apart. Budget from issue 3: ≤ 207 KB gzip; exits 1 over it.
// Also exits 1 when the service worker ships a Workbox module that is not a dependency.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.FUNDGAP_JS_BUDGET_KB ?? 207);
if (!existsSync('dist/index.html')) {
  console.error('bundle size: dist/index.html is missing — run `npm run build` first');
  process.exit(1);
}
const html = readFileSync('dist/index.html', 'utf8');
const initial = new Set([
  ...[...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?([^":?#]+\.m?js)"/g)].map(
    (m) => m[1],
  ),
  ...[...html.matchAll(/"\/(assets\/[^"]+\.m?js)"/g)].map((m) => m[1]),
]);
if (initial.size === 0) {
  console.error(
    'bundle size: dist/index.html loads no script at all — the build or this script is wrong',
  );
  process.exit(1);
}
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const lazy = readdirSync('dist/assets')
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`)
  .filter((path) => !initial.has(path));
let initialGzip = 0;
const rows = [];
for (const path of [...initial, ...lazy]) {
  const raw = readFileSync(`dist/${path}`);
  const gz = gzipSync(raw, { level: 9 }).length;
  const isInitial = initial.has(path);
  if (isInitial) initialGzip += gz;
  rows.push({ file: path, initial: isInitial, raw_kb: kb(raw.length), gzip_kb: kb(gz) });
}
rows.sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip_kb - a.gzip_kb);
for (const r of rows) console.log(JSON.stringify(r));
const within = kb(initialGzip) <= BUDGET_KB;
console.log(
  JSON.stringify({
    case: 'initial_js_gzip_kb',
    value: kb(initialGzip),
    budget_kb: BUDGET_KB,
    within_budget: within,
  }),
);
if (!within)
  console.error(
    `bundle size: initial JavaScript is ${kb(initialGzip)} KB gzip, over the ${BUDGET_KB} KB budget`,
  );

// What the service worker ships must be a dependency, so `npm audit --omit=dev` sees it: each
// Workbox module marks itself `workbox:<name>:<version>` in the runtime vite-plugin-pwa writes.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const runtime = readdirSync('dist')
  .filter((f) => /^workbox-.*\.js$/.test(f) || f === 'sw.js')
  .flatMap((f) => [...readFileSync(`dist/${f}`, 'utf8').matchAll(/workbox:([a-z-]+):/g)])
  .map((m) => `workbox-${m[1]}`);
const undeclared = [...new Set(runtime)].filter((name) => !pkg.dependencies?.[name]);
console.log(JSON.stringify({ case: 'service_worker_packages', value: [...new Set(runtime)] }));
if (undeclared.length)
  console.error(
    `bundle size: the service worker ships ${undeclared.join(', ')}, not in package.json dependencies (npm audit --omit=dev would not see it)`,
  );
process.exit(within && undeclared.length === 0 ? 0 : 1);
