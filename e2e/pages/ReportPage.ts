import { expect, type Locator } from '@playwright/test';
import { REPORT } from '../../src/i18n/messages/report';
import { cap } from '../support/timeouts';
import type { AppPage } from './AppPage';

/** The printable report: opened from the header's "Report" (in its menu on a phone), shown instead of the app. */
export class ReportPage {
  constructor(private readonly app: AppPage) {}

  get r() {
    return REPORT[this.app.lang];
  }
  get openButton(): Locator {
    return this.app.header.getByRole('button', { name: this.r.open, exact: true });
  }
  get root(): Locator {
    return this.app.page.locator('main.report');
  }
  get title(): Locator {
    return this.root.getByRole('heading', { level: 1, name: this.r.title, exact: true });
  }
  get toolbar(): Locator {
    return this.app.page.getByRole('toolbar', { name: this.r.toolbarLabel });
  }
  get closeButton(): Locator {
    return this.toolbar.getByRole('button', { name: this.r.close, exact: true });
  }
  get printButton(): Locator {
    return this.toolbar.getByRole('button', { name: this.r.print, exact: true });
  }
  section(name: string): Locator {
    return this.root.getByRole('region', { name, exact: true });
  }
  get pages(): Locator {
    return this.root.locator('.report-page');
  }
  get stressGrid(): Locator {
    return this.section(this.r.stressTitle).getByRole('table', { name: this.r.stressCaption });
  }

  async open(): Promise<this> {
    await this.app.openHeaderCommands();
    await this.openButton.click();
    await expect(this.title).toBeVisible();
    // The advisor works in a worker; the report is busy until its suggestions are in.
    await expect(this.root).not.toHaveAttribute('aria-busy', 'true', { timeout: cap(20_000) });
    return this;
  }

  async close(): Promise<void> {
    await this.closeButton.click();
    await expect(this.root).toHaveCount(0);
  }
}
