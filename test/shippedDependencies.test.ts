import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 17, item 11: what ships in the bundle or the service worker is a dependency, so
 * `npm audit --omit=dev` (scripts/audit.mjs) looks at it. A devDependency that ships would be
 * audited by nobody. scripts/bundle-size.mjs checks the built service worker the same way.
 */

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Modules the build resolves to a package (vite-plugin-pwa's register module uses this one). */
const VIRTUAL: Record<string, string> = { 'virtual:pwa-register': 'workbox-window' };

/**
 * The Workbox runtime vite-plugin-pwa's generateSW writes into dist/workbox-*.js for this
 * configuration (precache + navigation route). bundle-size.mjs fails a build that ships another.
 */
const WORKBOX_RUNTIME = [
  'workbox-core',
  'workbox-precaching',
  'workbox-routing',
  'workbox-strategies',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const packageOf = (specifier: string): string =>
  VIRTUAL[specifier] ??
  (specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : specifier.split('/')[0]!);

/** Packages the app's code imports at run time (not types, not test helpers, not the CLI). */
function shippedImports(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles('src')) {
    if (file.startsWith(join('src', 'cli'))) continue; // runs from the repository under tsx
    const text = readFileSync(file, 'utf8');
    // A test helper beside the code: it imports vitest, or it is one of the engine's test*.ts
    // helpers (testPlans.ts, testRandomPlans.ts …), which only tests import.
    if (/^test[A-Z]\w*\.ts$/.test(basename(file)) || /from 'vitest'/.test(text)) continue;
    const specifiers = [
      ...text.matchAll(/^import (?!type )[^;]*?from '([^'.][^']*)'/gm),
      ...text.matchAll(/^import '([^'.][^']*)'/gm),
      ...text.matchAll(/\bimport\('([^'.][^']*)'\)/g),
    ].map((m) => m[1]!);
    for (const s of specifiers) if (!s.startsWith('node:')) found.set(packageOf(s), file);
  }
  return found;
}

describe('shipped code is a dependency, so npm audit --omit=dev sees it', () => {
  it('every package the app imports at run time is in dependencies', () => {
    const imports = shippedImports();
    expect(imports.get('workbox-window')).toBe(join('src', 'pwa', 'registerOffline.ts'));
    for (const [name, file] of imports) {
      expect(pkg.dependencies[name], `${name} (imported by ${file})`).toBeDefined();
    }
  });

  it('the Workbox runtime in sw.js is in dependencies, at the version workbox-build writes', () => {
    const build = JSON.parse(readFileSync('node_modules/workbox-build/package.json', 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const name of WORKBOX_RUNTIME) {
      expect(pkg.dependencies[name], name).toBe(build.dependencies[name]);
      expect(pkg.devDependencies[name], name).toBeUndefined();
    }
  });
});
