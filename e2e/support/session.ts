import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { AdvicePanel } from '../pages/AdvicePanel';
import type { AppPage } from '../pages/AppPage';
import { JIEBEI } from './engine';

/**
 * A whole working session, as named steps, for tests that watch what the page does while a user
 * works (privacy: every request; CSP: every violation). Add a step here when a feature lands
 * (export a file, copy a share link, open a client) and every such test covers it.
 */
export type SessionStep = { name: string; run: (app: AppPage) => Promise<void> };

export const SESSION: readonly SessionStep[] = [
  {
    name: 'edit a field',
    run: async (app) => {
      await app.editor.setBusinessName('My noodle shop');
      await app.editor.openStep('funding');
      const jiebei = await app.editor.sourceCard(JIEBEI.name).expand();
      await jiebei.setLimit(80000);
      await app.settled();
    },
  },
  {
    name: 'switch scenario preset',
    run: async (app) => {
      await app.scenario.selectPreset('limit_cut_50');
      await app.settled();
      await app.scenario.selectPreset('risk_control_freeze_30d');
      await app.settled();
    },
  },
  {
    name: 'show the cash chart as a table and hover the chart',
    run: async (app) => {
      await app.showSection('answer');
      await app.dashboard.cashChartImage.hover();
      await app.dashboard.showCashTable();
      await app.dashboard.cashChart
        .getByRole('button', { name: app.t.common.showChart, exact: true })
        .click();
      await expect(app.dashboard.cashChartImage).toBeVisible();
    },
  },
  {
    name: 'run the advisor and try a suggestion',
    run: async (app) => {
      const advice = new AdvicePanel(app);
      await advice.waitReady();
      await advice.first.tryButton.click();
      await app.showSection('answer');
      await expect(advice.whatIfLegend).toBeVisible();
      await advice.waitContingencyReady();
    },
  },
  {
    name: 'export the plan and import it back as a new client file',
    run: async (app) => {
      const exported = await app.clients.exportPlan();
      await app.clients.pickImport(exported.name, exported.text);
      // The plan is already in the book: the dialog offers it, and a copy on request.
      await app.clients.importCopyAnyway();
      await app.settled();
    },
  },
  {
    name: 'make a share link and open it',
    run: async (app) => {
      const link = await app.clients.shareLink();
      await app.clients.closeDialog();
      // The plan travels after '#': opening the link asks the server for the page, never for the plan.
      await app.page.goto('about:blank');
      await app.page.goto(link);
      await app.waitReady();
    },
  },
  {
    name: 'print preview',
    run: async (app) => {
      await app.page.emulateMedia({ media: 'print' });
      await app.page.waitForTimeout(200);
      await app.page.emulateMedia({ media: 'screen' });
    },
  },
  {
    name: 'switch language',
    run: async (app) => {
      await app.switchLanguage('zh-CN');
      await app.settled();
      await app.switchLanguage('en');
      await app.settled();
    },
  },
  {
    name: 'come back later (reload with a saved plan)',
    run: async (app) => {
      await app.reload();
    },
  },
];

/** Runs every step in order, each as a Playwright step named for the report. */
export async function runSession(
  app: AppPage,
  step: (name: string, body: () => Promise<void>) => Promise<void>,
) {
  for (const s of SESSION) await step(s.name, () => s.run(app));
}

/**
 * Collects Content-Security-Policy violations from every document the page loads, reloads
 * included: the listener is installed before any of the page's own scripts run and reports to
 * the test through a binding that survives navigation.
 */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__fundgapCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __fundgapCspViolation: (t: string) => void })
        .__fundgapCspViolation;
      void report(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample}) at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return violations;
}
