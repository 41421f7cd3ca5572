// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Packages the pure engine must never import (it runs in Node, the browser and a Worker). */
const ENGINE_FORBIDDEN_PACKAGES = ['react', 'react-dom', 'zustand', 'zod', 'recharts'];
/** App layers above the engine; the engine may not reach up into them. */
const ENGINE_FORBIDDEN_LAYERS = ['state', 'ui', 'io', 'i18n', 'workers'];
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
          selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
          message: 'Writing innerHTML/outerHTML parses HTML: set textContent or render with React.',
        },
        {
          selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString)$/]",
          message: 'Parsing HTML strings is not allowed: build nodes, or render with React.',
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
          message: 'document.write parses HTML: render with React.',
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(${ENGINE_FORBIDDEN_PACKAGES.join('|')})(/.*)?$`,
              message: 'src/engine is pure TypeScript: no React, zustand, zod or recharts.',
            },
            {
              regex: `^(\\./)?(\\.\\./)+(${ENGINE_FORBIDDEN_LAYERS.join('|')})(/.*)?$`,
              message: 'src/engine may not import state, ui, io, i18n or workers.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: NO_DOM }))],
      'no-restricted-properties': [
        'error',
        ...DOM_GLOBALS.map((property) => ({ object: 'globalThis', property, message: NO_DOM })),
      ],
    },
  },
  {
    // Engine tests may load the shipped examples through io's fixtures; engine code may not.
    files: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(${ENGINE_FORBIDDEN_PACKAGES.join('|')})(/.*)?$`,
              message: 'src/engine is pure TypeScript: no React, zustand, zod or recharts.',
            },
          ],
        },
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
