import { describe, expect, it } from 'vitest';
import { exampleValid } from '../../io/exampleFixtures';
import { defaultAssumptions } from '../../engine/monteCarloAssumptions';
import { runMonteCarlo } from '../../engine/monteCarloRun';
import type { MonteCarloSummary } from '../../engine/monteCarloSummary';
import { findPreset } from '../../engine/presets';
import {
  sliceWorker,
  type MonteCarloTask,
  type SliceReply,
  type SliceRequest,
} from '../../workers/monteCarloSlice';
import { slicePool, workerCount, type SliceChannel, type SpawnSlice } from './monteCarloPool';

// Workers stood in for on this thread with the real handler and real message semantics:
// every message is a structured clone, and a transferred buffer is gone from its sender.
function fakeWorkers() {
  const channels: { ended: boolean; handled: number }[] = [];
  const spawn: SpawnSlice = (onReply) => {
    const me = { ended: false, handled: 0 };
    channels.push(me);
    const later = (fn: () => void) =>
      setTimeout(() => {
        if (!me.ended) fn();
      }, 0);
    const handle = sliceWorker({
      post: (reply: SliceReply, transfer: Transferable[] = []) => {
        const copy = structuredClone(reply, { transfer });
        later(() => onReply(copy));
      },
      schedule: later,
      now: () => performance.now(),
    });
    const channel: SliceChannel = {
      send: (message: SliceRequest, transfer: Transferable[] = []) => {
        const copy = structuredClone(message, { transfer });
        later(() => {
          me.handled++;
          handle(copy);
        });
      },
      terminate: () => {
        me.ended = true;
      },
    };
    return channel;
  };
  return { spawn, channels };
}

const shop = exampleValid('online-shop').plan;
const freeze = findPreset('risk_control_freeze_30d')!;
/** Every draw in play: revenue variation, a spread of starts and lengths, payment delays. */
const assumptions = { ...defaultAssumptions(), paymentDelayDays: { min: 0, max: 15 } };

function runOnPool(
  size: number,
  task: MonteCarloTask,
  partialEveryMs = Infinity,
): Promise<{ summary: MonteCarloSummary; provisional: MonteCarloSummary[]; done: number[] }> {
  const { spawn } = fakeWorkers();
  const pool = slicePool(spawn, size);
  const provisional: MonteCarloSummary[] = [];
  const done: number[] = [];
  return new Promise((resolve, reject) => {
    pool.run(
      task,
      { reportsPerSlice: 4, partialEveryMs },
      {
        progress: (n, _total, p) => {
          done.push(n);
          const merged = p?.();
          if (merged) provisional.push(merged);
        },
        done: (summary) => {
          pool.end();
          resolve({ summary, provisional, done });
        },
        failed: (message) => reject(new Error(message)),
      },
    );
  });
}

describe('Monte Carlo over several Workers', () => {
  const task: MonteCarloTask = { plan: shop, scenario: freeze, assumptions, paths: 203, seed: 42 };
  const single = runMonteCarlo(shop, freeze, assumptions, { paths: 203, seed: 42 });

  it.each([1, 2, 3, 4, 7])('%i Workers give the bands of one Worker, to the fen', async (size) => {
    const { summary } = await runOnPool(size, task);
    expect(summary).toEqual(single);
  });

  it('2,500 paths (bands by binning, not quickselect): 1, 2 and 3 Workers agree to the fen', async () => {
    const big = { ...task, paths: 2_500, seed: 7 };
    const one = await runOnPool(1, big);
    expect(one.summary).toEqual(runMonteCarlo(shop, freeze, assumptions, big));
    for (const size of [2, 3]) expect((await runOnPool(size, big)).summary).toEqual(one.summary);
  });

  it('another seed gives other bands (the seed reaches every Worker)', async () => {
    const { summary } = await runOnPool(2, { ...task, seed: 43 });
    expect(summary.cash.p50).not.toEqual(single.cash.p50);
    expect(summary).toEqual(runMonteCarlo(shop, freeze, assumptions, { paths: 203, seed: 43 }));
  });

  it('reports progress up to every path, and provisional bands that are ordered and partial', async () => {
    const { provisional, done } = await runOnPool(2, task, 0);
    expect(done.at(-1)).toBe(203);
    for (let i = 1; i < done.length; i++) expect(done[i]!).toBeGreaterThanOrEqual(done[i - 1]!);
    expect(provisional.length).toBeGreaterThan(0);
    for (const p of provisional) {
      expect(p.paths).toBeGreaterThan(0);
      expect(p.paths).toBeLessThan(203);
      expect(p.days).toBe(365);
      for (let d = 0; d < p.days; d++) {
        expect(p.cash.p5[d]!).toBeLessThanOrEqual(p.cash.p25[d]!);
        expect(p.cash.p25[d]!).toBeLessThanOrEqual(p.cash.p50[d]!);
        expect(p.cash.p50[d]!).toBeLessThanOrEqual(p.cash.p75[d]!);
        expect(p.cash.p75[d]!).toBeLessThanOrEqual(p.cash.p95[d]!);
      }
    }
  });

  it('cancel ends every Worker and nothing more is reported', async () => {
    const { spawn, channels } = fakeWorkers();
    const pool = slicePool(spawn, 3);
    const seen: string[] = [];
    pool.run(
      { ...task, paths: 5000 },
      { reportsPerSlice: 50, partialEveryMs: Infinity },
      {
        progress: () => seen.push('progress'),
        done: () => seen.push('done'),
        failed: () => seen.push('failed'),
      },
    );
    await new Promise((r) => setTimeout(r, 20));
    pool.end();
    const before = seen.length;
    expect(channels).toHaveLength(3);
    expect(channels.every((c) => c.ended)).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.length).toBe(before);
    expect(seen).not.toContain('done');
  });

  it('keeps its Workers warm for the next run', async () => {
    const { spawn, channels } = fakeWorkers();
    const pool = slicePool(spawn, 2);
    const once = (paths: number, seed: number) =>
      new Promise<MonteCarloSummary>((resolve, reject) =>
        pool.run(
          { ...task, paths, seed },
          { reportsPerSlice: 2, partialEveryMs: Infinity },
          { progress: () => {}, done: resolve, failed: (m) => reject(new Error(m)) },
        ),
      );
    // The second run reuses the first's memory in each Worker (a larger slice's, then a smaller).
    await once(60, 1);
    const second = await once(40, 2);
    expect(channels).toHaveLength(2);
    expect(second).toEqual(runMonteCarlo(shop, freeze, assumptions, { paths: 40, seed: 2 }));
    pool.end();
  });

  it('says when a Worker fails', async () => {
    const spawn: SpawnSlice = (_onReply, onError) => ({
      send: () => setTimeout(() => onError('no engine'), 0),
      terminate: () => {},
    });
    const pool = slicePool(spawn, 2);
    const message = await new Promise<string>((resolve) =>
      pool.run(
        task,
        { reportsPerSlice: 2, partialEveryMs: Infinity },
        { progress: () => {}, done: () => resolve('done'), failed: resolve },
      ),
    );
    expect(message).toBe('no engine');
    pool.end();
  });
});

describe('workerCount', () => {
  it('uses every core, at least two, never more Workers than paths or days', () => {
    expect(workerCount(2, 10_000, 365)).toBe(2);
    expect(workerCount(1, 10_000, 365)).toBe(2);
    expect(workerCount(undefined, 10_000, 365)).toBe(2);
    expect(workerCount(6, 10_000, 365)).toBe(6);
    expect(workerCount(64, 10_000, 365)).toBe(8);
    expect(workerCount(4, 3, 365)).toBe(3);
    expect(workerCount(4, 1, 365)).toBe(1);
  });
});

describe('warm Workers', () => {
  it('warm() starts every Worker and runs a few paths in each; the first run then starts none and gives the same bands', async () => {
    const { spawn, channels } = fakeWorkers();
    const pool = slicePool(spawn, 3);
    pool.warm({ plan: shop, scenario: freeze, assumptions, paths: 20, seed: 0 });
    expect(channels).toHaveLength(3);
    await new Promise((r) => setTimeout(r, 0));
    expect(channels.map((c) => c.handled)).toEqual([1, 1, 1]);
    const summary = await new Promise<MonteCarloSummary>((resolve, reject) =>
      pool.run(
        { plan: shop, scenario: freeze, assumptions, paths: 30, seed: 9 },
        { reportsPerSlice: 2, partialEveryMs: Infinity },
        { progress: () => {}, done: resolve, failed: (m) => reject(new Error(m)) },
      ),
    );
    expect(channels).toHaveLength(3);
    expect(summary).toEqual(runMonteCarlo(shop, freeze, assumptions, { paths: 30, seed: 9 }));
    pool.end();
    pool.warm(); // after the end: nothing starts again
    expect(channels).toHaveLength(3);
  });
});
