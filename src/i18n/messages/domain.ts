import type {
  CashAccountKind,
  PlatformGroup,
  RepaymentMethod,
  ShockType,
  SourceKind,
} from '../../engine/model';
import type { Lang } from '../lang';

/**
 * The domain's vocabulary, shared by every panel: source kinds, platform groups, repayment
 * methods, shock types, preset names. Chinese as a finance professional writes it.
 */
type DomainMessages = {
  sourceKind: Record<SourceKind, string>;
  platformGroup: Record<PlatformGroup, string>;
  accountKind: Record<CashAccountKind, string>;
  repayment: Record<RepaymentMethod, string>;
  shockType: Record<ShockType, string>;
  presetName: Record<string, string>;
  frequency: Record<'daily' | 'weekly' | 'monthly' | 'quarterly' | 'once', string>;
  direction: Record<'inflow' | 'outflow', string>;
  weekday: string[];
  baseline: string;
  stressed: string;
  buffer: string;
  shortfall: string;
  shockWindow: string;
};

const en: DomainMessages = {
  sourceKind: {
    huabei: 'Huabei (credit payment)',
    jiebei: 'Jiebei (credit loan)',
    mybank: 'MYbank business loan',
    webank: 'WeBank loan',
    bank_loan: 'Bank working-capital loan',
    bank_credit_line: 'Bank revolving credit line',
    guaranteed_loan: 'Government-guaranteed loan',
    factoring: 'Receivables factoring',
    bill_discount: 'Bill discounting',
    credit_card: 'Credit card cash advance',
    family: 'Owner / family money',
    other: 'Other funding',
  },
  platformGroup: {
    bank: 'Banks',
    ant: 'Ant Group (Alipay)',
    tencent: 'Tencent (WeChat)',
    jd: 'JD',
    meituan: 'Meituan',
    private: 'Private',
    other: 'Other',
  },
  accountKind: {
    bank: 'Bank account',
    cash: 'Cash',
    alipay: 'Alipay balance',
    yuebao: "Yu'ebao",
    wechat: 'WeChat Pay balance',
    other: 'Other',
  },
  repayment: {
    equal_instalment: 'Equal instalments',
    equal_principal: 'Equal principal',
    interest_only: 'Interest only, principal at the end',
    revolving: 'Revolving (repay any time)',
  },
  shockType: {
    outage: 'Outage',
    limit_cut: 'Limit cut',
    freeze: 'Freeze',
    repayment_blocked: 'Repayments blocked',
    recall: 'Loan recalled',
    revenue_drop: 'Revenue drop',
    payment_delay: 'Customers pay late',
  },
  presetName: {
    technical_outage: 'Technical outage (1 day)',
    maintenance: 'System maintenance (1 day)',
    risk_control_freeze_30d: 'Risk-control freeze (30 days)',
    limit_cut_50: 'Limit cut by 50%',
    regulatory_closure: 'Regulatory closure',
    ant_wide_event: 'Ant-wide event (7 days)',
    ant_wide_event_revenue_drop: 'Ant-wide event + 30% revenue drop',
  },
  frequency: {
    daily: 'Daily',
    weekly: 'Weekly',
    monthly: 'Monthly',
    quarterly: 'Quarterly',
    once: 'Once',
  },
  direction: { inflow: 'Inflow', outflow: 'Outflow' },
  weekday: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  baseline: 'Without the outage',
  stressed: 'With the outage',
  buffer: 'Minimum cash buffer',
  shortfall: 'Liquidity gap',
  shockWindow: 'Outage window',
};

const zh: DomainMessages = {
  sourceKind: {
    huabei: '花呗（信用支付）',
    jiebei: '借呗（信用贷款）',
    mybank: '网商贷',
    webank: '微众银行微业贷',
    bank_loan: '银行流动资金贷款',
    bank_credit_line: '银行循环授信',
    guaranteed_loan: '政府性融资担保贷款',
    factoring: '应收账款保理',
    bill_discount: '票据贴现',
    credit_card: '信用卡取现',
    family: '股东／亲友借款',
    other: '其他融资',
  },
  platformGroup: {
    bank: '银行',
    ant: '蚂蚁集团（支付宝）',
    tencent: '腾讯（微信）',
    jd: '京东',
    meituan: '美团',
    private: '民间',
    other: '其他',
  },
  accountKind: {
    bank: '银行账户',
    cash: '库存现金',
    alipay: '支付宝余额',
    yuebao: '余额宝',
    wechat: '微信零钱',
    other: '其他',
  },
  repayment: {
    equal_instalment: '等额本息',
    equal_principal: '等额本金',
    interest_only: '先息后本',
    revolving: '随借随还',
  },
  shockType: {
    outage: '服务中断',
    limit_cut: '额度下调',
    freeze: '额度冻结',
    repayment_blocked: '无法还款',
    recall: '提前收贷',
    revenue_drop: '营业收入下降',
    payment_delay: '客户回款延迟',
  },
  presetName: {
    technical_outage: '技术故障（1天）',
    maintenance: '系统维护（1天）',
    risk_control_freeze_30d: '风控冻结（30天）',
    limit_cut_50: '额度下调50%',
    regulatory_closure: '监管叫停',
    ant_wide_event: '蚂蚁系全面中断（7天）',
    ant_wide_event_revenue_drop: '蚂蚁系全面中断＋收入下降30%',
  },
  frequency: {
    daily: '每天',
    weekly: '每周',
    monthly: '每月',
    quarterly: '每季度',
    once: '一次性',
  },
  direction: { inflow: '流入', outflow: '流出' },
  weekday: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  baseline: '无中断情形',
  stressed: '中断情形',
  buffer: '最低现金储备',
  shortfall: '流动性缺口',
  shockWindow: '中断期间',
};

export const DOMAIN: Record<Lang, DomainMessages> = { en, 'zh-CN': zh };
