import type {
  OutagePhase,
  OutageStepKind,
  SignalFrequency,
  SignalId,
  TriggerId,
} from '../../engine/contingency';
import type { Lang } from '../lang';

type StepText = (p: { action: string; amount: string; days: string; ready: string }) => string;

/** The contingency plan: what to watch (and where, how often) and what to do, in date order. */
export type ContingencyMessages = {
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
  /** A trigger that fires with nothing in reach to answer it. */
  firesNoResponse: string;
  /** A trigger that does not fire, with no response needed. */
  quietNoResponse: string;
  /** A trigger or signal that this scenario shows, but the cash holds: watch, not act. */
  firesCashHolds: string;
  /** A signal this scenario does not show: what to do if it appears. */
  signalQuiet: string;
  /** A trigger that does not fire: what to do if it ever does. */
  ifItFires: string;
  readyIn: (p: { days: string }) => string;
  readyNow: string;
  tooLateHere: string;
  effect: (p: { amount: string }) => string;
  closed: (p: { amount: string }) => string;
  cost: (p: { amount: string }) => string;
  signalsTitle: string;
  signalsIntro: string;
  signalsCaption: string;
  /** A phone's trigger card: the disclosure holding the threshold and the cash effect. */
  triggerDetails: string;
  signalCol: { signal: string; where: string; often: string; expected: string; todo: string };
  signal: Record<SignalId, { what: string; where: string }>;
  frequency: Record<SignalFrequency, string>;
  expectedYes: string;
  expectedNo: string;
  signalNoResponse: Partial<Record<SignalId, string>>;
  stepsTitle: string;
  stepsIntro: string;
  phase: Record<OutagePhase, string>;
  dayN: (p: { day: string }) => string;
  daysBefore: (p: { days: string }) => string;
  tooLateStep: string;
  fallbackStep: string;
  leverInForce: (p: { action: string }) => string;
  /** A lever that must be agreed first: day 0 opens the talks, not the measure. */
  leverTalks: (p: { action: string; days: string }) => string;
  /** An action with no lead time: started and in place the same day. */
  startSameDay: (p: { action: string }) => string;
  startSaving: (p: { action: string; ready: string }) => string;
  leverNow: string;
  leverIn: (p: { days: string }) => string;
  step: Record<OutageStepKind, StepText>;
};

const en: ContingencyMessages = {
  title: 'Contingency plan',
  intro: ({ scenario, date }) =>
    `What to watch and what to do, from your plan and the “${scenario}” scenario (day 0 = ${date}). Print it and keep it with your bank papers.`,
  print: 'Print the plan',
  triggersTitle: 'Early-warning triggers (from your figures)',
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
  ok: 'Does not fire',
  measuredOn: ({ value, source }) => `${value} (${source})`,
  notMeasured: 'not measurable for this plan',
  firesNoResponse: 'Nothing in reach answers it in time: talk to your bank or adviser now.',
  quietNoResponse: 'Nothing to do under this scenario; check again each month.',
  firesCashHolds:
    'Your cash still holds through this scenario: keep watching; if the outage lasts longer than it assumes, run the plan again with the longer outage.',
  signalQuiet:
    'Not expected under this scenario: run the plan again under the scenario it points to (a limit cut, a freeze).',
  ifItFires: 'If it fires:',
  readyIn: ({ days }) => `ready in ${days}`,
  readyNow: 'ready the same day',
  tooLateHere: 'too late for this outage — arrange now for the next',
  effect: ({ amount }) => `+${amount} within reach`,
  closed: ({ amount }) => `closes ${amount} of the gap`,
  cost: ({ amount }) => `${amount} a year`,
  signalsTitle: 'Signals to watch yourself',
  signalsIntro:
    'What you can see before any figure moves: what to check, where, and how often. Each says what to do if you see it.',
  signalsCaption: 'Observable signals, where to look, how often, and what to do',
  triggerDetails: 'Threshold and cash effect',
  signalCol: {
    signal: 'Signal',
    where: 'Where to look',
    often: 'How often',
    expected: 'In this scenario',
    todo: 'If you see it',
  },
  signal: {
    limit_notice: {
      what: 'A notice that a Jiebei or Huabei limit is lowered',
      where: 'Alipay app: the Jiebei and Huabei pages and the message centre',
    },
    rate_rise: {
      what: 'A higher rate on a new Jiebei draw or Huabei instalment',
      where: 'Alipay app: the annualised rate shown before you confirm a draw',
    },
    repayment_failed: {
      what: 'A repayment that fails or is not taken on its due date',
      where: 'Alipay bill and repayment records; your bank’s text messages',
    },
    service_unavailable: {
      what: '“Service unavailable”, or the borrow and pay buttons greyed out',
      where: 'Alipay app, when you draw or pay a supplier',
    },
    risk_notice: {
      what: 'A risk-control notice: account under review, functions limited',
      where: 'Alipay message centre and text messages from Ant',
    },
    credit_report: {
      what: 'A change on your credit report: an overdue, an inquiry you did not make',
      where: 'Your bank’s app or the PBOC Credit Reference Center’s website',
    },
    regulatory_news: {
      what: 'Regulators acting on online consumer credit or platform lending',
      where: 'Announcements of the NFRA and the PBOC; major financial news',
    },
    bank_notice: {
      what: 'Your bank reviewing the loan early, asking for repayment, or hesitating to renew',
      where: 'Calls and visits from your loan officer; the bank’s notices',
    },
  },
  frequency: {
    daily: 'every day you trade',
    weekly: 'weekly',
    monthly: 'monthly',
    quarterly: 'every three months',
    before_due: 'the day before each due date',
    as_received: 'as soon as it arrives',
  },
  expectedYes: 'Would appear',
  expectedNo: 'Not in this scenario',
  signalNoResponse: {
    repayment_failed:
      'Pay the same day from your bank account, keep proof, and call the lender to record why it was late.',
    credit_report:
      'Dispute any error with the lender or at a PBOC branch; an overdue stays five years after it is settled.',
  },
  stepsTitle: 'If the outage happens: steps by date',
  stepsIntro:
    'Day 0 is the day the credit stops working. Each step starts early enough for its lead time to end before the gap opens, or is marked too late for this outage.',
  phase: {
    before: 'Now, before any outage',
    day0: 'Day 0',
    days1to3: 'Days 1–3',
    week1: 'Rest of week 1',
    week2: 'Week 2',
    weeks3to4: 'Weeks 3–4',
    later: 'Later',
  },
  dayN: ({ day }) => `day ${day}`,
  daysBefore: ({ days }) => `${days} before day 0`,
  tooLateStep: 'Too late for this outage — arrange it now for the next.',
  fallbackStep: 'Backstop in case the measures above are not agreed.',
  leverInForce: ({ action }) => `Now in force: ${action}.`,
  leverTalks: ({ action, days }) => `Start talks (about ${days} to agree): ${action}.`,
  startSameDay: ({ action }) => `Start: ${action} (in place the same day).`,
  startSaving: ({ action, ready }) => `Start: ${action} (the target is reached on ${ready}).`,
  leverNow: 'from the same day',
  leverIn: ({ days }) => `in force after about ${days} of talks`,
  step: {
    confirm: () =>
      'Confirm the outage in Alipay, stop new spending on the failing credit and tell whoever pays suppliers.',
    pay_suppliers_from_bank: () =>
      'Pay the suppliers Huabei used to pay from the bank account; ask for a few days’ grace if cash is tight.',
    start_action: ({ action, days, ready }) =>
      `Start: ${action} (about ${days}; usable from ${ready}).`,
    use_action: ({ action }) => `Ready, use it as needed: ${action}.`,
    apply_lever: ({ action }) => `Put into effect: ${action}.`,
    protect_credit: () =>
      'A repayment falls due while repayments are blocked: call the lender, keep proof of the attempt, and pay the moment the channel works.',
    gap_opens: ({ amount }) =>
      `Without these steps the liquidity gap would open today, up to about ${amount}.`,
    review: () => 'Review the triggers and the gap; extend the measures if the outage goes on.',
    outage_ends: () =>
      'Expected end of the outage: repay anything blocked, then rebuild the reserve.',
  },
};

const zh: ContingencyMessages = {
  title: '应急预案',
  intro: ({ scenario, date }) =>
    `根据您的计划和“${scenario}”情形生成的监测指标与应对步骤（第0天＝${date}）。建议打印后与银行资料一并存放。`,
  print: '打印预案',
  triggersTitle: '预警指标（根据您的数据测算）',
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
  ok: '未触发',
  measuredOn: ({ value, source }) => `${value}（${source}）`,
  notMeasured: '本计划无法计算',
  firesNoResponse: '目前没有来得及的应对措施，请尽快与开户银行或顾问商议。',
  quietNoResponse: '本情形下无需行动，每月复查一次。',
  firesCashHolds:
    '本情形下现金仍可支撑，暂不需要融资；请持续关注，若中断时间长于本情形假设，请按更长的中断重新测算。',
  signalQuiet: '本情形下不会出现；如出现，请按其所指向的情形（降额、冻结等）重新测算。',
  ifItFires: '一旦触发：',
  readyIn: ({ days }) => `${days}后可用`,
  readyNow: '当天可用',
  tooLateHere: '本次来不及——请现在着手，以备下次',
  effect: ({ amount }) => `可动用资金增加${amount}`,
  closed: ({ amount }) => `补足缺口${amount}`,
  cost: ({ amount }) => `每年${amount}`,
  signalsTitle: '需要亲自留意的信号',
  signalsIntro: '在数据变化之前就能看到的迹象：看什么、在哪里看、多久看一次，以及看到后该怎么做。',
  signalsCaption: '可观察的预警信号、查看位置、频率及应对',
  triggerDetails: '触发条件与现金影响',
  signalCol: {
    signal: '信号',
    where: '在哪里看',
    often: '多久看一次',
    expected: '本情形下',
    todo: '看到后怎么做',
  },
  signal: {
    limit_notice: {
      what: '借呗、花呗额度下调的通知',
      where: '支付宝App：借呗、花呗页面及消息中心',
    },
    rate_rise: {
      what: '新借借呗或花呗分期的利率上调',
      where: '支付宝App：确认借款前显示的年化利率',
    },
    repayment_failed: {
      what: '到期还款失败或未能扣款',
      where: '支付宝账单及还款记录；银行短信提醒',
    },
    service_unavailable: {
      what: '提示“服务暂不可用”，或借款、付款按钮变灰',
      where: '支付宝App：借款或向供应商付款时',
    },
    risk_notice: {
      what: '风控提示：账户审核中、功能受限',
      where: '支付宝消息中心及蚂蚁发来的短信',
    },
    credit_report: {
      what: '征信报告出现变化：新增逾期、不是您本人发起的查询',
      where: '开户银行App或中国人民银行征信中心网站',
    },
    regulatory_news: {
      what: '监管部门对网络消费信贷、平台放贷出台新规或整改',
      where: '国家金融监督管理总局、中国人民银行公告；主流财经新闻',
    },
    bank_notice: {
      what: '银行提前贷后检查、要求提前还款，或对续贷态度犹豫',
      where: '客户经理的电话和走访；银行通知',
    },
  },
  frequency: {
    daily: '每个营业日',
    weekly: '每周',
    monthly: '每月',
    quarterly: '每三个月',
    before_due: '每个还款日前一天',
    as_received: '收到即看',
  },
  expectedYes: '会出现',
  expectedNo: '不会出现',
  signalNoResponse: {
    repayment_failed: '当天改用银行账户还款并保留凭证，同时致电贷款机构说明延误原因。',
    credit_report: '如有错误，向贷款机构或人民银行分支机构提出异议；逾期记录自结清之日起保留5年。',
  },
  stepsTitle: '中断发生后的行动步骤（按日期）',
  stepsIntro:
    '第0天为授信停止可用的当天。每一步都留足办理周期，确保在缺口出现前到位；来不及的会标明“本次来不及”。',
  phase: {
    before: '现在就做（中断发生之前）',
    day0: '第0天',
    days1to3: '第1–3天',
    week1: '第1周内',
    week2: '第2周',
    weeks3to4: '第3–4周',
    later: '此后',
  },
  dayN: ({ day }) => `第${day}天`,
  daysBefore: ({ days }) => `中断前${days}`,
  tooLateStep: '本次来不及——请现在着手，以备下次。',
  fallbackStep: '后备方案：万一上述措施谈不下来时使用。',
  leverInForce: ({ action }) => `开始生效：${action}。`,
  leverTalks: ({ action, days }) => `开始协商（约需${days}谈妥）：${action}。`,
  startSameDay: ({ action }) => `开始办理：${action}（当天即可到位）。`,
  startSaving: ({ action, ready }) => `开始留存：${action}（${ready}存足）。`,
  leverNow: '当天即可执行',
  leverIn: ({ days }) => `约需${days}谈妥后生效`,
  step: {
    confirm: () => '在支付宝确认中断情况，停止在受影响授信上的新增支出，并告知负责付款的同事。',
    pay_suppliers_from_bank: () =>
      '原由花呗支付的供应商货款改从银行账户支付；资金紧张时请供应商宽限几天。',
    start_action: ({ action, days, ready }) =>
      `开始办理：${action}（约需${days}，${ready}起可用）。`,
    use_action: ({ action }) => `已可使用，按需动用：${action}。`,
    apply_lever: ({ action }) => `开始执行：${action}。`,
    protect_credit: () =>
      '还款日恰逢还款通道受阻：致电贷款机构说明情况，保留还款尝试的凭证，通道一恢复立即还款。',
    gap_opens: ({ amount }) => `若不采取上述步骤，今天起将出现流动性缺口，最高约${amount}。`,
    review: () => '复查各项预警指标和缺口；若中断持续，延长或追加应对措施。',
    outage_ends: () => '预计中断结束：归还被阻断的还款，再补回应急储备金。',
  },
};

export const CONTINGENCY: Record<Lang, ContingencyMessages> = { en, 'zh-CN': zh };
