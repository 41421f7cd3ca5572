import {
  createAccumulator,
  prepareMonteCarlo,
  runPaths,
  type MonteCarloAccumulator,
  type MonteCarloSetup,
} from '../engine/monteCarlo';
import type { MonteCarloAssumptions } from '../engine/monteCarloAssumptions';
import type { Plan, Scenario } from '../engine/model';
import {
  cashBlock,
  outcomesOf,
  wholeBlock,
  partialSummary,
  type PartialSummary,
} from '../engine/monteCarloSlices';
import {
  cashPercentiles,
  outcomeSummary,
  type CashBlock,
  type CashPercentiles,
  type OutcomeSummary,
  type PathOutcomes,
} from '../engine/monteCarloSummary';

/**
 * One Worker's part of a Monte Carlo split over several (the protocol; `stress.worker.ts` only
 * wires it to `self`). Worker `index` of K:
 * 1. runs its slice of the paths batch by batch, reporting progress and, now and then, a
 *    partial summary;
 * 2. sends the page the cash of its slice cut into K day ranges (`sliced`), keeping its own;
 * 3. receives the other slices' pieces of its day range (`piece`, relayed by the page) and
 *    answers that range's daily bands (`bands`); Worker 0 also gathers every path's outcome
 *    and answers the shortfall share and distributions.
 * A single Worker (K = 1) does all three alone. Cancel = the page ends the Workers.
 */

export type MonteCarloTask = {
  plan: Plan;
  scenario: Scenario;
  assumptions: MonteCarloAssumptions;
  paths: number;
  seed: number;
};

export type SliceRun = {
  type: 'run';
  id: number;
  /** This Worker's place, 0 … dayRanges.length − 1. */
  index: number;
  task: MonteCarloTask;
  /** The paths this Worker runs, [from, to). */
  slice: [number, number];
  /** Each Worker's days for the bands, [from, to), by index. */
  dayRanges: [number, number][];
  /** Paths between progress reports. */
  batch: number;
  /** Least time between partial summaries, ms (Infinity: none). */
  partialEveryMs: number;
};

/** Another slice's cash for this Worker's day range; to Worker 0, that slice's outcomes too. */
export type SlicePiece = {
  type: 'piece';
  id: number;
  block: CashBlock;
  outcomes: PathOutcomes | null;
};

/**
 * Run a few paths and keep nothing (no reply): before the first real run, so the engine's hot
 * code is compiled while the reader is still choosing, not during the run they wait for.
 */
export type SliceWarm = { type: 'warm'; task: MonteCarloTask };

export type SliceRequest = SliceRun | SlicePiece | SliceWarm;

export type SliceReply =
  | {
      type: 'progress';
      id: number;
      index: number;
      done: number;
      partial: PartialSummary | null;
    }
  | {
      type: 'sliced';
      id: number;
      index: number;
      /** By destination Worker; null for this Worker's own range (kept here). */
      blocks: (CashBlock | null)[];
      outcomes: PathOutcomes;
    }
  | {
      type: 'bands';
      id: number;
      index: number;
      cash: CashPercentiles;
      /** Worker 0 only: the share of paths that run short and the distributions. */
      outcomes: OutcomeSummary | null;
    }
  | { type: 'failed'; id: number; index: number; message: string };

export type SliceHost = {
  post: (reply: SliceReply, transfer?: Transferable[]) => void;
  /** Run `fn` soon, after messages already queued (lets a page without Workers stay responsive). */
  schedule: (fn: () => void) => void;
  now: () => number;
};

type Run = {
  message: SliceRun;
  setup: MonteCarloSetup;
  acc: MonteCarloAccumulator;
  blocks: CashBlock[];
  outcomes: PathOutcomes[];
  answered: boolean;
};

/** A message handler for one Worker; `host` is `self` in a Worker, or a stand-in on the page or in a test. */
export function sliceWorker(host: SliceHost): (message: SliceRequest) => void {
  let run: Run | null = null;
  /** The last run's cash memory, kept for the next run (never sent: only copies of it are). */
  let spare: Float64Array | undefined;

  const fail = (id: number, index: number, e: unknown) =>
    host.post({ type: 'failed', id, index, message: (e as Error).message ?? String(e) });

  /** Answer the bands once every slice's piece of this Worker's days has arrived. */
  const answerWhenComplete = (r: Run) => {
    const { dayRanges, index, id } = r.message;
    if (r.answered || r.blocks.length < dayRanges.length) return;
    if (index === 0 && r.outcomes.length < dayRanges.length) return;
    r.answered = true;
    const [fromDay, toDay] = dayRanges[index]!;
    host.post({
      type: 'bands',
      id,
      index,
      cash: cashPercentiles(r.blocks, fromDay, toDay),
      outcomes: index === 0 ? outcomeSummary(r.outcomes) : null,
    });
    if (run === r) run = null; // let the other slices' pieces go
  };

  const finishSlice = (r: Run) => {
    const { dayRanges, index, id } = r.message;
    const blocks = dayRanges.map(([from, to], j) =>
      j === index ? null : cashBlock(r.acc, from, to),
    );
    const outcomes = outcomesOf(r.acc);
    const transfer = blocks.flatMap((b) => (b ? [b.cash.buffer] : []));
    host.post({ type: 'sliced', id, index, blocks, outcomes }, transfer);
    r.blocks.push(wholeBlock(r.acc));
    if (index === 0) r.outcomes.push(outcomes);
    answerWhenComplete(r);
  };

  const start = (message: SliceRun) => {
    const { id, index, task, slice, batch, partialEveryMs } = message;
    const setup = prepareMonteCarlo(task.plan, task.scenario, task.assumptions, task);
    const [from, to] = slice;
    const acc = createAccumulator(to - from, setup.days, from, spare);
    spare = acc.cash.length >= (spare?.length ?? 0) ? acc.cash : spare;
    const r: Run = { message, setup, acc, blocks: [], outcomes: [], answered: false };
    run = r;
    const step = Math.max(1, Math.floor(batch));
    let next = from;
    let lastPartial = host.now();
    const tick = () => {
      if (run !== r) return; // replaced by a newer run
      try {
        const end = Math.min(to, next + step);
        runPaths(setup, next, end, acc);
        next = end;
        const done = next - from;
        const due = next < to && host.now() - lastPartial >= partialEveryMs;
        if (due) lastPartial = host.now();
        host.post({
          type: 'progress',
          id,
          index,
          done,
          partial: due ? partialSummary(acc, done) : null,
        });
        if (next < to) host.schedule(tick);
        else finishSlice(r);
      } catch (e) {
        fail(id, index, e);
      }
    };
    host.schedule(tick);
  };

  /** A warm-up's paths; a run already going takes precedence, and a failure is the real run's to report. */
  const warm = (task: MonteCarloTask) => {
    if (run) return;
    try {
      const setup = prepareMonteCarlo(task.plan, task.scenario, task.assumptions, task);
      const acc = createAccumulator(setup.paths, setup.days);
      runPaths(setup, 0, setup.paths, acc);
      cashPercentiles([wholeBlock(acc)], 0, setup.days);
    } catch {
      /* reported by the run, if it fails too */
    }
  };

  return (message) => {
    if (message.type === 'warm') {
      warm(message.task);
      return;
    }
    if (message.type === 'run') {
      try {
        start(message);
      } catch (e) {
        fail(message.id, message.index, e);
      }
      return;
    }
    const r = run;
    if (!r || r.message.id !== message.id) return;
    r.blocks.push(message.block);
    if (message.outcomes) r.outcomes.push(message.outcomes);
    try {
      answerWhenComplete(r);
    } catch (e) {
      fail(r.message.id, r.message.index, e);
    }
  };
}
