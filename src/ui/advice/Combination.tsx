import type { Advice } from '../../engine/advice';
import type { LeverAssumptions } from '../../engine/model';
import { actionTitle } from '../../i18n/adviceText';
import { formatDate, formatMoney } from '../../i18n/format';
import type { AdviceMessages } from '../../i18n/messages/advice';
import type { Lang } from '../../i18n/lang';
import { Why } from './Why';

type Props = {
  combination: NonNullable<Advice['combination']>;
  gapStartDate: string | null;
  levers: Partial<LeverAssumptions>;
  lang: Lang;
  m: AdviceMessages;
};

/** The recommendation: the cheapest set of measures found that closes the gap, with its steps. */
export function Combination({ combination: c, levers, lang, m }: Props) {
  const mc = m.combination;
  return (
    <section className="advice-combination" aria-labelledby="advice-combination-title">
      <h3 id="advice-combination-title">{mc.title}</h3>
      <ol className="combination-steps">
        {c.steps.map((step) => (
          <li key={step.action}>
            {mc.stepLine({
              action: actionTitle(step, lang, levers),
              ready: step.readyDate ? formatDate(step.readyDate, lang) : m.timing.pastHorizon,
            })}
          </li>
        ))}
      </ol>
      {!c.closesGap && (
        <p className="advice-note">
          <span aria-hidden="true">⚠</span> {mc.notEnough}
        </p>
      )}
      <dl className="advice-facts advice-facts-wide">
        <div>
          <dt>{mc.cost}</dt>
          <dd className="num">
            {formatMoney(c.costPerYear, lang)}
            {lang === 'zh-CN' ? '/年' : ' a year'}
          </dd>
        </div>
        <div>
          <dt>{mc.survival}</dt>
          <dd>{c.closesGap ? mc.noGapLeft : mc.notEnough}</dd>
        </div>
      </dl>
      <Why label={m.why}>{c.method === 'single' ? mc.single : mc.greedy}</Why>
    </section>
  );
}
