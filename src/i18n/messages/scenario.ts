import type { Lang } from '../lang';

type Grade = 'W' | 'M' | 'U';

/** Which number a preset's grade is about. */
export type GradeBasis = 'length' | 'cut' | 'precedent';

export type ScenarioMessages = {
  title: string;
  intro: string;
  chooseLegend: string;
  presetsHeading: string;
  customHeading: string;
  gradeBasis: Record<GradeBasis, string>;
  colon: string;
  gradeText: Record<Grade, string>;
  sourceTip: (name: string) => string;
  startFromPreset: string;
  startFromPresetLabel: (name: string) => string;
  presetCopyName: (name: string) => string;
  yourScenario: string;
  edit: string;
  editLabel: (name: string) => string;
  duplicate: string;
  duplicateLabel: (name: string) => string;
  remove: string;
  removeLabel: (name: string) => string;
  copyName: (name: string) => string;
  unnamed: string;
  saved: (name: string) => string;
  deleted: (name: string) => string;
  duplicated: (name: string) => string;
  /** The plan keeps as many scenarios as can be compared side by side. */
  keptLimit: (max: number) => string;
  limitReached: (max: number) => string;
  builder: {
    toggle: string;
    editing: (name: string) => string;
    intro: string;
    name: string;
    shocksHeading: string;
    shock: (n: number) => string;
    addShock: string;
    removeShock: (n: number) => string;
    type: string;
    target: string;
    startDay: string;
    startDayHint: (date: string) => string;
    duration: string;
    /** The slider beside the days box; its value is read as "30 days" (aria-valuetext). */
    durationSlider: string;
    permanent: string;
    cutPercent: string;
    dropPercent: string;
    delayDays: string;
    dueWithinDays: string;
    save: string;
    cancel: string;
    fixFirst: string;
  };
  targetGroups: { common: string; sources: string; kinds: string; groups: string; other: string };
  jiebeiHuabei: string;
  wholeGroup: (group: string) => string;
  unknownSource: (id: string) => string;
  listJoin: string;
  errors: {
    name_required: string;
    no_shocks: string;
    too_many: (max: number) => string;
    target_required: string;
    range: (min: number, max: number) => string;
    percent_range: (min: number, max: number) => string;
  };
  summary: {
    window: (date: string, length: string) => string;
    permanent: (date: string) => string;
    recall: (date: string, days: string) => string;
    cut: (pct: string) => string;
    drop: (pct: string) => string;
    delay: (days: string) => string;
  };
};

const en: ScenarioMessages = {
  title: 'Outage scenario',
  intro: 'Pick what goes wrong. The answer and every chart recompute at once.',
  chooseLegend: 'Choose a scenario',
  presetsHeading: 'Presets',
  customHeading: 'Your scenarios',
  gradeBasis: { length: 'Length', cut: 'Size of cut', precedent: 'Precedent' },
  colon: ': ',
  gradeText: {
    W: 'well sourced (W)',
    M: 'several sources agree (M)',
    U: 'assumption (U) — edit it',
  },
  sourceTip: (name) => `Where “${name}” comes from`,
  startFromPreset: 'Start from this preset',
  startFromPresetLabel: (name) => `Start from this preset: ${name}`,
  presetCopyName: (name) => `${name} (my version)`,
  yourScenario: 'Your scenario',
  edit: 'Edit',
  editLabel: (name) => `Edit “${name}”`,
  duplicate: 'Duplicate',
  duplicateLabel: (name) => `Duplicate “${name}”`,
  remove: 'Delete',
  removeLabel: (name) => `Delete “${name}”`,
  copyName: (name) => `${name} (copy)`,
  unnamed: 'Unnamed scenario',
  saved: (name) => `Saved “${name}” and applied it.`,
  deleted: (name) => `Deleted “${name}”. Undo brings it back.`,
  duplicated: (name) => `Added “${name}”.`,
  keptLimit: (max) =>
    `Your plan keeps ${max} scenarios, the most that can be compared side by side. Remove one to add another.`,
  limitReached: (max) => `A plan holds at most ${max} scenarios of its own.`,
  builder: {
    toggle: 'Build your own scenario',
    editing: (name) => `Editing “${name}”`,
    intro:
      'Combine shocks: what stops, what it hits, when it starts and how long it lasts. Day 0 is the plan’s start date.',
    name: 'Scenario name',
    shocksHeading: 'Shocks',
    shock: (n) => `Shock ${n}`,
    addShock: 'Add a shock',
    removeShock: (n) => `Remove shock ${n}`,
    type: 'What happens',
    target: 'What it hits',
    startDay: 'Starts on',
    startDayHint: (date) => `That is ${date}.`,
    duration: 'Lasts',
    durationSlider: 'Lasts (slider)',
    permanent: 'Permanent (to the end of the plan)',
    cutPercent: 'Limit cut by',
    dropPercent: 'Revenue drops by',
    delayDays: 'Customers pay later by',
    dueWithinDays: 'Whole balance due within',
    save: 'Save and apply',
    cancel: 'Cancel',
    fixFirst: 'Some fields need fixing before the scenario can be saved.',
  },
  targetGroups: {
    common: 'Common',
    sources: 'One source in this plan',
    kinds: 'Every source of a kind',
    groups: 'A whole platform group',
    other: 'Other',
  },
  jiebeiHuabei: 'Jiebei and Huabei',
  wholeGroup: (group) => `All of ${group}`,
  unknownSource: (id) => `a source no longer in the plan (${id})`,
  listJoin: ', ',
  errors: {
    name_required: 'Give the scenario a name.',
    no_shocks: 'Add at least one shock.',
    too_many: (max) => `A plan holds at most ${max} scenarios of its own: delete one first.`,
    target_required: 'Choose what the shock hits.',
    range: (min, max) => `Enter a whole number of days from ${min} to ${max}.`,
    percent_range: (min, max) => `Enter a percentage from ${min}% to ${max}%.`,
  },
  summary: {
    window: (date, length) => `from ${date} for ${length}`,
    permanent: (date) => `from ${date} to the end of the plan`,
    recall: (date, days) => `from ${date}, due within ${days}`,
    cut: (pct) => `by ${pct}`,
    drop: (pct) => `by ${pct}`,
    delay: (days) => `by ${days}`,
  },
};

const zh: ScenarioMessages = {
  title: '中断情景',
  intro: '选择一种中断情形，测算结论和所有图表将即时重新测算。',
  chooseLegend: '选择情景',
  presetsHeading: '预设情景',
  customHeading: '自定义情景',
  gradeBasis: { length: '时长', cut: '下调幅度', precedent: '先例' },
  colon: '：',
  gradeText: { W: '来源可靠（W）', M: '多方来源一致（M）', U: '假设值（U），可修改' },
  sourceTip: (name) => `“${name}”的依据`,
  startFromPreset: '以此为基础自定义',
  startFromPresetLabel: (name) => `以此为基础自定义：${name}`,
  presetCopyName: (name) => `${name}（自定义）`,
  yourScenario: '自定义',
  edit: '编辑',
  editLabel: (name) => `编辑“${name}”`,
  duplicate: '复制',
  duplicateLabel: (name) => `复制“${name}”`,
  remove: '删除',
  removeLabel: (name) => `删除“${name}”`,
  copyName: (name) => `${name}（副本）`,
  unnamed: '未命名情景',
  saved: (name) => `已保存并应用“${name}”。`,
  deleted: (name) => `已删除“${name}”，点击“撤销”可恢复。`,
  duplicated: (name) => `已添加“${name}”。`,
  keptLimit: (max) => `您的计划已保存 ${max} 个情景，已达对比上限。请先删除一个再添加。`,
  limitReached: (max) => `每个方案最多保存${max}个自定义情景。`,
  builder: {
    toggle: '新建自定义情景',
    editing: (name) => `正在编辑“${name}”`,
    intro: '组合多项冲击：哪项服务中断、影响哪些渠道、何时开始、持续多久。第0天为方案起始日。',
    name: '情景名称',
    shocksHeading: '冲击',
    shock: (n) => `冲击${n}`,
    addShock: '添加冲击',
    removeShock: (n) => `删除冲击${n}`,
    type: '冲击类型',
    target: '影响对象',
    startDay: '开始日',
    startDayHint: (date) => `即${date}。`,
    duration: '持续时间',
    durationSlider: '持续时间（滑块）',
    permanent: '永久（持续至测算期末）',
    cutPercent: '额度下调比例',
    dropPercent: '收入下降比例',
    delayDays: '客户回款推迟',
    dueWithinDays: '全部余额还款期限',
    save: '保存并应用',
    cancel: '取消',
    fixFirst: '部分字段有误，请修改后再保存。',
  },
  targetGroups: {
    common: '常用',
    sources: '本方案中的某一渠道',
    kinds: '某类融资渠道（全部）',
    groups: '整个平台集团',
    other: '其他',
  },
  jiebeiHuabei: '借呗和花呗',
  wholeGroup: (group) => `${group}旗下全部产品`,
  unknownSource: (id) => `已不在方案中的渠道（${id}）`,
  listJoin: '、',
  errors: {
    name_required: '请填写情景名称。',
    no_shocks: '请至少添加一项冲击。',
    too_many: (max) => `每个方案最多保存${max}个自定义情景，请先删除一个。`,
    target_required: '请选择冲击影响的对象。',
    range: (min, max) => `请输入${min}至${max}之间的整数天数。`,
    percent_range: (min, max) => `请输入${min}%至${max}%之间的百分比。`,
  },
  summary: {
    window: (date, length) => `自${date}起持续${length}`,
    permanent: (date) => `自${date}起持续至测算期末`,
    recall: (date, days) => `自${date}起，须在${days}内还清`,
    cut: (pct) => pct,
    drop: (pct) => pct,
    delay: (days) => days,
  },
};

export const SCENARIO: Record<Lang, ScenarioMessages> = { en, 'zh-CN': zh };
