#!/usr/bin/env node
// Makes sure the Playwright suite has what it needs from Debian: Chromium at /usr/bin/chromium,
// and a Chinese font. Playwright never downloads a browser here (no network beyond the package
// registries).
//
// The font: a fresh machine has only DejaVu and Liberation (Chromium's own dependency), so every
// Chinese character rendered as an empty box. Screenshots in Chinese showed boxes, layout checks
// measured box widths, and the printed zh-CN report's PDF held no Chinese text at all (its test
// failed twice in a row on a new machine). WenQuanYi Micro Hei (1.6 MB): with Noto Sans CJK
// (56 MB) Chromium's PDF maps shared glyphs back to radicals (青 is read as ⻘, 力 as ⼒), so a
// test reading the printed report's text cannot find its Chinese.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
const CJK_FONT_PACKAGE = 'fonts-wqy-microhei';

/** Whether fontconfig knows a font that covers Simplified Chinese. */
function hasChineseFont() {
  const r = spawnSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

const hasChromium = existsSync(CHROMIUM);
const hasFont = hasChineseFont();
const missing = [...(hasChromium ? [] : ['chromium']), ...(hasFont ? [] : [CJK_FONT_PACKAGE])];
console.log(
  `chromium: ${hasChromium ? 'present' : 'missing'}; Chinese font: ${hasFont ? 'present' : 'missing'}`,
);
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasSudo = spawnSync('sh', ['-c', 'command -v sudo'], { stdio: 'ignore' }).status === 0;
const prefix = isRoot ? [] : hasSudo ? ['sudo', '-n'] : null;
if (prefix === null) {
  console.error(
    `chromium: ${missing.join(' and ')} missing, and apt-get needs root (run as root or install the Debian packages ${missing.join(', ')}).`,
  );
  process.exit(1);
}

const run = (args) => {
  const [cmd, ...rest] = [...prefix, ...args];
  const r = spawnSync(cmd, rest, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
};

console.log(`chromium: installing Debian packages ${missing.join(', ')} (under a minute)…`);
if (
  !run(['apt-get', 'update']) ||
  !run(['apt-get', 'install', '-y', ...missing]) ||
  !existsSync(CHROMIUM) ||
  !hasChineseFont()
) {
  console.error(`chromium: installing ${missing.join(', ')} failed`);
  process.exit(1);
}
console.log(`chromium: installed ${missing.join(', ')}`);
