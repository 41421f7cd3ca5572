import type { Advice } from '../../engine/advice';
import { formatDays, formatMoney } from '../../i18n/format';
import type { AdviceMessages } from '../../i18n/messages/advice';
import type { WhatIfMessages } from '../../i18n/messages/adviceWhatIf';
import type { Lang } from '../../i18n/lang';

type Props = {
  combination: NonNullable<Advice['combination']>;
  lang: Lang;
  m: AdviceMessages;
  names: WhatIfMessages['actionName'];
};

/** The cheapest set of timely actions that closes the gap, its yearly cost and the survival it buys. */
export function Combination({ combination: c, lang, m, names }: Props) {
  const mc = m.combination;
  return (
    <section className="advice-combination" aria-labelledby="advice-combination-title">
      <h3 id="advice-combination-title">{mc.title}</h3>
      <p className="field-hint">{c.method === 'single' ? mc.single : mc.greedy}</p>
      {!c.closesGap && (
        <p className="advice-note">
          <span aria-hidden="true">⚠</span> {mc.notEnough}
        </p>
      )}
      <dl className="advice-facts advice-facts-wide">
        <div>
          <dt>{mc.actions}</dt>
          <dd>{c.actions.map((a) => names[a]).join(lang === 'zh-CN' ? '、' : ', ')}</dd>
        </div>
        <div>
          <dt>{mc.cost}</dt>
          <dd className="num">{m.fact.costValue({ amount: formatMoney(c.costPerYear, lang) })}</dd>
        </div>
        <div>
          <dt>{mc.survival}</dt>
          <dd className="num">
            {c.survivalDays === null ? mc.noGapLeft : formatDays(c.survivalDays, lang)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
