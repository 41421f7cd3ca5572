import { readFileSync } from 'node:fs';
import { expect, type Locator } from '@playwright/test';
import { BOOK } from '../../src/i18n/messages/book';
import type { AppPage } from './AppPage';

/**
 * The whole book in one file: the dialog the clients section opens ("Whole book: export,
 * import"), its export with an optional passphrase and its import (a passphrase asked for when
 * the file is encrypted), and the line the section shows after a merge.
 */
export class BookFile {
  constructor(private readonly app: AppPage) {}

  get m() {
    return BOOK[this.app.lang].file;
  }
  get dialog(): Locator {
    return this.app.page.getByRole('dialog', { name: this.m.title, exact: true });
  }
  async open(): Promise<Locator> {
    await this.app.clients.openManager();
    await this.app.clients.manager
      .getByRole('button', { name: this.m.button, exact: true })
      .click();
    await expect(this.dialog).toBeVisible();
    return this.dialog;
  }
  /** Export every client file, encrypted when `passphrase` is given; the downloaded name and text. */
  async export(passphrase?: string): Promise<{ name: string; text: string }> {
    await this.open();
    if (passphrase) {
      await this.dialog.getByLabel(this.m.passphrase, { exact: true }).fill(passphrase);
      await this.dialog.getByLabel(this.m.confirm, { exact: true }).fill(passphrase);
    }
    const [download] = await Promise.all([
      this.app.page.waitForEvent('download'),
      this.dialog.getByRole('button', { name: this.m.exportButton, exact: true }).click(),
    ]);
    const file = {
      name: download.suggestedFilename(),
      text: readFileSync(await download.path(), 'utf8'),
    };
    await this.close();
    return file;
  }
  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.app.t.clients.close, exact: true }).click();
    await expect(this.dialog).toHaveCount(0);
  }
  /** Pick a book file to import; with `passphrase`, decrypt it (the dialog stays open). */
  async pick(name: string, text: string, passphrase?: string): Promise<void> {
    await this.open();
    await this.dialog.getByLabel(this.m.importLabel, { exact: true }).setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    if (passphrase === undefined) return;
    await expect(this.dialog.getByText(this.m.encryptedAsk)).toBeVisible();
    await this.dialog.getByLabel(this.m.importPassphrase, { exact: true }).fill(passphrase);
    await this.dialog.getByRole('button', { name: this.m.decryptButton, exact: true }).click();
  }
  get problem(): Locator {
    return this.dialog.getByRole('alert');
  }
  /** After a good pick: add the book's new clients; the dialog closes and the section says what it did. */
  async merge(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.m.mergeButton, exact: true }).click();
    await expect(this.dialog).toHaveCount(0);
  }
  /** The section's line about the last merge. */
  get note(): Locator {
    return this.app.clients.manager.locator('.book-file-note');
  }
}
