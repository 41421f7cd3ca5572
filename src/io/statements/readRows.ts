import type { PlatformGroup } from '../../engine/model';
import type { StatementTransaction } from '../../engine/statements/transactions';
import { readFen, readStatementDate } from './cells';
import { channelOf } from './channels';
import type { StatementColumns, StatementFormat } from './formats';

/**
 * One data row of a statement → a transaction, or the reason it is left out. Left out:
 * closed or failed payments, refunds (and the purchases they cancel), and money moved between
 * the owner's own accounts (Alipay's 不计收支, WeChat's "/", a bank's transfers to the holder,
 * to Alipay or to WeChat Pay): none of it is the business's income or spending.
 */

export const SKIP_REASONS = ['closed', 'refunded', 'own_transfer', 'unreadable'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export type RowReading =
  | { kind: 'transaction'; transaction: StatementTransaction; balance?: number }
  | {
      kind: 'skip';
      reason: SkipReason;
      date: string | null;
      /** A bank reversal (冲正): the earlier payment it cancels, to be left out as well. */
      reverses?: { counterparty: string; amount: number; direction: 'inflow' | 'outflow' };
    }
  /** The row is a footer (summary lines, a closing rule): the table ends here. */
  | { kind: 'end' };

export type RowContext = {
  format: StatementFormat;
  columns: StatementColumns;
  /** The account holder named in the preamble (bank statements), to spot own transfers. */
  holder: string;
};

const CLOSED = /关闭|失败|撤销|取消|未付款|等待付款|已退还|冲正|作废/;
const REFUND = /退款|退税|退货/;
const FOOTER_START = /^(-{3,}|共\s*\d|合计|总计|总笔数|导出时间|注[:：]|说明[:：]|本期|统计)/;
/** Bank rows that move the holder's own money: to or from Alipay, WeChat Pay, savings. */
const OWN_TRANSFER_WORDS = /本人|同名|自己|转存|理财|定期|活期转|内部转账|余额宝|零钱通/;
const WALLETS = /支付宝|财付通|微信/;
const WALLET_MOVES = /提现|充值|转入|转出/;

function landsFor(
  format: StatementFormat,
  channel: StatementTransaction['channel'],
): PlatformGroup {
  if (format === 'bank' || channel === 'bank_card' || channel === 'credit_card') return 'bank';
  return format === 'wechat' ? 'tencent' : 'ant';
}

export function readRow(cells: readonly string[], line: number, ctx: RowContext): RowReading {
  const { columns, format } = ctx;
  const cell = (c: keyof StatementColumns): string => {
    const i = columns[c];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length === 0) return { kind: 'skip', reason: 'unreadable', date: null };
  const date = readStatementDate(cell('date'));
  if (date === null) {
    if (filled.length <= 2 || FOOTER_START.test(filled[0]!.trim())) return { kind: 'end' };
    return { kind: 'skip', reason: 'unreadable', date: null };
  }
  const status = cell('status');
  const category = cell('category');
  const skip = (reason: SkipReason): RowReading => ({ kind: 'skip', reason, date });
  if (CLOSED.test(status)) return skip('closed');

  let direction: 'inflow' | 'outflow';
  let amount: number | null;
  if (format === 'bank') {
    const credit = columns.credit === undefined ? null : readFen(cell('credit') || '0');
    const debit = columns.debit === undefined ? null : readFen(cell('debit') || '0');
    if (credit !== null && debit !== null && (credit !== 0 || debit !== 0)) {
      direction = Math.abs(credit) > 0 ? 'inflow' : 'outflow';
      amount = Math.abs(credit) > 0 ? Math.abs(credit) : Math.abs(debit);
    } else {
      const signed = readFen(cell('amount'));
      if (signed === null || signed === 0) return skip('unreadable');
      const flag = cell('direction');
      direction = /贷|收|^c/i.test(flag)
        ? 'inflow'
        : /借|支|^d/i.test(flag)
          ? 'outflow'
          : signed < 0
            ? 'outflow'
            : 'inflow';
      amount = Math.abs(signed);
    }
    const text = `${cell('counterparty')} ${cell('description')}`;
    if (/冲正|撤销|退回/.test(text))
      return {
        kind: 'skip',
        reason: 'closed',
        date,
        reverses: {
          counterparty: cell('counterparty'),
          amount,
          direction: direction === 'inflow' ? 'outflow' : 'inflow',
        },
      };
    const holder = ctx.holder.replace(/\s+/g, '');
    if (
      (holder !== '' && cell('counterparty').replace(/\s+/g, '') === holder) ||
      OWN_TRANSFER_WORDS.test(text) ||
      (WALLETS.test(text) && WALLET_MOVES.test(text))
    )
      return skip('own_transfer');
  } else {
    const flag = cell('direction');
    if (REFUND.test(status) || REFUND.test(category)) return skip('refunded');
    if (flag === '收入') direction = 'inflow';
    else if (flag === '支出') direction = 'outflow';
    else return skip('own_transfer'); // 不计收支, "/", or nothing: not income or spending.
    if (cell('fundStatus') === '资金转移') return skip('own_transfer');
    amount = readFen(cell('amount'));
    if (amount === null) return skip('unreadable');
    amount = Math.abs(amount);
    // The web export and WeChat say how much of a payment came back; the rest still counts.
    const refundedCell =
      format === 'wechat' ? /已退款[^\d]*([\d,]+(?:\.\d+)?)/.exec(status)?.[1] : cell('refunded');
    const refunded = refundedCell ? (readFen(refundedCell) ?? 0) : 0;
    if (refunded > 0) {
      amount -= Math.abs(refunded);
      if (amount <= 0) return skip('refunded');
    }
  }
  if (amount === 0) return skip('unreadable');

  const method = cell('method');
  const channel = format === 'bank' ? 'bank_card' : channelOf(method);
  const balance = columns.balance === undefined ? undefined : readFen(cell('balance'));
  return {
    kind: 'transaction',
    transaction: {
      line,
      date,
      direction,
      amount,
      counterparty: cell('counterparty'),
      description: cell('description'),
      category,
      method,
      channel,
      lands: landsFor(format, channel),
    },
    ...(balance === null || balance === undefined ? {} : { balance }),
  };
}
