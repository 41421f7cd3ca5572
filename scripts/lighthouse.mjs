#!/usr/bin/env node
// Lighthouse (desktop and mobile) against the built app served by `vite preview`.
// Prints one JSON line per form factor with its scores; exits 1 if any score is under its
// threshold (the score Lighthouse displays, i.e. rounded), if Lighthouse fails, or if the
// preview cannot start on FUNDGAP_PORT (default 4175) — never measures someone else's server.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS, startPreview } from './lib/preview.mjs';

const PORT = Number(process.env.FUNDGAP_PORT ?? 4175);
const URL = `http://127.0.0.1:${PORT}/`;
const THRESHOLDS = { performance: 98, accessibility: 100, 'best-practices': 100 };
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');

mkdirSync('test-output', { recursive: true });
if (await fetch(URL).then(() => true, () => false)) {
  console.error(`lighthouse: port ${PORT} is already serving something; set FUNDGAP_PORT to a free port`);
  process.exit(1);
}
const { stop } = await startPreview({ port: PORT });
let failed = false;
for (const formFactor of ['desktop', 'mobile']) {
  const out = `test-output/lighthouse-${formFactor}.json`;
  const args = [
    URL,
    '--quiet',
    `--chrome-flags=${FLAGS}`,
    '--only-categories=performance,accessibility,best-practices',
    '--output=json',
    `--output-path=${out}`,
  ];
  if (formFactor === 'desktop') args.push('--preset=desktop');
  const r = spawnSync('node_modules/.bin/lighthouse', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CHROME_PATH: CHROMIUM },
  });
  if (r.status !== 0) {
    console.log(JSON.stringify({ case: `lighthouse_${formFactor}`, error: `exit ${r.status}` }));
    failed = true;
    continue;
  }
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  const scores = Object.fromEntries(
    Object.entries(lhr.categories).map(([k, v]) => [k, Math.round(v.score * 100)]),
  );
  const below = Object.entries(THRESHOLDS).filter(([k, min]) => (scores[k] ?? 0) < min);
  const shown = Object.entries(THRESHOLDS).map(([k, min]) => `${k} ${scores[k] ?? '—'} (≥ ${min})`);
  console.error(`lighthouse ${formFactor}: ${shown.join(', ')}${below.length ? ' — BELOW THRESHOLD' : ''}`);
  if (below.length) {
    failed = true;
    const audits = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map((a) => a.id);
    console.log(JSON.stringify({ case: `lighthouse_${formFactor}`, ...scores, failing_audits: audits.slice(0, 12) }));
  } else {
    console.log(JSON.stringify({ case: `lighthouse_${formFactor}`, ...scores }));
  }
}
stop();
process.exit(failed ? 1 : 0);
