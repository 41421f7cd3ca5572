import type { Lang } from '../i18n/lang';
import type { Out } from './terminal';
import { CLI_TEXT } from './text';

/** `--lang zh-CN` (or `zh`) → Chinese, anything else English. */
export const langOf = (value: unknown): Lang =>
  value === 'zh-CN' || value === 'zh' ? 'zh-CN' : 'en';

/**
 * A command's `parseArgs(…)`; on a wrong flag, prints the message and the usage and returns null
 * (the command then exits 2).
 * @example const args = argsOr(() => parseArgs({ args: argv, options }), out); if (!args) return 2;
 */
export function argsOr<T>(parse: () => T, out: Out): T | null {
  try {
    return parse();
  } catch (e) {
    out.error(`${(e as Error).message}\n\n${CLI_TEXT.en.usage}`);
    return null;
  }
}
