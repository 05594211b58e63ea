/**
 * How many cases each property runs in CI: at least 10,000 in all, in well under a minute on two
 * cores (the larger examples cost more per case, so they get fewer). JIXIAO_PROPERTY_SCALE
 * multiplies every count for a longer local run (e.g. 10); JIXIAO_PROPERTY_SEED replays the run a
 * failure printed.
 */
const scale = Number(process.env.JIXIAO_PROPERTY_SCALE ?? "1");
const SCALE = Number.isFinite(scale) && scale > 0 ? scale : 1;

const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));

export const RUNS = {
  randomWorkbooks: runs(4_000),
  structuredWorkbooks: runs(2_500),
  hostilePackages: runs(500),
} as const;

/** Each example, read once, and how many random mutations of it are checked. */
export const EXAMPLE_RUNS: readonly (readonly [file: string, runs: number])[] = [
  ["examples/seed000-tianjin-blocks.xlsx", runs(700)],
  ["examples/seed001-dongli-department.xlsx", runs(400)],
  ["examples/seed002-qingdao-plan.xlsx", runs(800)],
  ["examples/seed003-liwan-list.xlsx", runs(800)],
  ["examples/seed004-korla-weighted.xlsx", runs(800)],
];

export const MINIMUM_TOTAL_CASES = 10_000;

export function totalCases(): number {
  return RUNS.randomWorkbooks + RUNS.structuredWorkbooks + RUNS.hostilePackages + EXAMPLE_RUNS.reduce((n, [, r]) => n + r, 0);
}

const seed = process.env.JIXIAO_PROPERTY_SEED;

/** fast-check parameters: a fixed seed only when asked for one. */
export function runParameters(numRuns: number): { numRuns: number; seed?: number } {
  return seed !== undefined && seed !== "" ? { numRuns, seed: Number(seed) } : { numRuns };
}
