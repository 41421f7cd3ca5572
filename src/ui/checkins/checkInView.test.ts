import { describe, expect, it } from 'vitest';
import { exampleValid } from '../../io/exampleFixtures';
import { checkInFromPlan } from '../../io/checkInPlan';
import { CHECK_INS } from '../../i18n/messages/checkIns';
import { checkInsView, draftOf, lineChanges, readCheckInDraft, warningText } from './checkInView';

const { file, plan } = exampleValid('online-shop');
const start = checkInFromPlan(file, 'ci-1', '2026-12-01');

describe('the check-in form', () => {
  const saved = (d: ReturnType<typeof draftOf>) => {
    const read = readCheckInDraft(d);
    return read.ok ? read.checkIn : null;
  };
  it('reads back what it was given, and amounts and rates as owners write them', () => {
    expect(saved(draftOf(start))).toEqual(start);
    const d = draftOf(start);
    d.lines[0]!.limit = '5.6万';
    d.lines[0]!.annualRatePercent = '';
    d.lines[1]!.annualRatePercent = '１２．５％';
    d.cash[0]!.balance = '¥35,000';
    const read = saved(d)!;
    expect(read.lines[0]).toMatchObject({ limit: 56000, annualRatePercent: null });
    expect(read.lines[1]).toMatchObject({ annualRatePercent: 12.5 });
    expect(read.cash[0]!.balance).toBe(35000);
  });
  it('refuses each bad value at its own path, with the plan editor’s code for it', () => {
    const d = draftOf(start);
    d.cash[0]!.balance = '';
    d.cash[1]!.balance = '-5';
    d.cash[2]!.balance = '12.345';
    d.lines[0]!.limit = '20000000000';
    d.lines[1]!.limit = 'abc';
    d.lines[1]!.annualRatePercent = '4.1234567';
    d.date = undefined;
    const read = readCheckInDraft(d);
    expect(read.ok).toBe(false);
    const issues = read.ok ? [] : read.issues.map((i) => [i.path, i.code]);
    expect(issues).toEqual([
      ['date', 'required'],
      ['cash[0].balance', 'required'],
      ['cash[1].balance', 'amount_negative'],
      ['cash[2].balance', 'too_many_decimals'],
      ['lines[0].limit', 'amount_too_large'],
      ['lines[1].limit', 'not_a_number'],
      ['lines[1].annualRatePercent', 'too_many_decimals'],
    ]);
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
