// Turns the built dist/index.html into the page that ships, so the answer paints before any
// JavaScript is even requested (docs/first-screen.md):
// 1. render the first screen to HTML (an SSR build of src/prerender.tsx) into #root, with the
//    reverse-stress answer it shows as a JSON data block (never executed; src/main.tsx reads it),
//    and hold the first paint until all of it is parsed (one layout, not one per HTML chunk);
// 2. inline the entry stylesheet (no render-blocking request before the first paint; a disabled
//    link with its address stops lazy chunks from loading it a second time);
// 3. request the app script and its preloads after the first frame, from a small inline loader,
//    instead of from <head> while the page is still being parsed;
// 4. write the Content-Security-Policy, which hashes the inline code above (scripts/csp.mjs).
//
// Called by the PWA plugin right before it writes the service worker (vite.config.ts), so the
// precached index.html is the final page with a matching revision. Idempotent:
// `scripts/prerender.mjs` and `scripts/csp.mjs` after `vite build` find the page done.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { withPolicy } from './csp.mjs';

export const PRERENDER_MARK = 'data-prerendered="en"';

/** Shows the Chinese first screen in place of the English one when index.html chose Chinese. */
const SWAP_SCRIPT = `<script>
      (function () {
        var root = document.getElementById('root'),
          zh = document.getElementById('fg-first-zh');
        if (!root || !zh || !document.documentElement.classList.contains('fg-zh')) return;
        root.replaceChildren(zh.content.cloneNode(true));
        root.setAttribute('data-prerendered', 'zh-CN');
        document.documentElement.lang = 'zh-CN';
      })();
    </script>`;

/** The first render waits until this element is parsed (`<link rel=expect blocking=render>`). */
const PARSED_MARK = '<div id="fg-first-screen-parsed" hidden></div>';
const EXPECT_LINK = '<link rel="expect" href="#fg-first-screen-parsed" blocking="render">';

const fail = (indexPath, what) => {
  throw new Error(`scripts/prerender-index.mjs: ${indexPath} ${what}`);
};

/** @returns {Promise<'prerendered' | 'already'>} */
export async function prerenderIndex(indexPath = 'dist/index.html') {
  let index = readFileSync(indexPath, 'utf8');
  if (index.includes(PRERENDER_MARK)) return 'already';
  if (!index.includes('<div id="root"></div>')) fail(indexPath, 'has no empty #root');
  const dist = indexPath.replace(/\/index\.html$/, '');

  // 1. The first screen.
  const outDir = 'dist-prerender';
  await build({
    logLevel: 'warn',
    build: {
      ssr: 'src/prerender.tsx',
      outDir,
      emptyOutDir: true,
      rollupOptions: { output: { format: 'es' } },
    },
  });
  // Each language renders in its own Node process: the store's initial language (which the
  // server render uses) comes from navigator.languages, set before the bundle is imported.
  const render = (lang) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `Object.defineProperty(globalThis, 'navigator', { value: { languages: [${JSON.stringify(lang)}] }, configurable: true });
           const { renderFirstScreen } = await import(${JSON.stringify(pathToFileURL(`${outDir}/prerender.js`).href)});
           process.stdout.write(JSON.stringify(await renderFirstScreen(${JSON.stringify(lang)})));`,
        ],
        { maxBuffer: 64 * 1024 * 1024 },
      ).toString(),
    );
  const { html, seed } = render('en');
  // The Chinese first screen waits in an inert <template>; the inline script right after it
  // puts it in place before the first paint for a reader whose language is Chinese (index.html
  // decides, from the remembered choice or the browser's languages). Same plan: same seed.
  const { html: zhHtml } = render('zh-CN');
  rmSync(outDir, { recursive: true, force: true });
  const seedBlock = `<script type="application/json" id="fg-seed">${JSON.stringify(seed).replace(/</g, '\\u003c')}</script>`;
  index = index.replace(
    '<div id="root"></div>',
    `<div id="root" ${PRERENDER_MARK}>${html}</div><template id="fg-first-zh">${zhHtml}</template>${SWAP_SCRIPT}${PARSED_MARK}${seedBlock}`,
  );
  // One first paint, of the whole first screen in the reader's language: the browser does not
  // render before the mark (after the Chinese swap) is parsed. Painting each chunk of HTML as it
  // was parsed laid the page out twice, the second time (headline, chart) as a long task after
  // the first paint, which Lighthouse counts as blocking. A browser without `rel=expect` ignores it.
  index = index.replace('</head>', `  ${EXPECT_LINK}\n  </head>`);

  // 2. The entry stylesheet, inlined.
  const cssLinks = [
    ...index.matchAll(/<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)">\n?\s*/g),
  ];
  if (cssLinks.length !== 1)
    fail(indexPath, `should link exactly one stylesheet, found ${cssLinks.length}`);
  const [cssTag, cssHref] = cssLinks[0];
  const css = readFileSync(`${dist}${cssHref}`, 'utf8').replace(/<\/style/gi, '<\\/style');
  // The disabled link is never fetched or applied; it tells Vite's loader the entry CSS is in the
  // page, or a lazy chunk would load it again after its own CSS and override that chunk's rules.
  index = index.replace(
    cssTag,
    `<style>${css}</style>\n    <link rel="stylesheet" crossorigin href="${cssHref}" disabled>\n    `,
  );

  // 3. The app, requested after the first frame.
  const entry = index.match(
    /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>\n?\s*/,
  );
  if (!entry) fail(indexPath, 'has no module entry script');
  const preloads = [
    ...index.matchAll(/<link rel="modulepreload" crossorigin href="(\/assets\/[^"]+\.js)">\n?\s*/g),
  ];
  for (const [tag] of [entry, ...preloads]) index = index.replace(tag, '');
  index = index.replace(
    '</body>',
    `  ${loader(
      entry[1],
      preloads.map((p) => p[1]),
    )}\n  </body>`,
  );

  // 4. The policy, last: it hashes everything inline above.
  writeFileSync(indexPath, withPolicy(index));
  console.log(
    `prerendered the first screen: ${(html.length / 1024).toFixed(1)} KB of HTML, ${(css.length / 1024).toFixed(1)} KB of CSS inlined, ` +
      `app script after first paint (${preloads.length} preloads), CSP written`,
  );
  return 'prerendered';
}

function loader(entrySrc, preloadHrefs) {
  return `<script>
      (function () {
        function load() {
          ${JSON.stringify(preloadHrefs)}.forEach(function (href) {
            var l = document.createElement('link');
            l.rel = 'modulepreload';
            l.crossOrigin = '';
            l.href = href;
            document.head.appendChild(l);
          });
          var s = document.createElement('script');
          s.type = 'module';
          s.crossOrigin = '';
          s.src = ${JSON.stringify(entrySrc)};
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
}
