import type { Lang } from '../lang';

/** Client files, export / import, share links, two-tab conflicts and undo shortcuts. */
export type ClientsMessages = {
  current: string;
  colon: string;
  untitled: string;
  manage: string;
  managerTitle: string;
  managerIntro: string;
  filterLabel: string;
  emptyList: string;
  count: (shown: number, total: number) => string;
  lastEdited: (when: string) => string;
  openNow: string;
  open: (name: string) => string;
  rename: string;
  renameLabel: string;
  save: string;
  cancel: string;
  duplicate: string;
  copyName: (name: string) => string;
  delete: string;
  actionsFor: (name: string) => string;
  deleted: (name: string) => string;
  undoDelete: string;
  opened: (name: string) => string;
  openFailed: string;
  close: string;
  fileActions: string;
  fileTitle: string;
  exportHeading: string;
  exportIntro: string;
  exportButton: string;
  exportDraftWarning: (problems: number) => string;
  importHeading: string;
  importIntro: string;
  importLabel: string;
  importReady: (name: string) => string;
  importMigrated: (version: number) => string;
  importAsNew: string;
  importReplace: string;
  confirmReplace: (current: string) => string;
  confirmYes: string;
  imported: (name: string) => string;
  replaced: (name: string) => string;
  importProblems: string;
  readFailed: string;
  shareHeading: string;
  shareIntro: string;
  shareCreate: string;
  shareLinkLabel: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  shareLong: (length: number, threshold: number) => string;
  shareLength: (length: number) => string;
  shareSendFile: string;
  notSaved: string;
  sampleNotSaved: string;
  unsavedNote: (name: string, sample: boolean) => string;
  saveAsClient: string;
  savedAsClient: (name: string) => string;
  checkingSame: string;
  alreadyInBook: (name: string) => string;
  openExisting: (name: string) => string;
  importCopyAnyway: string;
  shareOpened: string;
  shareInvalid: string;
  shareGarbled: string;
  shareTooLarge: string;
  conflictTitle: string;
  conflictText: string;
  conflictTheirs: string;
  conflictCopy: string;
  conflictMine: string;
  conflictCopyName: (name: string) => string;
  alertsLabel: string;
  shortcutsNote: string;
};

const en: ClientsMessages = {
  current: 'Client file',
  colon: ': ',
  untitled: 'Untitled plan',
  manage: 'Client files',
  managerTitle: 'Client files',
  managerIntro:
    'Each client file is one plan with its own scenarios, saved in this browser as you type. Nothing is sent anywhere; export a file to keep a copy elsewhere.',
  filterLabel: 'Find a client file',
  emptyList: 'No client files saved yet. The plan on screen becomes one as soon as you change it.',
  count: (shown, total) =>
    shown === total
      ? `${total} client ${total === 1 ? 'file' : 'files'}`
      : `${shown} of ${total} client files`,
  lastEdited: (when) => `Last edited ${when}`,
  openNow: 'Open now',
  open: (name) => `Open ${name}`,
  rename: 'Rename',
  renameLabel: 'New name',
  save: 'Save',
  cancel: 'Cancel',
  duplicate: 'Duplicate',
  copyName: (name) => `${name} (copy)`,
  delete: 'Delete',
  actionsFor: (name) => `Actions for ${name}`,
  deleted: (name) => `Deleted “${name}”.`,
  undoDelete: 'Undo delete',
  opened: (name) => `Now showing ${name}.`,
  openFailed:
    'That client file could not be read. It was set aside, not deleted; see the message above the results.',
  close: 'Close',
  fileActions: 'Export, import, share',
  fileTitle: 'Export, import and share this plan',
  exportHeading: 'Export',
  exportIntro:
    'A plan file (JSON, FundGap format 1) with every account, flow, funding source and saved scenario.',
  exportButton: 'Download plan file (.json)',
  exportDraftWarning: (n) =>
    `The plan has ${n} ${n === 1 ? 'problem' : 'problems'} to fix; the file holds the last version without problems.`,
  importHeading: 'Import',
  importIntro: 'Nothing changes until you choose what to do with the file.',
  importLabel: 'Plan file (.json)',
  importReady: (name) => `“${name}” is a valid plan.`,
  importMigrated: (v) => `It was written in the older format ${v} and has been upgraded.`,
  importAsNew: 'Import as a new client file',
  importReplace: 'Replace the current plan…',
  confirmReplace: (current) => `Replace “${current}” with the imported plan? Undo brings it back.`,
  confirmYes: 'Replace',
  imported: (name) => `Imported “${name}” as a new client file.`,
  replaced: (name) =>
    `Replaced the current plan with “${name}”. Undo brings the previous one back.`,
  importProblems: 'What to fix in the file',
  readFailed: 'The file could not be read — pick it again.',
  shareHeading: 'Share link',
  shareIntro:
    'The whole plan is packed into the link, after the “#”. Browsers never send that part to any server: the plan reaches only the people you give the link to, and opens there as a new client file.',
  shareCreate: 'Create share link',
  shareLinkLabel: 'Share link',
  copyLink: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Copying is blocked here — select the link and copy it yourself.',
  shareLong: (length, threshold) =>
    `This link is ${length.toLocaleString('en')} characters long. Links over ${threshold.toLocaleString('en')} characters can be cut off by e-mail and chat apps (WeChat, SMS) or refused by some servers and link checkers; if it does not arrive whole, send the exported file instead.`,
  shareLength: (length) => `${length.toLocaleString('en')} characters.`,
  shareSendFile: 'Send the plan file instead (download .json)',
  notSaved: '(not saved)',
  sampleNotSaved: '(sample, not saved)',
  unsavedNote: (name, sample) =>
    sample
      ? `“${name}” on screen is a sample and is not saved as a client file: it is not in the list below, and goes once you open another client.`
      : `“${name}” on screen is not saved as a client file yet.`,
  saveAsClient: 'Save as a client file',
  savedAsClient: (name) => `Saved “${name}” as a client file.`,
  checkingSame: 'Checking whether this plan is already in your client files…',
  alreadyInBook: (name) =>
    `This plan is already in your client files as “${name}”, with the same content. Open it rather than adding a copy?`,
  openExisting: (name) => `Open “${name}”`,
  importCopyAnyway: 'Import a copy anyway',
  shareOpened:
    'The shared plan opened as a new client file. Your other client files are unchanged.',
  shareInvalid: 'This share link could not be opened, so nothing was changed.',
  shareGarbled:
    'The link is damaged or incomplete — ask for it again, or for the exported plan file.',
  shareTooLarge:
    'The link holds more than 2 MB of plan — no FundGap plan is that large, so it was not unpacked; ask for the exported plan file instead.',
  conflictTitle: 'This client file was changed in another tab',
  conflictText:
    'Both tabs edited the same plan. Nothing more is saved until you choose which version to keep. If this tab is closed first, its edit is kept as a new client file.',
  conflictTheirs: 'Use the other tab’s version',
  conflictCopy: 'Keep mine as a new client file',
  conflictMine: 'Overwrite with mine',
  conflictCopyName: (name) => `${name} (this tab)`,
  alertsLabel: 'Client file messages',
  shortcutsNote:
    'Ctrl+Z (⌘Z) undoes plan edits, Ctrl+Shift+Z or Ctrl+Y redoes them. Inside a text field they undo your typing in that field.',
};

const zh: ClientsMessages = {
  current: '客户档案',
  colon: '：',
  untitled: '未命名方案',
  manage: '客户档案',
  managerTitle: '客户档案',
  managerIntro:
    '每个客户档案是一套独立的测算方案，含各自的压力情景，输入时自动保存在本浏览器中，不会上传。如需在别处留存，请导出文件。',
  filterLabel: '查找客户档案',
  emptyList: '尚未保存任何客户档案。当前页面的方案一经修改，即自动保存为客户档案。',
  count: (shown, total) =>
    shown === total ? `共 ${total} 个客户档案` : `显示 ${shown} 个，共 ${total} 个客户档案`,
  lastEdited: (when) => `最后修改：${when}`,
  openNow: '当前打开',
  open: (name) => `打开 ${name}`,
  rename: '重命名',
  renameLabel: '新名称',
  save: '保存',
  cancel: '取消',
  duplicate: '复制',
  copyName: (name) => `${name}（副本）`,
  delete: '删除',
  actionsFor: (name) => `${name} 的操作`,
  deleted: (name) => `已删除“${name}”。`,
  undoDelete: '撤销删除',
  opened: (name) => `已打开：${name}。`,
  openFailed: '该客户档案无法读取，已另行保留（未删除），详见测算结果上方的提示。',
  close: '关闭',
  fileActions: '导出 · 导入 · 分享',
  fileTitle: '导出、导入和分享本方案',
  exportHeading: '导出',
  exportIntro:
    '导出为方案文件（JSON，FundGap 格式 1），包含全部资金账户、日常收支、融资渠道和已保存的压力情景。',
  exportButton: '下载方案文件（.json）',
  exportDraftWarning: (n) => `方案中有 ${n} 处待修正的问题；导出文件为最近一次无误的版本。`,
  importHeading: '导入',
  importIntro: '选择文件后不会立即改动任何数据，由您决定如何处理。',
  importLabel: '方案文件（.json）',
  importReady: (name) => `“${name}”是有效的方案文件。`,
  importMigrated: (v) => `该文件为旧格式 ${v}，已自动升级。`,
  importAsNew: '导入为新的客户档案',
  importReplace: '替换当前方案…',
  confirmReplace: (current) => `确定用导入的方案替换“${current}”吗？可以撤销。`,
  confirmYes: '确认替换',
  imported: (name) => `已将“${name}”导入为新的客户档案。`,
  replaced: (name) => `已用“${name}”替换当前方案，点击“撤销”可恢复。`,
  importProblems: '文件中需要修改的地方',
  readFailed: '文件无法读取——请重新选择。',
  shareHeading: '分享链接',
  shareIntro:
    '整套方案压缩后放在链接“#”之后的部分。浏览器不会把这部分发送给任何服务器：方案只会到达您发送链接的人手中，并在对方浏览器中作为新的客户档案打开。',
  shareCreate: '生成分享链接',
  shareLinkLabel: '分享链接',
  copyLink: '复制链接',
  copied: '链接已复制。',
  copyFailed: '此处无法自动复制——请选中链接后手动复制。',
  shareLong: (length, threshold) =>
    `该链接长 ${length.toLocaleString('zh-CN')} 个字符。超过 ${threshold.toLocaleString('zh-CN')} 个字符的链接可能被邮件、微信、短信等截断，或被部分服务器和链接检查工具拒绝；如对方收到的链接不完整，请改为发送导出的方案文件。`,
  shareLength: (length) => `共 ${length.toLocaleString('zh-CN')} 个字符。`,
  shareSendFile: '改为发送方案文件（下载 .json）',
  notSaved: '（未保存）',
  sampleNotSaved: '（示例，未保存）',
  unsavedNote: (name, sample) =>
    sample
      ? `当前页面的“${name}”是示例方案，尚未保存为客户档案：它不在下方列表中，打开其他客户后即不再保留。`
      : `当前页面的“${name}”尚未保存为客户档案。`,
  saveAsClient: '保存为客户档案',
  savedAsClient: (name) => `已将“${name}”保存为客户档案。`,
  checkingSame: '正在核对客户档案中是否已有此方案…',
  alreadyInBook: (name) =>
    `客户档案中已有内容完全相同的方案“${name}”。是否直接打开，而不再新增一份副本？`,
  openExisting: (name) => `打开“${name}”`,
  importCopyAnyway: '仍然导入为副本',
  shareOpened: '分享的方案已作为新的客户档案打开，您的其他客户档案未受影响。',
  shareInvalid: '无法打开此分享链接，未改动任何数据。',
  shareGarbled: '链接已损坏或不完整——请对方重新发送，或改发导出的方案文件。',
  shareTooLarge:
    '该链接解压后超过 2 MB——正常的 FundGap 方案不会这么大，因此未予解压；请对方改发导出的方案文件。',
  conflictTitle: '此客户档案已在另一个标签页中被修改',
  conflictText:
    '两个标签页都修改了同一方案。在您选择保留哪个版本之前，不会再保存任何修改。若先关闭此标签页，其修改将另存为新客户档案。',
  conflictTheirs: '采用另一标签页的版本',
  conflictCopy: '将我的修改另存为新客户档案',
  conflictMine: '用我的版本覆盖',
  conflictCopyName: (name) => `${name}（本标签页）`,
  alertsLabel: '客户档案提示',
  shortcutsNote:
    'Ctrl+Z（⌘Z）撤销方案修改，Ctrl+Shift+Z 或 Ctrl+Y 重做。在文本框内则撤销该框中的输入。',
};

export const CLIENTS: Record<Lang, ClientsMessages> = { en, 'zh-CN': zh };
