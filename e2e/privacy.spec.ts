import type { Request } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { expect, test } from './fixtures';
import { runSession, watchCsp } from './support/session';

// A whole session (e2e/support/session.ts) on a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });

/** Schemes that never leave the browser. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

test('nothing leaves the browser: every request of a whole session is to the app itself', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const requests: { url: string; kind: string }[] = [];
  // The context sees the page's requests, its workers' and a service worker's.
  const record = (r: Request) => requests.push({ url: r.url(), kind: r.resourceType() });
  context.on('request', record);
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  const violations = await watchCsp(page);

  const app = new AppPage(page, 'en');
  await test.step('load', () => app.goto().then(() => undefined));
  await runSession(app, (name, body) => test.step(name, body));

  const elsewhere = requests.filter(({ url }) => {
    const u = new URL(url);
    return !LOCAL_SCHEMES.has(u.protocol) && u.origin !== origin;
  });
  expect(elsewhere, 'requests to another origin').toEqual([]);
  expect(sockets, 'WebSocket connections').toEqual([]);
  // The session did load things (so the recorder worked): the app, its lazy chunks, the worker.
  expect(requests.filter((r) => r.kind === 'script').length).toBeGreaterThan(3);
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
});
