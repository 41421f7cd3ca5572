#!/usr/bin/env node
// Renders the PWA icons from public/favicon.svg with Debian's Chromium (no network, no image
// library): 192 and 512 px "any" icons, a 512 px maskable one (the mark inside the 80 % safe
// zone on a full-bleed brand background) and a 180 px Apple touch icon. The PNGs are committed;
// run this again after changing the favicon: `node scripts/make-icons.mjs`.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('public/favicon.svg', 'utf8');
const BRAND = '#0f766e';
const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
];

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const page = await browser.newPage();
for (const { file, size, maskable } of icons) {
  await page.setViewportSize({ width: size, height: size });
  // Maskable: the platform may crop to a circle, so the mark shrinks into the central 80 %.
  const inner = maskable ? Math.round(size * 0.8) : size;
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? BRAND : 'transparent'}">` +
      `<img src="${src}" width="${inner}" height="${inner}"></body></html>`,
  );
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: !maskable });
  console.log(`public/icons/${file} ${size}×${size}${maskable ? ' (maskable)' : ''}`);
}
await browser.close();
