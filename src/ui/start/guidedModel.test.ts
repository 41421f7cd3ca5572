import { describe, expect, it } from 'vitest';
import { buildGuidedPlan } from '../../io/guidedPlan';
import { DEFAULT_ANSWERS } from '../../io/guidedAnswers';
import { fieldId, problemsOn, stepOf } from './guidedModel';

describe('guided steps', () => {
  it('asks for cash and sales first, costs and Huabei second, Jiebei and loans last', () => {
    expect(stepOf('cash.bank')).toBe(0);
    expect(stepOf('sales.season')).toBe(0);
    expect(stepOf('purchases.huabeiPercent')).toBe(1);
    expect(stepOf('huabei.limit')).toBe(1);
    expect(stepOf('bankLoan.dueDay')).toBe(2);
  });

  it('shows each problem on the step that asks for its field', () => {
    const answers = structuredClone(DEFAULT_ANSWERS);
    answers.cash.bank = 'abc';
    answers.jiebei.limit = '5万';
    const result = buildGuidedPlan(answers, '2026-12-06');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(problemsOn(0, result.problems)).toEqual([{ field: 'cash.bank', code: 'not_amount' }]);
    expect(problemsOn(1, result.problems)).toEqual([]);
    expect(problemsOn(2, result.problems)).toEqual([
      { field: 'jiebei.dailyRatePercent', code: 'required' },
    ]);
    expect(fieldId('jiebei.dailyRatePercent')).toBe('guided-jiebei-dailyRatePercent');
  });
});
