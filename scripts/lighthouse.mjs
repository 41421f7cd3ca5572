#!/usr/bin/env node
// Lighthouse (desktop and mobile) against the built app served by `vite preview`.
// Prints one JSON line per form factor with its scores; exits 1 if any score is under its
// threshold (the score Lighthouse displays, i.e. rounded), if Lighthouse fails, or if the
// preview cannot start on FUNDGAP_PORT (default 4175) — never measures someone else's server.
// Each form factor runs FUNDGAP_LIGHTHOUSE_RUNS times (default 5) and the gate checks the median
// score of each category, as Lighthouse CI's `aggregationMethod: 'median'` does: one mobile run
// on this 2-core machine scores 83–100 for the same build (total blocking time 60–540 ms under
// the simulated 4× slower CPU), so a single run is a coin toss, not a measurement; three runs
// still failed a clean build once (98, 83, 97). Lighthouse's variability guide suggests five.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS, startPreview } from './lib/preview.mjs';

const PORT = Number(process.env.FUNDGAP_PORT ?? 4175);
const URL = `http://127.0.0.1:${PORT}/`;
const THRESHOLDS = { performance: 98, accessibility: 100, 'best-practices': 100 };
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
const RUNS = Math.max(1, Number(process.env.FUNDGAP_LIGHTHOUSE_RUNS ?? 5));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

mkdirSync('test-output', { recursive: true });
if (
  await fetch(URL).then(
    () => true,
    () => false,
  )
) {
  console.error(
    `lighthouse: port ${PORT} is already serving something; set FUNDGAP_PORT to a free port`,
  );
  process.exit(1);
}
const { stop } = await startPreview({ port: PORT });
let failed = false;
for (const formFactor of ['desktop', 'mobile']) {
  const out = `test-output/lighthouse-${formFactor}.json`;
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const lhr = lighthouse(formFactor, `test-output/lighthouse-${formFactor}-run${run + 1}.json`);
    if (lhr) runs.push(lhr);
  }
  if (runs.length < RUNS) {
    console.log(
      JSON.stringify({
        case: `lighthouse_${formFactor}`,
        error: `${RUNS - runs.length} of ${RUNS} runs failed`,
      }),
    );
    failed = true;
    continue;
  }
  const scoresOf = (lhr) =>
    Object.fromEntries(
      Object.entries(lhr.categories).map(([k, v]) => [k, Math.round(v.score * 100)]),
    );
  const perRun = runs.map(scoresOf);
  const scores = Object.fromEntries(
    Object.keys(perRun[0]).map((k) => [k, median(perRun.map((r) => r[k]))]),
  );
  // The report kept under the usual name is a run that scored the median, to read what it saw.
  const typical = runs[perRun.findIndex((r) => r.performance === scores.performance)];
  writeFileSync(out, JSON.stringify(typical));
  const performanceRuns = perRun.map((r) => r.performance);
  const below = Object.entries(THRESHOLDS).filter(([k, min]) => (scores[k] ?? 0) < min);
  const shown = Object.entries(THRESHOLDS).map(([k, min]) => `${k} ${scores[k] ?? '—'} (≥ ${min})`);
  console.error(
    `lighthouse ${formFactor}: median of ${RUNS}: ${shown.join(', ')}; performance per run ${performanceRuns.join(', ')}` +
      (below.length ? ' — BELOW THRESHOLD' : ''),
  );
  const line = { case: `lighthouse_${formFactor}`, ...scores, performance_runs: performanceRuns };
  if (below.length) {
    failed = true;
    const audits = Object.values(typical.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map((a) => a.id);
    console.log(JSON.stringify({ ...line, failing_audits: audits.slice(0, 12) }));
  } else {
    console.log(JSON.stringify(line));
  }
}
stop();
process.exit(failed ? 1 : 0);

/** One Lighthouse run; its report, or null (after saying why) if Lighthouse failed. */
function lighthouse(formFactor, out) {
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
    console.error(`lighthouse ${formFactor}: Lighthouse exited ${r.status}`);
    return null;
  }
  return JSON.parse(readFileSync(out, 'utf8'));
}
