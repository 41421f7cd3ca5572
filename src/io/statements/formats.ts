/**
 * The exports FundGap reads, by their header rows. Column names are matched after removing
 * spaces (the Alipay web export pads them) and unifying full-width brackets.
 *
 * - `alipay_app`: the Alipay app's 交易明细 export (GBK CSV in an emailed zip): 交易时间, 交易分类,
 *   交易对方, 对方账号, 商品说明, 收/支, 金额, 收/付款方式, 交易状态, 交易订单号, 商家订单号, 备注.
 * - `alipay_web`: the older web export: 交易号, 商家订单号, 交易创建时间, 付款时间, 最近修改时间,
 *   交易来源地, 类型, 交易对方, 商品名称, 金额（元）, 收/支, 交易状态, 服务费（元）, 成功退款（元）,
 *   备注, 资金状态.
 * - `wechat`: WeChat Pay's 账单 (CSV with a BOM, or .xlsx): 交易时间, 交易类型, 交易对方, 商品,
 *   收/支, 金额(元), 支付方式, 当前状态, 交易单号, 商户单号, 备注.
 * - `bank`: any bank's statement with a date column and an amount (signed, or with a debit/credit
 *   flag) or separate debit and credit columns; counterparty, description and balance if present.
 */

export const STATEMENT_FORMATS = ['alipay_app', 'alipay_web', 'wechat', 'bank'] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];

export const STATEMENT_COLUMNS = [
  'date',
  'direction',
  'amount',
  'debit',
  'credit',
  'counterparty',
  'description',
  'category',
  'method',
  'status',
  'refunded',
  'fundStatus',
  'balance',
] as const;
export type StatementColumn = (typeof STATEMENT_COLUMNS)[number];

/** Column index per field; absent when the file has none. */
export type StatementColumns = Partial<Record<StatementColumn, number>>;

/** Header as compared: no spaces, ASCII brackets, lower case. */
export function normalizeHeader(cell: string): string {
  return cell
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();
}

type Spec = {
  format: StatementFormat;
  /** Headers that must all be present for the row to be this format's header. */
  required: string[];
  columns: Partial<Record<StatementColumn, string[]>>;
};

const SPECS: Spec[] = [
  {
    format: 'wechat',
    required: ['交易时间', '交易类型', '收/支', '金额(元)', '当前状态'],
    columns: {
      date: ['交易时间'],
      category: ['交易类型'],
      counterparty: ['交易对方'],
      description: ['商品'],
      direction: ['收/支'],
      amount: ['金额(元)'],
      method: ['支付方式'],
      status: ['当前状态'],
    },
  },
  {
    format: 'alipay_web',
    required: ['交易创建时间', '收/支', '金额(元)', '交易状态'],
    columns: {
      date: ['交易创建时间'],
      category: ['类型'],
      counterparty: ['交易对方'],
      description: ['商品名称'],
      amount: ['金额(元)'],
      direction: ['收/支'],
      status: ['交易状态'],
      refunded: ['成功退款(元)'],
      fundStatus: ['资金状态'],
    },
  },
  {
    format: 'alipay_app',
    required: ['交易时间', '收/支', '金额', '交易状态'],
    columns: {
      date: ['交易时间'],
      category: ['交易分类'],
      counterparty: ['交易对方'],
      description: ['商品说明'],
      direction: ['收/支'],
      amount: ['金额'],
      method: ['收/付款方式'],
      status: ['交易状态'],
    },
  },
];

/** Bank statements name their columns in many ways; the first synonym found wins. */
const BANK_COLUMNS: Partial<Record<StatementColumn, string[]>> = {
  date: [
    '交易日期',
    '记账日期',
    '交易时间',
    '入账日期',
    '日期',
    '交易日',
    'date',
    'transactiondate',
    'postingdate',
    'valuedate',
  ],
  amount: ['交易金额', '发生额', '金额', '金额(元)', 'amount', 'transactionamount'],
  direction: ['借贷标志', '借贷方向', '借贷', '收支', '收/支', '收支方向', 'dr/cr', 'debit/credit'],
  debit: [
    '支出金额',
    '借方发生额',
    '借方金额',
    '支出',
    '支取',
    '付款金额',
    'debit',
    'withdrawal',
    'withdrawals',
  ],
  credit: [
    '收入金额',
    '贷方发生额',
    '贷方金额',
    '收入',
    '存入',
    '收款金额',
    'credit',
    'deposit',
    'deposits',
  ],
  counterparty: [
    '对方户名',
    '对方名称',
    '对方账户名',
    '对方账户名称',
    '交易对方',
    '收/付方名称',
    '收(付)方名称',
    'counterparty',
    'payee',
    'payer/payee',
  ],
  description: [
    '摘要',
    '交易摘要',
    '用途',
    '附言',
    '备注',
    '交易说明',
    'description',
    'memo',
    'narrative',
    'details',
  ],
  balance: ['余额', '账户余额', '交易后余额', '联机余额', 'balance', 'runningbalance'],
};

function indexOf(
  headers: readonly string[],
  names: readonly string[] | undefined,
): number | undefined {
  if (!names) return undefined;
  for (const name of names) {
    const i = headers.indexOf(name);
    if (i >= 0) return i;
  }
  return undefined;
}

function columnsOf(headers: readonly string[], columns: Spec['columns']): StatementColumns {
  const out: StatementColumns = {};
  for (const [field, names] of Object.entries(columns) as [StatementColumn, string[]][]) {
    const i = indexOf(headers, names);
    if (i !== undefined) out[field] = i;
  }
  return out;
}

export type HeaderMatch = { format: StatementFormat; columns: StatementColumns };

/**
 * The format whose header this row is, with its column indexes; null when the row is not a
 * header FundGap knows (a preamble line, a data row).
 */
export function matchHeader(row: readonly string[]): HeaderMatch | null {
  const headers = row.map(normalizeHeader);
  for (const spec of SPECS) {
    if (spec.required.every((h) => headers.includes(normalizeHeader(h))))
      return { format: spec.format, columns: columnsOf(headers, spec.columns) };
  }
  const bank = columnsOf(headers, BANK_COLUMNS);
  const money =
    bank.amount !== undefined || (bank.debit !== undefined && bank.credit !== undefined);
  if (bank.date !== undefined && money) return { format: 'bank', columns: bank };
  return null;
}
