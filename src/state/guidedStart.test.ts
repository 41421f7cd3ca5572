import { describe, expect, it } from 'vitest';
import { minimalPlanFile } from '../io/fixtures/minimalPlanFile';
import type { PlanFile } from '../io/planSchema';
import { openGuidedPlan } from './guidedStart';
import { useStore } from './store';

describe('openGuidedPlan', () => {
  it('says why a plan the schema refuses was not opened, and changes nothing', async () => {
    const before = useStore.getState().valid.plan;
    const file = minimalPlanFile() as PlanFile;
    file.cashAccounts[0]!.balance = -1;
    const error = await openGuidedPlan(file);
    expect(error).toMatchObject({ reason: 'invalid' });
    expect(error?.reason === 'invalid' && error.issues[0]?.path).toBe('cashAccounts[0].balance');
    expect(useStore.getState().valid.plan).toBe(before);
  });

  it('opens a valid plan: no error, and it is the plan now', async () => {
    const file = minimalPlanFile() as PlanFile;
    expect(await openGuidedPlan(file)).toBeNull();
    expect(useStore.getState().valid.plan.business.name).toBe(file.business.name);
  });
});
