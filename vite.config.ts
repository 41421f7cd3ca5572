/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderIndex } from './scripts/prerender-index.mjs';
import { parseNetlifyHeaders, STATIC_HEADERS } from './scripts/security-headers.mjs';
import { pwaManifest } from './src/pwa/manifest.ts';

/**
 * `vite preview` sends the headers a host should send (docs/hosting.md): those the build wrote
 * into dist/_headers from the same policy as the page's <meta> (scripts/csp.mjs), read on each
 * request so a rebuild under a running preview is served with its own policy.
 */
function securityHeadersInPreview(): Plugin {
  return {
    name: 'fundgap-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        const file = 'dist/_headers';
        const headers = existsSync(file)
          ? parseNetlifyHeaders(readFileSync(file, 'utf8'))
          : STATIC_HEADERS;
        for (const [name, value] of headers) res.setHeader(name, value);
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    securityHeadersInPreview(),
    // Offline after the first visit: a service worker precaches the app shell, every lazy chunk
    // and the advice worker. It is registered after load (src/pwa/registerOffline.ts).
    VitePWA({
      // A new version waits and is announced; it takes over only when the user accepts, or on
      // the next visit — never by reloading a page someone is typing in (issue 17).
      registerType: 'prompt',
      injectRegister: false,
      manifest: pwaManifest,
      includeAssets: ['favicon.svg', 'favicon.ico', 'icons/apple-touch-icon-180.png'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Take over the page of the first visit as soon as the precache is in, so a reload with
        // no network already works. No `skipWaiting`: an update waits for the user.
        clientsClaim: true,
      },
      integration: {
        // The precache lists index.html with a hash of its content: prerender the first screen
        // into it first, so the page served offline is the final one.
        beforeBuildServiceWorker: async () => {
          await prerenderIndex();
        },
      },
    }),
  ],
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
    // The dev server has no build policy (no hashes yet); the headers that do not need one.
    headers: Object.fromEntries(STATIC_HEADERS),
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
