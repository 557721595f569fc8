import { performance } from "node:perf_hooks";

export interface Timing {
  wall: number;
  /** The process's CPU time (user + system): steadier than wall time on a shared machine. */
  cpu: number;
}

/** How long a batch of runs of a short read lasts at least, in ms (the CPU clock's ticks vanish in it). */
const BATCH_MS = 5;
/** How long each side is timed in all at least, in ms, so that one busy moment weighs little. */
const TOTAL_MS = 300;
/** How long both sides are run in turn, untimed, before the timing starts. */
const WARM_MS = 500;

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The mean time of one call over `reps` calls in a row. */
async function batch(fn: () => Promise<unknown>, reps: number): Promise<Timing> {
  const t = performance.now();
  const c = process.cpuUsage();
  for (let i = 0; i < reps; i++) await fn();
  const d = process.cpuUsage(c);
  return { wall: (performance.now() - t) / reps, cpu: (d.user + d.system) / 1000 / reps };
}

/** How many calls make a batch of BATCH_MS: counted by calling until that long has passed. */
async function calibrate(fn: () => Promise<unknown>): Promise<{ reps: number; ms: number }> {
  const t = performance.now();
  let n = 0;
  while (n === 0 || performance.now() - t < BATCH_MS) {
    await fn();
    n++;
  }
  return { reps: n, ms: (performance.now() - t) / n };
}

/** The functions run in turn, untimed, for `ms`: the JIT compiles their hot paths. */
export async function warmUp(fns: (() => Promise<unknown>)[], ms: number): Promise<void> {
  const t = performance.now();
  while (fns.length)
    for (const fn of fns) {
      if (performance.now() - t >= ms) return;
      await fn();
    }
}

export interface Medians {
  /** The median batch mean of each function. */
  times: Timing[];
  /** The median over the rounds of each function's batch mean over the first function's. */
  ratios: Timing[];
  /** Calls per batch, per function. */
  reps: number[];
  batches: number;
}

/**
 * Medians of batch means of each function, the batches run in turn (a, b, a, b, …) so that a
 * busy machine or a warming JIT weighs on both sides alike. A call longer than BATCH_MS is a
 * batch of its own and is run `runs` times (more only when that is under TOTAL_MS); shorter
 * calls are repeated into batches of BATCH_MS, enough batches for TOTAL_MS a side. The ratios
 * are taken round by round (each round's batches ran back to back, on the same machine load)
 * and their median kept: on a loaded machine that is steadier than the ratio of the medians.
 */
export async function batchMedians(
  runs: number,
  fns: (() => Promise<unknown>)[],
): Promise<Medians> {
  await warmUp(fns, WARM_MS);
  const cal = [];
  for (const fn of fns) cal.push(await calibrate(fn));
  const reps = cal.map((c) => c.reps);
  const batches = Math.max(runs, ...cal.map((c) => Math.ceil(TOTAL_MS / (c.reps * c.ms))));
  const times = fns.map((): Timing[] => []);
  for (let i = 0; i < batches; i++)
    for (const [k, fn] of fns.entries()) times[k]!.push(await batch(fn, reps[k]!));
  const medians = (t: Timing[]): Timing => ({
    wall: median(t.map((x) => x.wall)),
    cpu: median(t.map((x) => x.cpu)),
  });
  const base = times[0] ?? [];
  const ratio = (a: number, b: number) => a / Math.max(b, 1e-6);
  return {
    times: times.map(medians),
    ratios: times.map((t) =>
      medians(
        t.map((x, i) => ({ wall: ratio(base[i]!.wall, x.wall), cpu: ratio(base[i]!.cpu, x.cpu) })),
      ),
    ),
    reps,
    batches,
  };
}
