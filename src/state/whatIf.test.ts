// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { advise, applySuggestion } from '../engine/advice';
import { analyzeRuns } from '../engine/analyzeRuns';
import { findPreset } from '../engine/presets';
import { exampleValid } from '../io/exampleFixtures';
import { useStore } from './store';
import { triedPlanOf, useWhatIf } from './whatIf';

const { plan } = exampleValid('online-shop');
const freeze = findPreset('risk_control_freeze_30d')!;
const first = advise(plan, freeze).suggestions[0]!;

afterEach(() => act(() => useStore.setState({ tryOut: null })));

describe('useWhatIf (a suggestion tried out, from the state layer)', () => {
  it('is null while nothing is tried', () => {
    const { result } = renderHook(() => useWhatIf(plan, freeze));
    expect(result.current).toBeNull();
  });

  it('gives the runs of the plan with the suggestion applied, the plan itself untouched', async () => {
    const before = JSON.stringify(plan);
    act(() => useStore.setState({ tryOut: first }));
    const { result } = renderHook(() => useWhatIf(plan, freeze));
    await waitFor(() => expect(result.current).not.toBeNull());
    const expected = analyzeRuns(applySuggestion(plan, first), freeze);
    expect(result.current!.stressed.metrics).toEqual(expected.stressed.metrics);
    expect(JSON.stringify(plan)).toBe(before);
    // One tried copy per (plan, suggestion): the task's cache keys on it.
    expect(triedPlanOf(plan, first)).toBe(triedPlanOf(plan, first));
  });
});
