import { defaultAssumptions, monteCarloPresetFor } from '../src/engine/monteCarloAssumptions';
import { createAccumulator, prepareMonteCarlo, runPaths } from '../src/engine/monteCarlo';
import { runMonteCarlo } from '../src/engine/monteCarloRun';
import { findPreset } from '../src/engine/presets';
import { stressGrid } from '../src/engine/reverseStress';
import { loadExample } from '../src/io/exampleFixtures';

/**
 * `npm run bench` (issue 5): the stress lab on the largest example (the supplier, 29 flows,
 * 10 sources, 365 days). One JSON line per case, as in engine.bench.ts; over budget is flagged,
 * not failed. `cpu_ms` (process CPU time of the median run) is added because this machine is
 * shared: wall time then includes waiting for a core.
 */

function bench(
  name: string,
  fn: () => unknown,
  runs: number,
  warm: number,
  budgetMs: number,
): void {
  for (let i = 0; i < warm; i++) fn();
  const times: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    times.push({ wall, cpu: (c.user + c.system) / 1000 });
  }
  times.sort((a, b) => a.wall - b.wall);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    JSON.stringify({
      case: name,
      median_ms: Number(median.wall.toFixed(4)),
      min_ms: Number(times[0]!.wall.toFixed(1)),
      max_ms: Number(times[times.length - 1]!.wall.toFixed(1)),
      cpu_ms: Number(median.cpu.toFixed(1)),
      runs,
      budget_ms: budgetMs,
      within_budget: median.wall <= budgetMs,
    }),
  );
}

const supplier = loadExample('supplier');
if (!supplier.ok) throw new Error('supplier example does not validate');
const plan = supplier.plan;
const freeze = findPreset('risk_control_freeze_30d')!;
const assumptions = defaultAssumptions(monteCarloPresetFor(freeze.id), plan.business.horizonDays);

bench(
  'monte_carlo_10000_paths_largest_example',
  () => runMonteCarlo(plan, freeze, assumptions, { paths: 10_000, seed: 42 }),
  7,
  1,
  2000,
);

/**
 * Issue 16: one path alone, without the bands: what a Worker spends per path (CPU µs, median of
 * 5 runs of 10,000 after one that compiles). Budget: half a projection (engine.bench.ts, ≤ 0.1 ms
 * with every column), so two Workers run 10,000 paths in about a quarter of a second.
 */
function benchPaths(name: string, paths: number, runs: number, budgetUs: number): void {
  const acc = createAccumulator(paths, plan.business.horizonDays);
  const perPath: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const setup = prepareMonteCarlo(plan, freeze, assumptions, { paths, seed: 42 });
    const start = process.cpuUsage();
    runPaths(setup, 0, paths, acc);
    const used = process.cpuUsage(start);
    if (i > 0) perPath.push((used.user + used.system) / paths);
  }
  perPath.sort((a, b) => a - b);
  const median = perPath[Math.floor(perPath.length / 2)]!;
  console.log(
    JSON.stringify({
      case: name,
      median_cpu_us_per_path: Number(median.toFixed(1)),
      min_cpu_us_per_path: Number(perPath[0]!.toFixed(1)),
      paths,
      runs,
      budget_us: budgetUs,
      within_budget: median <= budgetUs,
    }),
  );
}

benchPaths('monte_carlo_one_path_largest_example', 10_000, 5, 40);
bench('grid_default', () => stressGrid(plan, freeze), 15, 3, 150);
