import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from './issues';
import { ISSUE_MESSAGES, describeError, describeIssue, placeOfIssue } from './issueText';
import type { Lang } from '../i18n/lang';
import type { PlanFileError } from './planFile';

const LANGS: Lang[] = ['en', 'zh-CN'];

const ERRORS: PlanFileError[] = [
  { reason: 'too_large', maxBytes: 2 * 1024 * 1024 },
  { reason: 'not_json', detail: 'Unexpected end of JSON input' },
  { reason: 'not_a_plan' },
  { reason: 'too_new', fileVersion: 3, supportedVersion: 1 },
  { reason: 'unsafe_keys', path: 'fundingSources[0].__proto__' },
  { reason: 'too_deep', maxDepth: 32 },
  { reason: 'migration_failed', fromVersion: 1, detail: 'bad data' },
  { reason: 'invalid', issues: [] },
];

describe('issue messages', () => {
  it.each(LANGS)('has a %s text with a fix for every code', (lang) => {
    expect(Object.keys(ISSUE_MESSAGES[lang]).sort()).toEqual([...ISSUE_CODES].sort());
    for (const code of ISSUE_CODES) {
      const text = describeIssue(
        { code, params: { minimum: 1, maximum: 5, allowed: ['a'], id: 'x' } },
        lang,
      );
      expect(text).toContain('—');
      expect(text).not.toContain('undefined');
    }
  });

  it('writes Chinese for zh-CN', () => {
    expect(describeIssue({ code: 'amount_negative' }, 'zh-CN')).toMatch(/金额/);
    expect(
      describeIssue({ code: 'unknown_kind', params: { allowed: ['huabei', 'jiebei'] } }, 'zh-CN'),
    ).toContain('huabei、jiebei');
  });

  it('copes with missing params', () => {
    for (const lang of LANGS) {
      for (const code of ISSUE_CODES)
        expect(describeIssue({ code }, lang)).not.toContain('undefined');
    }
  });
});

describe('describeError', () => {
  it.each(LANGS)('gives one sentence per reason in %s', (lang) => {
    for (const error of ERRORS) {
      const text = describeError(error, lang);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toContain('undefined');
    }
  });

  it('tells the user to update for a newer file', () => {
    expect(describeError({ reason: 'too_new', fileVersion: 3, supportedVersion: 1 }, 'en')).toBe(
      'This file was written by a newer FundGap (format 3); this version reads format 1 — update FundGap to open it.',
    );
    expect(describeError({ reason: 'too_large', maxBytes: 2 * 1024 * 1024 }, 'en')).toContain(
      '2 MB',
    );
  });
});

describe('placeOfIssue', () => {
  it('names where an issue is as a reader would (an import listed raw paths)', () => {
    expect(placeOfIssue('fundingSources[0].limit', 'zh-CN')).toBe('融资渠道第1项 · 授信额度');
    expect(placeOfIssue('fundingSources[0].limit', 'en')).toBe('Funding source 1 · credit limit');
    expect(placeOfIssue('cashFlows[2].frequency.dayOfMonth', 'zh-CN')).toBe(
      '收支项目第3项 · 频率 · 每月日期',
    );
    expect(placeOfIssue('business.horizonDays', 'en')).toBe('Business · horizon');
    expect(placeOfIssue('', 'zh-CN')).toBe('文件');
    expect(placeOfIssue('mystery[1].x', 'en')).toBe('mystery[1] · x');
  });
});
