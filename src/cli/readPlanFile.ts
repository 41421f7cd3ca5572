import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The bytes of a plan file named on the command line, read with a bound. `readFileSync` would
 * read a 300 MB file whole (about 690 MB of memory) before the 2 MB check, and `/dev/zero` for
 * ever. The size is checked with `fstat` before reading; what `fstat` cannot size (a pipe,
 * `/dev/stdin`) is read at most `maxBytes + 1` bytes; devices and directories are refused.
 */

export type ReadResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too_large' }
  | { ok: false; reason: 'not_a_file' }
  | { ok: false; reason: 'unreadable'; code: string };

const CHUNK = 64 * 1024;

/** @example readPlanFile('examples/restaurant.json', 2 * 1024 * 1024) // { ok: true, bytes } */
export function readPlanFile(path: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    return { ok: false, reason: 'unreadable', code: errorCode(e) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory() || stat.isCharacterDevice() || stat.isBlockDevice()) {
      return { ok: false, reason: 'not_a_file' };
    }
    if (stat.isFile() && stat.size > maxBytes) return { ok: false, reason: 'too_large' };
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, Math.min(CHUNK, buffer.length - length), null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) return { ok: false, reason: 'too_large' };
    }
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } catch (e) {
    return { ok: false, reason: 'unreadable', code: errorCode(e) };
  } finally {
    closeSync(fd);
  }
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}
