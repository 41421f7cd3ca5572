import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeRuns, type Analysis } from '../../engine/analyzeRuns';
import type { FirstScreenRequest } from '../../workers/firstScreen.worker';
import { analysisOf, baselineOf } from '../../state/useAnalysis';
import { scenarioById } from '../../state/scenarioSlice';
import { useStore } from '../../state/store';
import { prepareFirstRender } from './prepareFirstRender';

/** A stand-in for the first-screen Worker: answers like the real one, or fails to load. */
function fakeWorker(behaviour: 'answers' | 'fails') {
  const made: { request?: FirstScreenRequest; sent?: Analysis; terminated: boolean }[] = [];
  class FakeWorker {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: (() => void) | null = null;
    onmessageerror: (() => void) | null = null;
    record = { terminated: false } as (typeof made)[number];
    constructor() {
      made.push(this.record);
    }
    postMessage(request: FirstScreenRequest) {
      this.record.request = request;
      setTimeout(() => {
        if (behaviour === 'fails') this.onerror?.();
        else {
          this.record.sent = analyzeRuns(request.plan, request.scenario);
          this.onmessage?.({ data: { analysis: this.record.sent } });
        }
      }, 0);
    }
    terminate() {
      this.record.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

/** A plan and scenario no other test has run yet (the caches key on the objects). */
function freshState() {
  const { valid, scenarioId } = useStore.getState();
  const plan = structuredClone(valid.plan);
  const scenarios = structuredClone(valid.scenarios);
  useStore.setState({ valid: { ...valid, plan, scenarios } });
  return { plan, scenario: scenarioById(scenarioId, scenarios) };
}

describe('prepareFirstRender', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("keeps the Worker's runs for the first render, and lets the Worker go", async () => {
    const made = fakeWorker('answers');
    const { plan, scenario } = freshState();
    const alongside = vi.fn();
    await prepareFirstRender(alongside);

    expect(made).toHaveLength(1);
    expect(made[0]!.request).toEqual({ plan, scenario, lang: useStore.getState().lang });
    expect(made[0]!.terminated).toBe(true);
    expect(alongside).toHaveBeenCalledOnce();
    // The render finds the very runs the Worker sent (no run of its own).
    const sent = made[0]!.sent!;
    expect(analysisOf(plan, scenario)).toBe(sent);
    expect(baselineOf(plan)).toBe(sent.baseline.projection);
  });

  it('works the runs out itself when the Worker fails, or when there is none', async () => {
    for (const setup of [() => fakeWorker('fails'), () => vi.stubGlobal('Worker', undefined)]) {
      setup();
      const { plan, scenario } = freshState();
      // Resolves (a Worker that fails must not leave the page unhydrated), with the right runs.
      await prepareFirstRender();
      expect(analysisOf(plan, scenario)).toBe(analysisOf(plan, scenario));
      expect(analysisOf(plan, scenario)).toEqual(analyzeRuns(plan, scenario));
      vi.unstubAllGlobals();
    }
  });
});
