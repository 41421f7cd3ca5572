import { expect, type Locator } from '@playwright/test';
import { CHECK_INS } from '../../src/i18n/messages/checkIns';
import type { AppPage } from './AppPage';

/** The open client's check-ins, folded under the client list in the clients section. */
export class CheckInsPanel {
  constructor(private readonly app: AppPage) {}

  get m() {
    return CHECK_INS[this.app.lang];
  }
  get summary(): Locator {
    return this.app.clients.manager.locator('.checkins-slot > summary');
  }
  get root(): Locator {
    return this.app.clients.manager.locator('.checkins-slot');
  }
  get items(): Locator {
    return this.root.getByRole('list', { name: this.m.listCaption }).locator('> li');
  }
  /** The check-in of a date, by its heading as shown. */
  item(shownDate: string): Locator {
    return this.items.filter({ has: this.app.page.getByRole('heading', { name: shownDate }) });
  }
  get form(): Locator {
    return this.root.locator('form.checkin-form');
  }

  async open(): Promise<Locator> {
    await this.app.clients.openManager();
    if (!(await this.root.evaluate((el) => (el as HTMLDetailsElement).open)))
      await this.summary.click();
    await expect(this.root.getByRole('button', { name: this.m.record, exact: true })).toBeVisible();
    return this.root;
  }

  /** Record a check-in: the form starts from the plan; `change` types only what differs. */
  async record(date: string, change: (form: Locator) => Promise<void>): Promise<void> {
    await this.open();
    await this.root.getByRole('button', { name: this.m.record, exact: true }).click();
    await expect(this.form).toBeVisible();
    await this.form.getByLabel(this.m.date, { exact: true }).fill(date);
    await change(this.form);
    await this.form.getByRole('button', { name: this.m.save, exact: true }).click();
    await expect(this.form).toHaveCount(0);
  }

  /** A credit line's part of the form, by its name as shown. */
  line(form: Locator, name: string): Locator {
    return form.getByRole('group', { name, exact: true });
  }
}
