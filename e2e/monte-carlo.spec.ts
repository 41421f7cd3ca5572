import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { findPreset } from '../src/engine/presets';
import { runMonteCarlo } from '../src/engine/monteCarloRun';
import { formatNumber, formatPercent } from '../src/i18n/format';
import { MONTE_CARLO } from '../src/i18n/messages/monteCarlo';
import { parsePlanText } from '../src/io/planFile';
import { assumptionsOf, draftFrom } from '../src/ui/stress/assumptionDraft';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { MonteCarloPanel } from './pages/MonteCarloPanel';
import { expectOneMoneyUnit, expectReadableAxes } from './support/axisLabels';
import { screenshotDesktopAndPhone } from './support/screenshots';
import { UNITS } from '../src/i18n/messages/units';

// A Monte Carlo of a few thousand paths on a busy 2-core machine: allow time.
test.describe.configure({ timeout: 90_000 });

const SCREENSHOT = 'test-output/screenshots/monte-carlo.png';
const m = MONTE_CARLO.en;

/** The panel's defaults for the first-visit sample under its default scenario, run in Node. */
function nodeRun(paths: number, seed: number) {
  const parsed = parsePlanText(
    readFileSync(new URL('../examples/online-shop.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('the sample does not validate');
  const plan = parsed.plan;
  const draft = draftFrom('risk_control', plan.business.horizonDays);
  return runMonteCarlo(plan, findPreset('risk_control_freeze_30d')!, assumptionsOf(draft), {
    paths,
    seed,
  });
}

test.describe('uncertainty bands (Monte Carlo)', () => {
  let mc: MonteCarloPanel;
  test.beforeEach(async ({ app }) => {
    mc = new MonteCarloPanel(app);
    await mc.waitReady();
  });

  test('every assumption is visible and editable, with its source', async () => {
    for (const label of [
      m.preset,
      m.startFrom,
      m.startTo,
      m.durationType,
      m.minDays,
      m.modeDays,
      m.maxDays,
      m.revenueVariation,
      m.delayFrom,
      m.delayTo,
      m.paths,
      m.seed,
    ]) {
      await expect(mc.field(label)).toBeEditable();
    }
    await expect(mc.region.getByText(/domain\.md §1/)).toBeVisible();
    // Every assumption's unit sits beside its box (第 … 天, 天, %), read with it, not in its label.
    const boxes = mc.region.locator('.mc-assumptions input[inputmode]');
    expect(await boxes.count()).toBe(8);
    await expect(mc.region.locator('.mc-assumptions .field-control input[inputmode]')).toHaveCount(
      8,
    );
    await expect(mc.field(m.minDays)).toHaveAccessibleDescription(UNITS.en.days);
    await expect(mc.paths).toHaveValue('10000');
    // A bad value is named next to its field and blocks the run; nothing typed is lost.
    await mc.field(m.startTo).fill('9999');
    await expect(mc.region.getByText(m.fieldRange({ min: '0', max: '364' }))).toBeVisible();
    await expect(mc.field(m.startTo)).toHaveValue('9999');
    await expect(mc.field(m.startTo)).toHaveAttribute('aria-invalid', 'true');
  });

  test('the same seed gives the same percentiles in the browser Workers as in Node', async () => {
    await mc.setRun(2000, 7);
    await mc.runToEnd();
    const node = nodeRun(2000, 7);
    expect(await mc.percentiles()).toEqual(node.cash);
    expect(await mc.shortfallShare()).toBe(node.shortfallShare);
    const phrase =
      node.shortPaths > 0
        ? m.shortfallShare({
            short: formatNumber(node.shortPaths, 'en'),
            paths: '2,000',
            share: formatPercent(node.shortfallShare * 100, 'en'),
          })
        : m.noShortfall({ paths: '2,000' });
    await expect(mc.results.getByText(phrase)).toBeVisible();
    await expect(mc.results.getByText(/under these assumptions/i).first()).toBeVisible();
  });

  test('the panel has no axe violations, with its results shown as chart and table', async ({
    page,
  }) => {
    await mc.setRun(500, 3);
    await mc.runToEnd();
    const run = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa'])
      .include('#monte-carlo')
      .analyze();
    expect(
      run.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    mkdirSync('test-output/screenshots', { recursive: true });
    await mc.region.screenshot({ path: SCREENSHOT });
    await mc.results
      .getByRole('button', { name: /show as table/i })
      .first()
      .click();
    await expect(mc.results.getByRole('table').first()).toBeVisible();
    const tables = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa'])
      .include('#monte-carlo')
      .analyze();
    expect(tables.violations.map((v) => v.id)).toEqual([]);
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    test(`${lang}: axis labels are round, in one unit, 12 px and apart, desktop and 375 px`, async ({
      app,
      page,
    }) => {
      if (lang !== 'en') await app.switchLanguage(lang);
      mc = new MonteCarloPanel(app);
      await mc.waitReady();
      await mc.setRun(500, 3);
      await mc.runToEnd();
      const charts = mc.results.locator('.chart-frame');
      await expect(charts).toHaveCount(3);
      const check = async (size: string) => {
        for (const [i, name] of ['fan', 'survival days', 'deepest gap'].entries()) {
          const labels = await expectReadableAxes(charts.nth(i), `${lang} ${size} ${name}`);
          if (name !== 'survival days') expectOneMoneyUnit(labels, `${lang} ${size} ${name}`);
        }
      };
      await check('desktop');
      await screenshotDesktopAndPhone(mc.results, `monte-carlo-axes-${lang}`);
      // The charts follow their box: at 375 px no SVG is wider than the screen.
      await expect
        .poll(() =>
          charts.locator('svg').evaluateAll((s) => Math.max(...s.map((e) => e.clientWidth))),
        )
        .toBeLessThanOrEqual(375);
      await check('375 px');
      await page.setViewportSize({ width: 1280, height: 800 });
    });
  }
});

type WorkerCounts = { started: number; ended: number };

/**
 * Before the app loads: report `cores` cores, and count the Monte Carlo Workers started and
 * terminated (window.__mcWorkers). While window.__mcHoldEnd is true, the pieces the page relays
 * to the Workers for a run's last step (monteCarloPool.ts, 'piece') are dropped, so a run shows
 * its progress and provisional bands but cannot end: a test that acts during a run does not race
 * the Workers.
 */
async function watchWorkers(page: Page, cores: number): Promise<() => Promise<WorkerCounts>> {
  await page.addInitScript((n) => {
    Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => n });
    const counts = { started: 0, ended: 0 };
    const w = window as unknown as { __mcWorkers: WorkerCounts; __mcHoldEnd?: boolean };
    w.__mcWorkers = counts;
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (!String(url).includes('stress.worker')) return;
        counts.started++;
        const end = this.terminate.bind(this);
        this.terminate = () => {
          counts.ended++;
          end();
        };
        const send = this.postMessage.bind(this) as (message: unknown, transfer?: unknown) => void;
        this.postMessage = ((message: unknown, transfer?: unknown) => {
          if (w.__mcHoldEnd && (message as { type?: string } | null)?.type === 'piece') return;
          send(message, transfer);
        }) as Worker['postMessage'];
      }
    };
  }, cores);
  return () =>
    page.evaluate(() => ({ ...(window as unknown as { __mcWorkers: WorkerCounts }).__mcWorkers }));
}

/** Sets window.__mcHoldEnd (see watchWorkers): while true, a run cannot end. */
function holdRunEnd(page: Page, hold: boolean): Promise<void> {
  return page.evaluate((h) => {
    (window as unknown as { __mcHoldEnd: boolean }).__mcHoldEnd = h;
  }, hold);
}

test.describe('Monte Carlo on every core', () => {
  test('four cores: four Workers share the paths, and the bands match one Worker in Node to the fen', async ({
    page,
  }) => {
    const counts = await watchWorkers(page, 4);
    const mc = new MonteCarloPanel(await new AppPage(page, 'en').goto());
    await mc.waitReady();
    await mc.setRun(2000, 11);
    await mc.runToEnd();
    expect((await counts()).started).toBe(4);
    const node = nodeRun(2000, 11);
    expect(await mc.percentiles()).toEqual(node.cash);
    expect(await mc.shortfallShare()).toBe(node.shortfallShare);
    // The Workers stay warm: a second run starts none, and gives Node's figures for its seed.
    await mc.setRun(1500, 12);
    await mc.runToEnd();
    expect(await counts()).toEqual({ started: 4, ended: 0 });
    expect(await mc.percentiles()).toEqual(nodeRun(1500, 12).cash);
  });

  test('a run shows progress and provisional bands, cancel ends every Worker, and a new run completes', async ({
    page,
  }) => {
    const counts = await watchWorkers(page, 2);
    const mc = new MonteCarloPanel(await new AppPage(page, 'en').goto());
    await mc.waitReady();
    await mc.setRun(20000, 42);
    // The run cannot end until released: on a busy machine 20,000 paths ended before the checks
    // below had run.
    await holdRunEnd(page, true);
    await mc.runButton.click();
    await expect(mc.progress).toBeVisible();
    await expect.poll(() => mc.progressValue(), { timeout: 30_000 }).toBeGreaterThan(0);
    // Bands merged from the Workers' partial summaries show while the run goes on.
    await expect(mc.provisionalNote).toBeVisible({ timeout: 30_000 });
    await expect(mc.region.locator('.mc-provisional[aria-busy="true"] svg.mc-fan')).toBeVisible();
    // The page stays responsive while the Workers run: it draws a frame before the run ends (a
    // run on the main thread would hold every frame until the end). No wall-clock limit: on a
    // busy machine a frame is late, not missing; bench:longtask times the main thread's tasks.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(await mc.progress.isVisible()).toBe(true);
    await mc.cancelButton.click();
    await expect(mc.status).toHaveText(m.cancelled);
    await expect(mc.progress).toBeHidden();
    await expect(mc.provisionalNote).toBeHidden();
    await expect(mc.region.locator('.mc-provisional')).toHaveCount(0);
    await expect(mc.runButton).toBeEnabled();
    expect(await counts()).toEqual({ started: 2, ended: 2 });

    await holdRunEnd(page, false);
    await mc.setRun(1000, 42);
    await mc.runToEnd();
    expect(await mc.percentiles()).toEqual(nodeRun(1000, 42).cash);
    expect((await counts()).started).toBe(4);
  });
});
