import { NotFiniteError } from '../i18n/format';

/**
 * What the CLI writes to a terminal. Plan files are untrusted: a name holding ESC [2J would
 * clear the screen, ESC ] 8 ; … could plant a link, a C1 CSI (U+009B) or a bidi override can
 * hide text. Every control character except tab and newline is written as its `\uXXXX`
 * escape, visible in text and still the same string in JSON (where it sits inside a string).
 */

/** C0 controls but tab and newline, DEL, C1 controls, bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every terminal control character shown as `\uXXXX`.
 * @example terminalSafe('a\u001b[2Jb') // 'a\\u001b[2Jb'
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export type Out = { log: (s: string) => void; error: (s: string) => void };

/** `out` with every line made terminal-safe. */
export function safeOut(out: Out): Out {
  return {
    log: (s) => out.log(terminalSafe(s)),
    error: (s) => out.error(terminalSafe(s)),
  };
}

/**
 * JSON text for the CLI's documented output. `JSON.stringify` writes NaN and Infinity as
 * `null`, which the interface uses for "never happens": a NaN would read as "no shortfall".
 * They are refused instead (NotFiniteError).
 */
export function toJson(value: unknown): string {
  return JSON.stringify(
    value,
    (key, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) throw new NotFiniteError(v, `"${key}"`);
      return v;
    },
    2,
  );
}

/**
 * Ends the process quietly when the reader of stdout goes away (`fundgap simulate … | head`):
 * the output was wanted only in part, so this is not an error and prints no stack trace.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
