import type { PlatformGroup } from '../../engine/model';
import type { ConfidenceLevel, FlowRole, ProposedFlow } from '../../engine/statements/transactions';
import type { StatementFormat } from '../../io/statements/formats';
import type { SkipReason } from '../../io/statements/readRows';
import type { StatementError } from '../../io/statements/readStatement';
import type { Lang } from '../lang';

/** Importing Alipay, WeChat Pay and bank statements: errors, flow names, the review. */

const MB = 1024 * 1024;
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
/** Counterparties are the statement's own words; a long one is cut so the name stays readable. */
const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

const en = {
  button: 'Import from Alipay, WeChat Pay or bank statements',
  title: 'Import a statement',
  fileHint:
    'The transaction export from the Alipay app (交易明细, a CSV in GBK), WeChat Pay (账单, CSV or .xlsx) or your bank (a CSV with date and amount columns). The file is read in this browser only; nothing is uploaded.',
  fileLabel: 'Statement file',
  reading: (percent: number) => `Reading the statement… ${percent} %`,
  error: (e: StatementError): string => {
    switch (e.reason) {
      case 'empty':
        return 'The file is empty. Export the statement again and choose the new file.';
      case 'too_large':
        return `The file is larger than ${Math.round(e.maxBytes / MB)} MB. Export a shorter period (three to twelve months is enough).`;
      case 'not_text':
        return 'This is not a text statement FundGap can read (UTF-8 or GBK CSV, or .xlsx). If it is a .zip from Alipay or WeChat, unzip it first and choose the CSV inside.';
      case 'xlsx_unreadable':
        return 'The spreadsheet cannot be opened: it may be damaged or password-protected. Export it again, or save it as CSV.';
      case 'unknown_format':
        return 'No transaction table was found: the file has no header row of an Alipay, WeChat Pay or bank export (a date column and an amount column). Check that you chose the statement itself.';
      case 'no_transactions':
        return 'The table has no transactions that count: every row was closed, refunded or a transfer between your own accounts. Export a longer period.';
      case 'truncated':
        return `The file stops in the middle of the table (row ${e.line} is cut short): it was not downloaded or unzipped completely. Nothing was added; export it again.`;
      case 'too_many_rows':
        return `The statement has more than ${e.maxRows.toLocaleString('en')} rows. Export a shorter period.`;
    }
  },
  format: {
    alipay_app: 'Alipay (app export)',
    alipay_web: 'Alipay (web export)',
    wechat: 'WeChat Pay bill',
    bank: 'Bank statement',
  } satisfies Record<StatementFormat, string>,
  skip: {
    closed: 'closed or failed',
    refunded: 'refunded',
    own_transfer: 'between your own accounts',
    unreadable: 'unreadable',
  } satisfies Record<SkipReason, string>,
  level: { high: 'high', medium: 'medium', low: 'low' } satisfies Record<ConfidenceLevel, string>,
  group: {
    ant: 'Alipay',
    tencent: 'WeChat Pay',
    bank: 'bank account',
    jd: 'JD',
    meituan: 'Meituan',
    private: 'private',
    other: 'elsewhere',
  } satisfies Record<PlatformGroup, string>,
  role: {
    sales: 'Sales',
    rent: 'Rent',
    payroll: 'Wages',
    supplier: 'Supplier',
    regular_payment: 'Regular payment',
    regular_income: 'Regular income',
    other_spending: 'Other day-to-day spending',
  } satisfies Record<FlowRole, string>,
  flowName(f: ProposedFlow): string {
    const into = f.platformGroup ? ` (into ${this.group[f.platformGroup]})` : '';
    if (f.role === 'sales')
      return f.frequency.type === 'weekly'
        ? `${WEEKDAY_EN[f.frequency.weekday]} sales${into}`
        : `Daily sales${into}`;
    if (f.role === 'other_spending' || f.counterparty === '') return this.role[f.role];
    return `${this.role[f.role]} · ${short(f.counterparty)}`;
  },
  accountName: 'Bank account (closing balance of the statement)',
  businessName: (file: string) => `Imported from ${file}`,
  progressLabel: 'Reading the statement',
  read: (format: string, from: string, to: string, n: number) =>
    `${format}, ${from} – ${to}: ${n.toLocaleString('en')} transactions counted.`,
  leftOut: (what: string) => `Left out: ${what}.`,
  huabeiShare: (percent: string) => `Paid with Huabei: ${percent} of the outflows.`,
  landing: (parts: string) => `Money received lands in: ${parts}.`,
  reviewHint:
    'Each cash flow below comes from the transactions listed under it. Tick what to add: nothing is added until you press “Add”, and one undo takes it all back.',
  flowsCaption: 'Proposed cash flows',
  confidence: (level: string) => `confidence ${level}`,
  sources: (n: number) => (n === 1 ? '1 transaction' : `${n.toLocaleString('en')} transactions`),
  more: (n: number) => `… and ${n.toLocaleString('en')} more`,
  col: {
    line: 'Row',
    date: 'Date',
    amount: 'Amount',
    counterparty: 'Counterparty',
    description: 'Description',
    method: 'Paid with',
  },
  addBalance: (amount: string) => `Add the closing balance, ${amount}, as a bank account`,
  add: (n: number) => (n === 1 ? 'Add 1 cash flow' : `Add ${n} cash flows`),
  added: (n: number) =>
    `Added ${n === 1 ? '1 cash flow' : `${n} cash flows`} from the statement. Undo removes them all at once.`,
  another: 'Choose another file',
  cancel: 'Cancel',
  noFlows: 'The statement shows no recurring cash flows to propose.',
};

export type StatementMessages = typeof en;

const zh: StatementMessages = {
  button: '从支付宝、微信支付或银行流水导入',
  title: '导入账单流水',
  fileHint:
    '支付宝 App 导出的交易明细（GBK 编码的 CSV）、微信支付账单（CSV 或 .xlsx）或银行流水（含日期和金额列的 CSV）。文件只在本浏览器中读取，不会上传。',
  fileLabel: '账单文件',
  reading: (percent) => `正在读取账单…… ${percent}%`,
  error: (e) => {
    switch (e.reason) {
      case 'empty':
        return '文件是空的。请重新导出账单，再选择新文件。';
      case 'too_large':
        return `文件超过 ${Math.round(e.maxBytes / MB)} MB。请导出较短的期间（3 至 12 个月即可）。`;
      case 'not_text':
        return '无法读取该文件：不是 UTF-8 或 GBK 编码的 CSV，也不是 .xlsx。若是支付宝或微信发来的 .zip 压缩包，请先解压，再选择其中的 CSV 文件。';
      case 'xlsx_unreadable':
        return '无法打开该表格：文件可能已损坏或设有密码。请重新导出，或另存为 CSV。';
      case 'unknown_format':
        return '未找到交易明细表：文件中没有支付宝、微信支付或银行流水的表头（日期列和金额列）。请确认选择的是账单文件本身。';
      case 'no_transactions':
        return '表中没有可计入的交易：每一笔都是已关闭、已退款或本人账户间的转账。请导出更长的期间。';
      case 'truncated':
        return `文件在明细表中途中断（第 ${e.line} 行不完整），可能未完整下载或解压。未添加任何内容，请重新导出。`;
      case 'too_many_rows':
        return `账单超过 ${e.maxRows.toLocaleString('zh-CN')} 行。请导出较短的期间。`;
    }
  },
  format: {
    alipay_app: '支付宝（App 导出）',
    alipay_web: '支付宝（网页版导出）',
    wechat: '微信支付账单',
    bank: '银行流水',
  },
  skip: {
    closed: '已关闭或失败',
    refunded: '已退款',
    own_transfer: '本人账户间转账',
    unreadable: '无法识别',
  },
  level: { high: '高', medium: '中', low: '低' },
  group: {
    ant: '支付宝',
    tencent: '微信支付',
    bank: '银行账户',
    jd: '京东',
    meituan: '美团',
    private: '私人',
    other: '其他',
  },
  role: {
    sales: '销售收入',
    rent: '房租',
    payroll: '工资',
    supplier: '供应商货款',
    regular_payment: '固定支出',
    regular_income: '固定收入',
    other_spending: '其他日常支出',
  },
  flowName(f) {
    const into = f.platformGroup ? `（到账${this.group[f.platformGroup]}）` : '';
    if (f.role === 'sales')
      return f.frequency.type === 'weekly'
        ? `${WEEKDAY_ZH[f.frequency.weekday]}销售收入${into}`
        : `每日销售收入${into}`;
    if (f.role === 'other_spending' || f.counterparty === '') return this.role[f.role];
    return `${this.role[f.role]} · ${short(f.counterparty)}`;
  },
  accountName: '银行账户（流水期末余额）',
  businessName: (file) => `导入自 ${file}`,
  progressLabel: '正在读取账单',
  read: (format, from, to, n) => `${format}，${from} 至 ${to}：计入 ${n} 笔交易。`,
  leftOut: (what) => `未计入：${what}。`,
  huabeiShare: (percent) => `花呗支付占支出的 ${percent}。`,
  landing: (parts) => `收款到账：${parts}。`,
  reviewHint:
    '下列每笔现金流都由其下方列出的交易得出。请勾选要添加的项目：点击“添加”之前不会加入任何内容，撤销一次即可全部移除。',
  flowsCaption: '建议的现金流',
  confidence: (level) => `可信度${level}`,
  sources: (n) => `${n} 笔交易`,
  more: (n) => `……另有 ${n} 笔`,
  col: {
    line: '行号',
    date: '日期',
    amount: '金额',
    counterparty: '交易对方',
    description: '说明',
    method: '支付方式',
  },
  addBalance: (amount) => `将期末余额 ${amount} 添加为银行账户`,
  add: (n) => `添加 ${n} 笔现金流`,
  added: (n) => `已从账单添加 ${n} 笔现金流。撤销可一次全部移除。`,
  another: '选择其他文件',
  cancel: '取消',
  noFlows: '账单中没有可建议的经常性现金流。',
};

export const STATEMENTS: Record<Lang, StatementMessages> = { en, 'zh-CN': zh };
