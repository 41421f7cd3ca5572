import { expect, type Locator } from '@playwright/test';
import { PRESENTER } from '../../src/i18n/messages/presenter';
import type { AppPage } from './AppPage';

export type SectionId = keyof (typeof PRESENTER)['en']['sections'];
export const SECTION_ORDER: readonly SectionId[] = ['overview', 'chart', 'advice', 'contingency'];

/** The presenter view: a full-screen dialog with one section at a time. */
export class PresenterPage {
  constructor(private readonly app: AppPage) {}

  get p() {
    return PRESENTER[this.app.lang];
  }
  get openButton(): Locator {
    return this.app.header.getByRole('button', { name: this.p.open, exact: true });
  }
  get root(): Locator {
    return this.app.page.getByRole('dialog', { name: this.p.regionLabel });
  }
  get heading(): Locator {
    return this.root.getByRole('heading', { level: 1 });
  }
  get anonymise(): Locator {
    return this.root.getByRole('checkbox', { name: this.p.anonymise });
  }
  get business(): Locator {
    return this.root.getByTestId('presenter-business');
  }
  navButton(section: SectionId): Locator {
    return this.root
      .getByRole('navigation', { name: this.p.navLabel })
      .getByRole('button', { name: this.p.sections[section] });
  }
  get sentence(): Locator {
    return this.root.locator('.presenter-sentence');
  }

  async open(): Promise<this> {
    await this.app.openHeaderCommands();
    await this.openButton.click();
    await expect(this.root).toBeVisible();
    await expect(this.heading).toHaveText(this.p.sections.overview);
    return this;
  }

  async expectSection(section: SectionId): Promise<void> {
    await expect(this.heading).toHaveText(this.p.sections[section]);
    await expect(this.heading).toBeFocused();
    await expect(this.navButton(section)).toHaveAttribute('aria-current', 'step');
  }
}
