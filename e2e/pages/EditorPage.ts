import { localName } from '../../src/i18n/localName';
import { expect, type Locator } from '@playwright/test';
import { startsWith } from '../support/strings';
import type { AppPage } from './AppPage';

export type StepId = 'reserves' | 'flows' | 'funding' | 'scenario';
export const STEPS: readonly StepId[] = ['reserves', 'flows', 'funding', 'scenario'];

/** The plan editor (plan section): four step tabs, each with its own panel of cards and fields. */
export class EditorPage {
  constructor(private readonly app: AppPage) {}

  get region(): Locator {
    return this.app.main.getByRole('region', { name: this.app.t.editor.title, exact: true });
  }
  get tablist(): Locator {
    return this.app.main.getByRole('tablist', { name: this.app.t.editor.stepsLabel, exact: true });
  }
  /** A step tab; its accessible name is the step name followed by an item count. */
  tab(step: StepId): Locator {
    return this.tablist.getByRole('tab', { name: startsWith(this.app.t.editor.steps[step].name) });
  }
  get panel(): Locator {
    return this.region.getByRole('tabpanel');
  }

  /** Go to the plan section (one tap) and wait for the editor. */
  async show(): Promise<void> {
    await this.app.showSection('plan');
    await expect(this.tablist).toBeVisible();
  }

  async openStep(step: StepId): Promise<Locator> {
    await this.show();
    await this.tab(step).click();
    await expect(this.tab(step)).toHaveAttribute('aria-selected', 'true');
    await expect(
      this.panel.getByRole('heading', {
        level: 3,
        name: this.app.t.editor.steps[step].name,
        exact: true,
      }),
    ).toBeVisible();
    return this.panel;
  }

  // ── Reserves ─────────────────────────────────────────────────────────────────────────────────
  get businessName(): Locator {
    return this.panel.getByRole('textbox', { name: this.app.t.editor.business.name, exact: true });
  }
  async setBusinessName(name: string): Promise<void> {
    await this.openStep('reserves');
    await this.businessName.fill(name);
  }

  // ── Funding sources ──────────────────────────────────────────────────────────────────────────
  /** A funding-source card (a list item whose toggle button starts with the source's name). */
  sourceCard(name: string): SourceCard {
    return new SourceCard(this.app, this.panel, name);
  }
}

/** One funding-source card in the "Funding sources" step. */
export class SourceCard {
  readonly root: Locator;
  readonly toggle: Locator;

  constructor(
    private readonly app: AppPage,
    panel: Locator,
    name: string,
  ) {
    // The card's toggle is the only button in it whose name starts with the source's name
    // ("Move up 借呗 Jiebei" etc. put the name last).
    // A sample's bilingual name ("借呗 Jiebei") is shown in the reader's language.
    name = localName(name, app.lang);
    const toggle = app.page.getByRole('button', { name: startsWith(name) });
    this.root = panel.getByRole('listitem').filter({ has: toggle });
    this.toggle = this.root.getByRole('button', { name: startsWith(name) });
  }

  async expand(): Promise<this> {
    if ((await this.toggle.getAttribute('aria-expanded')) !== 'true') await this.toggle.click();
    await expect(this.toggle).toHaveAttribute('aria-expanded', 'true');
    return this;
  }

  get limit(): Locator {
    return this.root.getByRole('textbox', { name: this.app.t.editor.funding.limit, exact: true });
  }
  async setLimit(value: string | number): Promise<void> {
    await this.limit.fill(String(value));
  }

  /** The message shown for a field: the element its aria-describedby points at first. */
  async errorFor(field: Locator): Promise<Locator> {
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
    expect(ids.length, 'field has an aria-describedby').toBeGreaterThan(0);
    return this.app.page.locator(`[id="${ids[0]}"]`);
  }
}
