import { describe, expect, it } from 'vitest';
import { minimalPlanFile } from './fixtures/minimalPlanFile';
import type { Issue } from './issues';
import { describeError, describeIssueAt } from './issueText';
import {
  parsePlanText,
  parsePlanValue,
  type ParsePlanResult,
  type PlanFileError,
} from './planFile';
import type { PlanFileInput } from './planSchema';

/**
 * Issue 7, "bad input": one test per class of bad input a user (or an attacker) can hand the
 * app, each with the exact sentence shown in English and in Chinese. Files, share links,
 * saved data and the editor all go through `parsePlanValue`, so these hold for every input.
 */

const text = (value: unknown): string => JSON.stringify(value);

function errorOf(result: ParsePlanResult): PlanFileError {
  if (result.ok) throw new Error('expected the input to be refused');
  return result.error;
}

/** The one issue of an invalid plan. */
function onlyIssue(result: ParsePlanResult): Issue {
  const error = errorOf(result);
  if (error.reason !== 'invalid') throw new Error(`expected invalid, got ${error.reason}`);
  expect(error.issues).toHaveLength(1);
  return error.issues[0]!;
}

/** A valid file with one change (typed loosely: the change is the bad input). */
function withChange(change: (f: Record<string, unknown> & PlanFileInput) => void): unknown {
  const f = minimalPlanFile() as Record<string, unknown> & PlanFileInput;
  change(f);
  return f;
}

function expectSentences(issue: Issue, en: string, zh: string): void {
  expect(describeIssueAt(issue, 'en')).toBe(en);
  expect(describeIssueAt(issue, 'zh-CN')).toBe(zh);
  // The English sentence travels with the issue (CLI --json, logs) and is the same text.
  expect(`${issue.path} ${issue.message}`).toBe(en);
}

describe('bad input is refused with a sentence that names the field and the fix', () => {
  it('non-JSON text', () => {
    const error = errorOf(parsePlanText('name,amount\nrent,18000'));
    if (error.reason !== 'not_json') throw new Error(error.reason);
    expect(error.detail).not.toBe('');
    expect(describeError(error, 'en')).toBe(
      `The file is not valid JSON (${error.detail}) — open a file exported by FundGap, or fix the syntax error.`,
    );
    // The parser's message is English: the Chinese sentence keeps only where the error is.
    expect(describeError(error, 'zh-CN')).toBe(
      '文件不是有效的 JSON——请选择 FundGap 导出的文件，或修正其中的格式错误。',
    );
    const placed = errorOf(parsePlanText('{"formatVersion": 1 "business": {}}'));
    if (placed.reason !== 'not_json') throw new Error(placed.reason);
    expect(describeError(placed, 'zh-CN')).toMatch(
      /^文件不是有效的 JSON（第(21个字符|1行第21列)附近）——/,
    );
    expect(describeError(placed, 'zh-CN')).not.toMatch(/Expected|position|property/);
  });

  it('NaN and Infinity written into the text are not JSON', () => {
    for (const literal of ['NaN', 'Infinity', '-Infinity']) {
      const body = text(minimalPlanFile()).replace('"limit":50000', `"limit":${literal}`);
      expect(errorOf(parsePlanText(body)).reason).toBe('not_json');
    }
  });

  it('JSON that is not a plan at all', () => {
    const error = errorOf(parsePlanText('[{"formatVersion":1}]'));
    expect(error).toEqual({ reason: 'not_a_plan' });
    expect(describeError(error, 'en')).toBe(
      'This is not a FundGap plan file (it has no formatVersion) — open a file exported by FundGap.',
    );
    expect(describeError(error, 'zh-CN')).toBe(
      '这不是 FundGap 计划文件（缺少 formatVersion 版本号）——请选择 FundGap 导出的文件。',
    );
  });

  it('a plan of the wrong shape: an object where a list belongs', () => {
    const issue = onlyIssue(parsePlanValue(withChange((f) => (f.cashFlows = {} as never))));
    expect(issue).toMatchObject({
      path: 'cashFlows',
      code: 'invalid_type',
      params: { expected: 'array' },
    });
    expectSentences(
      issue,
      'cashFlows has the wrong kind of value — it must be a list in square brackets [ … ]; see docs/plan-format.md for what this field holds.',
      'cashFlows：数据类型不正确——此处应为方括号列表 [ … ]，请对照 docs/plan-format.md 中该字段的说明修改。',
    );
  });

  it('a number written as text', () => {
    const issue = onlyIssue(
      parsePlanValue(
        withChange((f) => ((f.cashAccounts[0] as Record<string, unknown>).balance = '20,000')),
      ),
    );
    expectSentences(
      issue,
      'cashAccounts[0].balance is not a number — enter an amount such as 1200.5 (the app’s fields also take 3万, 1.5万 and ¥30,000).',
      'cashAccounts[0].balance：不是有效数字——请填写数字，如 1200.5（应用中的输入框也可写 3万、1.5万 或 ¥30,000）。',
    );
  });

  it('an unknown kind', () => {
    const issue = onlyIssue(
      parsePlanValue(
        withChange((f) => ((f.cashAccounts[0] as Record<string, unknown>).kind = 'piggy_bank')),
      ),
    );
    expectSentences(
      issue,
      'cashAccounts[0].kind is not a known kind — use one of: bank, cash, alipay, yuebao, wechat, other.',
      'cashAccounts[0].kind：类型无法识别——请使用以下之一：bank、cash、alipay、yuebao、wechat、other。',
    );
  });

  it('a negative amount', () => {
    const issue = onlyIssue(
      parsePlanValue(withChange((f) => (f.fundingSources[2]!.limit = -10000))),
    );
    expectSentences(
      issue,
      'fundingSources[2].limit must be ≥ 0 — enter the amount in yuan without a minus sign.',
      'fundingSources[2].limit：金额不能为负数——请以元为单位填写，不要带负号。',
    );
  });

  it('an absurd amount: over ¥10 billion', () => {
    const issue = onlyIssue(parsePlanValue(withChange((f) => (f.cashFlows[0]!.amount = 1e12))));
    expectSentences(
      issue,
      'cashFlows[0].amount is above ¥10,000,000,000 — enter the amount in yuan (not fen) and check for extra zeros.',
      'cashFlows[0].amount：金额超过 100 亿元上限——请确认单位是元而不是分，并检查是否多写了 0。',
    );
  });

  it('Infinity in the text (1e400 overflows) and NaN or Infinity in a parsed value', () => {
    const overflow = parsePlanText(
      text(minimalPlanFile()).replace('"limit":50000', '"limit":1e400'),
    );
    const en =
      'fundingSources[1].limit is not a number — enter an amount such as 1200.5 (the app’s fields also take 3万, 1.5万 and ¥30,000).';
    const zh =
      'fundingSources[1].limit：不是有效数字——请填写数字，如 1200.5（应用中的输入框也可写 3万、1.5万 或 ¥30,000）。';
    expectSentences(onlyIssue(overflow), en, zh);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const issue = onlyIssue(
        parsePlanValue(withChange((f) => (f.fundingSources[1]!.limit = bad))),
      );
      expectSentences(issue, en, zh);
    }
  });

  it('a date out of range', () => {
    const issue = onlyIssue(
      parsePlanValue(withChange((f) => (f.business.startDate = '0226-12-01'))),
    );
    expectSentences(
      issue,
      'business.startDate is outside 2000-01-01 … 2100-12-31 — check the year (four digits, for example 2026).',
      'business.startDate：超出 2000-01-01 至 2100-12-31 的范围——请检查年份（四位数字，如 2026）。',
    );
    const late = onlyIssue(
      parsePlanValue(
        withChange((f) => (f.cashFlows[1]!.frequency = { type: 'once', date: '2101-01-01' })),
      ),
    );
    expect(late).toMatchObject({ path: 'cashFlows[1].frequency.date', code: 'date_out_of_range' });
  });

  it('a date that does not exist', () => {
    const issue = onlyIssue(
      parsePlanValue(withChange((f) => (f.business.startDate = '2027-02-29'))),
    );
    expectSentences(
      issue,
      'business.startDate is not a real calendar date — write it as YYYY-MM-DD, for example 2026-12-01.',
      'business.startDate：不是有效的日历日期——请按 YYYY-MM-DD 格式填写，如 2026-12-01。',
    );
  });

  it('a horizon outside its limits', () => {
    for (const days of [0, 29, 731, 1e9, 90.5]) {
      const issue = onlyIssue(parsePlanValue(withChange((f) => (f.business.horizonDays = days))));
      expectSentences(
        issue,
        'business.horizonDays must be a whole number of days from 30 to 730 — for example 365 for one year.',
        'business.horizonDays：测算期须为 30 至 730 天之间的整数——例如一年填 365。',
      );
    }
  });

  it('a file over the stated size (2 MB)', () => {
    const error = errorOf(
      parsePlanText(`${text(minimalPlanFile())}${' '.repeat(2 * 1024 * 1024)}`),
    );
    expect(error).toEqual({ reason: 'too_large', maxBytes: 2 * 1024 * 1024 });
    expect(describeError(error, 'en')).toBe(
      'The file is larger than 2 MB — a FundGap plan is a few kilobytes; check that you picked the right file.',
    );
    expect(describeError(error, 'zh-CN')).toBe(
      '文件超过 2 MB——FundGap 计划文件通常只有几 KB，请确认选择了正确的文件。',
    );
  });

  it('__proto__ and constructor keys: refused, and Object.prototype is untouched', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const hostile = [
      '{"formatVersion":1,"__proto__":{"polluted":"yes","isAdmin":true}}',
      '{"formatVersion":1,"business":{"constructor":{"prototype":{"polluted":"yes"}}}}',
      text(minimalPlanFile()).replace(
        '"kind":"bank"',
        '"kind":"bank","__proto__":{"polluted":"yes"}',
      ),
    ];
    const errors = hostile.map((body) => errorOf(parsePlanText(body)));
    expect(errors).toEqual([
      { reason: 'unsafe_keys', path: '__proto__' },
      { reason: 'unsafe_keys', path: 'business.constructor' },
      { reason: 'unsafe_keys', path: 'cashAccounts[0].__proto__' },
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(describeError(errors[2]!, 'en')).toBe(
      'The file has a forbidden key at cashAccounts[0].__proto__ (__proto__, constructor or prototype) — it was refused for safety; remove that key and try again.',
    );
    expect(describeError(errors[2]!, 'zh-CN')).toBe(
      '文件在 cashAccounts[0].__proto__ 处含有禁止使用的键名（__proto__、constructor 或 prototype）——出于安全考虑已拒绝打开，请删除该键后重试。',
    );
  });

  it('deeply nested junk', () => {
    const body = `{"formatVersion":1,"business":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`;
    const error = errorOf(parsePlanText(body));
    expect(error).toEqual({ reason: 'too_deep', maxDepth: 32 });
    expect(describeError(error, 'en')).toBe(
      'The file is nested more than 32 levels deep — no FundGap plan is; check that you picked the right file.',
    );
    expect(describeError(error, 'zh-CN')).toBe(
      '文件嵌套超过 32 层——正常的计划文件不会这样，请确认选择了正确的文件。',
    );
  });

  it('a file from a newer FundGap', () => {
    const error = errorOf(parsePlanText(text({ ...minimalPlanFile(), formatVersion: 3 })));
    expect(describeError(error, 'en')).toBe(
      'This file was written by a newer FundGap (format 3); this version reads format 2 — update FundGap to open it.',
    );
    expect(describeError(error, 'zh-CN')).toBe(
      '此文件由更新版本的 FundGap 生成（格式 3），当前版本只能读取格式 2——请升级 FundGap 后再打开。',
    );
  });
});
