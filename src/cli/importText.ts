import type { Lang } from '../i18n/lang';

/** The `import` command's own words (statement messages live in i18n/messages/statements.ts). */
export const IMPORT_TEXT = {
  en: {
    missingFile:
      'Give the path of a statement: an Alipay or WeChat Pay export (CSV or .xlsx) or a bank CSV.',
    badStart: (v: string) => `--start must be a date like 2026-12-01, not "${v}".`,
    read: (format: string, encoding: string, from: string, to: string, n: number) =>
      `${format} (${encoding}), ${from} to ${to}: ${n} transactions counted.`,
    skipped: (what: string) => `Left out: ${what}.`,
    huabei: (percent: string) => `Paid with Huabei: ${percent} of outflows.`,
    flows: 'Proposed cash flows (confidence; the transactions each came from):',
    more: (n: number) => `… and ${n} more (all of them with --json)`,
    planFile: 'Plan file:',
    written: (f: string) => `Plan file written to ${f}.`,
    cannotWrite: (f: string, why: string) => `Cannot write ${f}: ${why}`,
  },
  'zh-CN': {
    missingFile:
      '请给出账单文件的路径：支付宝或微信支付导出的账单（CSV 或 .xlsx），或银行流水 CSV。',
    badStart: (v: string) => `--start 须为日期，如 2026-12-01，而不是“${v}”。`,
    read: (format: string, encoding: string, from: string, to: string, n: number) =>
      `${format}（${encoding}），${from} 至 ${to}：计入 ${n} 笔交易。`,
    skipped: (what: string) => `未计入：${what}。`,
    huabei: (percent: string) => `花呗支付占支出的 ${percent}。`,
    flows: '建议的现金流（可信度；各自来源的交易）：',
    more: (n: number) => `……另有 ${n} 笔（加 --json 可列出全部）`,
    planFile: '方案文件：',
    written: (f: string) => `方案文件已写入 ${f}。`,
    cannotWrite: (f: string, why: string) => `无法写入 ${f}：${why}`,
  },
} satisfies Record<Lang, Record<string, unknown>>;
