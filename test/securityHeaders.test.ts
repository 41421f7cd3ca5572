import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyFor } from '../scripts/csp.mjs';
import {
  docSampleHtml,
  HOSTS,
  parseNetlifyHeaders,
  securityHeaders,
  withDocExamples,
  writeHostingFiles,
} from '../scripts/security-headers.mjs';

/** Issue 17, item 10: the headers a host should send, from the policy the build writes. */

const directives = policyFor(docSampleHtml());
const headers = securityHeaders(directives);
const value = (name: string) => headers.find(([n]) => n === name)?.[1];

/** Each format read back into [name, value] pairs. */
const READERS: Record<keyof typeof HOSTS, (text: string) => [string, string][]> = {
  netlify: parseNetlifyHeaders,
  nginx: (t) =>
    [...t.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1]!, m[2]!]),
  caddy: (t) => [...t.matchAll(/^\t(\S+) "([^"]*)"$/gm)].map((m) => [m[1]!, m[2]!]),
  apache: (t) =>
    [...t.matchAll(/^Header always set (\S+) "([^"]*)"$/gm)].map((m) => [m[1]!, m[2]!]),
};

describe('security headers for hosts (scripts/security-headers.mjs)', () => {
  it('send the <meta> policy itself, plus frame-ancestors, which only a header can carry', () => {
    expect(value('Content-Security-Policy')).toBe(
      `${directives.join('; ')}; frame-ancestors 'none'`,
    );
    expect(value('X-Content-Type-Options')).toBe('nosniff');
    expect(value('Referrer-Policy')).toBe('no-referrer');
    expect(value('X-Frame-Options')).toBe('DENY');
    expect(value('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(value('Permissions-Policy')).toMatch(/camera=\(\)/);
  });

  it('read the same in every host format (no quote in a value breaks nginx, Caddy or Apache)', () => {
    for (const [name, host] of Object.entries(HOSTS)) {
      expect(READERS[name as keyof typeof HOSTS](host.render(headers)), name).toEqual(headers);
    }
    for (const [, v] of headers) expect(v).not.toMatch(/["\n]/);
  });

  it('are written for every host after a build, the same list in each file', () => {
    const dist = mkdtempSync(join(tmpdir(), 'fundgap-dist-'));
    writeHostingFiles(dist, directives);
    for (const [name, host] of Object.entries(HOSTS)) {
      const text = readFileSync(join(dist, host.file), 'utf8');
      expect(READERS[name as keyof typeof HOSTS](text), host.file).toEqual(headers);
    }
  });

  it('docs/hosting.md shows exactly what the code writes (run `node scripts/security-headers.mjs --docs`)', () => {
    const doc = readFileSync('docs/hosting.md', 'utf8');
    expect(withDocExamples(doc, directives)).toBe(doc);
  });
});
