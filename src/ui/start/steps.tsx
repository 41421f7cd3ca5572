import { readAmountText } from '../../io/amountText';
import { dailyFromMonthly, type GuidedAnswers, type GuidedField } from '../../io/guidedPlan';
import { formatMoney, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { GuidedMessages } from '../../i18n/messages/guided';
import { Segments, SelectField, TextField } from './fields';
import { fieldId } from './guidedModel';

/** What every step needs: the answers, a setter, each field's problem message, the messages. */
export type StepProps = {
  a: GuidedAnswers;
  set: (field: GuidedField, value: string | number) => void;
  problem: (field: GuidedField) => string | undefined;
  m: GuidedMessages;
  lang: Lang;
  hintId: string;
};

/** An amount field of a step: ¥ before it, the step's hint on how amounts may be written. */
function Amount({ p, field, label }: { p: StepProps; field: GuidedField; label: string }) {
  const [group, key] = field.split('.') as [keyof GuidedAnswers, string];
  return (
    <TextField
      field={field}
      label={label}
      kind="amount"
      prefix={p.m.yuan}
      value={(p.a[group] as Record<string, string>)[key] ?? ''}
      onChange={(v) => p.set(field, v)}
      problem={p.problem(field)}
      hintId={p.hintId}
    />
  );
}

function Whole({
  p,
  field,
  label,
  suffix,
}: {
  p: StepProps;
  field: GuidedField;
  label: string;
  suffix: string;
}) {
  const [group, key] = field.split('.') as [keyof GuidedAnswers, string];
  return (
    <TextField
      field={field}
      label={label}
      kind="whole"
      suffix={suffix}
      value={(p.a[group] as Record<string, string>)[key] ?? ''}
      onChange={(v) => p.set(field, v)}
      problem={p.problem(field)}
    />
  );
}

/** Step 1: cash on hand and where it sits; sales, where they land, and their season. */
export function CashSalesStep(p: StepProps) {
  const { m, a } = p;
  const monthly = a.sales.per === 'month' ? readAmountText(a.sales.amount) : null;
  return (
    <>
      <fieldset className="guided-group">
        <legend>{m.cash.heading}</legend>
        <div className="guided-grid">
          <Amount p={p} field="cash.bank" label={m.cash.bank} />
          <Amount p={p} field="cash.alipay" label={m.cash.alipay} />
          <Amount p={p} field="cash.yuebao" label={m.cash.yuebao} />
        </div>
      </fieldset>
      <fieldset className="guided-group">
        <legend>{m.sales.heading}</legend>
        <div className="guided-grid">
          <Amount p={p} field="sales.amount" label={m.sales.amount} />
          <Segments
            name="guided-sales-per"
            legend={m.sales.per}
            value={a.sales.per}
            options={[
              { value: 'day', label: m.sales.day },
              { value: 'month', label: m.sales.month },
            ]}
            onChange={(v) => p.set('sales.per', v)}
          />
        </div>
        {monthly !== null && monthly > 0 && (
          <p className="guided-note">
            {m.sales.perDay(formatMoney(dailyFromMonthly(monthly), p.lang, { fen: true }))}
          </p>
        )}
        <Segments
          name="guided-sales-lands"
          legend={m.sales.landsIn}
          value={a.sales.landsIn}
          options={[
            { value: 'alipay', label: m.sales.alipay },
            { value: 'wechat', label: m.sales.wechat },
            { value: 'bank', label: m.sales.bank },
          ]}
          onChange={(v) => p.set('sales.landsIn', v)}
        />
        <SelectField
          id={fieldId('sales.season')}
          label={m.sales.season}
          value={a.sales.season}
          options={[
            { value: 'none', label: m.sales.seasons.none },
            { value: 'restaurant', label: m.sales.seasons.restaurant },
            { value: 'online_shop', label: m.sales.seasons.online_shop },
          ]}
          onChange={(v) => p.set('sales.season', v)}
          wide
        />
      </fieldset>
    </>
  );
}

/** Step 2: rent and wages on their days; purchases, the share Huabei pays, and Huabei's line. */
export function CostsStep(p: StepProps) {
  const { m, a } = p;
  const shareId = fieldId('purchases.huabeiPercent');
  const share = formatPercent(a.purchases.huabeiPercent, p.lang, 0);
  return (
    <>
      <fieldset className="guided-group">
        <legend>{m.fixed.heading}</legend>
        <div className="guided-grid">
          <Amount p={p} field="fixed.rent" label={m.fixed.rent} />
          <Whole p={p} field="fixed.rentDay" label={m.fixed.rentDay} suffix={m.units.dayOfMonth} />
          <Amount p={p} field="fixed.wages" label={m.fixed.wages} />
          <Whole
            p={p}
            field="fixed.wagesDay"
            label={m.fixed.wagesDay}
            suffix={m.units.dayOfMonth}
          />
        </div>
      </fieldset>
      <fieldset className="guided-group">
        <legend>{m.purchases.heading}</legend>
        <div className="guided-grid">
          <Amount p={p} field="purchases.amount" label={m.purchases.amount} />
          <Whole p={p} field="purchases.day" label={m.purchases.day} suffix={m.units.dayOfMonth} />
        </div>
        <div className="guided-field guided-field--wide">
          <label htmlFor={shareId}>{m.purchases.huabeiShare}</label>
          <div className="guided-slider">
            <input
              id={shareId}
              type="range"
              min={0}
              max={100}
              step={5}
              value={a.purchases.huabeiPercent}
              aria-valuetext={share}
              onChange={(e) => p.set('purchases.huabeiPercent', Number(e.target.value))}
            />
            <output htmlFor={shareId} className="num">
              {share}
            </output>
          </div>
        </div>
        <div className="guided-grid">
          <Amount p={p} field="huabei.limit" label={m.purchases.huabeiLimit} />
          <Amount p={p} field="huabei.drawn" label={m.purchases.huabeiDrawn} />
        </div>
      </fieldset>
    </>
  );
}

/** Step 3: Jiebei (limit, daily rate, drawn) and a bank loan (amount, rate, term, repayment). */
export function CreditStep(p: StepProps) {
  const { m, a } = p;
  const l = m.bankLoan;
  return (
    <>
      <fieldset className="guided-group">
        <legend>{m.jiebei.heading}</legend>
        <div className="guided-grid">
          <Amount p={p} field="jiebei.limit" label={m.jiebei.limit} />
          <TextField
            field="jiebei.dailyRatePercent"
            label={m.jiebei.rate}
            kind="rate"
            suffix={m.units.perDay}
            value={a.jiebei.dailyRatePercent}
            onChange={(v) => p.set('jiebei.dailyRatePercent', v)}
            problem={p.problem('jiebei.dailyRatePercent')}
          />
          <Amount p={p} field="jiebei.drawn" label={m.jiebei.drawn} />
        </div>
        <p className="guided-note">{m.jiebei.drawnNote}</p>
      </fieldset>
      <fieldset className="guided-group">
        <legend>{l.heading}</legend>
        <div className="guided-grid">
          <Amount p={p} field="bankLoan.amount" label={l.amount} />
          <TextField
            field="bankLoan.annualRatePercent"
            label={l.rate}
            kind="rate"
            suffix={m.units.perYear}
            value={a.bankLoan.annualRatePercent}
            onChange={(v) => p.set('bankLoan.annualRatePercent', v)}
            problem={p.problem('bankLoan.annualRatePercent')}
          />
          <Whole p={p} field="bankLoan.termMonths" label={l.term} suffix={m.units.months} />
          <SelectField
            id={fieldId('bankLoan.repayment')}
            label={l.repayment}
            value={a.bankLoan.repayment}
            options={[
              { value: 'equal_instalment', label: l.repayments.equal_instalment },
              { value: 'equal_principal', label: l.repayments.equal_principal },
              { value: 'interest_only', label: l.repayments.interest_only },
            ]}
            onChange={(v) => p.set('bankLoan.repayment', v)}
          />
          <Whole p={p} field="bankLoan.paidInstalments" label={l.paid} suffix={m.units.count} />
          <Whole p={p} field="bankLoan.dueDay" label={l.dueDay} suffix={m.units.dayOfMonth} />
        </div>
      </fieldset>
    </>
  );
}
