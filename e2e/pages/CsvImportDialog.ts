import { expect, type Locator } from '@playwright/test';
import type { CsvField } from '../../src/io/csvMapping';
import { CSV } from '../../src/i18n/messages/csv';
import type { AppPage } from './AppPage';

/** The "Import from CSV" dialog of the cash-flows step: file → column mapping → preview → add. */
export class CsvImportDialog {
  constructor(private readonly app: AppPage) {}

  get m() {
    return CSV[this.app.lang];
  }
  get openButton(): Locator {
    return this.app.editor.panel.getByRole('button', { name: this.m.importButton, exact: true });
  }
  get root(): Locator {
    return this.app.page.getByRole('dialog', { name: this.m.title });
  }
  get fileInput(): Locator {
    return this.root.getByLabel(this.m.fileLabel, { exact: true });
  }
  get fileError(): Locator {
    return this.root.getByRole('alert');
  }
  column(field: CsvField): Locator {
    return this.root.getByRole('combobox', { name: this.m.field[field], exact: true });
  }
  get nextButton(): Locator {
    return this.root.getByRole('button', { name: this.m.next, exact: true });
  }
  get preview(): Locator {
    return this.root.getByRole('table', { name: this.m.previewCaption });
  }
  previewRow(line: number): Locator {
    return this.preview
      .getByRole('row')
      .filter({ has: this.app.page.getByRole('cell', { name: String(line), exact: true }) });
  }
  addButton(n: number): Locator {
    return this.root.getByRole('button', { name: this.m.add(n), exact: true });
  }
  /** The sentence under the lists after an import ("Added 3 cash flows…"). */

  async open(): Promise<void> {
    await this.app.editor.openStep('flows');
    await this.openButton.click();
    await expect(this.root).toBeVisible();
    await expect(this.fileInput).toBeVisible();
  }

  async choose(path: string): Promise<void> {
    await this.fileInput.setInputFiles(path);
  }
}
