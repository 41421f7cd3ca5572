import type { Lang } from '../lang';

/** Numbers a preset phrase uses, already formatted (the unit words are in the phrase). */
export type PhraseParams = { days: string; cut: string; drop: string };

/** Pieces of the headline sentence, already formatted with their units. */
export type SentenceParams = {
  scenario: string;
  business: string;
  gap: string;
  date: string;
  days: string;
  buffer: string;
  low: string;
  baselineGap: string;
  baselineDate: string;
};

export type HeadlineStatus = 'gap' | 'ok' | 'baseline' | 'empty';

type Sentence = (p: SentenceParams) => string;

export type HeadlineMessages = {
  regionLabel: string;
  /**
   * Entries in the plan that do not validate: the figures below are still the last complete
   * plan's. `count` is formatted; `fix` is the link text to the plan section.
   */
  stale: (count: string) => string;
  staleFix: string;
  untitledBusiness: string;
  businessLabel: string;
  scenarioLabel: string;
  /** ': ' or '：' between a label and its value. */
  colon: string;
  status: Record<HeadlineStatus, string>;
  /** How each preset reads inside a sentence (lower-case start in English). */
  presetPhrase: Record<string, (p: PhraseParams) => string>;
  customPhrase: (name: string) => string;
  sentence: {
    gap: Sentence;
    gapAtOnce: Sentence;
    ok: Sentence;
    okNoBuffer: Sentence;
    baseline: Sentence;
    empty: Sentence;
  };
  factsLabel: string;
  facts: {
    survival: string;
    survivalNote: string;
    noGap: string;
    noGapNote: (horizon: string) => string;
    deepest: string;
    deepestNote: (buffer: string) => string;
    deepestNoteZero: string;
    daysShort: string;
    daysShortNote: (horizon: string) => string;
    breakEven: string;
    breakEvenNote: string;
    breakEvenNone: string;
    /** The break-even search has not answered yet. */
    breakEvenPending: string;
    breakEvenPendingNote: string;
    breakEvenNoneNote: string;
    breakEvenZero: string;
    breakEvenZeroNote: string;
  };
};

const en: HeadlineMessages = {
  regionLabel: 'The answer',
  stale: (count) =>
    `${count === '1' ? 'One entry' : `${count} entries`} in your plan ${count === '1' ? 'needs' : 'need'} fixing. Until then, these figures are from your last complete plan.`,
  staleFix: 'Show me in Plan',
  untitledBusiness: 'your business',
  businessLabel: 'Business',
  scenarioLabel: 'Scenario',
  colon: ': ',
  status: {
    gap: 'Liquidity gap',
    ok: 'Gets through',
    baseline: 'Short even without an outage',
    empty: 'Plan not filled in yet',
  },
  presetPhrase: {
    technical_outage: (p) => `a ${p.days}-day Alipay outage`,
    maintenance: (p) => `a ${p.days}-day Jiebei and Huabei maintenance stop`,
    risk_control_freeze_30d: (p) => `a ${p.days}-day Jiebei and Huabei freeze`,
    limit_cut_50: (p) => `a ${p.cut} cut to the Jiebei and Huabei limits`,
    regulatory_closure: () => 'a regulatory closure of Jiebei and Huabei',
    ant_wide_event: (p) => `a ${p.days}-day outage of every Ant product`,
    ant_wide_event_revenue_drop: (p) =>
      `a ${p.days}-day Ant-wide outage with a ${p.drop} revenue drop`,
  },
  customPhrase: (name) => `the scenario “${name}”`,
  sentence: {
    gap: (p) =>
      `${p.scenario} leaves ${p.business} ${p.gap} short from ${p.date}; you survive ${p.days}.`,
    gapAtOnce: (p) =>
      `${p.scenario} leaves ${p.business} ${p.gap} short from ${p.date}, the day it starts.`,
    ok: (p) =>
      `${p.business} gets through ${p.scenario}: reachable cash never falls below your ${p.buffer} buffer (lowest ${p.low} on ${p.date}).`,
    okNoBuffer: (p) =>
      `${p.business} gets through ${p.scenario}: reachable cash never falls below zero (lowest ${p.low} on ${p.date}).`,
    baseline: (p) =>
      `Even without any outage, ${p.business} is ${p.baselineGap} short from ${p.baselineDate}: the plan itself runs out of cash, not only the outage. With ${p.scenario}, the deepest gap is ${p.gap}.`,
    empty: (p) =>
      `Add your cash, regular income and costs, and credit lines below to see how long ${p.business} would survive ${p.scenario}.`,
  },
  factsLabel: 'Key figures',
  facts: {
    survival: 'Survival days',
    survivalNote: 'from the start of the outage to the first gap',
    noGap: 'No gap',
    noGapNote: (horizon) => `none in the plan’s ${horizon}`,
    deepest: 'Deepest gap',
    deepestNote: (buffer) => `below your ${buffer} cash buffer`,
    deepestNoteZero: 'below zero cash',
    daysShort: 'Days short',
    daysShortNote: (horizon) => `out of ${horizon}`,
    breakEven: 'Break-even outage',
    breakEvenNote: 'the shortest outage of these sources that causes a gap',
    breakEvenNone: 'None',
    breakEvenPending: '…',
    breakEvenPendingNote: 'working out the shortest outage that breaks the plan…',
    breakEvenNoneNote: 'even an outage to the end of the horizon causes no gap',
    breakEvenZero: 'Any',
    breakEvenZeroNote:
      'the scenario’s other shocks (such as a revenue drop) cause a gap even with no credit outage',
  },
};

const zh: HeadlineMessages = {
  regionLabel: '测算结论',
  stale: (count) =>
    `经营方案中有${count}处输入需要修改。修改完成前，以下结果仍按上次完整的方案测算。`,
  staleFix: '去修改',
  untitledBusiness: '您的企业',
  businessLabel: '企业',
  scenarioLabel: '情景',
  colon: '：',
  status: {
    gap: '存在流动性缺口',
    ok: '可以撑过',
    baseline: '无中断也有缺口',
    empty: '方案尚未填写',
  },
  presetPhrase: {
    technical_outage: (p) => `支付宝技术故障${p.days}天`,
    maintenance: (p) => `借呗、花呗系统维护停用${p.days}天`,
    risk_control_freeze_30d: (p) => `借呗、花呗风控冻结${p.days}天`,
    limit_cut_50: (p) => `借呗、花呗额度下调${p.cut}`,
    regulatory_closure: () => '借呗、花呗监管叫停',
    ant_wide_event: (p) => `蚂蚁系产品全面中断${p.days}天`,
    ant_wide_event_revenue_drop: (p) => `蚂蚁系产品全面中断${p.days}天且营业收入下降${p.drop}`,
  },
  customPhrase: (name) => `“${name}”情景`,
  sentence: {
    gap: (p) =>
      `若遭遇${p.scenario}，${p.business}将自${p.date}起出现资金缺口，最大${p.gap}，可支撑${p.days}。`,
    gapAtOnce: (p) =>
      `若遭遇${p.scenario}，${p.business}在冲击当天（${p.date}）即出现资金缺口，最大${p.gap}。`,
    ok: (p) =>
      `若遭遇${p.scenario}，${p.business}可以撑过去：可动用资金始终不低于${p.buffer}的最低现金储备（最低为${p.date}的${p.low}）。`,
    okNoBuffer: (p) =>
      `若遭遇${p.scenario}，${p.business}可以撑过去：可动用资金始终不低于零（最低为${p.date}的${p.low}）。`,
    baseline: (p) =>
      `即使不发生任何中断，${p.business}也将自${p.baselineDate}起出现资金缺口，最大${p.baselineGap}——问题不只在于平台中断。若再遭遇${p.scenario}，最大缺口为${p.gap}。`,
    empty: (p) =>
      `请在下方录入资金账户、日常收支和融资渠道，即可测算${p.business}遭遇${p.scenario}时能支撑多久。`,
  },
  factsLabel: '关键指标',
  facts: {
    survival: '可支撑天数',
    survivalNote: '自中断开始至首次出现缺口',
    noGap: '无缺口',
    noGapNote: (horizon) => `测算期${horizon}内`,
    deepest: '最大资金缺口',
    deepestNote: (buffer) => `低于${buffer}最低现金储备的部分`,
    deepestNoteZero: '低于零的部分',
    daysShort: '缺口天数',
    daysShortNote: (horizon) => `测算期共${horizon}`,
    breakEven: '临界中断时长',
    breakEvenNote: '上述渠道中断超过该时长即出现缺口',
    breakEvenNone: '无',
    breakEvenPending: '…',
    breakEvenPendingNote: '正在测算导致资金缺口的最短中断时长…',
    breakEvenNoneNote: '即使中断至测算期末也不会出现缺口',
    breakEvenZero: '任意时长',
    breakEvenZeroNote: '即使信贷不中断，该情景中的其他冲击（如收入下降）也会造成缺口',
  },
};

export const HEADLINE: Record<Lang, HeadlineMessages> = { en, 'zh-CN': zh };
