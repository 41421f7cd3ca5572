import { describe, expect, it } from 'vitest';
import { exampleValid } from '../../io/exampleFixtures';
import { checkInFromPlan } from '../../io/checkInPlan';
import { CHECK_INS } from '../../i18n/messages/checkIns';
import {
  badFields,
  checkInOfDraft,
  checkInsView,
  draftOf,
  lineChanges,
  warningText,
} from './checkInView';

const { file, plan } = exampleValid('online-shop');
const start = checkInFromPlan(file, 'ci-1', '2026-12-01');

describe('the check-in form', () => {
  it('reads back what it was given, and amounts as owners write them', () => {
    expect(checkInOfDraft(draftOf(start))).toEqual(start);
    const d = draftOf(start);
    d.lines[0]!.limit = '5.6万';
    d.lines[0]!.rate = '';
    const read = checkInOfDraft(d)!;
    expect(read.lines[0]).toMatchObject({ limit: 56000, annualRatePercent: null });
  });
  it('refuses a negative or unreadable amount and names the field', () => {
    const d = draftOf(start);
    d.cash[1]!.balance = '-5';
    d.lines[0]!.limit = 'abc';
    expect(checkInOfDraft(d)).toBeNull();
    expect([...badFields(d)]).toEqual(['cash.1', 'limit.0']);
  });
});

describe('what the list says', () => {
  it('a Jiebei limit cut of 30 % and a failed repayment, in both languages', () => {
    const jiebei = start.lines.findIndex((l) => l.sourceId === 'jiebei');
    const cut = {
      ...start,
      id: 'ci-2',
      date: '2027-01-05',
      lines: start.lines.map((l, i) =>
        i === jiebei ? { ...l, limit: Math.round(l.limit * 0.7), failedRepayment: true } : l,
      ),
    };
    const { newestFirst, trend } = checkInsView(plan, [start, cut]);
    expect(newestFirst.map((c) => c.id)).toEqual(['ci-2', 'ci-1']);
    expect(trend.map((t) => t.date)).toEqual(['2026-12-01', '2027-01-05']);
    const ids = newestFirst[0]!.warnings.map((w) => w.id);
    expect(ids).toEqual(expect.arrayContaining(['limit_drop', 'repayment_failed']));
    const limit = newestFirst[0]!.warnings.find((w) => w.id === 'limit_drop')!;
    expect(warningText(limit, 'en', CHECK_INS.en)).toMatch(
      /limit cut by 30% \(fires at 30% or more\)/,
    );
    expect(warningText(limit, 'zh-CN', CHECK_INS['zh-CN'])).toMatch(
      /额度下调 30%（下调达 30% 即预警）/,
    );
    const [change] = lineChanges(newestFirst[0]!, 'vsPrevious', 'en', CHECK_INS.en);
    expect(change).toMatch(/→ .*\(−¥[\d,]+, -30%\)|\(-¥[\d,]+, -30%\)/);
  });
});
