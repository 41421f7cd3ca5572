/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Everything the first screen imports statically goes into one chunk. Without this, a lazy
        // chunk that also imports first-screen modules (the report) makes the bundler split the
        // first screen into a dozen small chunks: the same code, ~5 KB more gzip (budget).
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
  },
  test: {
    // Engine and io tests run in plain Node; component tests opt into a DOM with a
    // `// @vitest-environment jsdom` docblock at the top of the file.
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    setupFiles: ['test/setup.ts'],
    // Lets the first runs pass before any test exists; `npm test` still counts every test.
    passWithNoTests: true,
    // Component tests render the whole store; on a loaded 2-core CI machine 5 s is too tight.
    testTimeout: 20_000,
  },
});
