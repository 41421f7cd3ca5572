import type { CsvField } from '../../io/csvMapping';
import type { RowProblemCode } from '../../io/csvFlows';
import type { CsvReadError } from '../../io/csvTable';
import type { MappingProblem } from '../../io/csvMapping';
import type { Lang } from '../lang';
import type { ProjectionColumn } from '../../io/projectionCsv';

/** CSV import of cash flows (editor) and CSV export of the daily projection (cash chart). */
const en = {
  importButton: 'Import from CSV',
  title: 'Import cash flows from a CSV file',
  stepLabel: (n: number) => `Step ${n} of 3`,
  fileStep: 'Choose a file',
  fileHint:
    'A CSV saved as UTF-8 from Excel, WPS or Numbers: one cash flow a row, with a header row. Columns such as name, amount, in/out (or separate income and expense columns), frequency, day and date. Comma, semicolon or tab delimited.',
  fileLabel: 'CSV file',
  readError: (e: CsvReadError): string => {
    switch (e.reason) {
      case 'too_large':
        return `The file is larger than ${Math.round(e.maxBytes / 1024)} KB — split it, or keep only the cash-flow rows.`;
      case 'not_utf8':
        return 'The file is not UTF-8 text. GBK (the default of older Chinese Excel) is not supported: in Excel choose “Save as → CSV UTF-8”, then choose the file again.';
      case 'empty':
        return 'The file has no data rows under its header — check that you chose the right file.';
      case 'too_many_rows':
        return `The file has more than ${e.maxRows} rows — a plan holds at most 200 cash flows; keep only the recurring ones.`;
    }
  },
  mapStep: 'Match the columns',
  mapHint: (delimiter: string, rows: number) =>
    `Read ${rows} rows (${delimiter}). We guessed which column is which from the headers — check each one.`,
  delimiterName: {
    ',': 'comma separated',
    ';': 'semicolon separated',
    '\t': 'tab separated',
  } as Record<string, string>,
  notInFile: '— not in the file —',
  field: {
    name: 'Name',
    amount: 'Amount (¥; negative = money going out)',
    direction: 'In or out',
    income: 'Income amount (¥)',
    expense: 'Expense amount (¥)',
    frequency: 'How often (daily, weekly, monthly, quarterly, once)',
    day: 'Day (day of month, or weekday for weekly)',
    date: 'Date (one-off date, or first date)',
    endDate: 'End date',
  } satisfies Record<CsvField, string>,
  mappingProblem: {
    need_name: 'Choose the column with each cash flow’s name.',
    need_amount: 'Choose an amount column, or an income and/or an expense column.',
    need_direction:
      'The file has no in/out column and no negative amounts: choose the column that says in or out, or say below whether the rows are money coming in or going out.',
  } satisfies Record<MappingProblem, string>,
  allRowsLegend: 'No in/out column: the rows are',
  allRows: { inflow: 'money coming in', outflow: 'money going out' },
  sampleCaption: 'First rows of the file',
  previewStep: 'Check and add',
  previewSummary: (add: number, skip: number) =>
    `${add === 1 ? '1 cash flow' : `${add} cash flows`} will be added${skip > 0 ? `; ${skip === 1 ? '1 row is' : `${skip} rows are`} skipped (the reason is next to each)` : ''}.`,
  previewCaption: 'Cash flows from the file',
  col: {
    line: 'Row',
    name: 'Name',
    direction: 'In / out',
    amount: 'Amount',
    schedule: 'When',
    status: 'Status',
  },
  willAdd: 'Will be added',
  skipped: 'Skipped:',
  problem: {
    name_missing: 'no name',
    amount_missing: 'no amount',
    amount_invalid: 'the amount is not a number',
    amount_zero: 'the amount is zero',
    amount_both: 'both an income and an expense amount',
    direction_unknown: 'in or out? (write in/out or 收入/支出)',
    frequency_unknown: 'unknown frequency (daily, weekly, monthly, quarterly, once)',
    day_invalid: 'the day is not a day of the month (1–31) or a weekday',
    date_invalid: 'the date is not a real date (write 2026-12-31)',
    date_missing: 'a one-off flow needs a date',
    too_many: 'the plan already holds the maximum of 200 cash flows',
  } satisfies Record<RowProblemCode, string>,
  next: 'Next',
  back: 'Back',
  cancel: 'Cancel',
  add: (n: number) => (n === 1 ? 'Add 1 cash flow' : `Add ${n} cash flows`),
  added: (n: number) =>
    `Added ${n === 1 ? '1 cash flow' : `${n} cash flows`} from the CSV file. Undo removes them all at once.`,
  download: 'Download CSV',
  downloadHint: 'The daily projection as a spreadsheet (CSV, UTF-8)',
  fileName: 'fundgap-daily-projection',
  columns: {
    date: 'Date',
    day: 'Day',
    baselineCash: 'Cash without the outage (¥)',
    stressedCash: 'Cash with the outage (¥)',
    stressedReachableCash: 'Reachable cash with the outage (¥)',
    inflows: 'Inflows (¥)',
    outflows: 'Outflows (¥)',
    draws: 'Credit drawn (¥)',
    repayments: 'Principal repaid (¥)',
    interest: 'Interest and fees (¥)',
    shortfall: 'Shortfall (¥)',
  } satisfies Record<ProjectionColumn, string>,
};

export type CsvMessages = typeof en;

const zh: CsvMessages = {
  importButton: '从 CSV 导入',
  title: '从 CSV 文件导入现金流',
  stepLabel: (n) => `第 ${n} 步，共 3 步`,
  fileStep: '选择文件',
  fileHint:
    '由 Excel、WPS 或 Numbers 另存为 UTF-8 编码的 CSV 文件：首行为表头，每行一笔现金流。可包含名称、金额、收支方向（或分列的收入、支出金额）、频率、日期等列；支持逗号、分号或制表符分隔。',
  fileLabel: 'CSV 文件',
  readError: (e) => {
    switch (e.reason) {
      case 'too_large':
        return `文件超过 ${Math.round(e.maxBytes / 1024)} KB——请拆分文件，或只保留现金流所在的行。`;
      case 'not_utf8':
        return '文件不是 UTF-8 编码。暂不支持 GBK 编码（旧版中文 Excel 的默认编码）：请在 Excel 中选择“另存为 → CSV UTF-8（逗号分隔）”，再重新选择该文件。';
      case 'empty':
        return '表头下方没有数据行——请确认选择了正确的文件。';
      case 'too_many_rows':
        return `文件超过 ${e.maxRows} 行——一个方案最多容纳 200 笔现金流，请只保留经常性收支。`;
    }
  },
  mapStep: '匹配列',
  mapHint: (delimiter, rows) =>
    `已读取 ${rows} 行（${delimiter}）。已根据表头推测各列含义，请逐项核对。`,
  delimiterName: { ',': '逗号分隔', ';': '分号分隔', '\t': '制表符分隔' },
  notInFile: '——文件中没有——',
  field: {
    name: '名称',
    amount: '金额（¥；负数表示支出）',
    direction: '收支方向',
    income: '收入金额（¥）',
    expense: '支出金额（¥）',
    frequency: '频率（每日、每周、每月、每季、一次）',
    day: '日（每月几号，或每周的星期几）',
    date: '日期（一次性收支的日期，或首次日期）',
    endDate: '结束日期',
  },
  mappingProblem: {
    need_name: '请选择现金流名称所在的列。',
    need_amount: '请选择金额列，或收入列、支出列。',
    need_direction:
      '文件中没有收支方向列，金额也没有负数：请选择标明收入或支出的列，或在下方说明这些行是收入还是支出。',
  },
  allRowsLegend: '没有收支方向列：这些行是',
  allRows: { inflow: '收入（流入）', outflow: '支出（流出）' },
  sampleCaption: '文件的前几行',
  previewStep: '核对并添加',
  previewSummary: (add, skip) =>
    `将添加 ${add} 笔现金流${skip > 0 ? `；跳过 ${skip} 行（原因见各行）` : ''}。`,
  previewCaption: '文件中的现金流',
  col: {
    line: '行号',
    name: '名称',
    direction: '收支',
    amount: '金额',
    schedule: '时间',
    status: '状态',
  },
  willAdd: '将添加',
  skipped: '已跳过：',
  problem: {
    name_missing: '缺少名称',
    amount_missing: '缺少金额',
    amount_invalid: '金额不是数字',
    amount_zero: '金额为零',
    amount_both: '同时填写了收入和支出金额',
    direction_unknown: '无法判断收支方向（请填写“收入”或“支出”）',
    frequency_unknown: '无法识别的频率（每日、每周、每月、每季、一次）',
    day_invalid: '日不是有效的每月几号（1–31）或星期几',
    date_invalid: '日期无效（请写作 2026-12-31）',
    date_missing: '一次性收支需要填写日期',
    too_many: '方案中的现金流已达 200 笔上限',
  },
  next: '下一步',
  back: '上一步',
  cancel: '取消',
  add: (n) => `添加 ${n} 笔现金流`,
  added: (n) => `已从 CSV 文件添加 ${n} 笔现金流。撤销可一次全部移除。`,
  download: '下载 CSV',
  downloadHint: '逐日现金预测表（CSV，UTF-8 编码）',
  fileName: 'fundgap-逐日现金预测',
  columns: {
    date: '日期',
    day: '天数',
    baselineCash: '现金余额（无中断，¥）',
    stressedCash: '现金余额（中断情景，¥）',
    stressedReachableCash: '可动用现金（中断情景，¥）',
    inflows: '现金流入（¥）',
    outflows: '现金流出（¥）',
    draws: '信贷提款（¥）',
    repayments: '归还本金（¥）',
    interest: '利息及费用（¥）',
    shortfall: '资金缺口（¥）',
  },
};

export const CSV: Record<Lang, CsvMessages> = { en, 'zh-CN': zh };
