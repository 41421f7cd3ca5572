import type { Lang } from '../lang';

/** The report's handover parts: who prepared it for whom and when, commentary, what changed, grades. */
export type ReportHandoverMessages = {
  preparedFor: string;
  preparedBy: string;
  datePrepared: string;
  advisorUnset: string;
  settingsTitle: string;
  settingsIntro: string;
  advisorName: string;
  advisorFirm: string;
  advisorContact: string;
  commentaryLabel: string;
  commentaryHint: string;
  commentaryTitle: string;
  handoverTitle: string;
  changedTitle: (date: string) => string;
  changedIntroPrevious: (date: string) => string;
  changedIntroPlan: string;
  colItem: string;
  colBefore: string;
  colNow: string;
  colChange: string;
  cashRow: string;
  creditRow: string;
  bufferRow: string;
  limitRow: (name: string) => string;
  rateRow: (name: string) => string;
  warningsTitle: string;
  noWarnings: string;
  noteTitle: string;
  gradeLegendTitle: string;
  gradeLegend: { code: 'W' | 'M' | 'U'; words: string }[];
};

const en: ReportHandoverMessages = {
  preparedFor: 'Prepared for',
  preparedBy: 'Prepared by',
  datePrepared: 'Date prepared',
  advisorUnset: '—',
  settingsTitle: 'Your details and commentary',
  settingsIntro:
    'Your name, firm and contact are kept in this browser and printed on every report. The commentary is printed with this client’s report.',
  advisorName: 'Your name',
  advisorFirm: 'Firm',
  advisorContact: 'Contact (phone or e-mail)',
  commentaryLabel: 'Advisor’s commentary',
  commentaryHint: 'What you want the client to take away; printed on its own page.',
  commentaryTitle: 'Advisor’s commentary',
  handoverTitle: 'Commentary and what changed',
  changedTitle: (date) => `What changed at the check-in of ${date}`,
  changedIntroPrevious: (date) => `Compared with the check-in of ${date}.`,
  changedIntroPlan: 'The first check-in, compared with the plan.',
  colItem: 'Item',
  colBefore: 'Before',
  colNow: 'Now',
  colChange: 'Change',
  cashRow: 'Cash, all accounts',
  creditRow: 'Credit limits, all lines',
  bufferRow: 'Cash buffer',
  limitRow: (name) => `${name}: credit limit`,
  rateRow: (name) => `${name}: annual rate`,
  warningsTitle: 'Early warnings raised by what was observed',
  noWarnings: 'None: no early warning fired at this check-in.',
  noteTitle: 'Note from the check-in',
  gradeLegendTitle: 'How sure each default is (grade)',
  gradeLegend: [
    { code: 'W', words: 'well sourced: an official or peer-reviewed source states it' },
    { code: 'M', words: 'several sources agree' },
    { code: 'U', words: 'an assumption: replace it with the client’s own figure' },
  ],
};

const zh: ReportHandoverMessages = {
  preparedFor: '客户',
  preparedBy: '编制人',
  datePrepared: '编制日期',
  advisorUnset: '—',
  settingsTitle: '顾问信息与点评',
  settingsIntro:
    '您的姓名、机构和联系方式保存在本浏览器中，并打印在每份报告上。点评随本客户的报告一起打印。',
  advisorName: '顾问姓名',
  advisorFirm: '所在机构',
  advisorContact: '联系方式（电话或邮箱）',
  commentaryLabel: '顾问点评',
  commentaryHint: '希望客户记住的要点；单独成页打印。',
  commentaryTitle: '顾问点评',
  handoverTitle: '顾问点评与变化情况',
  changedTitle: (date) => `${date} 复核的变化情况`,
  changedIntroPrevious: (date) => `与 ${date} 的复核相比。`,
  changedIntroPlan: '首次复核，与方案相比。',
  colItem: '项目',
  colBefore: '此前',
  colNow: '现在',
  colChange: '变化',
  cashRow: '现金（全部账户）',
  creditRow: '授信额度（全部渠道）',
  bufferRow: '现金缓冲天数',
  limitRow: (name) => `${name}：授信额度`,
  rateRow: (name) => `${name}：年化利率`,
  warningsTitle: '根据实际观察触发的预警',
  noWarnings: '无：本次复核未触发预警。',
  noteTitle: '复核备注',
  gradeLegendTitle: '默认值的可靠程度（评级）',
  gradeLegend: [
    { code: 'W', words: '来源可靠：有官方或经同行评审的出处' },
    { code: 'M', words: '多个来源一致' },
    { code: 'U', words: '假设值：请以客户自己的数字替换' },
  ],
};

export const REPORT_HANDOVER: Record<Lang, ReportHandoverMessages> = { en, 'zh-CN': zh };
