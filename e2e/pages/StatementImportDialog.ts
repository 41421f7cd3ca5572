import { expect, type Locator } from '@playwright/test';
import { STATEMENTS } from '../../src/i18n/messages/statements';
import type { AppPage } from './AppPage';

/** "Import from Alipay, WeChat Pay or bank statements": file → review → add. */
export class StatementImportDialog {
  constructor(private readonly app: AppPage) {}

  get m() {
    return STATEMENTS[this.app.lang];
  }
  get openButton(): Locator {
    return this.app.editor.panel.getByRole('button', { name: this.m.button, exact: true });
  }
  get root(): Locator {
    return this.app.page.getByRole('dialog', { name: this.m.title });
  }
  get fileInput(): Locator {
    return this.root.getByLabel(this.m.fileLabel, { exact: true });
  }
  get flows(): Locator {
    return this.root.getByRole('list', { name: this.m.flowsCaption }).getByRole('listitem');
  }
  flow(name: string): Locator {
    return this.root.getByRole('checkbox', { name: new RegExp(`^${name}`) });
  }
  addButton(n: number): Locator {
    return this.root.getByRole('button', { name: this.m.add(n), exact: true });
  }

  async open(): Promise<void> {
    await this.app.editor.openStep('flows');
    await this.openButton.click();
    await expect(this.root).toBeVisible();
  }

  async choose(path: string): Promise<void> {
    await this.fileInput.setInputFiles(path);
  }
}
