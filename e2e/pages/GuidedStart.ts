import { expect, type Locator } from '@playwright/test';
import { DEFAULT_ANSWERS, type GuidedAnswers, type GuidedField } from '../../src/io/guidedAnswers';
import { GUIDED, type GuidedMessages } from '../../src/i18n/messages/guided';
import { DISPLAY } from '../../src/i18n/messages/display';
import { START } from '../../src/i18n/messages/start';
import type { AppPage } from './AppPage';

/** The label each typed answer has on screen, from the app's own messages. */
function labels(m: GuidedMessages): Partial<Record<GuidedField, string>> {
  return {
    'cash.bank': m.cash.bank,
    'cash.alipay': m.cash.alipay,
    'cash.yuebao': m.cash.yuebao,
    'sales.amount': m.sales.amount,
    'fixed.rent': m.fixed.rent,
    'fixed.rentDay': m.fixed.rentDay,
    'fixed.wages': m.fixed.wages,
    'fixed.wagesDay': m.fixed.wagesDay,
    'purchases.amount': m.purchases.amount,
    'purchases.day': m.purchases.day,
    'purchases.huabeiPercent': m.purchases.huabeiShare,
    'huabei.limit': m.purchases.huabeiLimit,
    'huabei.drawn': m.purchases.huabeiDrawn,
    'jiebei.limit': m.jiebei.limit,
    'jiebei.dailyRatePercent': m.jiebei.rate,
    'jiebei.drawn': m.jiebei.drawn,
    'bankLoan.amount': m.bankLoan.amount,
    'bankLoan.annualRatePercent': m.bankLoan.rate,
    'bankLoan.termMonths': m.bankLoan.term,
    'bankLoan.paidInstalments': m.bankLoan.paid,
    'bankLoan.dueDay': m.bankLoan.dueDay,
  };
}

/** The typed answers of one step's groups that differ from the defaults, in screen order. */
function typedOn(groups: readonly (keyof GuidedAnswers)[], answers: GuidedAnswers) {
  const out: { field: GuidedField; value: string }[] = [];
  for (const g of groups) {
    const mine = answers[g] as Record<string, string | number>;
    const base = DEFAULT_ANSWERS[g] as Record<string, string | number>;
    for (const key of Object.keys(mine))
      if (mine[key] !== base[key])
        out.push({ field: `${g}.${key}` as GuidedField, value: String(mine[key]) });
  }
  return out;
}

/**
 * The guided start ("Start with my business"): the first screen's button beside the sample's
 * label, and the dialog's steps. Every tap and every field filled goes through `tap` / `fill`,
 * which count them: `interactions` is what the owner did.
 */
export class GuidedStart {
  interactions = 0;

  constructor(readonly app: AppPage) {}

  get m(): GuidedMessages {
    return GUIDED[this.app.lang];
  }
  get startButton(): Locator {
    return this.app.headlineRegion.getByRole('button', {
      name: START[this.app.lang].button,
      exact: true,
    });
  }
  get sampleTag(): Locator {
    return this.app.headlineRegion.getByText(START[this.app.lang].sampleTag, { exact: true });
  }
  get dialog(): Locator {
    return this.app.page.getByRole('dialog', { name: this.m.title, exact: true });
  }
  get stepHeading(): Locator {
    return this.dialog.getByRole('heading', { level: 2 });
  }
  get forward(): Locator {
    return this.dialog.locator('.guided-forward');
  }
  field(field: GuidedField): Locator {
    return this.dialog.getByLabel(labels(this.m)[field]!, { exact: true });
  }

  async tap(target: Locator): Promise<void> {
    this.interactions += 1;
    await target.click();
  }
  async fill(target: Locator, text: string): Promise<void> {
    this.interactions += 1;
    await target.fill(text);
  }

  async open(): Promise<void> {
    await this.tap(this.startButton);
    await expect(this.dialog).toBeVisible();
  }

  /** Be on step `n` (1-based) of `total`, as the heading says. */
  async expectStep(n: number, total: number): Promise<void> {
    await expect(this.stepHeading).toContainText(this.m.progress(n, total));
    await expect(this.stepHeading).toContainText(this.m.steps[n - 1]!);
  }

  /** Type the answers of these groups that differ from the defaults (each field one interaction). */
  async answer(groups: readonly (keyof GuidedAnswers)[], answers: GuidedAnswers): Promise<void> {
    for (const { field, value } of typedOn(groups, answers))
      await this.fill(this.field(field), value);
  }

  async next(): Promise<void> {
    await expect(this.forward).toHaveText(this.m.next);
    await this.tap(this.forward);
  }
  async finish(): Promise<void> {
    await expect(this.forward).toHaveText(this.m.finish);
    await this.tap(this.forward);
    await expect(this.dialog).toBeHidden();
  }
}

/** The header's 万 display switch (Chinese only), folded into the menu on a phone. */
export function wanSwitch(app: AppPage): Locator {
  return app.header.getByRole('checkbox', { name: DISPLAY['zh-CN'].wan, exact: true });
}
