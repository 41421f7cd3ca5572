// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Which app layers each layer may not import. Imports flow one way:
 * engine ← io ← state ← ui, with i18n beside them (it may read engine and io types, never
 * state or ui), workers running engine and io only, and the CLI using engine, io and i18n.
 * `src/i18n/lang.ts` imports nothing and may be named by every layer.
 */
const LAYER_RULES = {
  engine: {
    layers: ['state', 'ui', 'io', 'i18n', 'workers', 'cli', 'pwa'],
    packages: ['react', 'react-dom', 'zustand', 'zod', 'recharts'],
    why: 'src/engine is pure TypeScript: no React, zustand, zod or recharts, and no app layer above it.',
  },
  io: {
    layers: ['state', 'ui', 'workers', 'cli', 'pwa'],
    i18nLangOnly: true,
    packages: ['react', 'react-dom', 'zustand', 'recharts'],
    why: 'src/io reads untrusted data for every layer above it: it may import the engine and i18n/lang only.',
  },
  i18n: {
    layers: ['state', 'ui', 'workers', 'cli', 'pwa'],
    packages: ['react', 'react-dom', 'zustand', 'recharts'],
    why: 'src/i18n holds texts and formatting: it may read engine and io types, never state or ui.',
  },
  state: {
    layers: ['ui', 'cli'],
    packages: ['recharts'],
    why: 'src/state owns data and actions: it may not import ui or the CLI.',
  },
  workers: {
    layers: ['state', 'ui', 'i18n', 'cli', 'pwa'],
    i18nLangOnly: true,
    packages: ['react', 'react-dom', 'zustand', 'recharts'],
    why: 'A Worker runs engine and io code only.',
  },
  cli: {
    layers: ['state', 'ui', 'workers', 'pwa'],
    packages: ['react', 'react-dom', 'zustand', 'recharts'],
    why: 'The CLI runs in Node over the engine, io and i18n: no state, ui or Workers.',
  },
  ui: {
    layers: ['cli'],
    packages: [],
    why: 'The UI may not import the CLI.',
  },
  pwa: {
    layers: ['engine', 'io', 'state', 'ui', 'workers', 'cli'],
    packages: ['recharts'],
    why: 'src/pwa registers the service worker and says when an update waits: the UI reads it, it reads nothing of the app.',
  },
};

/** no-restricted-imports patterns for one layer's files. */
function layerPatterns({ layers, i18nLangOnly = false, packages, why }) {
  const patterns = [
    {
      // `../` at least once, then a forbidden layer as the first real segment.
      regex: `^(\\./)?(\\.\\./)+(${layers.join('|')})(/.*)?$`,
      message: why,
    },
  ];
  if (i18nLangOnly) {
    patterns.push({ regex: '^(\\./)?(\\.\\./)+i18n/(?!lang$).*$', message: why });
  }
  if (packages.length > 0) {
    patterns.push({ regex: `^(${packages.join('|')})(/.*)?$`, message: why });
  }
  return patterns;
}

/** Browser-only globals the engine must not touch. */
const DOM_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'indexedDB',
];
const NO_DOM = 'src/engine must also run in Node and a Worker: no DOM globals.';

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'test-output/**',
      'playwright-report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is not allowed: render text, never HTML strings.',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Writing innerHTML/outerHTML parses HTML: set textContent or render with React.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString)$/]',
          message: 'Parsing HTML strings is not allowed: build nodes, or render with React.',
        },
        {
          selector:
            "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
          message: 'document.write parses HTML: render with React.',
        },
      ],
    },
  },
  ...Object.entries(LAYER_RULES).map(([layer, rule]) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: [`src/${layer}/**/*.test.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns(rule) }] },
  })),
  {
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: NO_DOM }))],
      'no-restricted-properties': [
        'error',
        ...DOM_GLOBALS.map((property) => ({ object: 'globalThis', property, message: NO_DOM })),
      ],
    },
  },
  {
    // Tests may load the shipped examples and fixtures through io, and drive the store; the
    // engine's tests still may not pull in a UI or schema package.
    files: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: layerPatterns({ ...LAYER_RULES.engine, layers: ['state', 'ui'] }) },
      ],
    },
  },
  {
    files: [
      'scripts/**/*.{js,mjs,cjs,ts}',
      'bench/**/*.{js,mjs,ts}',
      'e2e/**/*.{js,mjs,ts}',
      'src/cli/**/*.{ts,tsx}',
      '**/*.config.{js,mjs,cjs,ts}',
    ],
    languageOptions: {
      globals: { ...globals.node },
    },
  },
);
