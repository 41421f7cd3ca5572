import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotFiniteError } from '../i18n/format';
import { minimalPlanFile } from '../io/fixtures/minimalPlanFile';
import { MAX_PLAN_BYTES } from '../io/planFile';
import { run } from './main';
import { readPlanFile } from './readPlanFile';
import { terminalSafe, toJson } from './terminal';

/** Issue 17, items 8 and 9: what a hostile or odd file or pipe does to the CLI. */

function capture(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { log: (s) => out.push(s), error: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'fundgap-cli-hardening-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const example = (): Record<string, unknown> & { business: { name: string } } =>
  JSON.parse(readFileSync('examples/restaurant.json', 'utf8'));

/** Control characters a terminal acts on (tab and newline are text). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('terminal escape codes in a plan file', () => {
  it('are shown, not obeyed: clear-screen, OSC links, C1 CSI and bidi overrides', () => {
    const plan = example();
    plan.business.name =
      'Shop\u001b[2J\u001b]8;;https://evil.example\u0007click\u009b31m\u202eevil';
    const path = file('escape.json', JSON.stringify(plan));
    for (const argv of [
      ['simulate', path],
      ['simulate', path, '--json'],
      ['advise', path],
    ]) {
      const r = capture(argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.out).not.toMatch(CONTROL);
      expect(r.out).not.toContain('\u202e');
      expect(r.out).toContain('Shop\\u001b[2J\\u001b]8;;https://evil.example\\u0007click');
    }
    // The JSON still parses to the very same name.
    expect(JSON.parse(capture(['simulate', path, '--json']).out).plan.name).toBe(
      plan.business.name,
    );
  });

  it('terminalSafe keeps text, tabs and newlines', () => {
    expect(terminalSafe('青山\tA\nB')).toBe('青山\tA\nB');
    expect(terminalSafe('\u0000\u007f\u2066')).toBe('\\u0000\\u007f\\u2066');
  });
});

describe('numbers that are not finite never reach the JSON', () => {
  it('toJson refuses NaN and Infinity instead of writing null ("never")', () => {
    expect(() => toJson({ survivalDays: Number.NaN })).toThrow(NotFiniteError);
    expect(() => toJson([1, Number.POSITIVE_INFINITY])).toThrow(NotFiniteError);
    expect(toJson({ survivalDays: null })).toBe('{\n  "survivalDays": null\n}');
  });
});

describe('files the CLI must not read whole, or for ever', () => {
  it('validate /dev/zero answers at once: not a file', () => {
    const started = Date.now();
    const r = capture(['validate', '/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\/dev\/zero is not a file/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a 300 MB file is refused from its size, before any of it is read', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '{');
    truncateSync(big, 300 * 1024 * 1024); // sparse: no disk, but stat says 300 MB
    const before = process.memoryUsage().rss;
    const started = Date.now();
    expect(readPlanFile(big, MAX_PLAN_BYTES)).toEqual({ ok: false, reason: 'too_large' });
    const r = capture(['validate', big]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/larger than 2 MB/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('a stream that never ends (a FIFO fed by `yes`) is cut off past the limit', async () => {
    const fifo = join(dir, 'endless');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo: nothing to test here
    const writer = spawn('sh', ['-c', `yes > '${fifo}'`], { stdio: 'ignore' });
    try {
      expect(readPlanFile(fifo, 1024 * 1024)).toEqual({ ok: false, reason: 'too_large' });
    } finally {
      writer.kill();
    }
  });

  it('a missing file says so with its error code', () => {
    const r = capture(['validate', join(dir, 'nope.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Cannot read .*nope\.json: ENOENT/);
  });
});

describe('encodings in the CLI, as in the app', () => {
  it('opens a UTF-16 plan file (Notepad "Unicode"), with a BOM or without', () => {
    const text = JSON.stringify(example());
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(capture(['validate', file('utf16-bom.json', le)]).code).toBe(0);
    expect(capture(['validate', file('utf16.json', Buffer.from(text, 'utf16le'))]).code).toBe(0);
    const r = capture(['simulate', file('utf16-sim.json', le), '--json']);
    expect(JSON.parse(r.out).plan.name).toBe(example().business.name);
  });

  it('refuses a GBK plan file with the hint to save it as UTF-8', () => {
    // A file written whole in GBK: ASCII but for the name.
    const plan = minimalPlanFile();
    plan.business.name = 'NAME';
    const [before, after] = JSON.stringify(plan).split('NAME') as [string, string];
    // 青山服饰 in GBK.
    const gbk = Buffer.concat([
      Buffer.from(before),
      Buffer.from([0xc7, 0xe0, 0xc9, 0xbd, 0xb7, 0xfe, 0xca, 0xce]),
      Buffer.from(after),
    ]);
    const r = capture(['validate', file('gbk.json', gbk)]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/GBK .* UTF-8/);
    const zh = capture(['validate', file('gbk.json', gbk), '--lang', 'zh-CN']);
    expect(zh.err).toMatch(/GBK 编码/);
  });
});

describe('a reader that stops early (`simulate … | head`)', () => {
  it('ends the CLI quietly: no stack trace, exit 0', async () => {
    // The real process, its stdout a pipe that the reader closes after the first line.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'simulate', 'examples/online-shop.json', '--days'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  }, 120_000);
});
