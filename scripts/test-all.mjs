#!/usr/bin/env node
// `npm test`: every gate and every test, in order, continuing past failures, ending with one
// line "N passed, N failed" (totals over every runner). FUNDGAP_SKIP_E2E=1 skips build + e2e.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-output', { recursive: true });
const bin = (name) => `node_modules/.bin/${name}`;
const totals = { passed: 0, failed: 0 };
const lines = [];

function step(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: r.status === 0, seconds };
}

function gate(name, cmd, args) {
  const r = step(name, cmd, args);
  totals[r.ok ? 'passed' : 'failed'] += 1;
  lines.push(`${r.ok ? 'ok  ' : 'FAIL'} ${name} (${r.seconds} s)`);
  return r.ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function vitest() {
  const out = 'test-output/vitest.json';
  rmSync(out, { force: true });
  const r = step('unit and property tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const report = readJson(out);
  if (!report) {
    totals.failed += 1;
    lines.push(`FAIL vitest crashed (${r.seconds} s)`);
    return;
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  if (!r.ok && report.numFailedTests === 0) totals.failed += 1; // a suite failed to load
  lines.push(`${r.ok ? 'ok  ' : 'FAIL'} vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed (${r.seconds} s)`);
}

function playwright() {
  const out = 'test-output/playwright.json';
  rmSync(out, { force: true });
  const r = step('end-to-end tests (Chromium)', bin('playwright'), ['test']);
  const report = readJson(out);
  if (!report?.stats) {
    totals.failed += 1;
    lines.push(`FAIL playwright crashed (${r.seconds} s)`);
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  totals.passed += expected + flaky;
  totals.failed += unexpected;
  if (!r.ok && unexpected === 0) totals.failed += 1;
  const note = flaky ? `, ${flaky} flaky (passed on retry)` : '';
  lines.push(`${r.ok ? 'ok  ' : 'FAIL'} playwright: ${expected + flaky} passed, ${unexpected} failed${note} (${r.seconds} s)`);
}

gate('lint', bin('eslint'), ['.']);
gate('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
vitest();
if (process.env.FUNDGAP_SKIP_E2E === '1') {
  lines.push('skip build and e2e (FUNDGAP_SKIP_E2E=1)');
} else {
  const chromium = gate('chromium available', 'node', ['scripts/ensure-chromium.mjs']);
  const built = gate('build', bin('vite'), ['build']) && gate('prerender first screen', 'node', ['scripts/prerender.mjs']);
  if (chromium && built && existsSync('dist/index.html')) playwright();
  else lines.push('skip e2e (no browser or no build)');
}

console.log('\nSummary');
for (const l of lines) console.log(`  ${l}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
