import type { Issue, IssueCode, IssueParams } from './issues';
import { LIMITS } from './limits';
import type { Lang } from '../i18n/lang';
import type { PlanFileError } from './planFile';

/**
 * English and Chinese texts for plan-file problems. Each sentence says what is wrong and how
 * to fix it; the field path is shown next to it by the caller (UI list, CLI line).
 */

type Describe = (p: IssueParams) => string;

const list = (p: IssueParams, sep: string): string => (p.allowed ?? []).join(sep);

function rangeEn(p: IssueParams): string {
  if (p.minimum !== undefined && p.maximum !== undefined) {
    return `must be between ${p.minimum} and ${p.maximum}`;
  }
  if (p.minimum !== undefined) return `must be at least ${p.minimum}`;
  if (p.maximum !== undefined) return `must be at most ${p.maximum}`;
  return 'is out of range';
}

function rangeZh(p: IssueParams): string {
  if (p.minimum !== undefined && p.maximum !== undefined) {
    return `须在 ${p.minimum} 至 ${p.maximum} 之间`;
  }
  if (p.minimum !== undefined) return `不能小于 ${p.minimum}`;
  if (p.maximum !== undefined) return `不能大于 ${p.maximum}`;
  return '超出允许范围';
}

/** What a field holds, for `invalid_type` (zod's `expected`). */
const EXPECTED_EN: Record<string, string> = {
  number: 'a number',
  string: 'text in quotes',
  array: 'a list in square brackets [ … ]',
  object: 'an object in curly braces { … }',
  boolean: 'true or false',
};
const EXPECTED_ZH: Record<string, string> = {
  number: '数字',
  string: '带引号的文本',
  array: '方括号列表 [ … ]',
  object: '花括号对象 { … }',
  boolean: 'true 或 false',
};

const expectedOf = (p: IssueParams, table: Record<string, string>): string | undefined =>
  p.expected !== undefined && Object.hasOwn(table, p.expected) ? table[p.expected] : undefined;

const EN: Record<IssueCode, Describe> = {
  required: () => 'is missing — add this field.',
  invalid_type: (p) => {
    const what = expectedOf(p, EXPECTED_EN);
    return what
      ? `has the wrong kind of value — it must be ${what}; see docs/plan-format.md for what this field holds.`
      : 'has the wrong kind of value (for example text where a number belongs) — see docs/plan-format.md for what this field holds.';
  },
  not_a_number: () =>
    'is not a number — enter an amount such as 1200.5 (the app’s fields also take 3万, 1.5万 and ¥30,000).',
  full_width_digits: () =>
    'is written in full-width digits (１２３) — switch the input method to half-width (半角) and type the number as 123.',
  not_an_integer: () => 'must be a whole number — remove the decimals.',
  amount_negative: () => 'must be ≥ 0 — enter the amount in yuan without a minus sign.',
  amount_too_large: () =>
    'is above ¥10,000,000,000 — enter the amount in yuan (not fen) and check for extra zeros.',
  too_many_decimals: (p) => {
    const n = p.maximum ?? 2;
    return n === 2
      ? 'has more than 2 decimal places — amounts are in yuan, rounded to the fen (0.01).'
      : `has more than ${n} decimal places — round it to ${n}.`;
  },
  percent_range: () => 'must be a percentage from 0 to 100 — write 4.5 for 4.5 %, not 0.045.',
  out_of_range: (p) => `${rangeEn(p)} — change the value to fit.`,
  horizon_range: () =>
    'must be a whole number of days from 30 to 730 — for example 365 for one year.',
  date_invalid: () =>
    'is not a real calendar date — write it as YYYY-MM-DD, for example 2026-12-01.',
  date_out_of_range: () =>
    `is outside ${LIMITS.dateMin} … ${LIMITS.dateMax} — check the year (four digits, for example 2026).`,
  date_order: () =>
    'is before the start date — make the end date the same as or later than the start date.',
  unknown_kind: (p) => `is not a known kind — use one of: ${list(p, ', ')}.`,
  invalid_option: (p) => `is not an allowed value — use one of: ${list(p, ', ')}.`,
  empty: () => 'must not be empty — fill it in or remove it.',
  too_long: (p) => `is longer than ${p.maximum ?? ''} characters — shorten it.`,
  too_many: (p) => `has more than ${p.maximum ?? ''} entries — remove some.`,
  duplicate_id: (p) =>
    `repeats the id “${p.id ?? ''}” — every id in this list must be different; rename one of them.`,
  unknown_source: (p) =>
    `names the funding source “${p.id ?? ''}”, which is not in fundingSources — use an existing source id or remove it.`,
  outflow_only: () =>
    'applies to outflows only — remove it from this inflow, or change the direction to outflow.',
  beyond_exact_range: () =>
    'makes the plan too large to compute to the fen (with every flow, limit and rate at work over the horizon, beyond about ¥45 trillion) — check it for extra zeros, or a daily rate entered where the annual rate belongs.',
  term_mismatch: (p) =>
    p.field === 'billInstalments'
      ? `must be an instalment fee over billInstalments (${p.months ?? ''}) months — Huabei charges the fee of the term used${p.percent === undefined ? '' : ` (${p.months ?? ''} months: ${p.percent} % in all)`}; set price.months to ${p.months ?? ''} with that term's fee, or change billInstalments.`
      : `must be over termMonths (${p.months ?? ''}) months — the fee is charged over the instalments actually used; set price.months and termMonths to the same term.`,
  not_for_huabei: () =>
    'does not apply to Huabei — it pays merchants (no cash draws, no draw fee, no revolving interest day) and charges its published overdue rate of 0.05 % a day; remove this field.',
  huabei_only: () => 'applies to Huabei instalment plans only — remove it from this balance.',
  revolving_only: () =>
    'applies to revolving lines only — remove it, or set repayment to revolving.',
  exceeds_term: (p) =>
    `is more than the plan's ${p.field ?? 'planMonths'} (${p.maximum ?? ''}) — a plan cannot have more instalments left than it had; fix one of the two.`,
  inflow_only: () =>
    'applies to inflows only — remove it from this outflow, or change the direction to inflow.',
};

const ZH: Record<IssueCode, Describe> = {
  required: () => '缺少此项——请补充填写。',
  invalid_type: (p) => {
    const what = expectedOf(p, EXPECTED_ZH);
    return what
      ? `数据类型不正确——此处应为${what}，请对照 docs/plan-format.md 中该字段的说明修改。`
      : '数据类型不正确（例如应填数字处填了文字）——请对照 docs/plan-format.md 中该字段的说明修改。';
  },
  not_a_number: () =>
    '不是有效数字——请填写数字，如 1200.5（应用中的输入框也可写 3万、1.5万 或 ¥30,000）。',
  full_width_digits: () =>
    '使用了全角数字（１２３）——请将输入法切换为半角，按 123 的形式输入数字。',
  not_an_integer: () => '须为整数——请去掉小数部分。',
  amount_negative: () => '金额不能为负数——请以元为单位填写，不要带负号。',
  amount_too_large: () => '金额超过 100 亿元上限——请确认单位是元而不是分，并检查是否多写了 0。',
  too_many_decimals: (p) => {
    const n = p.maximum ?? 2;
    return n === 2
      ? '小数超过 2 位——金额以元为单位，精确到分（0.01 元）。'
      : `小数超过 ${n} 位——请保留 ${n} 位小数。`;
  },
  percent_range: () => '须为 0 至 100 之间的百分数——例如 4.5% 请填 4.5，而不是 0.045。',
  out_of_range: (p) => `${rangeZh(p)}——请调整数值。`,
  horizon_range: () => '测算期须为 30 至 730 天之间的整数——例如一年填 365。',
  date_invalid: () => '不是有效的日历日期——请按 YYYY-MM-DD 格式填写，如 2026-12-01。',
  date_out_of_range: () =>
    `超出 ${LIMITS.dateMin} 至 ${LIMITS.dateMax} 的范围——请检查年份（四位数字，如 2026）。`,
  date_order: () => '早于开始日期——结束日期须等于或晚于开始日期。',
  unknown_kind: (p) => `类型无法识别——请使用以下之一：${list(p, '、')}。`,
  invalid_option: (p) => `取值无效——请使用以下之一：${list(p, '、')}。`,
  empty: () => '不能为空——请填写，或删除此项。',
  too_long: (p) => `超过 ${p.maximum ?? ''} 个字符——请缩短。`,
  too_many: (p) => `超过 ${p.maximum ?? ''} 项——请删减。`,
  duplicate_id: (p) => `编号“${p.id ?? ''}”重复——同一列表中的编号必须唯一，请修改其中一个。`,
  unknown_source: (p) =>
    `引用的融资渠道“${p.id ?? ''}”不存在——请填写 fundingSources 中已有的渠道编号，或删除此项。`,
  outflow_only: () => '仅适用于支出——请从这笔收入中删除此项，或将方向改为支出（outflow）。',
  beyond_exact_range: () =>
    '使计划规模超出可精确到分的计算范围（测算期内全部收支、额度与利息合计约超过 45 万亿元）——请检查是否多写了 0，或把年化利率填成了日利率。',
  term_mismatch: (p) =>
    p.field === 'billInstalments'
      ? `须为按 billInstalments（${p.months ?? ''} 期）计的分期手续费——花呗按实际分期期数收费${p.percent === undefined ? '' : `（${p.months ?? ''} 期合计 ${p.percent}%）`}；请将 price.months 改为 ${p.months ?? ''} 并填写该期数的费率，或修改 billInstalments。`
      : `须按 termMonths（${p.months ?? ''} 期）计——手续费按实际还款期数收取；请将 price.months 与 termMonths 设为同一期数。`,
  not_for_huabei: () =>
    '不适用于花呗——花呗用于向商户付款（不提现、无提现手续费、无循环结息日），逾期按公布的日利率 0.05% 计息；请删除此项。',
  huabei_only: () => '仅适用于花呗分期——请从这笔余额中删除此项。',
  revolving_only: () => '仅适用于循环额度——请删除此项，或将还款方式改为循环（revolving）。',
  exceeds_term: (p) =>
    `超过该分期的 ${p.field ?? 'planMonths'}（${p.maximum ?? ''} 期）——剩余期数不能多于总期数；请修正其中一项。`,
  inflow_only: () => '仅适用于收入——请从这笔支出中删除此项，或将方向改为收入（inflow）。',
};

export const ISSUE_MESSAGES: Record<Lang, Record<IssueCode, Describe>> = { en: EN, 'zh-CN': ZH };

/**
 * One sentence for one issue, without the path.
 * @example describeIssue({ code: 'amount_negative' }, 'zh-CN') // '金额不能为负数——…'
 */
export function describeIssue(issue: Pick<Issue, 'code' | 'params'>, lang: Lang): string {
  return ISSUE_MESSAGES[lang][issue.code](issue.params ?? {});
}

/**
 * One issue as a full sentence that names the field first (CLI lines, lists of a whole file).
 * The whole file's own problems (path '') read as the file's.
 * @example describeIssueAt({ path: 'fundingSources[2].limit', code: 'amount_negative' }, 'en')
 * // 'fundingSources[2].limit must be ≥ 0 — enter the amount in yuan without a minus sign.'
 */
export function describeIssueAt(
  issue: Pick<Issue, 'path' | 'code' | 'params'>,
  lang: Lang,
): string {
  // The raw path (CLI lines, files people edit by hand); the whole file as `placeOfIssue` says it.
  const field = issue.path === '' ? placeOfIssue('', lang) : issue.path;
  const sentence = describeIssue(issue, lang);
  return lang === 'zh-CN' ? `${field}：${sentence}` : `${field} ${sentence}`;
}

const LISTS: Record<string, { en: string; zh: string }> = {
  cashAccounts: { en: 'Cash account', zh: '现金账户' },
  cashFlows: { en: 'Cash flow', zh: '收支项目' },
  fundingSources: { en: 'Funding source', zh: '融资渠道' },
  scenarios: { en: 'Scenario', zh: '情景' },
  shocks: { en: 'shock', zh: '冲击' },
  outstanding: { en: 'balance owed', zh: '未还借款' },
};
const FIELDS: Record<string, { en: string; zh: string }> = {
  business: { en: 'Business', zh: '经营信息' },
  name: { en: 'name', zh: '名称' },
  limit: { en: 'credit limit', zh: '授信额度' },
  balance: { en: 'balance', zh: '余额' },
  amount: { en: 'amount', zh: '金额' },
  principal: { en: 'principal', zh: '本金' },
  rate: { en: 'rate', zh: '利率' },
  startDate: { en: 'start date', zh: '开始日期' },
  endDate: { en: 'end date', zh: '结束日期' },
  horizonDays: { en: 'horizon', zh: '测算期' },
  minCashBuffer: { en: 'minimum cash buffer', zh: '最低现金储备' },
  leadTimeDays: { en: 'lead time', zh: '办理周期' },
  termMonths: { en: 'term', zh: '期限' },
  frequency: { en: 'schedule', zh: '频率' },
  dayOfMonth: { en: 'day of the month', zh: '每月日期' },
  durationDays: { en: 'duration', zh: '持续天数' },
  startDay: { en: 'start day', zh: '开始日' },
};

/**
 * Where an issue is, as a reader names it: "融资渠道第1项 · 授信额度" / "Funding source 1 ·
 * credit limit" for `fundingSources[0].limit` (an import listed the raw paths). A part it does
 * not know stays as written; the whole file ('') is "the file".
 */
export function placeOfIssue(path: string, lang: Lang): string {
  const zh = lang === 'zh-CN';
  if (path === '') return zh ? '文件' : 'The file';
  const parts: string[] = [];
  for (const part of path.split('.')) {
    const item = /^(\w+)\[(\d+)\]$/.exec(part);
    if (item) {
      const list = LISTS[item[1]!];
      const n = Number(item[2]) + 1;
      parts.push(list ? (zh ? `${list.zh}第${n}项` : `${list.en} ${n}`) : part);
      continue;
    }
    const field = FIELDS[part];
    parts.push(field ? (zh ? field.zh : field.en) : part);
  }
  return parts.join(' · ');
}

const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * One readable sentence for why a plan file could not be opened, with what to do about it.
 * @example describeError({ reason: 'too_new', fileVersion: 3, supportedVersion: 1 }, 'en')
 */
export function describeError(error: PlanFileError, lang: Lang): string {
  const zh = lang === 'zh-CN';
  switch (error.reason) {
    case 'too_large':
      return zh
        ? `文件超过 ${megabytes(error.maxBytes)}——FundGap 计划文件通常只有几 KB，请确认选择了正确的文件。`
        : `The file is larger than ${megabytes(error.maxBytes)} — a FundGap plan is a few kilobytes; check that you picked the right file.`;
    case 'not_utf8':
      return error.looksLike === 'gbk'
        ? zh
          ? '文件是 GBK 编码（旧版中文 Windows 程序的默认编码），不是 UTF-8——为免中文名称乱码，已拒绝打开：请在编辑器中选择“另存为 → 编码 UTF-8”，再重新打开。'
          : 'The file is in GBK (the default of older Chinese Windows programs), not UTF-8 — it was refused so that Chinese names are not garbled; save it again with the encoding UTF-8, then open it.'
        : zh
          ? '文件不是 UTF-8 或 UTF-16 文本——请选择 FundGap 导出的文件，或在编辑器中另存为 UTF-8 编码后重新打开。'
          : 'The file is not UTF-8 or UTF-16 text — open a file exported by FundGap, or save it again with the encoding UTF-8.';
    case 'not_json':
      return zh
        ? `文件不是有效的 JSON${whereZh(error.detail)}——请选择 FundGap 导出的文件，或修正其中的格式错误。`
        : `The file is not valid JSON (${error.detail}) — open a file exported by FundGap, or fix the syntax error.`;
    case 'not_a_plan':
      return zh
        ? '这不是 FundGap 计划文件（缺少 formatVersion 版本号）——请选择 FundGap 导出的文件。'
        : 'This is not a FundGap plan file (it has no formatVersion) — open a file exported by FundGap.';
    case 'too_new':
      return zh
        ? `此文件由更新版本的 FundGap 生成（格式 ${error.fileVersion}），当前版本只能读取格式 ${error.supportedVersion}——请升级 FundGap 后再打开。`
        : `This file was written by a newer FundGap (format ${error.fileVersion}); this version reads format ${error.supportedVersion} — update FundGap to open it.`;
    case 'unsafe_keys':
      return zh
        ? `文件在 ${error.path} 处含有禁止使用的键名（__proto__、constructor 或 prototype）——出于安全考虑已拒绝打开，请删除该键后重试。`
        : `The file has a forbidden key at ${error.path} (__proto__, constructor or prototype) — it was refused for safety; remove that key and try again.`;
    case 'too_deep':
      return zh
        ? `文件嵌套超过 ${error.maxDepth} 层——正常的计划文件不会这样，请确认选择了正确的文件。`
        : `The file is nested more than ${error.maxDepth} levels deep — no FundGap plan is; check that you picked the right file.`;
    case 'migration_failed':
      return zh
        ? `此文件为旧格式 ${error.fromVersion}，升级到当前格式时出错（${error.detail}）——原文件未被改动，请保留文件并反馈此问题。`
        : `This file uses the older format ${error.fromVersion} and could not be upgraded (${error.detail}) — the file was not changed; keep it and report the problem.`;
    case 'invalid': {
      const n = error.issues.length;
      return zh
        ? `计划文件有 ${n} 处问题——请按下列提示逐项修改。`
        : `The plan has ${n} ${n === 1 ? 'problem' : 'problems'} — fix the fields listed below.`;
    }
    default:
      return assertNever(error);
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected error: ${JSON.stringify(x)}`);
}

/**
 * Where a JSON syntax error is, in Chinese: the parser's own message is English ("Expected ','
 * or '}' after property value in JSON at position 39 (line 3 column 5)"), so only its place is
 * kept.
 */
function whereZh(detail: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  if (lineColumn) return `（第${lineColumn[1]}行第${lineColumn[2]}列附近）`;
  const position = /position (\d+)/.exec(detail);
  return position ? `（第${Number(position[1]) + 1}个字符附近）` : '';
}
