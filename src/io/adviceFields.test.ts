import { describe, expect, it } from 'vitest';
import { minimalPlanFile } from './fixtures/minimalPlanFile';
import { parsePlanValue } from './planFile';
import { fileFromPlan } from './planConvert';
import type { PlanFileInput } from './planSchema';

/**
 * The advisor's optional plan fields (docs/plan-format.md): the business profile, a flow's
 * category and business-customer flag, and the lever assumptions. Absent, nothing changes;
 * present, each is carried to the engine and back, or refused with a message.
 */

function parsed(change: (f: PlanFileInput) => void) {
  const f = minimalPlanFile();
  change(f);
  return parsePlanValue(f);
}

const inflowAt = (f: PlanFileInput) => f.cashFlows.findIndex((x) => x.direction === 'inflow');
const outflowAt = (f: PlanFileInput) => f.cashFlows.findIndex((x) => x.direction === 'outflow');

describe('advice fields in the plan file', () => {
  it('carries the profile, the flow marks and the lever assumptions to the engine and back', () => {
    const result = parsed((f) => {
      f.business.profile = {
        legalForm: 'individual_business',
        businessAccount: false,
        creditRecord: 'clean',
        taxRecordYears: 2,
      };
      f.cashFlows[inflowAt(f)]!.fromBusinessCustomers = true;
      f.cashFlows[outflowAt(f)]!.category = 'supplier';
      f.leverAssumptions = { ownerDrawCutPercent: 40, supplierTermsDays: 45 };
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { plan, file } = result;
    expect(plan.business.profile).toEqual({
      legalForm: 'individual_business',
      businessAccount: false,
      creditRecord: 'clean',
      taxRecordYears: 2,
    });
    expect(plan.cashFlows.find((x) => x.direction === 'inflow')!.fromBusinessCustomers).toBe(true);
    expect(plan.cashFlows.find((x) => x.direction === 'outflow')!.category).toBe('supplier');
    expect(plan.leverAssumptions).toEqual({ ownerDrawCut: 0.4, supplierTermsDays: 45 });
    expect(fileFromPlan(plan, result.scenarios)).toEqual(file);
  });

  it('leaves a file without them exactly as before', () => {
    const result = parsed(() => undefined);
    if (!result.ok) throw new Error('invalid');
    expect(result.plan.business.profile).toBeUndefined();
    expect(result.plan.leverAssumptions).toBeUndefined();
    expect(result.plan.cashFlows.some((f) => 'category' in f || 'fromBusinessCustomers' in f)).toBe(
      false,
    );
  });

  it('refuses a mark on the wrong direction, each at its path', () => {
    const result = parsed((f) => {
      f.cashFlows[inflowAt(f)]!.category = 'rent';
      f.cashFlows[outflowAt(f)]!.fromBusinessCustomers = true;
    });
    if (result.ok || result.error.reason !== 'invalid') throw new Error('expected invalid');
    const i = inflowAt(minimalPlanFile());
    const o = outflowAt(minimalPlanFile());
    expect(result.error.issues.map((x) => [x.path, x.code])).toEqual([
      [`cashFlows[${i}].category`, 'outflow_only'],
      [`cashFlows[${o}].fromBusinessCustomers`, 'inflow_only'],
    ]);
  });

  it('refuses profile and lever values out of range, each at its path', () => {
    const result = parsed((f) => {
      f.business.profile = { legalForm: 'partnership' as never, taxRecordYears: 1.5 };
      f.leverAssumptions = { ownerDrawMonths: 13, depositPercent: 120 };
    });
    if (result.ok || result.error.reason !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues.map((x) => [x.path, x.code]).sort()).toEqual(
      [
        ['business.profile.legalForm', 'unknown_kind'],
        ['business.profile.taxRecordYears', 'not_an_integer'],
        ['leverAssumptions.ownerDrawMonths', 'out_of_range'],
        ['leverAssumptions.depositPercent', 'percent_range'],
      ].sort(),
    );
  });
});
