import type { FlowCategory, LegalForm } from '../../engine/model';
import type { Lang } from '../lang';

/** The plan editor's fields the advisor reads: the business profile and the flow marks. */
export type AdviceProfileMessages = {
  heading: string;
  intro: string;
  unknown: string;
  yes: string;
  no: string;
  legalForm: string;
  legalFormOption: Record<LegalForm, string>;
  businessAccount: string;
  creditRecord: string;
  creditRecordOption: { clean: string; overdue: string };
  collateral: string;
  guarantor: string;
  taxRecordYears: string;
  taxRecordHint: string;
  startupLoanEligible: string;
  startupHint: string;
  category: string;
  categoryHint: string;
  categoryOption: Record<FlowCategory | 'none', string>;
  fromBusinessCustomers: string;
  fromBusinessCustomersHint: string;
};

const en: AdviceProfileMessages = {
  heading: 'What lenders will ask',
  intro:
    'The advice only suggests channels this business can use. Leave a question on “Not sure” and the advice lists it as a point to confirm.',
  unknown: 'Not sure',
  yes: 'Yes',
  no: 'No',
  legalForm: 'Legal form',
  legalFormOption: {
    company: 'Company (公司)',
    individual_business: 'Sole trader with a business licence (个体工商户)',
    unregistered: 'Not registered',
  },
  businessAccount: 'Business bank account (对公账户)',
  creditRecord: 'Credit record',
  creditRecordOption: { clean: 'Clean: no overdue', overdue: 'Shows an overdue' },
  collateral: 'Property or equipment to pledge',
  guarantor: 'Someone to guarantee a loan',
  taxRecordYears: 'Years of tax filings',
  taxRecordHint: 'Tax-data loans (税贷, 银税互动) usually ask for two.',
  startupLoanEligible: 'Start-up guarantee loan group',
  startupHint:
    'Recent graduates, returning migrant workers, veterans and others the local scheme names.',
  category: 'What it pays for',
  categoryHint:
    'Lets the advice try operating measures on it (longer terms, deferral, the owner’s draw).',
  categoryOption: {
    none: 'Other',
    owner_draw: "The owner's draw",
    supplier: 'A supplier',
    rent: 'Rent',
    discretionary: 'A purchase that can wait',
  },
  fromBusinessCustomers: 'Invoices paid by business customers',
  fromBusinessCustomersHint:
    'Receivables a factor or bank can finance; not platform payouts or takings from consumers.',
};

const zh: AdviceProfileMessages = {
  heading: '金融机构会问的情况',
  intro: '建议只会列出本企业能办理的渠道。不确定的选“不确定”，建议中会标为“需先确认”。',
  unknown: '不确定',
  yes: '有',
  no: '没有',
  legalForm: '主体类型',
  legalFormOption: {
    company: '公司',
    individual_business: '个体工商户',
    unregistered: '未办理营业执照',
  },
  businessAccount: '对公账户',
  creditRecord: '征信记录',
  creditRecordOption: { clean: '良好，无逾期', overdue: '有逾期记录' },
  collateral: '可抵押的房产或设备',
  guarantor: '愿意担保的担保人',
  taxRecordYears: '连续纳税年数',
  taxRecordHint: '税贷（银税互动）一般要求纳税满2年。',
  startupLoanEligible: '属于创业担保贷款扶持对象',
  startupHint: '高校毕业生、返乡创业人员、退役军人等当地政策列明的人群。',
  category: '支出用途',
  categoryHint: '标注后，建议会尝试相应的经营措施（延长账期、推迟付款、压降店主支取）。',
  categoryOption: {
    none: '其他',
    owner_draw: '店主支取',
    supplier: '供应商货款',
    rent: '租金',
    discretionary: '可推迟的采购',
  },
  fromBusinessCustomers: '企业客户的货款（应收账款）',
  fromBusinessCustomersHint: '可办理保理或订单融资；平台结算款和个人消费者的收款不算。',
};

export const ADVICE_PROFILE: Record<Lang, AdviceProfileMessages> = { en, 'zh-CN': zh };
