// The built app behind `vite preview`, and Debian's Chromium to look at it, for the scripts that
// measure the real thing (bench-ui, bench-longtask, bench-clients, lighthouse). Each script keeps
// its own port (FUNDGAP_PORT, own default) so work trees can run them side by side.
import { spawn } from 'node:child_process';

/** Debian's Chromium: no package downloads a browser here (shared/docs/toolchain.md). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Without the background-networking flags Chromium calls home, and this machine's closed network
 * refuses the calls (shared/docs/toolchain.md). playwright.config.ts takes them from here too.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Serves dist/ on 127.0.0.1:port and resolves once it answers. The server is killed when the
 * process exits, even on a throw, so a failed run never leaves a port taken. The binary is run
 * directly, not through npx, so the PID killed is the server's own. Throws if the server dies or
 * does not answer within ~20 s.
 * @param {{ port: number }} options
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
export async function startPreview({ port }) {
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
  return { url, stop: await untilServing(server, url, 'vite preview') };
}

/**
 * Resolves, with a function that stops `server`, once `url` answers; the server is stopped when
 * this process exits, even on a throw. Throws if it dies or does not answer within ~20 s.
 * @param {import('node:child_process').ChildProcess} server
 * @param {string} url
 * @param {string} name what the server is, for the error
 */
export async function untilServing(server, url, name) {
  const stop = () => server.kill('SIGTERM');
  process.on('exit', stop);
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null)
      throw new Error(`${name} exited (${server.exitCode}) before serving ${url}`);
    try {
      if ((await fetch(url)).ok) return stop;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`${name} did not answer on ${url}`);
}

/**
 * Headless Chromium through Playwright. Playwright is loaded here, not at the top, so the
 * Lighthouse script (which drives Chromium itself) does not pay for it.
 * @returns {Promise<import('@playwright/test').Browser>}
 */
export async function launchChromium() {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A fresh Chromium with one page on the app, at the size and language the budgets were set at.
 * @param {string} url
 */
export async function openApp(url) {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await page.goto(url);
  return { browser, page };
}

/**
 * Panels below the answer render once the reader engages (src/ui/layout/reveal.ts): do as a
 * reader does.
 * @param {import('@playwright/test').Page} page
 */
export async function engageAsReader(page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('script[type="module"]').length > 0);
  await page.keyboard.press('Shift');
}
