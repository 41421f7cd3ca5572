import {
  mergePartials,
  joinBands,
  splitRange,
  type PartialSummary,
} from '../../engine/monteCarloSlices';
import {
  assembleSummary,
  type CashPercentiles,
  type MonteCarloSummary,
  type OutcomeSummary,
} from '../../engine/monteCarloSummary';
import { MAX_PATHS } from '../../engine/monteCarlo';
import type { MonteCarloTask, SliceReply, SliceRequest } from '../../workers/monteCarloSlice';

/**
 * The page's side of a Monte Carlo over several Workers: it hands each a slice of the paths and
 * a range of days, relays the slices' pieces between them, merges their partial summaries into
 * provisional bands, and joins their day ranges into the result — identical, to the fen, to one
 * Worker running every path. Nothing heavy runs here: relaying moves buffers without copying.
 */

/** One Worker as the pool sees it (a real Worker, or a stand-in on this thread or in a test). */
export type SliceChannel = {
  send: (message: SliceRequest, transfer?: Transferable[]) => void;
  terminate: () => void;
};
export type SpawnSlice = (
  onReply: (reply: SliceReply) => void,
  onError: (message: string) => void,
) => SliceChannel;

/** More Workers than this gain little (the bands and relays grow) and cost memory. */
export const MAX_WORKERS = 8;

/** Workers for a run: one per core, at least two, never more than paths or days to share. */
export function workerCount(cores: number | undefined, paths: number, days: number): number {
  const wanted = Math.max(2, Math.min(MAX_WORKERS, Math.floor(cores ?? 2) || 2));
  return Math.max(1, Math.min(wanted, Math.floor(paths), Math.floor(days)));
}

export type RunCallbacks = {
  /**
   * `provisional`, when a slice sent a partial summary: merges every slice's latest into
   * provisional bands (a few milliseconds: call it only to show them).
   */
  progress: (
    done: number,
    total: number,
    provisional: (() => MonteCarloSummary | null) | null,
  ) => void;
  done: (summary: MonteCarloSummary) => void;
  failed: (message: string) => void;
};

export type RunOptions = {
  /** Progress reports per Worker slice (its paths run in this many batches). */
  reportsPerSlice: number;
  /** Least time between a Worker's partial summaries, ms. */
  partialEveryMs: number;
};

/**
 * Workers kept between runs (started on first use: a warm Worker skips loading and compiling the
 * engine again). `end()` terminates them all: cancel, or the panel going away.
 */
export type SlicePool = {
  run: (task: MonteCarloTask, options: RunOptions, on: RunCallbacks) => void;
  /**
   * Start every Worker now, before any run, and have each run `task` (a few paths, results
   * dropped): loading the Worker's module and compiling the engine's hot code are a first run's
   * largest extra cost, and the page can pay them while the reader is still choosing.
   */
  warm: (task?: MonteCarloTask) => void;
  end: () => void;
};

type Current = {
  id: number;
  on: RunCallbacks;
  handle: (index: number, reply: SliceReply) => void;
};

export function slicePool(spawn: SpawnSlice, size: number): SlicePool {
  let channels: SliceChannel[] = [];
  let current: Current | null = null;
  let nextId = 1;
  let ended = false;

  const channelsFor = (count: number): SliceChannel[] => {
    while (channels.length < count) {
      const index = channels.length;
      channels.push(
        spawn(
          (reply) => {
            if (current && reply.id === current.id) current.handle(index, reply);
          },
          (message) => {
            const c = current;
            current = null;
            c?.on.failed(message);
          },
        ),
      );
    }
    return channels.slice(0, count);
  };

  const run: SlicePool['run'] = (task, options, on) => {
    if (ended) throw new Error('the Monte Carlo pool has ended');
    const paths = Math.max(1, Math.min(MAX_PATHS, Math.floor(task.paths)));
    const days = task.plan.business.horizonDays;
    const count = Math.max(1, Math.min(size, paths, days));
    const workers = channelsFor(count);
    const slices = splitRange(paths, count);
    const dayRanges = splitRange(days, count);
    const id = nextId++;
    const done = new Array<number>(count).fill(0);
    const partials: (PartialSummary | null)[] = new Array(count).fill(null);
    const bands: (CashPercentiles | null)[] = new Array(count).fill(null);
    let outcomes: OutcomeSummary | null = null;

    const finish = (reply: Extract<SliceReply, { type: 'bands' }>) => {
      bands[reply.index] = reply.cash;
      if (reply.outcomes) outcomes = reply.outcomes;
      if (bands.some((b) => b === null) || !outcomes) return;
      current = null;
      on.done(assembleSummary(days, joinBands(bands as CashPercentiles[]), outcomes));
    };

    current = {
      id,
      on,
      handle: (index, reply) => {
        switch (reply.type) {
          case 'progress': {
            done[index] = reply.done;
            if (reply.partial) partials[index] = reply.partial;
            const total = done.reduce((a, b) => a + b, 0);
            // Merged only when the page redraws: most reports are shown as a count alone.
            const provisional = reply.partial
              ? () =>
                  mergePartials(
                    partials.filter((p) => p !== null),
                    days,
                  )
              : null;
            on.progress(total, paths, provisional);
            break;
          }
          case 'sliced':
            // Relay each piece to the Worker whose days it covers; Worker 0 also gets the outcomes.
            reply.blocks.forEach((block, j) => {
              if (!block) return;
              workers[j]!.send(
                { type: 'piece', id, block, outcomes: j === 0 ? reply.outcomes : null },
                [block.cash.buffer],
              );
            });
            break;
          case 'bands':
            finish(reply);
            break;
          case 'failed':
            current = null;
            on.failed(reply.message);
            break;
        }
      },
    };
    workers.forEach((w, index) =>
      w.send({
        type: 'run',
        id,
        index,
        task: { ...task, paths },
        slice: slices[index]!,
        dayRanges,
        batch: Math.ceil((slices[index]![1] - slices[index]![0]) / options.reportsPerSlice),
        partialEveryMs: options.partialEveryMs,
      }),
    );
  };

  return {
    run,
    warm: (task) => {
      if (ended) return;
      const workers = channelsFor(size);
      if (task && !current) for (const w of workers) w.send({ type: 'warm', task });
    },
    end: () => {
      ended = true;
      current = null;
      for (const c of channels) c.terminate();
      channels = [];
    },
  };
}
