// How much of a core this process gets right now: it spins for `ms` of wall-clock time and
// returns the CPU time it was given over that wall time. About 1 on a machine with a free core;
// well under 1 when more threads want to run than there are cores (two busy loops on this
// 2-core machine left it 0.51–0.76; with other jobs on top, 0.24–0.36). Half a second: shorter
// windows read high right after a sleep, when the scheduler still favours the waking process.
// Read by the Lighthouse gate (lighthouseGate.mjs).

/** @param {number} [ms] */
export function measureCpuShare(ms = 500) {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let wallUs = 0;
  while (wallUs < ms * 1000) wallUs = Number(process.hrtime.bigint() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return Math.min(1, (used.user + used.system) / wallUs);
}
