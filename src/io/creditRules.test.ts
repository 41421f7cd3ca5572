import { describe, expect, it } from 'vitest';
import { minimalPlanFile } from './fixtures/minimalPlanFile';
import type { Issue } from './issues';
import { describeIssueAt } from './issueText';
import { parsePlanValue } from './planFile';
import type { PlanFileInput } from './planSchema';

/**
 * A fee or penalty field the engine would not charge as written is refused, naming the fields
 * involved (issue 15, items 1, 2 and 5). The engine side, with hand-worked fees, is in
 * `src/engine/creditTerms.test.ts`. `fundingSources[0]` is Huabei, [1] Jiebei, [2] a credit card.
 */

type Source = Record<string, unknown>;

function withSource(i: number, change: (s: Source) => void): PlanFileInput {
  const f = minimalPlanFile();
  change(f.fundingSources[i] as unknown as Source);
  return f;
}

function issuesOf(file: PlanFileInput): Issue[] {
  const result = parsePlanValue(file);
  if (result.ok) throw new Error('expected the file to be refused');
  if (result.error.reason !== 'invalid') throw new Error(result.error.reason);
  return result.error.issues;
}

const at = (issues: Issue[]) => issues.map((i) => [i.path, i.code]);

describe('1. a Huabei price must quote the instalments actually used', () => {
  it('refuses billInstalments 3 with a 12-month price, naming both fields and the 3-month fee', () => {
    const issues = issuesOf(withSource(0, (s) => (s.billInstalments = 3)));
    expect(at(issues)).toEqual([['fundingSources[0].price.months', 'term_mismatch']]);
    expect(issues[0]!.params).toEqual({ field: 'billInstalments', months: 3, percent: 2.5 });
    const en = describeIssueAt(issues[0]!, 'en');
    expect(en).toContain('fundingSources[0].price.months');
    expect(en).toContain('billInstalments (3)');
    expect(en).toContain('3 months: 2.5 % in all');
    expect(describeIssueAt(issues[0]!, 'zh-CN')).toContain('3 期合计 2.5%');
  });

  it('accepts the 3-month fee over 3 months, and any fee while bills are paid in full', () => {
    const three = withSource(0, (s) => {
      s.billInstalments = 3;
      s.price = { type: 'instalment_fee', totalFeePercent: 2.5, months: 3 };
    });
    expect(parsePlanValue(three).ok).toBe(true);
    expect(parsePlanValue(minimalPlanFile()).ok).toBe(true); // billInstalments 0, 12-month quote
  });

  it('refuses an annual price on Huabei bills converted to instalments', () => {
    const issues = issuesOf(
      withSource(0, (s) => {
        s.billInstalments = 6;
        s.price = { type: 'annual', ratePercent: 15 };
      }),
    );
    expect(at(issues)).toEqual([['fundingSources[0].price.type', 'term_mismatch']]);
  });

  it('refuses an instalment-fee price on another source whose months differ from termMonths', () => {
    const issues = issuesOf(
      withSource(1, (s) => (s.price = { type: 'instalment_fee', totalFeePercent: 5, months: 6 })),
    );
    expect(at(issues)).toEqual([['fundingSources[1].price.months', 'term_mismatch']]);
    expect(describeIssueAt(issues[0]!, 'en')).toContain('termMonths (12)');
  });
});

describe('2. an existing Huabei plan names its term, or has a term that fits', () => {
  const balance = (extra: Record<string, unknown>) =>
    withSource(0, (s) => {
      s.outstanding = [{ principal: 5000, nextDueDate: '2026-12-10', ...extra }];
    });

  it('accepts planMonths 12 with 5 instalments left', () => {
    expect(parsePlanValue(balance({ remainingInstalments: 5, planMonths: 12 })).ok).toBe(true);
  });

  it('refuses more instalments left than the plan had, naming planMonths', () => {
    const issues = issuesOf(balance({ remainingInstalments: 9, planMonths: 6 }));
    expect(at(issues)).toEqual([
      ['fundingSources[0].outstanding[0].remainingInstalments', 'exceeds_term'],
    ]);
    expect(describeIssueAt(issues[0]!, 'en')).toContain('planMonths (6)');
  });

  it('refuses a Huabei balance with more than 12 instalments left (its longest term)', () => {
    const issues = issuesOf(balance({ remainingInstalments: 24 }));
    expect(issues[0]).toMatchObject({
      path: 'fundingSources[0].outstanding[0].remainingInstalments',
      code: 'out_of_range',
      params: { minimum: 1, maximum: 12 },
    });
  });

  it('refuses planMonths that is not a Huabei term, and planMonths on another source', () => {
    expect(at(issuesOf(balance({ remainingInstalments: 2, planMonths: 4 })))).toEqual([
      ['fundingSources[0].outstanding[0].planMonths', 'invalid_option'],
    ]);
    const jiebei = withSource(1, (s) => {
      s.outstanding = [
        { principal: 100, nextDueDate: '2026-12-10', remainingInstalments: 2, planMonths: 3 },
      ];
    });
    expect(at(issuesOf(jiebei))).toEqual([
      ['fundingSources[1].outstanding[0].planMonths', 'huabei_only'],
    ]);
  });
});

describe('5. fee and penalty fields a source does not use are refused, not ignored', () => {
  it.each(['penaltyMultiplier', 'drawFeePercent', 'drawFeeMin', 'interestDay'])(
    'refuses %s on Huabei',
    (field) => {
      const value = field === 'interestDay' ? 20 : 1.5;
      const issues = issuesOf(withSource(0, (s) => (s[field] = value)));
      expect(at(issues)).toEqual([[`fundingSources[0].${field}`, 'not_for_huabei']]);
      expect(describeIssueAt(issues[0]!, 'en')).toContain('0.05 % a day');
    },
  );

  it('refuses interestDay on a source that is not revolving', () => {
    const issues = issuesOf(withSource(1, (s) => (s.interestDay = 20)));
    expect(at(issues)).toEqual([['fundingSources[1].interestDay', 'revolving_only']]);
  });

  it('accepts penaltyMultiplier on Jiebei and interestDay on a revolving card', () => {
    const f = withSource(1, (s) => (s.penaltyMultiplier = 2));
    (f.fundingSources[2] as unknown as Source).interestDay = 20;
    expect(parsePlanValue(f).ok).toBe(true);
  });
});
