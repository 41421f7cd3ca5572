#!/usr/bin/env node
// `npm run test:stress`: does the suite hold on a busy machine? Clones this repository's
// committed HEAD into a fresh directory and runs CI's `.ci/run` there (npm install, then every
// gate) while busy loops occupy every core (two on this 2-core machine), RUNS times in a row.
// Prints each run's summary and ends with one line per run; exits 1 if any run failed.
//
//   npm run test:stress                    # .ci/run, 3 runs, 2 busy loops
//   npm run test:stress -- --runs 1 --e2e  # only install, build and the Playwright suite
//
// Options: --runs N (default 3), --loops N (busy loops, default 2), --e2e (install + build +
// Playwright only: the part a busy machine used to break), --keep (leave the clones).
// Ports: FUNDGAP_E2E_PORT and FUNDGAP_PORT as for `npm test` (defaults 4173 and 4175).
// Uncommitted changes are not in the clone: commit first. Every run checks out the commit that
// was HEAD when the stress run started.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    loops: { type: 'string', default: '2' },
    e2e: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const LOOPS = Math.max(0, Number(values.loops));

const root = spawnSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).stdout.trim();
// Every run tests this commit, even if the repository moves on while the runs go (hours).
const commit = spawnSync('git', ['rev-parse', 'HEAD'], {
  encoding: 'utf8',
  cwd: root,
}).stdout.trim();
const head = commit.slice(0, 7);

/** Busy loops, one per core to occupy: plain spinning Node processes, killed on every exit. */
const loops = Array.from({ length: LOOPS }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopLoops = () => loops.forEach((p) => p.kill('SIGKILL'));
process.on('exit', stopLoops);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    stopLoops();
    process.exit(130);
  });
console.log(`stress: ${LOOPS} busy loops (pids ${loops.map((p) => p.pid).join(', ')})`);

/** Runs `cmd` in `cwd`, its output shown and kept; resolves to { code, output }. */
function run(cmd, args, cwd, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (d) => {
        output += d;
        process.stdout.write(d);
      });
    }
    child.on('close', (code) => resolve({ code, output }));
  });
}

const E2E_ONLY = [
  'npm install --no-audit --no-fund',
  'node scripts/ensure-chromium.mjs',
  'node_modules/.bin/vite build',
  'node scripts/prerender.mjs',
  'node scripts/csp.mjs',
  'node_modules/.bin/playwright test',
].join(' && ');

const results = [];
for (let i = 1; i <= RUNS; i++) {
  const dir = mkdtempSync(join(tmpdir(), `fundgap-stress-${i}-`));
  console.log(`\nstress run ${i}/${RUNS}: fresh clone of ${head} in ${dir}`);
  spawnSync('git', ['clone', '--quiet', root, dir], { stdio: 'inherit' });
  spawnSync('git', ['checkout', '--quiet', '--detach', commit], { cwd: dir, stdio: 'inherit' });
  const started = Date.now();
  const { code, output } = values.e2e
    ? await run('bash', ['-c', E2E_ONLY], dir, { CI: 'true' })
    : await run('bash', ['.ci/run'], dir, { CI: 'true' });
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const summary = values.e2e
    ? (output.match(/^\s*\d+ (passed|failed|flaky).*$/gm) ?? []).join(', ') || 'no summary'
    : (output.trim().split('\n').pop() ?? '');
  results.push({ run: i, ok: code === 0, minutes, summary });
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
stopLoops();

console.log(
  `\nstress: ${RUNS} run(s) of ${values.e2e ? 'the e2e suite' : '.ci/run'} on ${head} with ${LOOPS} busy loops`,
);
for (const r of results)
  console.log(`  run ${r.run}: ${r.ok ? 'ok  ' : 'FAIL'} ${r.summary} (${r.minutes} min)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
