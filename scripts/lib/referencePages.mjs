// Three pages that say what a Lighthouse performance score can reach on this machine, and the
// app itself, served by one server so they are measured the same way:
// - /blank.html: a heading and a paragraph, no style, no script: what the browser costs alone
//   (its navigation commit is a long task of its own in Lighthouse's 4x mobile simulation; a
//   blank page scored 94–100 here, 100 on a quiet machine).
// - /first-screen.html: the built index.html without the script that loads the app, so the
//   prerendered first screen (markup, inline style, the language switch) but no React. What the
//   app's own scripts are measured against.
// - /first-screen-react.html: the same page loading, by the app's own loader (after the first
//   frame), a bundle of React and React DOM alone that makes a root and renders one element
//   (reactOnly.entry.js, built here with the project's vite and React): the floor of any React
//   app that paints its first screen before its scripts, as this one does.
// - /index.html: the app itself, as built, from this server: the score the three are compared
//   with. The gate's own runs go through `vite preview`, and the server alone moves a score (the
//   same build scored 90–96 from here and 82–89 from vite preview in the same minutes, while
//   this server sent no security headers), so every page here gets the headers vite preview
//   sends, and a comparison is only fair through one server.
// The script that loads the app is the inline one that adds the entry's modulepreload links
// (scripts/prerender-index.mjs writes it); nothing else is removed.
// The pages are served from a process of their own: Lighthouse runs are spawned synchronously,
// which would stall a server in the caller's own event loop.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { policyFor, withoutPolicy, withPolicy } from '../csp.mjs';
import { securityHeaders } from '../security-headers.mjs';
import { untilServing } from './preview.mjs';

/** Where the React-alone page finds its bundle. */
const REACT_ONLY_SRC = '/reference/react-only.js';

const BLANK = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Blank</title></head>
<body><h1>Blank page</h1><p>A heading and a paragraph: what the browser costs alone.</p></body></html>`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/** The inline script that loads the app's modules (it adds their modulepreload links). */
function appLoader(html) {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  const loader = scripts.find((m) => m[1].includes('modulepreload'));
  if (!loader || loader.index === undefined)
    throw new Error('index.html has no inline script adding modulepreload links');
  return { start: loader.index, end: loader.index + loader[0].length, code: loader[0] };
}

/**
 * index.html without the inline script that loads the app's modules.
 * @param {string} html
 */
export function withoutAppScript(html) {
  const { start, end } = appLoader(html);
  return html.slice(0, start) + html.slice(end);
}

/**
 * index.html whose loader requests `src` instead of the app (no preloads, the same timing: after
 * the first frame), with its Content-Security-Policy hashed anew for the changed loader.
 * @param {string} html
 * @param {string} src
 */
export function withOnlyScript(html, src) {
  const { start, end, code } = appLoader(html);
  const preloads = /\[[^\]]*\](?=\.forEach)/;
  const entry = /(\.src = )"[^"]*"/;
  if (!preloads.test(code) || !entry.test(code))
    throw new Error("the app's loader no longer has a preload list and an entry src to replace");
  const loader = code.replace(preloads, '[]').replace(entry, `$1${JSON.stringify(src)}`);
  return withPolicy(html.slice(0, start) + loader + html.slice(end));
}

/** Bundles reactOnly.entry.js (React's production build, minified) into a new directory. */
async function buildReactOnly() {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'fundgap-react-only-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      rollupOptions: {
        input: fileURLToPath(new URL('./reactOnly.entry.js', import.meta.url)),
        output: { format: 'es', entryFileNames: 'react-only.js' },
      },
    },
  });
  return outDir;
}

/**
 * Serves the three reference pages and dist/'s files (the app among them) on 127.0.0.1:port,
 * in a child process, and resolves once they answer. Throws if the React bundle cannot be built,
 * or the server dies or does not answer within ~20 s.
 * @param {{ port: number, dist?: string }} options
 * @returns {Promise<{ blank: string, firstScreen: string, reactOnly: string, app: string, stop: () => void }>}
 */
export async function startReferencePages({ port, dist = 'dist' }) {
  const origin = `http://127.0.0.1:${port}`;
  const reactDir = await buildReactOnly();
  const server = spawn(
    process.execPath,
    [fileURLToPath(import.meta.url), String(port), dist, reactDir],
    { stdio: 'ignore' },
  );
  let stopServer;
  try {
    stopServer = await untilServing(server, `${origin}/blank.html`, 'the reference page server');
  } catch (e) {
    rmSync(reactDir, { recursive: true, force: true });
    throw e;
  }
  return {
    blank: `${origin}/blank.html`,
    firstScreen: `${origin}/first-screen.html`,
    reactOnly: `${origin}/first-screen-react.html`,
    app: `${origin}/index.html`,
    stop: () => {
      stopServer();
      rmSync(reactDir, { recursive: true, force: true });
    },
  };
}

/**
 * The headers `vite preview` sends with the app (vite.config.ts), with the policy of the page's
 * own inline code. They matter to the score: with Cross-Origin-Opener-Policy the navigation moves
 * to a new browsing context group, and the app scored a median of 85 against 98 without it in
 * the same minutes (docs/first-screen.md).
 * @param {string} html
 */
export const headersFor = (html) => securityHeaders(policyFor(withoutPolicy(html)));

/** The server itself: `node referencePages.mjs <port> <dist> <react-only bundle dir>`. */
function serve(port, dist, reactDir) {
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const pages = new Map([
    ['/blank.html', BLANK],
    ['/first-screen.html', withoutAppScript(index)],
    ['/first-screen-react.html', withOnlyScript(index, REACT_ONLY_SRC)],
  ]);
  const headers = new Map([...pages].map(([path, html]) => [path, headersFor(html)]));
  // The app's own files, index.html among them, get the app's headers, as from vite preview.
  const appHeaders = headersFor(index);
  createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const page = pages.get(path) ?? null;
    let body;
    try {
      if (path.includes('..')) throw new Error('outside dist');
      body =
        page ??
        (path === REACT_ONLY_SRC
          ? readFileSync(join(reactDir, 'react-only.js'))
          : readFileSync(join(dist, path)));
    } catch {
      res.writeHead(404);
      res.end();
      return;
    }
    const type = page !== null ? 'text/html; charset=utf-8' : TYPES[extname(path)];
    // Compressed as vite preview compresses the app: an uncompressed page arrives later in
    // Lighthouse's simulated slow network, its first paint moves past its own long tasks and
    // it scores better than it should.
    const gzip =
      /gzip/.test(String(req.headers['accept-encoding'])) && !/image\/png/.test(type ?? '');
    for (const [name, value] of headers.get(path) ?? appHeaders) res.setHeader(name, value);
    res.writeHead(200, {
      'content-type': type ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  }).listen(port, '127.0.0.1');
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  serve(Number(process.argv[2]), process.argv[3], process.argv[4]);
