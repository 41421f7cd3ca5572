import type { Analysis } from '../../engine/analyze';
import type { Plan } from '../../engine/model';
import { formatDate, formatMoney } from '../../i18n/format';
import { CASH_CHART } from '../../i18n/messages/dashboardCash';
import { DOMAIN } from '../../i18n/messages/domain';
import type { Lang } from '../../i18n/lang';
import { cashDayDetail } from '../charts/cashRows';
import { localName } from '../../i18n/localName';

type Props = { plan: Plan; analysis: Analysis; day: number; lang: Lang };

/**
 * The hovered day of the cash chart: what each run can still spend (the outage run's cash and
 * credit apart), then that day's movements with the outage.
 */
export function CashTooltip({ plan, analysis, day, lang }: Props) {
  const m = CASH_CHART[lang];
  const d = DOMAIN[lang];
  const x = cashDayDetail(plan, analysis, day);
  const money = (v: number) => formatMoney(v, lang);
  // Cash movements carry a sign; Huabei-paid and locked cash are not movements of reachable cash.
  const rows: [label: string, value: number, signed: boolean][] = [
    [m.inflows, x.inflows, true],
    [m.outflows, -x.outflows, true],
    ...x.draws.map((draw): [string, number, boolean] => [
      m.drawFrom({ source: localName(draw.name, lang) }),
      draw.amount,
      true,
    ]),
    [m.repayments, -x.repayments, true],
    [m.interest, -x.interest, true],
    [m.huabeiPaid, x.huabeiPaid, false],
    [m.locked, x.lockedCash, false],
  ];
  return (
    <div className="plot-tooltip">
      <p className="plot-tooltip-date">{formatDate(x.date, lang)}</p>
      <dl>
        <div className="tt-stressed">
          <dt>{`${d.stressed} · ${m.canSpend}`}</dt>
          <dd className="num">{money(x.stressedCash + x.stressedCredit)}</dd>
        </div>
        <div className="tt-part">
          <dt>{m.cashPart}</dt>
          <dd className="num">{money(x.stressedCash)}</dd>
        </div>
        <div className="tt-part">
          <dt>{m.creditPart}</dt>
          <dd className="num">{money(x.stressedCredit)}</dd>
        </div>
        <div className="tt-baseline">
          <dt>{`${d.baseline} · ${m.canSpend}`}</dt>
          <dd className="num">{money(x.baselineCash + x.baselineCredit)}</dd>
        </div>
      </dl>
      <p className="plot-tooltip-sub">{m.tooltipThatDay}</p>
      <dl>
        {rows
          .filter(([, v]) => v !== 0)
          .map(([label, v, signed]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className="num">{formatMoney(v, lang, { signed })}</dd>
            </div>
          ))}
        {x.shortfall > 0 && (
          <div className="tt-gap">
            <dt>{d.shortfall}</dt>
            <dd className="num">{money(x.shortfall)}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
