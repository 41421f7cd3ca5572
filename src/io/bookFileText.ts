import type { Lang } from '../i18n/lang';
import type { BookError } from './bookFile';
import { describeError, describeIssueAt } from './issueText';

const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * One sentence for why a book file was not read, with what to do. Every refusal changes
 * nothing: the sentences say so where a reader might fear otherwise.
 * @example describeBookError({ reason: 'wrong_passphrase' }, 'zh-CN') // '密码不正确…'
 */
export function describeBookError(error: BookError, lang: Lang): string {
  const zh = lang === 'zh-CN';
  switch (error.reason) {
    case 'wrong_passphrase':
      return zh
        ? '密码不正确，无法解密此客户档案包——请检查大小写和输入法（全角/半角）后重试。未导入任何内容。'
        : 'Wrong passphrase: this book file could not be decrypted — check capitals and the input method (full-width / half-width) and try again. Nothing was imported.';
    case 'tampered':
      return zh
        ? '密码正确，但文件在加密后被改动或已损坏，无法通过完整性校验——为防数据被篡改，已拒绝导入。请向对方重新索取原文件。未导入任何内容。'
        : 'The passphrase is right, but the file was changed or damaged after it was encrypted and fails its integrity check — it was refused so that no altered figure gets in. Ask for the original file again. Nothing was imported.';
    case 'encrypted':
      return zh
        ? '此客户档案包已加密——请输入导出时设置的密码。'
        : 'This book file is encrypted — enter the passphrase it was exported with.';
    case 'no_crypto':
      return zh
        ? '此浏览器不支持 WebCrypto，无法解密——请改用最新版 Chrome、Edge、Safari 或 Firefox。'
        : 'This browser has no WebCrypto and cannot decrypt the file — use a current Chrome, Edge, Safari or Firefox.';
    case 'too_large':
      return zh
        ? `文件超过 ${megabytes(error.maxBytes)}——请确认选择了 FundGap 导出的客户档案包。`
        : `The file is larger than ${megabytes(error.maxBytes)} — check that you picked a book file exported by FundGap.`;
    case 'not_a_book':
      return zh
        ? '这不是 FundGap 客户档案包——单个客户的方案文件请用“导入”打开。'
        : 'This is not a FundGap book file — open a single client’s plan file with “Import” instead.';
    case 'too_new':
      return zh
        ? `此文件由更新版本的 FundGap 生成（格式 ${error.fileVersion}），当前版本只能读取格式 ${error.supportedVersion}——请升级 FundGap 后再导入。`
        : `This file was written by a newer FundGap (format ${error.fileVersion}); this version reads format ${error.supportedVersion} — update FundGap to import it.`;
    case 'invalid': {
      const first = error.issues[0];
      const where = first ? describeIssueAt(first, lang) : '';
      return zh
        ? `客户档案包结构有误（${where}）——未导入任何内容。`
        : `The book file is malformed (${where}) — nothing was imported.`;
    }
    case 'client': {
      const first = error.error.reason === 'invalid' ? error.error.issues[0] : undefined;
      const why = first ? describeIssueAt(first, lang) : describeError(error.error, lang);
      return zh
        ? `第 ${error.index + 1} 个客户“${error.name}”的方案无效：${why} 为免只导入一部分，整个档案包未导入。`
        : `Client ${error.index + 1}, “${error.name}”, has an invalid plan: ${why} The whole book was left out rather than importing part of it.`;
    }
    default:
      return assertNever(error);
  }
}

function assertNever(x: never): never {
  throw new Error(`unexpected error: ${JSON.stringify(x)}`);
}
