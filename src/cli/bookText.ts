import type { Lang } from '../i18n/lang';

/** Words of `book` and `share` (src/cli/book.ts, src/cli/share.ts). */
export const BOOK_TEXT = {
  en: {
    notAFolder: (f: string) => `${f} is not a folder — give a folder of plan files (*.json).`,
    noFiles: (f: string) => `No plan files (*.json) in ${f}.`,
    heading: (scenario: string, n: number) =>
      `${n} client${n === 1 ? '' : 's'} under ${scenario}, in file order:`,
    ownWorst: "each client's own worst saved scenario",
    columns: [
      'File',
      'Client',
      'Survival',
      'First short day',
      'Deepest gap',
      'Ant group share',
      'Break-even outage',
    ],
    failedHeading: (n: number) =>
      `${n} file${n === 1 ? '' : 's'} could not be read (first problem shown):`,
    unknownScenario: (id: string) =>
      `no scenario "${id}" in this file, and it is not a preset (see \`presets\`)`,
    noSavedScenario: 'the file has no saved scenario to take its worst from',
    never: 'never short',
    shareTooLong: (chars: number, max: number) =>
      `This link is ${chars} characters, more than the ${max} chat apps and SMS keep: send the plan file instead.`,
  },
  'zh-CN': {
    notAFolder: (f: string) => `${f} 不是文件夹——请提供存放方案文件（*.json）的文件夹。`,
    noFiles: (f: string) => `${f} 中没有方案文件（*.json）。`,
    heading: (scenario: string, n: number) => `${n} 个客户在“${scenario}”情景下（按文件名排序）：`,
    ownWorst: '各客户自身最不利的已存情景',
    columns: [
      '文件',
      '客户',
      '可支撑天数',
      '首个缺口日',
      '最大流动性缺口',
      '蚂蚁系授信占比',
      '临界中断时长',
    ],
    failedHeading: (n: number) => `${n} 个文件无法读取（列出首个问题）：`,
    unknownScenario: (id: string) => `此文件中没有情景“${id}”，它也不是预设情景（见 \`presets\`）`,
    noSavedScenario: '此文件没有保存的情景，无法取其最不利情景',
    never: '未出现缺口',
    shareTooLong: (chars: number, max: number) =>
      `此链接共 ${chars} 个字符，超过微信、短信可完整保留的 ${max} 个字符：请改为发送方案文件。`,
  },
} satisfies Record<Lang, Record<string, unknown>>;
