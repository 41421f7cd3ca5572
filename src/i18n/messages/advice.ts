import type { ActionKind } from '../../engine/adviceActions';
import type { OutagePhase, OutageStepKind, TriggerId } from '../../engine/contingency';
import type { Lang } from '../lang';

type ActionText = (p: { amount: string; counterparty: string }) => string;

/** The advice panel and the contingency plan. */
export type AdviceMessages = {
  title: string;
  working: string;
  noGap: (p: { scenario: string }) => string;
  breakEven: (p: { days: string }) => string;
  breakEvenNone: string;
  gap: (p: { amount: string; date: string }) => string;
  method: (p: { scenario: string }) => string;
  timelyTitle: string;
  tooLateTitle: string;
  tooLateIntro: string;
  none: string;
  action: Record<ActionKind, ActionText>;
  fact: {
    amount: string;
    leadTime: string;
    leadValue: (p: { days: string; date: string }) => string;
    leadNone: string;
    leadTooLate: (p: { days: string }) => string;
    rate: string;
    rateValue: (p: { rate: string }) => string;
    cost: string;
    costValue: (p: { amount: string }) => string;
    survival: string;
    gapClosed: string;
    antShare: string;
    hhi: string;
    change: (p: { before: string; after: string }) => string;
    notApplicable: string;
  };
  badge: { closes: string; partial: string; sameGroup: string; tooLate: string };
  tryIt: string;
  stopTrying: string;
  keep: string;
  keeping: string;
  trying: (p: { action: string }) => string;
  kept: (p: { action: string }) => string;
  combination: {
    title: string;
    single: string;
    greedy: string;
    notEnough: string;
    actions: string;
    cost: string;
    survival: string;
    noGapLeft: string;
  };
  price: {
    label: string;
    reserve: string;
    loan: string;
    yuebao: string;
    float: string;
    none: string;
  };
  contingency: {
    title: string;
    intro: (p: { scenario: string; date: string }) => string;
    print: string;
    triggersTitle: string;
    caption: string;
    col: { trigger: string; threshold: string; now: string; todo: string; effect: string };
    trigger: Record<TriggerId, string>;
    threshold: Record<TriggerId, (p: { value: string }) => string>;
    fires: string;
    ok: string;
    measuredOn: (p: { value: string; source: string }) => string;
    notMeasured: string;
    noResponse: string;
    readyIn: (p: { days: string }) => string;
    readyNow: string;
    effect: (p: { amount: string }) => string;
    closed: (p: { amount: string }) => string;
    cost: (p: { amount: string }) => string;
    stepsTitle: string;
    stepsIntro: string;
    phase: Record<OutagePhase, string>;
    dayN: (p: { day: string }) => string;
    useNow: (p: { action: string }) => string;
    step: Record<OutageStepKind, (p: { action: string; amount: string; days: string }) => string>;
  };
};

const en: AdviceMessages = {
  title: 'What would close the gap',
  working: 'Working out what would close the gap…',
  noGap: ({ scenario }) =>
    `Under “${scenario}” your reachable cash never falls below your minimum buffer: there is no gap to close.`,
  breakEven: ({ days }) =>
    ` For context: an outage of the same credit would have to last ${days} before a gap opens.`,
  breakEvenNone: ' No outage of the same credit opens a gap within the horizon.',
  gap: ({ amount, date }) => `Gap to close: up to ${amount}, from ${date}.`,
  method: ({ scenario }) =>
    ` Each action below was applied to a copy of your plan and re-simulated under “${scenario}”; best value per ¥ first.`,
  timelyTitle: 'In time for this scenario',
  tooLateTitle: 'Too late for this scenario — arrange now for the next',
  tooLateIntro:
    'These take longer to arrange than the time left before the gap. Sized as if already in place.',
  none: 'No action within reach changes the result for this scenario.',
  action: {
    raise_reserve: ({ amount }) => `Add ${amount} to your cash reserve in the bank`,
    bank_loan: ({ amount }) => `Arrange a bank working-capital loan of ${amount}`,
    bank_credit_line: ({ amount }) => `Open a bank revolving credit line of ${amount}`,
    guaranteed_loan: ({ amount }) => `Apply for a government-guaranteed loan of ${amount}`,
    factoring: ({ amount, counterparty }) =>
      `Arrange factoring of up to ${amount} against receivables from ${counterparty}`,
    credit_card: ({ amount }) => `Keep ${amount} of credit-card cash advance as a short bridge`,
    non_ant_online_lender: ({ amount }) =>
      `Get a WeBank business loan limit of ${amount} (outside Ant)`,
    move_off_huabei: ({ amount }) =>
      `Pay suppliers from the bank instead of Huabei (${amount} of float given up)`,
    stagger_jiebei: ({ amount }) =>
      `Split Jiebei repayments so they fall half a month apart (${amount} outstanding)`,
    reduce_alipay_cash: ({ amount }) =>
      `Move ${amount} from Alipay and Yu'ebao to your bank account`,
  },
  fact: {
    amount: 'Amount',
    leadTime: 'Lead time',
    leadValue: ({ days, date }) => `${days}; start by ${date}`,
    leadNone: 'None: can be done today',
    leadTooLate: ({ days }) => `${days}; ends after the gap begins`,
    rate: 'Annual rate',
    rateValue: ({ rate }) => `${rate} a year`,
    cost: 'Cost',
    costValue: ({ amount }) => `${amount} a year`,
    survival: 'Survival days gained',
    gapClosed: 'Gap closed',
    antShare: 'Ant Group share of credit',
    hhi: 'Concentration (HHI)',
    change: ({ before, after }) => `${before} → ${after}`,
    notApplicable: 'n/a',
  },
  badge: {
    closes: 'Closes the gap',
    partial: 'Closes part of the gap',
    sameGroup: 'Same platform group as the failing credit',
    tooLate: 'Too late for this scenario',
  },
  tryIt: 'Try it',
  stopTrying: 'Stop trying',
  keep: 'Keep',
  keeping: 'Adding…',
  trying: ({ action }) =>
    `The cash chart now shows “${action}” as a dotted line. Your plan is unchanged.`,
  kept: ({ action }) => `Added to your plan: ${action}. Use Undo in the header to take it back.`,
  combination: {
    title: 'Cheapest combination that closes the gap',
    single: 'One action alone closes the gap, so no combination can be cheaper.',
    greedy:
      'No single action closes the gap: actions were added one at a time, each re-simulated, taking the one that closes the most gap per ¥ (greedy; an exhaustive search grows as 2ⁿ).',
    notEnough: 'Even together, the actions in time do not close the whole gap.',
    actions: 'Actions',
    cost: 'Total cost',
    survival: 'Survival after',
    noGapLeft: 'No gap left within the horizon',
  },
  price: {
    label: 'Where this rate comes from',
    reserve:
      'Cash set aside is priced at the 1-year loan prime rate: what it would cost to borrow it.',
    loan: 'A typical annual rate for this kind of credit; your bank’s offer may differ.',
    yuebao: "Yu'ebao yield given up over a bank demand deposit: a working assumption.",
    float: 'The supplier credit given up, priced at the 1-year loan prime rate.',
    none: 'Rescheduling costs no interest.',
  },
  contingency: {
    title: 'Contingency plan',
    intro: ({ scenario, date }) =>
      `What to watch and what to do, from your plan and the “${scenario}” scenario (day 0 = ${date}). Print it and keep it with your bank papers.`,
    print: 'Print the plan',
    triggersTitle: 'Early-warning triggers',
    caption: 'Early-warning triggers, whether each fires under this scenario, and what to do',
    col: {
      trigger: 'Trigger',
      threshold: 'Fires when',
      now: 'Under this scenario',
      todo: 'What to do',
      effect: 'Cash effect',
    },
    trigger: {
      limit_drop: 'Credit limit drop',
      buffer_days: 'Cash buffer',
      coverage_30d: '30-day stress coverage',
      concentration: 'Shock on a large source',
    },
    threshold: {
      limit_drop: ({ value }) => `a limit falls by more than ${value}`,
      buffer_days: ({ value }) => `cash covers fewer than ${value} of spending`,
      coverage_30d: ({ value }) => `coverage is below ${value}`,
      concentration: ({ value }) => `a shocked source holds more than ${value} of headroom`,
    },
    fires: 'Fires',
    ok: 'OK',
    measuredOn: ({ value, source }) => `${value} (${source})`,
    notMeasured: 'not measurable for this plan',
    noResponse: 'No change needed for this scenario; check again each month.',
    readyIn: ({ days }) => `ready in ${days}`,
    readyNow: 'ready the same day',
    effect: ({ amount }) => `+${amount} within reach`,
    closed: ({ amount }) => `closes ${amount} of the gap`,
    cost: ({ amount }) => `${amount} a year`,
    stepsTitle: 'If the outage happens: order of actions',
    stepsIntro:
      'Day 0 is the day the credit stops working. Actions are the advisor’s, in the order to take them.',
    phase: {
      day0: 'Day 0',
      days1to3: 'Days 1–3',
      week1: 'Rest of week 1',
      week2: 'Week 2',
      weeks3to4: 'Weeks 3–4',
      later: 'Later',
    },
    dayN: ({ day }) => `day ${day}`,
    useNow: ({ action }) => `Do now: ${action}.`,
    step: {
      confirm: () =>
        'Confirm the outage in Alipay, stop new spending on the frozen credit and tell whoever pays suppliers.',
      pay_suppliers_from_bank: () =>
        'Pay the suppliers Huabei used to pay from the bank account; ask for a few days’ grace if cash is tight.',
      start_action: ({ action, days }) => `Start arranging: ${action} (ready in ${days}).`,
      use_action: ({ action }) => `Now ready, draw on it: ${action}.`,
      gap_opens: ({ amount }) =>
        `Without these actions the liquidity gap opens today, up to ${amount}.`,
      review: () => 'Review the triggers and the gap; extend the measures if the outage goes on.',
      outage_ends: () =>
        'Expected end of the outage: repay anything blocked, then rebuild the reserve.',
    },
  },
};

const zh: AdviceMessages = {
  title: '如何补足缺口',
  working: '正在测算补足缺口的方案…',
  noGap: ({ scenario }) =>
    `在“${scenario}”情形下，可动用现金始终不低于最低现金储备，不存在需要补足的流动性缺口。`,
  breakEven: ({ days }) => `供参考：同类授信中断须持续${days}才会出现缺口。`,
  breakEvenNone: '测算期内，同类授信中断多久都不会出现缺口。',
  gap: ({ amount, date }) => `需补足的缺口：最高${amount}，自${date}起。`,
  method: ({ scenario }) =>
    `以下每项措施均在计划副本上实施，并在“${scenario}”情形下重新测算；按每元成本增加的可支撑天数排序。`,
  timelyTitle: '本情形下来得及的措施',
  tooLateTitle: '本情形下已来不及——请现在就为下一次做准备',
  tooLateIntro: '以下措施的办理周期长于缺口出现前的剩余时间。金额按已落实测算。',
  none: '本情形下，可行的措施都无法改变测算结果。',
  action: {
    raise_reserve: ({ amount }) => `在银行账户增加现金储备${amount}`,
    bank_loan: ({ amount }) => `申请银行流动资金贷款${amount}`,
    bank_credit_line: ({ amount }) => `开立银行循环授信${amount}`,
    guaranteed_loan: ({ amount }) => `申请政府性融资担保贷款${amount}`,
    factoring: ({ amount, counterparty }) =>
      `以${counterparty}的应收账款办理保理，融资额最高${amount}`,
    credit_card: ({ amount }) => `预留信用卡取现额度${amount}作短期过桥`,
    non_ant_online_lender: ({ amount }) => `申请微众银行微业贷额度${amount}（蚂蚁集团以外）`,
    move_off_huabei: ({ amount }) =>
      `供应商货款改由银行账户支付，不再使用花呗（放弃账期资金${amount}）`,
    stagger_jiebei: ({ amount }) => `将借呗还款拆分，错开半个月（待还本金${amount}）`,
    reduce_alipay_cash: ({ amount }) => `将支付宝余额和余额宝中的${amount}转入银行账户`,
  },
  fact: {
    amount: '金额',
    leadTime: '办理周期',
    leadValue: ({ days, date }) => `${days}，最晚${date}开始办理`,
    leadNone: '无需等待，当天即可办理',
    leadTooLate: ({ days }) => `${days}，晚于缺口出现`,
    rate: '年化利率',
    rateValue: ({ rate }) => `年化${rate}`,
    cost: '年成本',
    costValue: ({ amount }) => `每年${amount}`,
    survival: '增加可支撑天数',
    gapClosed: '补足缺口',
    antShare: '蚂蚁集团授信占比',
    hhi: '融资集中度（HHI）',
    change: ({ before, after }) => `${before} → ${after}`,
    notApplicable: '不适用',
  },
  badge: {
    closes: '可补足缺口',
    partial: '可补足部分缺口',
    sameGroup: '与出问题的授信属同一平台集团',
    tooLate: '本情形下来不及',
  },
  tryIt: '试算',
  stopTrying: '停止试算',
  keep: '采纳',
  keeping: '正在加入…',
  trying: ({ action }) => `现金走势图已用虚线显示“${action}”的效果，您的计划未作改动。`,
  kept: ({ action }) => `已加入您的计划：${action}。如需撤回，请点页眉的“撤销”。`,
  combination: {
    title: '补足缺口的最低成本组合',
    single: '单项措施即可补足缺口，任何组合的成本都不会更低。',
    greedy:
      '没有单项措施能补足缺口：逐项加入措施并重新测算，每次选择每元成本补足缺口最多的一项（贪心算法；穷举的计算量按 2ⁿ 增长）。',
    notEnough: '即使全部来得及的措施一起采用，也无法完全补足缺口。',
    actions: '措施',
    cost: '合计年成本',
    survival: '采取后可支撑天数',
    noGapLeft: '测算期内不再出现缺口',
  },
  price: {
    label: '此利率的依据',
    reserve: '预留现金按1年期贷款市场报价利率（LPR）计价，即借入这笔资金的成本。',
    loan: '此类融资的常见年化利率，实际以银行报价为准。',
    yuebao: '放弃的余额宝收益（相对银行活期存款），为工作假设。',
    float: '放弃的供应商账期资金，按1年期LPR计价。',
    none: '调整还款安排不产生利息。',
  },
  contingency: {
    title: '应急预案',
    intro: ({ scenario, date }) =>
      `根据您的计划和“${scenario}”情形生成的监测指标与应对措施（第0天＝${date}）。建议打印后与银行资料一并存放。`,
    print: '打印预案',
    triggersTitle: '预警指标',
    caption: '预警指标、本情形下是否触发及应对措施',
    col: {
      trigger: '指标',
      threshold: '触发条件',
      now: '本情形下',
      todo: '应对措施',
      effect: '现金影响',
    },
    trigger: {
      limit_drop: '授信额度下降',
      buffer_days: '现金缓冲天数',
      coverage_30d: '30天压力覆盖率',
      concentration: '大额授信受冲击',
    },
    threshold: {
      limit_drop: ({ value }) => `任一授信额度降幅超过${value}`,
      buffer_days: ({ value }) => `现金可覆盖支出不足${value}`,
      coverage_30d: ({ value }) => `覆盖率低于${value}`,
      concentration: ({ value }) => `受冲击授信占可用额度超过${value}`,
    },
    fires: '触发',
    ok: '正常',
    measuredOn: ({ value, source }) => `${value}（${source}）`,
    notMeasured: '本计划无法计算',
    noResponse: '本情形下无需调整，每月复查即可。',
    readyIn: ({ days }) => `${days}后可用`,
    readyNow: '当天可用',
    effect: ({ amount }) => `可动用资金增加${amount}`,
    closed: ({ amount }) => `补足缺口${amount}`,
    cost: ({ amount }) => `每年${amount}`,
    stepsTitle: '中断发生后的行动顺序',
    stepsIntro: '第0天为授信停止可用的当天。措施来自上方的测算，按应采取的先后排列。',
    phase: {
      day0: '第0天',
      days1to3: '第1–3天',
      week1: '第1周内',
      week2: '第2周',
      weeks3to4: '第3–4周',
      later: '此后',
    },
    dayN: ({ day }) => `第${day}天`,
    useNow: ({ action }) => `立即：${action}。`,
    step: {
      confirm: () => '在支付宝确认中断情况，停止在被冻结授信上的新增支出，并告知负责付款的同事。',
      pay_suppliers_from_bank: () =>
        '原由花呗支付的供应商货款改从银行账户支付；资金紧张时请供应商宽限几天。',
      start_action: ({ action, days }) => `开始办理：${action}（${days}后可用）。`,
      use_action: ({ action }) => `已可使用，开始动用：${action}。`,
      gap_opens: ({ amount }) => `若不采取上述措施，今天起出现流动性缺口，最高${amount}。`,
      review: () => '复查各项预警指标和缺口；若中断持续，延长或追加应对措施。',
      outage_ends: () => '预计中断结束：归还被阻断的还款，再补回现金储备。',
    },
  },
};

export const ADVICE: Record<Lang, AdviceMessages> = { en, 'zh-CN': zh };
