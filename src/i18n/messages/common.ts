import type { Lang } from '../lang';

/** Words shared by every part of the app. Each area keeps its own bundle beside this one. */
const en = {
  appName: 'FundGap',
  tagline: 'How long your business survives if Jiebei or Huabei stops — and what fixes it',
  privacy: 'Runs entirely in your browser. No data leaves this device.',
  language: 'Language',
  languageNames: { en: 'English', 'zh-CN': '中文' } as Record<Lang, string>,
  undo: 'Undo',
  redo: 'Redo',
  print: 'Print',
  showTable: 'Show as table',
  showChart: 'Show as chart',
  close: 'Close',
  dismiss: 'Dismiss',
  download: 'Download',
  exportPlan: 'Export plan',
  add: 'Add',
  remove: 'Remove',
  duplicate: 'Duplicate',
  moveUp: 'Move up',
  moveDown: 'Move down',
  source: 'Source',
  grade: { W: 'well sourced', M: 'several sources agree', U: 'assumption — edit it' } as Record<
    'W' | 'M' | 'U',
    string
  >,
  gradeLabel: 'Grade',
  notices: {
    storage_full:
      'Your browser’s storage is full, so the latest changes are not saved. Export your plan to keep it; everything on screen is intact.',
    storage_corrupt:
      'Saved data could not be read. It was set aside (not deleted) and you can download it; FundGap continued with what could be recovered.',
    storage_unavailable:
      'This browser blocks storage: changes will be lost when you close the tab. Export your plan to keep it.',
  },
  panelError: 'This panel hit an error. Your plan is safe.',
  resetPanel: 'Reset this view',
  loading: 'Loading…',
  skipToContent: 'Skip to content',
};

export type CommonMessages = typeof en;

const zh: CommonMessages = {
  appName: 'FundGap 资金缺口测算',
  tagline: '借呗、花呗突然停用，您的生意能撑多久？怎样才能撑过去？',
  privacy: '全部计算在您的浏览器中完成，数据不会离开本设备。',
  language: '语言',
  languageNames: { en: 'English', 'zh-CN': '中文' },
  undo: '撤销',
  redo: '重做',
  print: '打印',
  showTable: '以表格显示',
  showChart: '以图表显示',
  close: '关闭',
  dismiss: '知道了',
  download: '下载',
  exportPlan: '导出方案',
  add: '添加',
  remove: '删除',
  duplicate: '复制',
  moveUp: '上移',
  moveDown: '下移',
  source: '来源',
  grade: { W: '来源可靠', M: '多方来源一致', U: '假设值，可修改' },
  gradeLabel: '可信度',
  notices: {
    storage_full: '浏览器存储空间已满，最新修改未能保存。请导出方案备份；当前页面数据完好。',
    storage_corrupt:
      '已保存的数据无法读取，已另行保留（未删除），可下载查看；FundGap 已恢复可读取的部分继续运行。',
    storage_unavailable: '此浏览器禁止本地存储，关闭页面后修改将丢失。请导出方案备份。',
  },
  panelError: '此模块出现错误，您的方案数据不受影响。',
  resetPanel: '重置此视图',
  loading: '加载中…',
  skipToContent: '跳到主要内容',
};

export const COMMON: Record<Lang, CommonMessages> = { en, 'zh-CN': zh };
