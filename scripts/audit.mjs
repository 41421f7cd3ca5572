#!/usr/bin/env node
// `npm audit --omit=dev` as a gate: exit 0 only when the registry answered and the packages the
// app ships have no high or critical advisory. No answer (offline, a proxy that refuses the
// audit endpoint) is a failure with its own message: "could not check" is not "no advisories".
import { spawnSync } from 'node:child_process';

const BLOCKING = ['high', 'critical'];
const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  timeout: 120_000,
});
let report = null;
try {
  report = JSON.parse(r.stdout);
} catch {
  report = null;
}

const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why =
    report?.message ??
    report?.error?.summary ??
    r.error?.message ??
    (r.stderr || 'no output').trim().split('\n').pop();
  console.error(`npm audit: could not get advisories from the registry (${why}).`);
  console.error(
    'npm audit: without them there is no proof the shipped packages have no high or critical advisories;',
  );
  console.error(
    'npm audit: run `npm audit --omit=dev --audit-level=high` on a machine that reaches the npm registry.',
  );
  process.exit(2);
}

console.log(
  `npm audit (production dependencies): ${Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
const blocking = Object.values(report.vulnerabilities ?? {}).filter((v) =>
  BLOCKING.includes(v.severity),
);
for (const v of blocking) {
  const titles = (v.via ?? []).map((x) => (typeof x === 'string' ? x : x.title)).join('; ');
  console.error(
    `  ${v.severity}: ${v.name} ${v.range ?? ''} — ${titles}${v.fixAvailable ? ' (fix available: npm audit fix)' : ''}`,
  );
}
const n = BLOCKING.reduce((sum, level) => sum + (counts[level] ?? 0), 0);
if (n > 0) {
  console.error(
    `npm audit: ${n} high or critical ${n === 1 ? 'advisory' : 'advisories'} in production dependencies`,
  );
  process.exit(1);
}
console.log('npm audit: no high or critical advisories');
