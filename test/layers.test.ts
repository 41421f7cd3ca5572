import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules in eslint.config.js must bite: each case lints one import line as if it sat
 * in a file of that layer, and expects `no-restricted-imports` to refuse (or allow) it.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, importLine: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${importLine}\nexport const x = y;\n`, { filePath });
  return result.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('layer boundaries (eslint.config.js)', () => {
  const refused: [string, string][] = [
    ['src/io/layerFixture.ts', "import { y } from '../state/store';"],
    ['src/io/layerFixture.ts', "import { y } from '../i18n/format';"],
    ['src/i18n/layerFixture.ts', "import { y } from '../state/store';"],
    ['src/i18n/messages/layerFixture.ts', "import { y } from '../../ui/common/useLang';"],
    ['src/state/layerFixture.ts', "import { y } from '../ui/App';"],
    ['src/state/clientSession/layerFixture.ts', "import { y } from '../../ui/App';"],
    ['src/engine/layerFixture.ts', "import { y } from '../io/planSchema';"],
    ['src/engine/layerFixture.ts', "import { y } from 'zod';"],
    ['src/workers/layerFixture.ts', "import { y } from '../state/store';"],
    ['src/workers/layerFixture.ts', "import { y } from '../i18n/format';"],
    ['src/cli/layerFixture.ts', "import { y } from '../state/store';"],
  ];
  it.each(refused)(
    '%s may not: %s',
    async (file, line) => {
      expect(await restricted(file, line)).toBe(true);
    },
    60_000,
  );

  const allowed: [string, string][] = [
    ['src/io/layerFixture.ts', "import type { y } from '../i18n/lang';"],
    ['src/io/layerFixture.ts', "import { y } from '../engine/model';"],
    ['src/i18n/layerFixture.ts', "import { y } from '../io/issues';"],
    ['src/state/layerFixture.ts', "import { y } from '../i18n/detectLang';"],
    ['src/ui/layerFixture.ts', "import { y } from '../state/store';"],
    ['src/workers/layerFixture.ts', "import { y } from '../engine/advice';"],
  ];
  it.each(allowed)(
    '%s may: %s',
    async (file, line) => {
      expect(await restricted(file, line)).toBe(false);
    },
    60_000,
  );
});
