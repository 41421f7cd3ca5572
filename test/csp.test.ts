import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyFor, problemsIn, withPolicy } from '../scripts/csp.mjs';

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const directive = (policy: string[], name: string) => policy.find((d) => d.startsWith(`${name} `));

/** The source index.html with a prerendered #root like scripts/prerender.mjs writes. */
const SOURCE = readFileSync('index.html', 'utf8').replace(
  '<div id="root"></div>',
  '<div id="root" data-prerendered="en"><div style="width:100%;height:320px">chart</div></div>',
);

describe('scripts/csp.mjs', () => {
  it('allows each inline script and style by its hash, never by unsafe-inline', () => {
    const inline = /<script>([\s\S]*?)<\/script>/.exec(SOURCE)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(SOURCE)![1]!;
    const policy = policyFor(SOURCE);
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' ${hash(inline)}`);
    expect(directive(policy, 'style-src-elem')).toBe(`style-src-elem 'self' ${hash(style)}`);
    expect(directive(policy, 'style-src-attr')).toBe(
      `style-src-attr 'unsafe-hashes' ${hash('width:100%;height:320px')}`,
    );
    expect(policy.join('; ')).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("worker-src 'self'");
  });

  it('puts the policy first in <head> and replaces its own earlier one', () => {
    const once = withPolicy(SOURCE);
    expect(once.indexOf('Content-Security-Policy')).toBeLessThan(once.indexOf('<script'));
    expect(withPolicy(once)).toBe(once);
  });

  it('refuses pages that load from elsewhere or carry inline handlers', () => {
    expect(problemsIn(SOURCE, [['assets/index.css', 'a{background:url(/x.png)}']])).toEqual([]);
    const bad = SOURCE.replace(
      '</head>',
      '<script src="https://analytics.example/a.js"></script><link rel="stylesheet" href="//fonts.example/f.css"></head>',
    ).replace('<div id="root"', '<div onclick="x()" id="root"');
    expect(
      problemsIn(bad, [['assets/index.css', "@import 'https://fonts.example/x.css';"]]),
    ).toEqual([
      '<script> loads https://analytics.example/a.js from another origin',
      '<link> loads //fonts.example/f.css from another origin',
      'inline event handler: <div onclick=',
      'assets/index.css loads https://fonts.example/x.css from another origin',
    ]);
  });
});
