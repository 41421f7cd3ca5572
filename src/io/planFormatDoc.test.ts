import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_DEFAULTS } from '../engine/defaults';
import { SOURCE_KINDS } from '../engine/model';
import { ISSUE_CODES } from './issues';
import type { PlanFileErrorReason } from './planFile';

/** docs/plan-format.md must not drift from the code it documents. */
const doc = readFileSync(new URL('../../docs/plan-format.md', import.meta.url), 'utf8');

/** The first cell of every table row, trimmed: Prettier pads table cells to align them. */
const firstCells = doc
  .split('\n')
  .filter((line) => line.startsWith('|'))
  .map((line) => line.split('|')[1].trim());
const rowOf = (first: string) =>
  doc.split('\n').find((line) => line.startsWith('|') && line.split('|')[1].trim() === first);

const REASONS: PlanFileErrorReason[] = [
  'too_large',
  'not_utf8',
  'not_json',
  'unsafe_keys',
  'too_deep',
  'not_a_plan',
  'too_new',
  'migration_failed',
  'invalid',
];

describe('docs/plan-format.md', () => {
  it('documents every issue code and error reason', () => {
    for (const code of ISSUE_CODES) expect(firstCells).toContain(`\`${code}\``);
    for (const reason of REASONS) expect(firstCells).toContain(`\`${reason}\``);
  });

  it('shows the defaults that SOURCE_DEFAULTS holds', () => {
    for (const kind of SOURCE_KINDS) {
      const row = rowOf(`\`${kind}\``);
      expect(row, kind).toBeDefined();
      const cells = row!.split('|').map((c) => c.trim());
      const d = SOURCE_DEFAULTS[kind];
      // | kind | group | price | annual | repayment | term | lead | limit | …
      expect([cells[2], cells[5], cells[6], cells[7], cells[8]]).toEqual([
        d.platformGroup,
        d.repayment,
        String(d.termMonths),
        String(d.leadTimeDays),
        (d.limit / 100).toLocaleString('en-US'),
      ]);
    }
  });

  it('inlines examples/restaurant.json as it is', () => {
    const file = readFileSync(new URL('../../examples/restaurant.json', import.meta.url), 'utf8');
    expect(doc).toContain(`\`\`\`json\n${file}\`\`\``);
  });
});
