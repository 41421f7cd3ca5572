import type { ActionKind, BlockReason, Prerequisite } from '../../engine/advisor/types';
import type { CashSource } from '../../engine/advisor/types';
import type { Lang } from '../lang';

/**
 * What each action says on a card, in the words an advisor uses across the table. Every
 * placeholder arrives formatted (money through Intl, shares in %, days with their unit).
 */
export type ActionParams = {
  amount: string;
  counterparty: string;
  /** Levers: the share cut or asked as a deposit, the months, the days. */
  share: string;
  months: string;
  days: string;
  /** A reserve built from the draw: set aside each month. */
  perMonth: string;
  /** Levers: the names of the flows they change, listed ('' when unknown). */
  flows: string;
};

type Title = (p: ActionParams) => string;

export type ActionMessages = {
  title: Record<ActionKind, Title>;
  category: { lever: string; reserve: string; financing: string; mix: string };
  prerequisite: Record<Prerequisite, string>;
  reason: Record<BlockReason, string>;
  cashSource: Record<CashSource, string>;
  /**
   * What a measure rests on, to be settled before relying on it: what a lever asks of someone
   * else, or who a targeted channel serves (the start-up guarantee loan).
   */
  leverAsk: Partial<Record<ActionKind, string>>;
};

const en: ActionMessages = {
  title: {
    cut_owner_draw: ({ share, months }) => `Cut the owner's draw by ${share} for ${months}`,
    defer_purchases: ({ days, flows }) =>
      flows
        ? `Put off purchases that can wait by ${days}: ${flows}`
        : `Put off purchases that can wait (seasonal stock, moulds, fairs) by ${days}`,
    supplier_terms: ({ days }) => `Agree ${days} longer payment terms with suppliers`,
    customer_deposits: ({ share, days }) =>
      `Ask business customers for a ${share} deposit with each order, paid ${days} ahead`,
    defer_rent: ({ months, days }) => `Ask the landlord to defer ${months} of rent by ${days}`,
    raise_reserve: ({ amount }) =>
      `Owner's injection: put ${amount} of your own savings into the business bank account as a reserve`,
    reserve_from_profit: ({ amount, perMonth }) =>
      `Build a reserve of ${amount}: keep ${perMonth} a month of the owner's draw in the business`,
    reduce_alipay_cash: ({ amount }) =>
      `Move ${amount} from Alipay and Yu'ebao to the bank, and withdraw takings daily`,
    tax_loan: ({ amount }) =>
      `Apply for a tax-data loan (银税互动, 税贷) line of ${amount}, drawn as needed`,
    inclusive_credit_loan: ({ amount }) =>
      `Apply for a bank inclusive small-business credit line (普惠小微) of ${amount}, drawn as needed`,
    bank_credit_line: ({ amount }) => `Open a bank revolving credit line of ${amount}`,
    bank_loan: ({ amount }) => `Take a bank working-capital loan of ${amount}, paid out in full`,
    guaranteed_loan: ({ amount }) =>
      `Apply for a loan of ${amount} guaranteed by a government guarantee fund`,
    startup_guarantee_loan: ({ amount }) =>
      `Apply for a start-up guarantee loan (创业担保贷款) of ${amount}, interest subsidised`,
    loan_renewal: ({ amount }) =>
      `Apply, before it falls due, to renew the ${amount} bank loan without repaying it first (无还本续贷)`,
    factoring: ({ amount, counterparty }) =>
      `Factor invoices to ${counterparty}: an advance line of up to ${amount}`,
    order_financing: ({ amount, counterparty }) =>
      `Order financing of up to ${amount} against confirmed orders from ${counterparty}`,
    inventory_financing: ({ amount }) =>
      `Inventory financing of up to ${amount} against stock pledged under a warehouse's supervision`,
    non_ant_online_lender: ({ amount }) =>
      `Apply for a WeBank business line (微业贷) of ${amount}, outside the Ant group`,
    move_off_huabei: ({ amount }) =>
      `Pay suppliers from the bank instead of Huabei (about ${amount} of your own cash to carry the float)`,
    credit_card: () => 'Credit-card cash advance',
  },
  category: {
    lever: 'Operating measure',
    reserve: 'Reserve',
    financing: 'Financing',
    mix: 'Funding mix',
  },
  prerequisite: {
    registered_business: 'a registered business (company or sole trader with a business licence)',
    company: 'a company (not open to sole traders)',
    business_account: 'a business bank account (对公账户)',
    clean_credit: 'a clean credit record (no overdue)',
    collateral_or_guarantor: 'collateral or a guarantor',
    business_receivables:
      'receivables from business customers (mark those inflows as “from business customers”)',
    tax_record: 'two years of tax filings',
    startup_eligible:
      'being in a group the start-up loan scheme serves (recent graduates, returning migrant workers, veterans and others)',
  },
  reason: {
    registered_business: 'needs a registered business',
    company: 'for companies only',
    business_account: 'needs a business bank account (对公账户)',
    clean_credit: 'needs a clean credit record',
    collateral_or_guarantor: 'needs collateral or a guarantor',
    business_receivables: 'needs receivables from business customers',
    tax_record: 'needs two years of tax filings',
    startup_eligible:
      'only for sole traders and small firms started by, or hiring, the groups the scheme serves (recent graduates, returning migrant workers, veterans, the registered unemployed); your plan does not say the business is one',
    card_rules: 'card funds may not be used for business operations (2022 credit-card rules)',
    already_in_plan: 'your plan already has a line from this lender',
    no_room: 'nothing left to finance (receivables already factored, or too little to pledge)',
  },
  cashSource: {
    owner_injection: "The owner's own savings, put into the business (an owner's injection)",
    retained_draw: "Part of the owner's monthly draw, kept in the business",
    platform_cash: "Money already yours, moved from Alipay and Yu'ebao to the bank",
  },
  leverAsk: {
    supplier_terms: 'Only once your suppliers agree.',
    defer_rent: 'Only once your landlord agrees.',
    customer_deposits: 'Only for customers who accept a deposit.',
    defer_purchases: 'Check that the later delivery does not cost sales.',
    cut_owner_draw: 'Only if the household can live on less for that time.',
    startup_guarantee_loan:
      'Only once the local human-resources and social-security bureau confirms the business is in a group the scheme serves: started by, or hiring, recent graduates, returning migrant workers, veterans or the registered unemployed, among others, as a sole trader or small firm. The fiscal subsidy leaves the borrower about LPR − 1.5 points; caps are local (Shenzhen 2024: ¥300,000 for an individual or sole trader, ¥600,000 when hiring five, ¥4–5 million for a small firm). Check the local rule.',
  },
};

const zh: ActionMessages = {
  title: {
    cut_owner_draw: ({ share, months }) => `店主生活费支取减少${share}，为期${months}`,
    defer_purchases: ({ days, flows }) =>
      flows
        ? `推迟可缓一缓的采购，${days}后再付款：${flows}`
        : `可缓一缓的采购（季节备货、模具、展会等）推迟${days}付款`,
    supplier_terms: ({ days }) => `与供应商协商延长账期，货款推迟${days}支付`,
    customer_deposits: ({ share, days }) => `向企业客户预收${share}订货款，比货款提前${days}到账`,
    defer_rent: ({ months, days }) => `与房东协商，${months}的租金推迟${days}支付`,
    raise_reserve: ({ amount }) => `店主注资：以个人积蓄${amount}存入经营账户，作为应急储备金`,
    reserve_from_profit: ({ amount, perMonth }) =>
      `留存利润建立储备金${amount}：每月从店主支取中留存${perMonth}`,
    reduce_alipay_cash: ({ amount }) =>
      `将支付宝余额和余额宝中的${amount}转入银行账户，销售回款每日提现`,
    tax_loan: ({ amount }) => `申请税贷（银税互动）授信额度${amount}，随借随还`,
    inclusive_credit_loan: ({ amount }) => `申请银行普惠小微信用贷款额度${amount}，随借随还`,
    bank_credit_line: ({ amount }) => `向银行申请循环授信额度${amount}`,
    bank_loan: ({ amount }) => `申请银行流动资金贷款${amount}，一次性放款`,
    guaranteed_loan: ({ amount }) => `通过政府性融资担保机构担保，申请贷款${amount}`,
    startup_guarantee_loan: ({ amount }) => `申请创业担保贷款${amount}（财政贴息）`,
    loan_renewal: ({ amount }) => `在贷款到期前申请无还本续贷，续借${amount}`,
    factoring: ({ amount, counterparty }) =>
      `以对${counterparty}的应收账款办理保理，融资额度最高${amount}`,
    order_financing: ({ amount, counterparty }) =>
      `凭${counterparty}的确认订单申请订单融资，最高${amount}`,
    inventory_financing: ({ amount }) => `以库存货物质押（第三方监管）申请存货融资，最高${amount}`,
    non_ant_online_lender: ({ amount }) => `申请微众银行微业贷额度${amount}（蚂蚁集团以外）`,
    move_off_huabei: ({ amount }) =>
      `供应商货款改由银行账户支付，不再占用花呗（需自有资金约${amount}垫付）`,
    credit_card: () => '信用卡取现',
  },
  category: {
    lever: '经营措施',
    reserve: '储备金',
    financing: '融资渠道',
    mix: '融资结构',
  },
  prerequisite: {
    registered_business: '已办理营业执照（公司或个体工商户）',
    company: '以公司名义申请（个体工商户不适用）',
    business_account: '开立对公账户',
    clean_credit: '征信无逾期记录',
    collateral_or_guarantor: '有抵押物或担保人',
    business_receivables: '有企业客户的应收账款（请在收入中标注“企业客户货款”）',
    tax_record: '连续纳税满2年',
    startup_eligible: '属于创业担保贷款扶持对象（高校毕业生、返乡创业人员、退役军人等）',
  },
  reason: {
    registered_business: '需已办理营业执照',
    company: '仅限公司申请',
    business_account: '需开立对公账户',
    clean_credit: '需征信无逾期记录',
    collateral_or_guarantor: '需抵押物或担保人',
    business_receivables: '需有企业客户的应收账款',
    tax_record: '需连续纳税满2年',
    startup_eligible:
      '仅面向高校毕业生、返乡创业农民工、退役军人、登记失业人员等扶持对象创办（或吸纳其就业）的个体工商户和小微企业；计划中未注明本企业属于扶持对象',
    card_rules: '信用卡资金不得用于生产经营（2022年信用卡新规）',
    already_in_plan: '计划中已有该机构的授信，不宜重复申请',
    no_room: '没有可融资的余额（应收账款已办理保理，或可质押的货物不足）',
  },
  cashSource: {
    owner_injection: '店主个人积蓄，注入经营账户（股东注资）',
    retained_draw: '从店主每月支取中留存，留在经营账户',
    platform_cash: '本来就是您的钱，从支付宝、余额宝转到银行',
  },
  leverAsk: {
    supplier_terms: '须先与供应商谈妥。',
    defer_rent: '须先与房东谈妥。',
    customer_deposits: '仅适用于愿意预付的客户。',
    defer_purchases: '请确认推迟到货不影响销售。',
    cut_owner_draw: '须家庭开支在此期间能够压缩。',
    startup_guarantee_loan:
      '须经当地人社部门审核，确认属于扶持对象：高校毕业生、返乡创业农民工、退役军人、登记失业人员等创办（或吸纳其就业）的个体工商户、小微企业。财政贴息后借款人约承担LPR减1.5个百分点；额度以当地规定为准（深圳2024年：个人及个体工商户最高30万元，带动5人以上就业最高60万元，小微企业最高400万–500万元）。',
  },
};

export const ACTION_TEXT: Record<Lang, ActionMessages> = { en, 'zh-CN': zh };
