/** Percentiles of a sample, in the sample's unit. */
export function percentiles(samples: ReadonlyArray<number>): {
  p50: number
  p95: number
  p99: number
  max: number
  n: number
} {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? Number.NaN, n: sorted.length }
}

/** Milliseconds, rounded for a table. */
export const ms = (value: number) => Math.round(value * 1000) / 1000

/** Forces a full collection (node --expose-gc) and reads memory in MB. */
export function settledMemory(): { heapMb: number; rssMb: number } {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('Run with node --expose-gc (npm run bench does).')
  gc()
  gc()
  const usage = process.memoryUsage()
  return { heapMb: usage.heapUsed / 1_048_576, rssMb: usage.rss / 1_048_576 }
}

/** Waits until a condition holds, checking on every turn of the event loop. */
export async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = performance.now()
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setImmediate(resolve))
  }
}
