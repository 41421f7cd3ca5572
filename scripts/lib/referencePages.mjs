// Two pages that say what a Lighthouse performance score can reach on this machine, served beside
// the app so they are measured the same way:
// - /blank.html: a heading and a paragraph, no style, no script: what the browser costs alone
//   (its navigation commit is a long task of its own in Lighthouse's 4x mobile simulation; a
//   blank page scored 94–100 here, 100 on a quiet machine).
// - /first-screen.html: the built index.html without the script that loads the app, so the
//   prerendered first screen (markup, inline style, the language switch) but no React. What the
//   app's own scripts are measured against.
// The script that loads the app is the inline one that adds the entry's modulepreload links
// (scripts/prerender-index.mjs writes it); nothing else is removed.
// The pages are served from a process of their own: Lighthouse runs are spawned synchronously,
// which would stall a server in the caller's own event loop.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { untilServing } from './preview.mjs';

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

/**
 * index.html without the inline script that loads the app's modules.
 * @param {string} html
 */
export function withoutAppScript(html) {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  const loader = scripts.find((m) => m[1].includes('modulepreload'));
  if (!loader || loader.index === undefined)
    throw new Error('index.html has no inline script adding modulepreload links');
  return html.slice(0, loader.index) + html.slice(loader.index + loader[0].length);
}

/**
 * Serves the two reference pages and dist/'s files on 127.0.0.1:port, in a child process, and
 * resolves once they answer. Throws if the server dies or does not answer within ~20 s.
 * @param {{ port: number, dist?: string }} options
 * @returns {Promise<{ blank: string, firstScreen: string, stop: () => void }>}
 */
export async function startReferencePages({ port, dist = 'dist' }) {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [fileURLToPath(import.meta.url), String(port), dist], {
    stdio: 'ignore',
  });
  const stop = await untilServing(server, `${origin}/blank.html`, 'the reference page server');
  return { blank: `${origin}/blank.html`, firstScreen: `${origin}/first-screen.html`, stop };
}

/** The server itself: `node referencePages.mjs <port> <dist>`. */
function serve(port, dist) {
  const firstScreen = withoutAppScript(readFileSync(join(dist, 'index.html'), 'utf8'));
  createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const page =
      path === '/blank.html' ? BLANK : path === '/first-screen.html' ? firstScreen : null;
    let body;
    try {
      if (path.includes('..')) throw new Error('outside dist');
      body = page ?? readFileSync(join(dist, path));
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
    res.writeHead(200, {
      'content-type': type ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  }).listen(port, '127.0.0.1');
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  serve(Number(process.argv[2]), process.argv[3]);
