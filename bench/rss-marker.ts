/** The stderr line prefix rss-probe writes and run.ts reads, followed by a JSON ProbeReport. */
export const PROBE_MARKER = "JIXIAO_BENCH_PROBE ";

export interface ProbeReport {
  /** Peak resident set size, kB. */
  readonly maxRssKb: number;
  /** User + system CPU time, ms. */
  readonly cpuMs: number;
}
