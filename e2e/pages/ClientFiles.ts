import { readFileSync } from 'node:fs';
import { expect, type Locator } from '@playwright/test';
import { CLIENT_ALERTS } from '../../src/i18n/messages/clientAlerts';
import { escapeRegExp, startsWith } from '../support/strings';
import type { AppPage } from './AppPage';

/**
 * Client files: which file is open (the header), the list in the clients section (open, rename,
 * duplicate, delete, undo delete), "New client file" there, and the export / import / share
 * dialog it opens.
 */
export class ClientFiles {
  constructor(private readonly app: AppPage) {}

  private get m() {
    return this.app.t.clients;
  }
  /** One tap to the client list: the clients tab. */
  get managerButton(): Locator {
    return this.app.sectionLink('clients');
  }
  get fileButton(): Locator {
    return this.manager.getByRole('button', { name: this.m.fileActions, exact: true });
  }
  /** The name of the open client file, as the header shows it. */
  get currentName(): Locator {
    return this.app.header.locator('.client-current-name');
  }

  // ── Manager ──────────────────────────────────────────────────────────────────────────────────
  /** The client list: the panel of the clients section. */
  get manager(): Locator {
    return this.app.main.getByRole('region', { name: this.m.managerTitle, exact: true });
  }
  async openManager(): Promise<Locator> {
    await this.app.showSection('clients');
    await expect(this.manager).toBeVisible();
    return this.manager;
  }
  /** Close the dialog that is open, if any (the client list itself is a section, not a dialog). */
  async closeDialog(): Promise<void> {
    const dialogs = this.app.page.getByRole('dialog');
    if ((await dialogs.count()) > 0)
      await dialogs.getByRole('button', { name: this.m.close, exact: true }).first().click();
    await expect(dialogs).toHaveCount(0);
  }
  get rows(): Locator {
    return this.manager.getByRole('listitem');
  }
  /** The row of a client file, by its displayed name. */
  row(name: string): Locator {
    return this.rows.filter({
      has: this.app.page.getByRole('button', {
        name: new RegExp(`^${escapeRegExp(this.m.open(name))}$`),
      }),
    });
  }
  async names(): Promise<string[]> {
    await this.openManager();
    return this.manager.locator('.client-name').allInnerTexts();
  }
  /** Open a client file from the list: its answer comes on screen. */
  async open(name: string): Promise<void> {
    await this.openManager();
    await this.row(name)
      .getByRole('button', { name: this.m.open(name), exact: true })
      .click();
    await expect(this.manager).toHaveCount(0);
    await expect(this.app.section('answer')).toBeVisible();
    await expect(this.currentName).toHaveText(name);
  }
  async rename(name: string, to: string): Promise<void> {
    await this.openManager();
    await this.row(name).getByRole('button', { name: this.m.rename, exact: true }).click();
    const field = this.manager.getByRole('textbox', { name: this.m.renameLabel, exact: true });
    await field.fill(to);
    await field.press('Enter');
    await expect(this.row(to)).toHaveCount(1);
  }
  async duplicate(name: string): Promise<void> {
    await this.openManager();
    await this.row(name).getByRole('button', { name: this.m.duplicate, exact: true }).click();
    await expect(this.row(this.m.copyName(name))).toHaveCount(1);
  }
  async delete(name: string): Promise<void> {
    await this.openManager();
    await this.row(name).getByRole('button', { name: this.m.delete, exact: true }).click();
    await expect(this.row(name)).toHaveCount(0);
  }
  async undoDelete(): Promise<void> {
    await this.app.page.getByRole('button', { name: this.m.undoDelete, exact: true }).click();
  }

  // ── Messages about saved files ───────────────────────────────────────────────────────────────
  /** The words of the alerts about saved client files, in the page's language. */
  get alertText() {
    return CLIENT_ALERTS[this.app.lang];
  }
  /** An alert about saved client files, by (part of) its title. */
  alert(title: string): Locator {
    return this.app.page.getByRole('alert').filter({ hasText: title });
  }
  /** Click "Download plan file" in an alert; returns the downloaded file's name and text. */
  async downloadPlanFile(alert: Locator): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.app.page.waitForEvent('download'),
      alert.getByRole('button', { name: this.alertText.downloadPlanFile, exact: true }).click(),
    ]);
    return {
      name: download.suggestedFilename(),
      text: readFileSync(await download.path(), 'utf8'),
    };
  }

  // ── New client file ──────────────────────────────────────────────────────────────────────────
  /** "New client file" → a sample (by its listed name) or the blank plan. */
  async newFrom(label: string): Promise<void> {
    await this.openManager();
    await this.manager.getByRole('button', { name: this.app.t.plan.button, exact: true }).click();
    await this.manager.getByRole('button', { name: startsWith(label) }).click();
    await expect(
      this.manager.getByRole('status').filter({ hasText: this.app.t.plan.loaded(label) }),
    ).toHaveCount(1);
  }

  // ── Export / import / share ──────────────────────────────────────────────────────────────────
  get fileDialog(): Locator {
    return this.app.page.getByRole('dialog', { name: this.m.fileTitle, exact: true });
  }
  async openFileDialog(): Promise<Locator> {
    if (!(await this.fileDialog.isVisible())) {
      await this.openManager();
      await this.fileButton.click();
    }
    await expect(this.fileDialog).toBeVisible();
    return this.fileDialog;
  }
  /** Export the open plan; returns the downloaded file's name and text. */
  async exportPlan(): Promise<{ name: string; text: string }> {
    await this.openFileDialog();
    const [download] = await Promise.all([
      this.app.page.waitForEvent('download'),
      this.fileDialog.getByRole('button', { name: this.m.exportButton, exact: true }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }
  get importInput(): Locator {
    return this.fileDialog.getByLabel(this.m.importLabel, { exact: true });
  }
  async pickImport(name: string, text: string): Promise<void> {
    await this.openFileDialog();
    await this.importInput.setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  }
  get importProblem(): Locator {
    return this.fileDialog.getByRole('alert');
  }
  async importAsNew(): Promise<void> {
    await this.fileDialog.getByRole('button', { name: this.m.importAsNew, exact: true }).click();
    await expect(this.fileDialog).toHaveCount(0);
  }
  /** The plan is in the book already (same content): import it as a copy all the same. */
  async importCopyAnyway(): Promise<void> {
    await this.fileDialog
      .getByRole('button', { name: this.m.importCopyAnyway, exact: true })
      .click();
    await expect(this.fileDialog).toHaveCount(0);
  }
  async importReplacing(): Promise<void> {
    await this.fileDialog.getByRole('button', { name: this.m.importReplace, exact: true }).click();
    await this.fileDialog.getByRole('button', { name: this.m.confirmYes, exact: true }).click();
    await expect(this.fileDialog).toHaveCount(0);
  }
  /** Create a share link for the open plan and return it. */
  async shareLink(): Promise<string> {
    await this.openFileDialog();
    await this.fileDialog.getByRole('button', { name: this.m.shareCreate, exact: true }).click();
    const field = this.fileDialog.getByRole('textbox', {
      name: this.m.shareLinkLabel,
      exact: true,
    });
    await expect(field).not.toHaveValue('');
    return field.inputValue();
  }
}
