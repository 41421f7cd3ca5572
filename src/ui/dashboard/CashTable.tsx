import { useMemo } from 'react';
import type { Analysis } from '../../engine/analyze';
import type { Plan } from '../../engine/model';
import { formatDate, formatMoneyShown } from '../../i18n/format';
import { useStore } from '../../state/store';
import { CASH_CHART } from '../../i18n/messages/dashboardCash';
import { DOMAIN } from '../../i18n/messages/domain';
import type { Lang } from '../../i18n/lang';
import { cashTableRows } from '../charts/cashRows';

/**
 * The cash chart as a table: one row a day, what can still be spent and the cash in it for both
 * runs, gaps marked in words as well as colour.
 */
export function CashTable({
  plan,
  analysis,
  lang,
}: {
  plan: Plan;
  analysis: Analysis;
  lang: Lang;
}) {
  const m = CASH_CHART[lang];
  const d = DOMAIN[lang];
  const rows = useMemo(() => cashTableRows(plan, analysis), [plan, analysis]);
  const wan = useStore((s) => s.wanDisplay);
  const money = (v: number) => formatMoneyShown(v, lang, { wan });
  return (
    <table className="data cash-table">
      <caption className="visually-hidden">{m.table.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.table.date}</th>
          <th scope="col" className="num">
            {`${d.stressed} · ${m.canSpend}`}
          </th>
          <th scope="col" className="num">
            {m.table.cashWith}
          </th>
          <th scope="col" className="num">
            {`${d.baseline} · ${m.canSpend}`}
          </th>
          <th scope="col" className="num">
            {m.table.cashWithout}
          </th>
          <th scope="col" className="num">
            {m.inflows}
          </th>
          <th scope="col" className="num">
            {m.outflows}
          </th>
          <th scope="col" className="num">
            {m.table.draws}
          </th>
          <th scope="col" className="num">
            {m.table.repaymentsInterest}
          </th>
          <th scope="col" className="num">
            {d.shortfall}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.day} className={r.gap > 0 ? 'row-gap' : undefined}>
            <th scope="row">{formatDate(r.date, lang)}</th>
            <td className="num">{money(r.stressedSpendable)}</td>
            <td className="num">{money(r.stressed)}</td>
            <td className="num">{money(r.baselineSpendable)}</td>
            <td className="num">{money(r.baseline)}</td>
            <td className="num">{money(r.inflows)}</td>
            <td className="num">{money(r.outflows)}</td>
            <td className="num">{money(r.draws)}</td>
            <td className="num">{money(r.repaid)}</td>
            <td className="num">{r.gap > 0 ? money(r.gap) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
