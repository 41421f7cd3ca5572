import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import { PRESETS, findPreset } from '../../engine/presets';
import { account, credit, planWith, scenario, yuan } from '../../engine/testPlans';
import type { ExampleId } from '../../io/examples';
import { exampleValid } from '../../io/exampleFixtures';
import { aboveBaseline } from './aboveBaseline';
import { spendable } from './cashRows';

describe('aboveBaseline', () => {
  it('says nothing when the line with the outage never runs above the other', () => {
    const { plan } = exampleValid('online-shop');
    const freeze = findPreset('risk_control_freeze_30d')!;
    expect(aboveBaseline(plan, freeze, analyze(plan, freeze, { reverseStress: false }))).toBeNull();
  });

  it('blocked repayments: above by exactly the interest not yet paid', () => {
    // Jiebei ¥10,000 interest-only at 0.05 %/day, ¥140 of interest due 03-04 (day 3), blocked on
    // days 0–9 and paid on day 10. Principal stays owed against the limit, so what can be spent
    // is higher only by the ¥140 of interest not yet paid (the penalty is paid later, on day 10).
    const plan = planWith({
      cashAccounts: [account('bank', yuan(20_000))],
      fundingSources: [
        credit('jiebei', 'jiebei', yuan(10_000), {
          price: { type: 'daily', rate: 0.0005 },
          repayment: 'interest_only',
          outstanding: [
            { principal: yuan(10_000), nextDueDate: '2026-03-04', remainingInstalments: 1 },
          ],
        }),
      ],
    });
    const blocked = scenario({
      type: 'repayment_blocked',
      target: { type: 'kinds', kinds: ['jiebei'] },
      startDay: 0,
      durationDays: 10,
    });
    const above = aboveBaseline(plan, blocked, analyze(plan, blocked, { reverseStress: false }));
    expect(above).toEqual({
      from: '2026-03-04',
      to: '2026-03-10',
      most: 140,
      interestNotPaid: 140,
      reason: 'blocked',
    });
  });

  it('a line drawn in place of the frozen one at a lower rate: above by the interest saved', () => {
    const { plan } = exampleValid('supplier');
    const freeze = findPreset('risk_control_freeze_30d')!;
    const above = aboveBaseline(plan, freeze, analyze(plan, freeze, { reverseStress: false }))!;
    expect(above.reason).toBe('replaced');
    expect(above.most).toBeGreaterThan(0);
    expect(above.most).toBeLessThanOrEqual(above.interestNotPaid + 0.01);
  });

  // The rule the chart's sentence rests on: what can still be spent with the outage never
  // exceeds the baseline by more than the interest and fees it has not paid by then.
  it.each(['online-shop', 'restaurant', 'supplier'] satisfies ExampleId[])(
    '%s: every day, every preset and own scenario, the excess ≤ interest and fees not paid',
    (id) => {
      const { plan, scenarios } = exampleValid(id);
      for (const s of [...PRESETS, ...scenarios]) {
        const a = analyze(plan, s, { reverseStress: false });
        const base = a.baseline.projection;
        const run = a.stressed.projection;
        let notPaid = 0;
        for (let d = 0; d < run.days; d++) {
          notPaid += base.interest[d]! - run.interest[d]!;
          expect(spendable(run, d) - spendable(base, d), `${s.id} day ${d}`).toBeLessThanOrEqual(
            Math.max(0, notPaid),
          );
        }
      }
    },
  );
});
