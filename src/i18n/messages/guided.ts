import type { Lang } from '../lang';
import { UNITS, type UnitWords } from './units';
import type { GuidedField, GuidedProblemCode } from '../../io/guidedAnswers';

/** The guided start's steps (src/ui/start/), loaded with them. */
export type GuidedMessages = {
  title: string;
  close: string;
  progress: (step: number, total: number) => string;
  steps: [string, string, string];
  intros: [string, string, string];
  amountHint: string;
  yuan: string;
  back: string;
  next: string;
  finish: string;
  cash: { heading: string; bank: string; alipay: string; yuebao: string };
  sales: {
    heading: string;
    amount: string;
    per: string;
    day: string;
    month: string;
    perDay: (amount: string) => string;
    landsIn: string;
    alipay: string;
    wechat: string;
    bank: string;
    season: string;
    seasons: { none: string; restaurant: string; online_shop: string };
  };
  fixed: { heading: string; rent: string; rentDay: string; wages: string; wagesDay: string };
  purchases: {
    heading: string;
    amount: string;
    day: string;
    huabeiShare: string;
    huabeiLimit: string;
    huabeiDrawn: string;
  };
  jiebei: { heading: string; limit: string; rate: string; drawn: string; drawnNote: string };
  bankLoan: {
    heading: string;
    amount: string;
    rate: string;
    term: string;
    repayment: string;
    repayments: { equal_instalment: string; equal_principal: string; interest_only: string };
    paid: string;
    dueDay: string;
  };
  /** The shared unit words, and what a count of instalments already paid is counted in. */
  units: UnitWords & { count: string };
  problems: Record<Exclude<GuidedProblemCode, 'required'>, string>;
  required: Partial<Record<GuidedField, string>>;
  fixFirst: (count: number) => string;
  /** Before the reason the plan schema gave, when the answers together make no valid plan. */
  notOpened: string;
  done: string;
  names: {
    business: string;
    accounts: { bank: string; alipay: string; yuebao: string };
    flows: { sales: string; rent: string; wages: string; purchases: string };
    sources: { huabei: string; jiebei: string; 'bank-loan': string };
  };
};

const en: GuidedMessages = {
  title: 'Start with my business',
  close: 'Close',
  progress: (step, total) => `Step ${step} of ${total}`,
  steps: ['Cash and sales', 'Fixed costs and purchases', 'Jiebei and bank loans'],
  intros: [
    'Where your money sits today and what comes in.',
    'What goes out every month, and how much of it Huabei pays.',
    'Only the credit you have: leave a line empty if you do not have it.',
  ],
  amountHint: 'Amounts: 3万, 1.5万, ¥30,000 or 30000. Leave empty for none.',
  yuan: '¥',
  back: 'Back',
  next: 'Next',
  finish: 'See my answer',
  cash: {
    heading: 'Cash on hand',
    bank: 'In the bank',
    alipay: 'Alipay balance',
    yuebao: 'Yu’ebao',
  },
  sales: {
    heading: 'Sales',
    amount: 'Sales amount',
    per: 'Sales are',
    day: 'per day',
    month: 'per month',
    perDay: (amount) => `Counted as ${amount} a day.`,
    landsIn: 'Sales land in',
    alipay: 'Alipay',
    wechat: 'WeChat Pay',
    bank: 'Bank card',
    season: 'Seasons',
    seasons: {
      none: 'Steady all year',
      restaurant: 'Restaurant: closed over Spring Festival (no sales for 8 days)',
      online_shop: 'Online shop: 618 ×2, Double 11 ×2.5, Double 12 ×1.5',
    },
  },
  fixed: {
    heading: 'Fixed costs',
    rent: 'Rent a month',
    rentDay: 'Rent day',
    wages: 'Wages a month',
    wagesDay: 'Payday',
  },
  purchases: {
    heading: 'Purchases',
    amount: 'Purchases a month',
    day: 'Paid on day',
    huabeiShare: 'Share paid with Huabei',
    huabeiLimit: 'Huabei credit limit',
    huabeiDrawn: 'Huabei bill not yet repaid',
  },
  jiebei: {
    heading: 'Jiebei',
    limit: 'Credit limit',
    rate: 'Daily rate',
    drawn: 'Borrowed, not repaid',
    drawnNote: 'Borrowed Jiebei is repaid in 12 equal monthly instalments.',
  },
  bankLoan: {
    heading: 'Bank loan',
    amount: 'Amount borrowed',
    rate: 'Annual rate',
    term: 'Term',
    repayment: 'Repayment',
    repayments: {
      equal_instalment: 'Equal instalments',
      equal_principal: 'Equal principal',
      interest_only: 'Interest only, principal at the end',
    },
    paid: 'Instalments paid',
    dueDay: 'Repayment day',
  },
  units: { ...UNITS.en, count: 'paid' },
  problems: {
    not_amount: 'Enter an amount, e.g. 3万, 1.5万 or 30,000.',
    amount_too_large: 'At most ¥10 billion (100亿).',
    amount_decimals: 'At most two decimals: amounts are kept to the fen.',
    not_day: 'Enter a day of the month, 1 to 31.',
    not_rate: 'Enter a rate in percent, e.g. 0.04.',
    rate_decimals: 'At most 6 decimals, e.g. 0.0385.',
    not_count: 'Enter a whole number within the loan’s term.',
    over_limit: 'More than the credit limit.',
  },
  required: {
    'huabei.limit': 'Purchases paid with Huabei need its credit limit.',
    'jiebei.limit': 'Enter the Jiebei credit limit.',
    'jiebei.dailyRatePercent': 'Enter the daily rate Jiebei shows you.',
    'bankLoan.amount': 'Enter the amount borrowed.',
    'bankLoan.annualRatePercent': 'Enter the loan’s annual rate.',
  },
  fixFirst: (n) => (n === 1 ? 'One field needs a fix.' : `${n} fields need a fix.`),
  notOpened: 'These answers do not make a plan yet:',
  done: 'Your business is loaded. Change any detail in Plan; Undo (Ctrl+Z, or under Menu on a phone) brings the sample back.',
  names: {
    business: 'My business',
    accounts: { bank: 'Bank account', alipay: 'Alipay balance', yuebao: 'Yu’ebao' },
    flows: { sales: 'Sales', rent: 'Rent', wages: 'Wages', purchases: 'Purchases' },
    sources: { huabei: 'Huabei', jiebei: 'Jiebei', 'bank-loan': 'Bank loan' },
  },
};

const zh: GuidedMessages = {
  title: '用我自己的数据',
  close: '关闭',
  progress: (step, total) => `第 ${step} 步，共 ${total} 步`,
  steps: ['现金与销售', '固定支出与进货', '借呗与银行贷款'],
  intros: [
    '现在的钱在哪里，每天或每月进账多少。',
    '每月固定要付的钱，以及其中多少用花呗支付。',
    '只填您实际有的授信；没有的留空即可。',
  ],
  amountHint: '金额可写 3万、1.5万、¥30,000 或 30000；不填即为无。',
  yuan: '¥',
  back: '上一步',
  next: '下一步',
  finish: '查看我的结果',
  cash: { heading: '现金', bank: '银行存款', alipay: '支付宝余额', yuebao: '余额宝' },
  sales: {
    heading: '销售收入',
    amount: '销售额',
    per: '销售额按',
    day: '每天',
    month: '每月',
    perDay: (amount) => `按每天 ${amount} 计算。`,
    landsIn: '到账渠道',
    alipay: '支付宝',
    wechat: '微信支付',
    bank: '银行卡',
    season: '季节',
    seasons: {
      none: '全年平稳',
      restaurant: '餐饮：春节歇业（腊月廿八至正月初六，8 天无收入）',
      online_shop: '网店：618 ×2、双11 ×2.5、双12 ×1.5',
    },
  },
  fixed: {
    heading: '固定支出',
    rent: '每月房租',
    rentDay: '交租日',
    wages: '每月工资',
    wagesDay: '发薪日',
  },
  purchases: {
    heading: '进货',
    amount: '每月进货款',
    day: '付款日',
    huabeiShare: '其中用花呗支付',
    huabeiLimit: '花呗授信额度',
    huabeiDrawn: '花呗未还账单',
  },
  jiebei: {
    heading: '借呗',
    limit: '授信额度',
    rate: '日利率',
    drawn: '已借未还',
    drawnNote: '已借部分按 12 期等额本息还款计算。',
  },
  bankLoan: {
    heading: '银行贷款',
    amount: '贷款金额',
    rate: '年化利率',
    term: '期限',
    repayment: '还款方式',
    repayments: {
      equal_instalment: '等额本息',
      equal_principal: '等额本金',
      interest_only: '先息后本',
    },
    paid: '已还期数',
    dueDay: '每月还款日',
  },
  units: { ...UNITS['zh-CN'], count: '期' },
  problems: {
    not_amount: '请填写金额，如 3万、1.5万 或 30,000。',
    amount_too_large: '金额不能超过 100 亿元。',
    amount_decimals: '金额最多保留两位小数（精确到分）。',
    not_day: '请填写 1 到 31 之间的日期。',
    not_rate: '请填写百分比数字，如 0.04。',
    rate_decimals: '利率最多保留 6 位小数，如 0.0385。',
    not_count: '请填写期限内的整数期数。',
    over_limit: '超过了授信额度。',
  },
  required: {
    'huabei.limit': '用花呗付款，需要填写花呗授信额度。',
    'jiebei.limit': '请填写借呗授信额度。',
    'jiebei.dailyRatePercent': '请填写借呗页面显示的日利率。',
    'bankLoan.amount': '请填写贷款金额。',
    'bankLoan.annualRatePercent': '请填写贷款的年化利率。',
  },
  fixFirst: (n) => `有 ${n} 项需要修改。`,
  notOpened: '按这些数据还无法生成方案：',
  done: '已载入您的数据。所有细节都可在“经营方案”中修改；点“撤销”（Ctrl+Z，手机上在“菜单”中）可恢复示例。',
  names: {
    business: '我的店铺',
    accounts: { bank: '银行账户', alipay: '支付宝余额', yuebao: '余额宝' },
    flows: { sales: '销售收入', rent: '房租', wages: '工资', purchases: '进货款' },
    sources: { huabei: '花呗', jiebei: '借呗', 'bank-loan': '银行贷款' },
  },
};

export const GUIDED: Record<Lang, GuidedMessages> = { en, 'zh-CN': zh };
