/** Small timing helpers for the benchmarks: wall-clock with performance.now(), percentiles, peak RSS. */

/** The value at percentile `p` (0..100) of a sample, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Runs `work` and answers how long it took, in milliseconds. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Samples this process's resident set size while `work` runs; answers the peak in MiB. */
export async function peakRss<T>(work: () => Promise<T>): Promise<{ peakMiB: number; value: T }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { peakMiB: peak / 1024 / 1024, value };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Latency samples, one call at a time after `warmup` unmeasured calls each, of one run or of several ways to get
 * the same answer, taken in turns (a, b, c, b, c, a, …; who goes first
 * rotates), so that each meets the same moments of a noisy machine: a ratio of two p50s measured one after the
 * other moved by up to 0.3 between runs when the machine's load changed in between.
 */
export async function interleavedLatencies<K extends string>(
  runs: Record<K, () => Promise<unknown>>,
  iterations: number,
  warmup = 3,
): Promise<Record<K, number[]>> {
  const keys = Object.keys(runs) as K[];
  for (const key of keys) for (let i = 0; i < warmup; i += 1) await runs[key]();
  const samples = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < iterations; i += 1) {
    for (let turn = 0; turn < keys.length; turn += 1) {
      const key = keys[(i + turn) % keys.length] as K;
      const start = performance.now();
      await runs[key]();
      samples[key].push(performance.now() - start);
    }
  }
  return samples;
}

/** Rounds for tables: 3 significant digits. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Number(value.toPrecision(3));
}
