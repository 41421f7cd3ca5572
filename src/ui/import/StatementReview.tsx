import { useState } from 'react';
import type { ProposedFlow, StatementTransaction } from '../../engine/statements/transactions';
import { yuanFromFen } from '../../engine/money';
import { formatMoney, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { StatementMessages } from '../../i18n/messages/statements';
import { SKIP_REASONS } from '../../io/statements/readRows';
import type { Statement } from '../../io/statements/readStatement';
import type { StatementProposal } from '../../engine/statements/transactions';
import { cashFlowOf } from '../../io/statements/proposalPlan';
import { flowSummaryText } from '../editor/flows/flowSummary';
import { checkedByDefault, sourceRows } from './reviewModel';

type Props = {
  statement: Statement;
  proposal: StatementProposal;
  m: StatementMessages;
  lang: Lang;
  onAdd: (flows: ProposedFlow[], addBalance: boolean) => void;
  onAnother: () => void;
};

/** One proposed flow: its checkbox, what it is, its confidence and the transactions behind it. */
function FlowItem({
  flow,
  checked,
  onToggle,
  byLine,
  m,
  lang,
}: {
  flow: ProposedFlow;
  checked: boolean;
  onToggle: () => void;
  byLine: ReadonlyMap<number, StatementTransaction>;
  m: StatementMessages;
  lang: Lang;
}) {
  const name = m.flowName(flow);
  const { rows, more } = sourceRows(flow, byLine);
  const id = `import-flow-${flow.key}`;
  return (
    <li className={`import-flow import-${flow.level}`}>
      <div className="import-flow-head">
        <input type="checkbox" id={id} checked={checked} onChange={onToggle} />
        <label htmlFor={id}>
          <strong>{name}</strong>{' '}
          <span className="import-schedule">
            {flowSummaryText(cashFlowOf(flow, flow.key, name), lang)}
          </span>
        </label>
        <span className="import-confidence">{m.confidence(m.level[flow.level])}</span>
      </div>
      <details>
        <summary>{m.sources(flow.sources.length)}</summary>
        <div
          className="table-scroll"
          role="region"
          aria-label={`${name}: ${m.sources(flow.sources.length)}`}
          tabIndex={0}
        >
          <table className="data">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {m.col.line}
                </th>
                <th scope="col">{m.col.date}</th>
                <th scope="col" className="num">
                  {m.col.amount}
                </th>
                <th scope="col">{m.col.counterparty}</th>
                <th scope="col">{m.col.description}</th>
                <th scope="col">{m.col.method}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((t) => (
                <tr key={t.line}>
                  <td className="num">{t.line}</td>
                  <td>{t.date}</td>
                  <td className="num">{formatMoney(yuanFromFen(t.amount), lang, { fen: true })}</td>
                  <td>{t.counterparty}</td>
                  <td>{t.description}</td>
                  <td>{t.method}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {more > 0 && <p className="field-hint">{m.more(more)}</p>}
      </details>
    </li>
  );
}

/**
 * The review of an imported statement: what was read and left out, the Huabei share and where
 * money lands, then every proposed flow with its sources and confidence. Nothing is added until
 * "Add"; then the ticked flows go in as one undo step.
 */
export function StatementReview({ statement, proposal, m, lang, onAdd, onAnother }: Props) {
  const [checked, setChecked] = useState(
    () => new Set(proposal.flows.filter(checkedByDefault).map((f) => f.key)),
  );
  const [addBalance, setAddBalance] = useState(true);
  const byLine = new Map(statement.transactions.map((t) => [t.line, t]));
  const s = proposal.summary;
  const left = SKIP_REASONS.filter((r) => statement.skipped[r] > 0)
    .map((r) => `${m.skip[r]} ${statement.skipped[r]}`)
    .join(lang === 'zh-CN' ? '，' : ', ');
  const totalIn = s.totalInflow || 1;
  const landing = Object.entries(s.inflowByGroup)
    .map(
      ([g, fen]) =>
        `${m.group[g as keyof typeof m.group]} ${formatPercent((fen / totalIn) * 100, lang, 0)}`,
    )
    .join(lang === 'zh-CN' ? '，' : ', ');
  const chosen = proposal.flows.filter((f) => checked.has(f.key));
  const balance = statement.closingBalance;
  return (
    <div className="import-review">
      <p>
        {m.read(
          m.format[statement.format],
          statement.period.from,
          statement.period.to,
          statement.transactions.length,
        )}
        {left && ` ${m.leftOut(left)}`}
      </p>
      <p>
        {s.totalOutflow > 0 && m.huabeiShare(formatPercent(s.huabeiShareOfOutflows * 100, lang))}
        {landing && ` ${m.landing(landing)}`}
      </p>
      <p className="field-hint">{m.reviewHint}</p>
      {proposal.flows.length === 0 ? (
        <p role="status">{m.noFlows}</p>
      ) : (
        <ul className="import-flows" aria-label={m.flowsCaption}>
          {proposal.flows.map((f) => (
            <FlowItem
              key={f.key}
              flow={f}
              checked={checked.has(f.key)}
              onToggle={() => {
                const next = new Set(checked);
                if (next.has(f.key)) next.delete(f.key);
                else next.add(f.key);
                setChecked(next);
              }}
              byLine={byLine}
              m={m}
              lang={lang}
            />
          ))}
        </ul>
      )}
      {balance && balance.fen > 0 && (
        <label className="import-balance">
          <input type="checkbox" checked={addBalance} onChange={() => setAddBalance(!addBalance)} />{' '}
          {m.addBalance(formatMoney(yuanFromFen(balance.fen), lang, { fen: true }))}
        </label>
      )}
      <div className="csv-actions">
        <button type="button" onClick={onAnother}>
          {m.another}
        </button>
        <button
          type="button"
          className="primary"
          disabled={chosen.length === 0}
          onClick={() => onAdd(chosen, addBalance && balance !== null)}
        >
          {m.add(chosen.length)}
        </button>
      </div>
    </div>
  );
}
