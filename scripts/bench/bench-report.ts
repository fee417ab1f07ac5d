/** What every benchmark section returns; scripts/bench.ts prints them side by side. */
export interface BenchMeasurement {
  /** The system measured, e.g. "newsgraph ner" or "compromise (baseline)". */
  system: string;
  /** What was measured, e.g. "tokens/s". Higher is better. */
  unit: string;
  /** One throughput figure per repetition, in the order they ran (interleaved with the baseline's). */
  runs: number[];
  /** Optional quality figures measured on the same data in the same command, e.g. { F1: 89.1 }. */
  quality?: Record<string, number>;
}

export interface BenchReport {
  title: string;
  /** The data the section ran on, e.g. "CoNLL-2003 dev, 51,362 tokens". */
  data: string;
  /** `system` of the measurement the others are compared with (ratios are taken against its median). */
  baseline: string;
  measurements: BenchMeasurement[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("bench: median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
