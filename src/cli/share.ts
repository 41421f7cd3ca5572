import { parseArgs } from 'node:util';
import { describeError } from '../io/issueText';
import {
  encodeShareLink,
  SHARE_FRAGMENT_PREFIX,
  SHARE_LINK_WARN_CHARS,
  shareLink,
} from '../io/shareLink';
import { BOOK_TEXT } from './bookText';
import { loadPlan } from './loadPlan';
import { argsOr, langOf } from './commandArgs';
import { toJson, type Out } from './terminal';
import { CLI_TEXT } from './text';

/**
 * `npm run fundgap -- share <plan.json> [--base <url>] [--json] [--lang en|zh-CN]`: the share
 * link's fragment (`#plan=…`), made by the app's own encoder (src/io/shareLink.ts). With
 * `--base`, the whole link. A link over 2,000 characters is still printed, with a note on stderr
 * (text) or `fits: false` (JSON).
 */
export function runShare(argv: string[], out: Out): number {
  const parsed = argsOr(
    () =>
      parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          base: { type: 'string', default: '' },
          json: { type: 'boolean', default: false },
          lang: { type: 'string', default: 'en' },
        },
      }),
    out,
  );
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const lang = langOf(values.lang);
  const file = positionals[0];
  if (!file) {
    out.error(CLI_TEXT[lang].missingFile);
    return 2;
  }
  const loaded = loadPlan(file);
  if (!loaded.ok) {
    const error = loaded.error;
    if (values.json) out.log(toJson({ ok: false, error }));
    else if (error.reason === 'not_a_file') out.error(CLI_TEXT[lang].notAFile(file));
    else if (error.reason === 'unreadable') out.error(CLI_TEXT[lang].cannotRead(file, error.code));
    else out.error(describeError(error, lang));
    return 1;
  }
  const link = shareLink(values.base, loaded.file);
  const fits = encodeShareLink(values.base, loaded.file);
  const fragment = link.slice(link.indexOf(SHARE_FRAGMENT_PREFIX));
  if (values.json) {
    out.log(
      toJson({
        ok: true,
        fragment,
        link,
        chars: link.length,
        fits: fits.ok,
        maxChars: SHARE_LINK_WARN_CHARS,
      }),
    );
    return 0;
  }
  out.log(values.base ? link : fragment);
  if (!fits.ok) out.error(BOOK_TEXT[lang].shareTooLong(fits.chars, fits.maxChars));
  return 0;
}
