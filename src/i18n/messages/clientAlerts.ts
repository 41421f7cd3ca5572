import type { Lang } from '../lang';

/**
 * What happened to saved client files and what the user can do: a list rebuilt from the files,
 * a damaged draft repaired, a file from a newer FundGap, an edit kept from a closed tab.
 */
export type ClientAlertMessages = {
  listRepairedTitle: string;
  listRepaired: (listed: number) => string;
  listDropped: (dropped: number) => string;
  draftRepairedTitle: (name: string) => string;
  draftRepaired: (count: number, fields: string) => string;
  /** The whole draft was unreadable (the repaired path ''). */
  wholeDraft: string;
  /** "a, b, c and 4 more" */
  fieldList: (shown: readonly string[], more: number) => string;
  tooNewTitle: (name: string) => string;
  tooNew: string;
  editKept: (name: string) => string;
  downloadPlanFile: string;
  openIt: string;
  dismiss: string;
};

const en: ClientAlertMessages = {
  listRepairedTitle: 'The client list was repaired',
  listRepaired: (n) =>
    n === 0
      ? 'It had become unreadable and was rebuilt from the saved client files. Nothing was lost.'
      : `It was missing ${n === 1 ? 'a client file' : `${n} client files`} still saved in this browser; ${n === 1 ? 'it is' : 'they are'} listed again. Nothing was lost.`,
  listDropped: (n) =>
    `${n === 1 ? 'One line' : `${n} lines`} named a client file no longer saved and ${n === 1 ? 'was' : 'were'} removed.`,
  draftRepairedTitle: (name) => `“${name}”: the saved draft was damaged and has been repaired`,
  draftRepaired: (count, fields) =>
    `${count === 1 ? 'One field' : `${count} fields`} could not be read and ${count === 1 ? 'was' : 'were'} taken from the last complete version of the plan, or left empty to fill in: ${fields}. Everything else opened as saved. The file as it was found is kept; download its last complete plan as a plan file to compare or import it.`,
  wholeDraft: 'the whole draft',
  fieldList: (shown, more) =>
    more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', '),
  tooNewTitle: (name) => `“${name}” was made by a newer version — update FundGap`,
  tooNew:
    'This version of FundGap cannot open it. Reload the page, or close every FundGap tab and open it again, to get the newer version. The file is left untouched for it; you can also download its plan file and import it elsewhere.',
  editKept: (name) =>
    `A tab was closed before its two-tab conflict was settled. Its edit is kept as the client file “${name}”.`,
  downloadPlanFile: 'Download plan file',
  openIt: 'Open it',
  dismiss: 'Dismiss',
};

const zh: ClientAlertMessages = {
  listRepairedTitle: '客户列表已修复',
  listRepaired: (n) =>
    n === 0
      ? '客户列表无法读取，已根据本浏览器中保存的客户档案重建，数据没有丢失。'
      : `客户列表漏掉了 ${n} 个仍保存在本浏览器中的客户档案，现已重新列出，数据没有丢失。`,
  listDropped: (n) => `已移除 ${n} 条找不到对应客户档案的列表记录。`,
  draftRepairedTitle: (name) => `“${name}”保存的草稿已损坏，已修复`,
  draftRepaired: (count, fields) =>
    `${count} 个字段无法读取，已按方案最近一次完整版本恢复，或留空待您填写：${fields}。其余内容已按保存时打开。损坏时的档案已原样保留；可下载其最近一次完整方案（方案文件），用于对照或导入。`,
  wholeDraft: '整个草稿',
  fieldList: (shown, more) =>
    more > 0 ? `${shown.join('、')} 等 ${shown.length + more} 项` : shown.join('、'),
  tooNewTitle: (name) => `“${name}”由更新版本创建——请更新 FundGap`,
  tooNew:
    '当前版本的 FundGap 无法打开此档案。请刷新页面，或关闭所有 FundGap 标签页后重新打开，以使用新版本。该档案保持原样，留待新版本打开；您也可以下载其方案文件，在其他地方导入。',
  editKept: (name) =>
    `有一个标签页在两个标签页的冲突解决前被关闭，其修改已另存为客户档案“${name}”。`,
  downloadPlanFile: '下载方案文件',
  openIt: '打开',
  dismiss: '知道了',
};

export const CLIENT_ALERTS: Record<Lang, ClientAlertMessages> = { en, 'zh-CN': zh };
