import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What a build needs from the repository (everything else stays out of the copy). */
const SOURCES = [
  'src',
  'public',
  'scripts',
  'examples',
  'index.html',
  'vite.config.ts',
  'package.json',
  'tsconfig.json',
];

/**
 * Build FundGap the way `npm run test:e2e` does (vite build, prerender, policy), once per
 * version, in a copy of the sources under `workDir` — never over the suite's own `dist/`. Each
 * version marks itself on `<html data-build>` so a test can tell which one a page runs.
 * Returns the folder of each version's build.
 */
export function buildVersions(workDir: string, versions: readonly string[]): string[] {
  const repo = resolve('.');
  const work = resolve(workDir);
  rmSync(work, { recursive: true, force: true });
  const copy = join(work, 'source');
  mkdirSync(copy, { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return versions.map((version) => {
    for (const path of SOURCES)
      if (existsSync(join(repo, path)))
        cpSync(join(repo, path), join(copy, path), { recursive: true });
    appendFileSync(
      join(copy, 'src/main.tsx'),
      `\ndocument.documentElement.dataset.build = ${JSON.stringify(version)};\n`,
    );
    const run = (cmd: string, args: string[]) =>
      execFileSync(cmd, args, { cwd: copy, stdio: 'pipe', env: { ...process.env, CI: '' } });
    run(join(repo, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']);
    run(process.execPath, ['scripts/prerender.mjs']);
    run(process.execPath, ['scripts/csp.mjs']);
    const out = join(work, version);
    cpSync(join(copy, 'dist'), out, { recursive: true });
    return out;
  });
}
