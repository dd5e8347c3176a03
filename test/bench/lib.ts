/** Shared pieces of the benchmarks: a result row, percentiles, and a timer. */
export interface BenchRow {
  provider: string;
  name: string;
  value: string;
  note?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
