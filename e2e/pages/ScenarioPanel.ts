import { expect, type Locator } from '@playwright/test';
import type { AppPage } from './AppPage';

/**
 * The outage scenario panel (scenarios section): preset and custom scenarios as radio cards, and
 * the builder. Which scenario is checked can be read from any section; choosing one moves there.
 */
export class ScenarioPanel {
  constructor(private readonly app: AppPage) {}

  get region(): Locator {
    return this.app.main.getByRole('region', {
      name: this.app.t.scenario.title,
      exact: true,
      includeHidden: true,
    });
  }
  get group(): Locator {
    return this.region.getByRole('group', {
      name: this.app.t.scenario.chooseLegend,
      exact: true,
      includeHidden: true,
    });
  }
  radio(name: string): Locator {
    return this.group.getByRole('radio', { name, exact: true, includeHidden: true });
  }
  /** Go to the scenarios section (one tap) and wait for the panel. */
  async show(): Promise<void> {
    await this.app.showSection('scenarios');
    await expect(this.region).toBeVisible();
  }
  /** A preset by its visible (translated) name. */
  presetRadio(presetId: string): Locator {
    return this.radio(this.app.t.domain.presetName[presetId]!);
  }
  async selectPreset(presetId: string): Promise<void> {
    await this.select(this.app.t.domain.presetName[presetId]!);
  }
  /**
   * Select a scenario by the name shown on its card. The card's <label> is stretched over the
   * whole card (and over the radio dot), so a user — and this test — clicks the label text.
   */
  async select(name: string): Promise<void> {
    await this.show();
    await this.group.getByText(name, { exact: true }).click();
    await expect(this.radio(name)).toBeChecked();
  }

  get builderToggle(): Locator {
    return this.region.getByRole('button', {
      name: this.app.t.scenario.builder.toggle,
      exact: true,
    });
  }
  get builderForm(): Locator {
    return this.region.getByRole('textbox', {
      name: this.app.t.scenario.builder.name,
      exact: true,
    });
  }
  /** "Start from this preset" on a preset's card: opens the builder on a copy of its shocks. */
  startFromPreset(presetId: string): Locator {
    return this.region.getByRole('button', {
      name: this.app.t.scenario.startFromPresetLabel(this.app.t.domain.presetName[presetId]!),
      exact: true,
    });
  }
  /** "Edit" on a saved custom scenario's card, by the name the card shows. */
  editButton(name: string): Locator {
    return this.region.getByRole('button', {
      name: this.app.t.scenario.editLabel(name),
      exact: true,
    });
  }
  /** A field of the open builder by its label ("Limit cut by", "Scenario name"…). */
  builderField(label: string): Locator {
    return this.region.getByLabel(label, { exact: true });
  }
  get saveButton(): Locator {
    return this.region.getByRole('button', { name: this.app.t.scenario.builder.save, exact: true });
  }
  async openBuilder(): Promise<void> {
    await this.show();
    if ((await this.builderToggle.getAttribute('aria-expanded')) !== 'true')
      await this.builderToggle.click();
    await expect(this.builderToggle).toHaveAttribute('aria-expanded', 'true');
    await expect(this.builderForm).toBeVisible();
  }
}
