import type { Lang } from '../lang';

/**
 * The advisor's book: the stress-test table of every client file, its CSV, and the book file
 * (every client in one file, optionally encrypted). Column names follow the dashboard's
 * (可支撑天数, 最大流动性缺口, 临界中断时长) and the CLI's `book` (首个缺口日, 蚂蚁系授信占比).
 */
export type BookMessages = {
  title: string;
  intro: string;
  scenarioLabel: string;
  ownWorst: string;
  searchLabel: string;
  onlyGap: string;
  progress: (done: number, total: number) => string;
  finished: (total: number) => string;
  shown: (shown: number, total: number) => string;
  empty: string;
  noMatch: string;
  scrollHint: string;
  tableCaption: (scenario: string) => string;
  columns: {
    client: string;
    status: string;
    survival: string;
    firstShort: string;
    deepest: string;
    antShare: string;
    breakEven: string;
    lastCheckIn: string;
  };
  sortBy: (column: string) => string;
  status: { risk: string; watch: string; ok: string; problem: string; pending: string };
  statusNote: string;
  never: string;
  none: string;
  notRecorded: string;
  pending: string;
  anyOutage: string;
  unreadable: string;
  noSavedScenario: string;
  open: (name: string) => string;
  underScenario: (scenario: string) => string;
  downloadCsv: string;
  csvName: string;
  csvHeaders: {
    client: string;
    scenario: string;
    status: string;
    survival: string;
    firstShort: string;
    deepest: string;
    antShare: string;
    breakEven: string;
    lastCheckIn: string;
  };
  file: {
    button: string;
    title: string;
    exportHeading: string;
    exportIntro: (clients: number) => string;
    passphrase: string;
    passphraseHint: string;
    confirm: string;
    mismatch: string;
    exportButton: string;
    encrypting: string;
    exported: (clients: number, encrypted: boolean) => string;
    importHeading: string;
    importIntro: string;
    importLabel: string;
    encryptedAsk: string;
    importPassphrase: string;
    decryptButton: string;
    reading: string;
    ready: (clients: number) => string;
    mergeButton: string;
    merged: (added: number, alreadyThere: number) => string;
    readFailed: string;
  };
};

const en: BookMessages = {
  title: 'Book stress test',
  intro:
    'Every client file under one scenario, so you know whom to call first. Worked out in the background, client by client; nothing leaves this browser.',
  scenarioLabel: 'Scenario for every client',
  ownWorst: 'Each client’s own worst saved scenario',
  searchLabel: 'Find a client',
  onlyGap: 'Only clients with a liquidity gap',
  progress: (done, total) => `Stress-testing… ${done} of ${total} clients done`,
  finished: (total) =>
    total === 1 ? 'The one client stress-tested' : `All ${total} clients stress-tested`,
  shown: (shown, total) => (shown === total ? '' : `Showing ${shown} of ${total} clients`),
  empty: 'No client files saved yet: the table fills once a plan is saved as a client file.',
  noMatch: 'No client matches the search.',
  scrollHint: 'The table is wider than the screen: swipe it sideways to see every column.',
  tableCaption: (scenario) => `Every client under ${scenario}`,
  columns: {
    client: 'Client',
    status: 'Status',
    survival: 'Survival days',
    firstShort: 'First short day',
    deepest: 'Deepest gap',
    antShare: 'Ant group share',
    breakEven: 'Break-even outage',
    lastCheckIn: 'Last check-in',
  },
  sortBy: (column) => `Sort by ${column}`,
  status: {
    risk: 'Risk',
    watch: 'Watch',
    ok: 'No gap',
    problem: 'Not tested',
    pending: 'Working…',
  },
  statusNote:
    'Risk: short within a typical 30-day freeze. Watch: short later, within 180 days. No gap: never short in the plan’s horizon.',
  never: 'No gap',
  none: '—',
  notRecorded: 'Not recorded',
  pending: '…',
  anyOutage: 'Any length',
  unreadable: 'The saved file could not be read; open it to see why.',
  noSavedScenario: 'No saved scenario of its own',
  open: (name) => `Open ${name}`,
  underScenario: (scenario) => `under ${scenario}`,
  downloadCsv: 'Download table (CSV)',
  csvName: 'fundgap-book-stress-test',
  csvHeaders: {
    client: 'Client',
    scenario: 'Scenario',
    status: 'Status',
    survival: 'Survival (days)',
    firstShort: 'First short day',
    deepest: 'Deepest gap (CNY)',
    antShare: 'Ant group share (%)',
    breakEven: 'Break-even outage (days)',
    lastCheckIn: 'Last check-in',
  },
  file: {
    button: 'Whole book: export, import',
    title: 'The whole book in one file',
    exportHeading: 'Export every client file',
    exportIntro: (n) =>
      `One file with ${n === 1 ? 'your client file' : `all ${n} client files`}, to move your book to another device or archive it. With a passphrase it is encrypted (AES-256-GCM): client figures never travel in clear.`,
    passphrase: 'Passphrase (optional, recommended)',
    passphraseHint:
      'Anyone with the file and the passphrase can read it; without the passphrase nobody can, FundGap included. Keep it somewhere other than the file.',
    confirm: 'Passphrase again',
    mismatch: 'The two passphrases differ — type the same one twice.',
    exportButton: 'Download the book file',
    encrypting: 'Encrypting…',
    exported: (n, encrypted) =>
      `Downloaded ${n === 1 ? '1 client file' : `${n} client files`}${encrypted ? ', encrypted with your passphrase' : ' (not encrypted)'}.`,
    importHeading: 'Import a book file',
    importIntro:
      'Clients already in this book with the same plan are left out, so importing the same book twice adds nothing.',
    importLabel: 'Book file (.json)',
    encryptedAsk: 'This book file is encrypted — enter its passphrase.',
    importPassphrase: 'Passphrase of the file',
    decryptButton: 'Decrypt and read',
    reading: 'Reading…',
    ready: (n) => (n === 1 ? 'The book holds 1 client file.' : `The book holds ${n} client files.`),
    mergeButton: 'Add them to my client files',
    merged: (added, there) =>
      `Added ${added === 1 ? '1 client file' : `${added} client files`}${there > 0 ? `; ${there} were already here with the same plan and were not added again` : ''}.`,
    readFailed: 'The file could not be read — pick it again.',
  },
};

const zh: BookMessages = {
  title: '客户组合压力测试',
  intro:
    '在同一情景下逐一测算全部客户档案，一眼看出应当先联系哪位客户。测算在后台逐户进行，数据不离开本浏览器。',
  scenarioLabel: '统一测算情景',
  ownWorst: '各客户自身最不利的已存情景',
  searchLabel: '查找客户',
  onlyGap: '仅显示存在流动性缺口的客户',
  progress: (done, total) => `正在测算…已完成 ${done} / ${total} 户`,
  finished: (total) => `全部 ${total} 户已测算完毕`,
  shown: (shown, total) => (shown === total ? '' : `显示 ${shown} 户，共 ${total} 户`),
  empty: '尚未保存任何客户档案：方案保存为客户档案后，即在此表中列示。',
  noMatch: '没有符合条件的客户。',
  scrollHint: '表格宽于屏幕：左右滑动可查看全部列。',
  tableCaption: (scenario) => `全部客户在“${scenario}”情景下的测算结果`,
  columns: {
    client: '客户',
    status: '风险等级',
    survival: '可支撑天数',
    firstShort: '首个缺口日',
    deepest: '最大流动性缺口',
    antShare: '蚂蚁系授信占比',
    breakEven: '临界中断时长',
    lastCheckIn: '最近回访',
  },
  sortBy: (column) => `按“${column}”排序`,
  status: {
    risk: '风险',
    watch: '关注',
    ok: '无缺口',
    problem: '未能测算',
    pending: '测算中…',
  },
  statusNote:
    '风险：在一次典型风控冻结（30天）内即出现缺口；关注：180天内出现缺口；无缺口：测算期内始终不低于最低现金储备。',
  never: '无缺口',
  none: '—',
  notRecorded: '未记录',
  pending: '…',
  anyOutage: '任意时长',
  unreadable: '该档案无法读取，打开后可查看原因。',
  noSavedScenario: '该客户没有自存情景',
  open: (name) => `打开 ${name}`,
  underScenario: (scenario) => `情景：${scenario}`,
  downloadCsv: '下载表格（CSV）',
  csvName: 'fundgap-客户组合压力测试',
  csvHeaders: {
    client: '客户',
    scenario: '情景',
    status: '风险等级',
    survival: '可支撑天数（天）',
    firstShort: '首个缺口日',
    deepest: '最大流动性缺口（元）',
    antShare: '蚂蚁系授信占比（%）',
    breakEven: '临界中断时长（天）',
    lastCheckIn: '最近回访日期',
  },
  file: {
    button: '整本档案：导出 · 导入',
    title: '全部客户档案合为一个文件',
    exportHeading: '导出全部客户档案',
    exportIntro: (n) =>
      `将全部 ${n} 个客户档案合为一个文件，便于在电脑与手机之间转移或归档。设置密码后文件经 AES-256-GCM 加密，客户财务数据不以明文传输。`,
    passphrase: '密码（可选，建议设置）',
    passphraseHint:
      '持有文件和密码即可读取；没有密码任何人都无法读取，包括 FundGap 本身。请勿将密码与文件放在一起。',
    confirm: '再次输入密码',
    mismatch: '两次输入的密码不一致，请重新输入。',
    exportButton: '下载整本档案文件',
    encrypting: '正在加密…',
    exported: (n, encrypted) =>
      `已下载 ${n} 个客户档案${encrypted ? '（已用您设置的密码加密）' : '（未加密）'}。`,
    importHeading: '导入整本档案文件',
    importIntro: '方案内容相同的客户不会重复导入，同一文件导入两次也不会新增任何档案。',
    importLabel: '整本档案文件（.json）',
    encryptedAsk: '该文件已加密，请输入导出时设置的密码。',
    importPassphrase: '文件密码',
    decryptButton: '解密并读取',
    reading: '正在读取…',
    ready: (n) => `该文件包含 ${n} 个客户档案。`,
    mergeButton: '合并到我的客户档案',
    merged: (added, there) =>
      `已新增 ${added} 个客户档案${there > 0 ? `；另有 ${there} 个方案内容相同，已在档案中，未重复导入` : ''}。`,
    readFailed: '文件无法读取——请重新选择。',
  },
};

export const BOOK: Record<Lang, BookMessages> = { en, 'zh-CN': zh };
