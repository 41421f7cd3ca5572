import type { ReactNode } from 'react';
import { readAmountText } from '../../io/amountText';
import { dailyFromMonthly, type GuidedAnswers, type GuidedField } from '../../io/guidedAnswers';
import { formatMoney, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { GuidedMessages } from '../../i18n/messages/guided';
import { numberField, radioField, rangeField, selectField } from '../fields/fieldKinds';
import { FieldRows } from '../fields/FieldRows';
import type { FieldSpec } from '../fields/fieldSpec';

/**
 * The guided start's three steps, each a few groups of fields described with the same builders
 * as the plan editor's cards (src/ui/fields/), bound to the guided answers (guidedForm.ts).
 */
export type StepProps = {
  a: GuidedAnswers;
  m: GuidedMessages;
  lang: Lang;
  /** The id of the step's note on how amounts may be written, which describes every amount. */
  hintId: string;
};

/** An amount: ¥ before it, empty for none, described by the step's note on 3万 and ¥30,000. */
function amount(p: StepProps, field: GuidedField, label: string, hint?: string): FieldSpec {
  return numberField(field, label, {
    prefix: p.m.yuan,
    placeholder: '0',
    describedBy: p.hintId,
    hint,
  });
}

/** A day of the month or a count, its unit after it. */
function whole(field: GuidedField, label: string, suffix: string): FieldSpec {
  return numberField(field, label, { whole: true, suffix });
}

function Group({ legend, fields }: { legend: string; fields: readonly FieldSpec[] }): ReactNode {
  return (
    <fieldset className="guided-group">
      <legend>{legend}</legend>
      <FieldRows base={[]} fields={fields} />
    </fieldset>
  );
}

/** Step 1: cash on hand and where it sits; sales, where they land, and their season. */
export function CashSalesStep(p: StepProps) {
  const { m, a } = p;
  const monthly = a.sales.per === 'month' ? readAmountText(a.sales.amount) : null;
  const perDay =
    monthly !== null && monthly > 0
      ? m.sales.perDay(formatMoney(dailyFromMonthly(monthly), p.lang, { fen: true }))
      : undefined;
  return (
    <>
      <Group
        legend={m.cash.heading}
        fields={[
          amount(p, 'cash.bank', m.cash.bank),
          amount(p, 'cash.alipay', m.cash.alipay),
          amount(p, 'cash.yuebao', m.cash.yuebao),
        ]}
      />
      <Group
        legend={m.sales.heading}
        fields={[
          amount(p, 'sales.amount', m.sales.amount, perDay),
          radioField('sales.per', m.sales.per, {
            options: [
              { value: 'day', label: m.sales.day },
              { value: 'month', label: m.sales.month },
            ],
          }),
          radioField('sales.landsIn', m.sales.landsIn, {
            wide: true,
            options: [
              { value: 'alipay', label: m.sales.alipay },
              { value: 'wechat', label: m.sales.wechat },
              { value: 'bank', label: m.sales.bank },
            ],
          }),
          selectField('sales.season', m.sales.season, {
            wide: true,
            placeholder: m.sales.seasons.none,
            options: [
              { value: 'none', label: m.sales.seasons.none },
              { value: 'restaurant', label: m.sales.seasons.restaurant },
              { value: 'online_shop', label: m.sales.seasons.online_shop },
            ],
          }),
        ]}
      />
    </>
  );
}

/** Step 2: rent and wages on their days; purchases, the share Huabei pays, and Huabei's line. */
export function CostsStep(p: StepProps) {
  const { m } = p;
  const day = m.units.dayOfMonth;
  return (
    <>
      <Group
        legend={m.fixed.heading}
        fields={[
          amount(p, 'fixed.rent', m.fixed.rent),
          whole('fixed.rentDay', m.fixed.rentDay, day),
          amount(p, 'fixed.wages', m.fixed.wages),
          whole('fixed.wagesDay', m.fixed.wagesDay, day),
        ]}
      />
      <Group
        legend={m.purchases.heading}
        fields={[
          amount(p, 'purchases.amount', m.purchases.amount),
          whole('purchases.day', m.purchases.day, day),
          rangeField('purchases.huabeiPercent', m.purchases.huabeiShare, {
            wide: true,
            min: 0,
            max: 100,
            step: 5,
            format: (share) => formatPercent(share, p.lang, 0),
          }),
          amount(p, 'huabei.limit', m.purchases.huabeiLimit),
          amount(p, 'huabei.drawn', m.purchases.huabeiDrawn),
        ]}
      />
    </>
  );
}

/** Step 3: Jiebei (limit, daily rate, drawn) and a bank loan (amount, rate, term, repayment). */
export function CreditStep(p: StepProps) {
  const { m } = p;
  const l = m.bankLoan;
  return (
    <>
      <Group
        legend={m.jiebei.heading}
        fields={[
          amount(p, 'jiebei.limit', m.jiebei.limit),
          numberField('jiebei.dailyRatePercent', m.jiebei.rate, { suffix: m.units.perDay }),
          amount(p, 'jiebei.drawn', m.jiebei.drawn, m.jiebei.drawnNote),
        ]}
      />
      <Group
        legend={l.heading}
        fields={[
          amount(p, 'bankLoan.amount', l.amount),
          numberField('bankLoan.annualRatePercent', l.rate, { suffix: m.units.perYear }),
          whole('bankLoan.termMonths', l.term, m.units.months),
          selectField('bankLoan.repayment', l.repayment, {
            placeholder: l.repayments.equal_instalment,
            options: [
              { value: 'equal_instalment', label: l.repayments.equal_instalment },
              { value: 'equal_principal', label: l.repayments.equal_principal },
              { value: 'interest_only', label: l.repayments.interest_only },
            ],
          }),
          whole('bankLoan.paidInstalments', l.paid, m.units.count),
          whole('bankLoan.dueDay', l.dueDay, m.units.dayOfMonth),
        ]}
      />
    </>
  );
}
