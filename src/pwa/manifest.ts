import type { ManifestOptions } from 'vite-plugin-pwa';

/**
 * The web app manifest. A manifest has one `name` (per-language manifests are not supported by
 * browsers), so it carries both: the Chinese name first for the owners FundGap is written for,
 * the Latin brand that reads in either language; `short_name` is the brand alone, which fits
 * under a home-screen icon in both. The app itself follows the browser's language.
 */
export const pwaManifest: Partial<ManifestOptions> = {
  name: 'FundGap 资金缺口测算',
  short_name: 'FundGap',
  description:
    '借呗、花呗突然停用，您的生意能撑多久？How long your business survives if Jiebei or Huabei stops — and what fixes it. Runs entirely in your browser.',
  lang: 'zh-CN',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#f4f6f8',
  theme_color: '#0f766e',
  categories: ['finance', 'business', 'productivity'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    {
      src: '/icons/icon-maskable-512.png',
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
    { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
};
