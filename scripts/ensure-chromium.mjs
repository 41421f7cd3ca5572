#!/usr/bin/env node
// Makes sure Debian's Chromium is at /usr/bin/chromium for the Playwright suite.
// Playwright never downloads a browser here (no network beyond the package registries).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  console.log('chromium: present');
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasSudo = spawnSync('sh', ['-c', 'command -v sudo'], { stdio: 'ignore' }).status === 0;
const prefix = isRoot ? [] : hasSudo ? ['sudo', '-n'] : null;
if (prefix === null) {
  console.error(
    `chromium: missing at ${CHROMIUM}, and apt-get needs root (run as root or install the "chromium" package).`,
  );
  process.exit(1);
}

const run = (args) => {
  const [cmd, ...rest] = [...prefix, ...args];
  const r = spawnSync(cmd, rest, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
};

console.log('chromium: installing Debian package (about 20 s)…');
if (
  !run(['apt-get', 'update']) ||
  !run(['apt-get', 'install', '-y', 'chromium']) ||
  !existsSync(CHROMIUM)
) {
  console.error('chromium: installation failed');
  process.exit(1);
}
console.log('chromium: installed');
