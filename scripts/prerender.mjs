#!/usr/bin/env node
// After `vite build`: render the first screen to HTML (an SSR build of src/prerender.tsx), put
// it inside dist/index.html's #root, and arrange the page so the answer paints before any
// JavaScript is even requested:
// - the entry stylesheet is inlined (no render-blocking request before the first paint);
// - the app's script and its preloads are requested right after the first frame, by a small
//   inline loader, instead of from the head while the page is still being parsed.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const outDir = 'dist-prerender';
await build({
  logLevel: 'warn',
  build: { ssr: 'src/prerender.tsx', outDir, emptyOutDir: true, rollupOptions: { output: { format: 'es' } } },
});
const { renderFirstScreen } = await import(pathToFileURL(`${outDir}/prerender.js`).href);
const { html, seed } = await renderFirstScreen();
rmSync(outDir, { recursive: true, force: true });

const indexPath = 'dist/index.html';
let index = readFileSync(indexPath, 'utf8');
const fail = (what) => {
  throw new Error(`scripts/prerender.mjs: dist/index.html ${what}`);
};

// 1. The first screen, and the reverse-stress answer it shows as a JSON data block (never
//    executed; src/main.tsx reads it back).
if (!index.includes('<div id="root"></div>')) fail('has no empty #root');
const seedBlock = `<script type="application/json" id="fg-seed">${JSON.stringify(seed).replace(/</g, '\\u003c')}</script>`;
index = index.replace('<div id="root"></div>', `<div id="root" data-prerendered="en">${html}</div>${seedBlock}`);

// 2. Inline the entry stylesheet.
const cssLinks = [...index.matchAll(/<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)">\n?\s*/g)];
if (cssLinks.length !== 1) fail(`should link exactly one stylesheet, found ${cssLinks.length}`);
const [cssTag, cssHref] = cssLinks[0];
const css = readFileSync(`dist${cssHref}`, 'utf8').replace(/<\/style/gi, '<\\/style');
index = index.replace(cssTag, `<style>${css}</style>\n    `);

// 3. Request the app after the first frame.
const entry = index.match(/<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>\n?\s*/);
if (!entry) fail('has no module entry script');
const preloads = [...index.matchAll(/<link rel="modulepreload" crossorigin href="(\/assets\/[^"]+\.js)">\n?\s*/g)];
for (const [tag] of [entry, ...preloads]) index = index.replace(tag, '');
const loader = `<script>
      (function () {
        function load() {
          ${JSON.stringify(preloads.map((p) => p[1]))}.forEach(function (href) {
            var l = document.createElement('link');
            l.rel = 'modulepreload';
            l.crossOrigin = '';
            l.href = href;
            document.head.appendChild(l);
          });
          var s = document.createElement('script');
          s.type = 'module';
          s.crossOrigin = '';
          s.src = ${JSON.stringify(entry[1])};
          document.head.appendChild(s);
        }
        // A reader who scrolls or presses a key before the app has loaded has engaged with the
        // page (src/ui/layout/reveal.ts reads this mark): the rest of the page is drawn at once.
        var mark = function () {
          document.documentElement.classList.add('fg-engaged');
        };
        ['keydown', 'pointerdown', 'wheel', 'touchstart', 'scroll'].forEach(function (type) {
          addEventListener(type, mark, { capture: true, passive: true, once: true });
        });
        // The second frame callback runs once the first frame (the prerendered answer) is painted.
        requestAnimationFrame(function () {
          requestAnimationFrame(load);
        });
      })();
    </script>`;
index = index.replace('</body>', `  ${loader}\n  </body>`);

writeFileSync(indexPath, index);
console.log(
  `prerendered the first screen: ${(html.length / 1024).toFixed(1)} KB of HTML, ${(css.length / 1024).toFixed(1)} KB of CSS inlined, ` +
    `app script after first paint (${preloads.length} preloads)`,
);
