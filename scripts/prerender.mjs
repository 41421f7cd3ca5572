#!/usr/bin/env node
// After `vite build`: make sure dist/index.html holds the prerendered first screen. The build
// itself now prerenders (before the service worker's precache manifest is written, see
// vite.config.ts), so this normally finds it done; it still works on a build without the PWA step.
import { prerenderIndex } from './prerender-index.mjs';

const result = await prerenderIndex();
if (result === 'already')
  console.log('dist/index.html is already prerendered (by the build, before the service worker)');
