#!/usr/bin/env node
// The HTTP headers a host should send with FundGap, made from the very policy scripts/csp.mjs
// writes into dist/index.html, so the two cannot drift. A <meta> policy cannot say
// `frame-ancestors` (browsers ignore it there), so without these headers any site could frame
// the app; nosniff, the referrer policy and the rest can only be headers too.
//
// scripts/csp.mjs calls writeHostingFiles() after every build: dist/_headers (read as is by
// Netlify and Cloudflare Pages, and by `vite preview`, see vite.config.ts) and ready-to-include
// snippets for nginx, Caddy and Apache in dist/hosting/. docs/hosting.md shows each format;
// `node scripts/security-headers.mjs --docs` rewrites its examples from this file, and
// test/securityHeaders.test.ts fails when they differ.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Headers that do not depend on the build. */
export const STATIC_HEADERS = [
  // Never guess a type: a plan file or JSON served as text/html must not run as a page.
  ['X-Content-Type-Options', 'nosniff'],
  // The app links nowhere, and a share link's plan is in the fragment, which is never sent;
  // still, no address of the app leaves with a request.
  ['Referrer-Policy', 'no-referrer'],
  // frame-ancestors 'none' for browsers that predate it.
  ['X-Frame-Options', 'DENY'],
  // No other window keeps a handle on the app's, and no other site may embed its files.
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  // Powerful features the app never uses.
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];

/**
 * Every header, the policy first: the <meta> policy's directives plus what only a header can say.
 * @param {string[]} directives policyFor(html) of scripts/csp.mjs
 * @returns {[string, string][]}
 */
export function securityHeaders(directives) {
  return [
    ['Content-Security-Policy', [...directives, "frame-ancestors 'none'"].join('; ')],
    ...STATIC_HEADERS,
  ];
}

/** Host formats: the file the build writes and how a header list reads in it. */
export const HOSTS = {
  netlify: {
    file: '_headers',
    render: (headers) => `/*\n${headers.map(([n, v]) => `  ${n}: ${v}`).join('\n')}\n`,
  },
  nginx: {
    file: 'hosting/nginx.conf',
    render: (headers) =>
      `# Inside the server { } or location / { } that serves dist/.\n${headers
        .map(([n, v]) => `add_header ${n} "${v}" always;`)
        .join('\n')}\n`,
  },
  caddy: {
    file: 'hosting/Caddyfile',
    render: (headers) =>
      `# Inside the site block that serves dist/ (file_server).\nheader {\n${headers
        .map(([n, v]) => `\t${n} "${v}"`)
        .join('\n')}\n}\n`,
  },
  apache: {
    file: 'hosting/apache.conf',
    render: (headers) =>
      `# In the <VirtualHost> or <Directory> of dist/, or dist/.htaccess (needs mod_headers).\n${headers
        .map(([n, v]) => `Header always set ${n} "${v}"`)
        .join('\n')}\n`,
  },
};

/**
 * The headers of a `_headers` file (the block for every path): what `vite preview` sends.
 * @param {string} text
 * @returns {[string, string][]}
 */
export function parseNetlifyHeaders(text) {
  return text
    .split('\n')
    .filter((line) => /^\s+\S/.test(line))
    .map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    });
}

/**
 * Writes every host's file under `dist` for the policy the build just wrote.
 * @param {string} dist
 * @param {string[]} directives
 */
export function writeHostingFiles(dist, directives) {
  const headers = securityHeaders(directives);
  for (const host of Object.values(HOSTS)) {
    const path = join(dist, host.file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, host.render(headers));
  }
  return headers;
}

/**
 * The page the documentation's examples are made from: the source index.html with a prerendered
 * element carrying a style attribute, as the built page has (hashes are shortened anyway).
 */
export function docSampleHtml() {
  return readFileSync('index.html', 'utf8').replace(
    '<div id="root"></div>',
    '<div id="root" data-prerendered="en"><div style="width:100%;height:320px">chart</div></div>',
  );
}

/** A policy's hashes shortened, for documentation that must not change with every build. */
export const shortenHashes = (text) => text.replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-…'");

/**
 * docs/hosting.md with each host's example block (```<host> … ```) made from `directives`.
 * @param {string} doc
 * @param {string[]} directives
 */
export function withDocExamples(doc, directives) {
  const headers = securityHeaders(directives);
  let out = doc;
  for (const [name, host] of Object.entries(HOSTS)) {
    const block = new RegExp(`(<!-- example:${name} -->\\s*\`\`\`[a-z]*\\n)[\\s\\S]*?(\`\`\`)`);
    if (!block.test(out)) throw new Error(`docs/hosting.md has no example:${name} block`);
    out = out.replace(
      block,
      (_, open, close) => `${open}${shortenHashes(host.render(headers))}${close}`,
    );
  }
  return out;
}

async function main() {
  if (!process.argv.includes('--docs')) {
    console.error('usage: node scripts/security-headers.mjs --docs   (rewrites docs/hosting.md)');
    process.exit(2);
  }
  const { policyFor } = await import('./csp.mjs');
  const doc = readFileSync('docs/hosting.md', 'utf8');
  writeFileSync('docs/hosting.md', withDocExamples(doc, policyFor(docSampleHtml())));
  console.log('docs/hosting.md: examples rewritten');
}

// Not awaited at the top: csp.mjs imports this module back, and a top-level await would deadlock.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
