#!/usr/bin/env node
// After `vite build` and `scripts/prerender.mjs`: write a Content-Security-Policy <meta> into
// dist/index.html that lets the page load code, styles, workers and data from its own origin
// only (no analytics, no remote fonts or scripts, no eval). Inline code is allowed by hash, not
// by 'unsafe-inline': every inline <script> and <style> of the final HTML (index.html's
// "hide the prerender" script, whatever the prerender or a plugin adds) and every style
// attribute the prerendered markup carries (recharts sizes its container inline; React sets
// styles after start-up through the CSSOM, which CSP allows). Run it again after any step that
// changes dist/index.html; it replaces its own earlier policy.
//
// The same policy goes out as HTTP headers too (scripts/security-headers.mjs: dist/_headers and
// dist/hosting/*), with frame-ancestors, which a <meta> policy cannot carry.
//
// Fails (exit 1) when the HTML or CSS loads anything from another origin, or carries inline
// event handlers (onclick="…"), which a hash-based policy would silently break.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { writeHostingFiles } from './security-headers.mjs';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const unique = (list) => [...new Set(list)];

/** The policy for one final index.html, as a list of directives. */
export function policyFor(html) {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (m) => m[1],
  );
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
  // Attribute values as the browser hashes them: after entity decoding.
  const styleAttrs = [...html.matchAll(/\sstyle="([^"]*)"/gi)].map((m) => decodeEntities(m[1]));
  const styleElem = ["'self'", ...unique(styles.map(sha256))];
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...unique(scripts.map(sha256))].join(' ')}`,
    `style-src ${styleElem.join(' ')}`,
    `style-src-elem ${styleElem.join(' ')}`,
    styleAttrs.length
      ? `style-src-attr 'unsafe-hashes' ${unique(styleAttrs.map(sha256)).join(' ')}`
      : "style-src-attr 'none'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
}

function decodeEntities(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Reasons the built page would load something from elsewhere or need 'unsafe-inline'. */
export function problemsIn(html, cssFiles) {
  const problems = [];
  for (const m of html.matchAll(
    /<(script|link|img|iframe|source)\b[^>]*\b(?:src|href)="([^"]*)"/gi,
  )) {
    if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(m[2]))
      problems.push(`<${m[1]}> loads ${m[2]} from another origin`);
  }
  for (const m of html.matchAll(/<[^>]+\son[a-z]+=/gi))
    problems.push(`inline event handler: ${m[0].slice(0, 80)}`);
  for (const [name, css] of cssFiles) {
    for (const m of css.matchAll(
      /(?:url\(\s*['"]?|@import\s+['"])((?:[a-z][a-z0-9+.-]*:)?\/\/[^'")\s]+)/gi,
    )) {
      problems.push(`${name} loads ${m[1]} from another origin`);
    }
  }
  return problems;
}

/** index.html without the policy meta an earlier run wrote. */
export function withoutPolicy(html) {
  return html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
}

/** index.html with its policy meta right after <meta charset> (replacing an earlier one). */
export function withPolicy(html) {
  const bare = withoutPolicy(html);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(bare).join('; ')}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(bare))
    throw new Error('index.html has no <meta charset>: the policy must come first in <head>');
  return bare.replace(charset, (m) => `${m}\n    ${meta}`);
}

function main() {
  const indexPath = 'dist/index.html';
  const html = readFileSync(indexPath, 'utf8');
  const css = readdirSync('dist/assets')
    .filter((f) => f.endsWith('.css'))
    .map((f) => [`assets/${f}`, readFileSync(`dist/assets/${f}`, 'utf8')]);
  const problems = problemsIn(html, css);
  if (problems.length) {
    for (const p of problems) console.error(`csp: ${p}`);
    process.exit(1);
  }
  const out = withPolicy(html);
  writeFileSync(indexPath, out);
  const policy = /content="([^"]*)"/.exec(
    out.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/i)[0],
  )[1];
  console.log(
    `csp: ${policy.split('; ').length} directives, ${(policy.match(/sha256-/g) ?? []).length} hashes`,
  );
  console.log(`csp: ${policy}`);
  // The same policy as HTTP headers, with what only a header can say (frame-ancestors, …).
  const headers = writeHostingFiles('dist', policyFor(withoutPolicy(html)));
  console.log(`csp: ${headers.length} headers for hosts in dist/_headers and dist/hosting/`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
