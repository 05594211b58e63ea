import fc from "fast-check";
import { configArb, randomWorkbook } from "./arbitraries";
import { MINIMUM_TOTAL_CASES, RUNS, runParameters, totalCases } from "./cases";
import { CaseStats, verifyWorkbook } from "./invariants";
import { structuredWorkbook } from "./structured";

const lines: string[] = [];
afterAll(() => process.stdout.write(`property tests (random grids; ${totalCases()} cases configured across test/property)\n  ${lines.join("\n  ")}\n`));

describe("the parser and the rules on random grids", () => {
  it("run at least 10,000 property cases in all", () => {
    expect(totalCases()).toBeGreaterThanOrEqual(MINIMUM_TOTAL_CASES);
  });

  it("random grids (up to 60 × 12, 1–3 sheets, random merges): no throw, bounded time, every reference inside its sheet", () => {
    const stats = new CaseStats();
    const started = Date.now();
    fc.assert(
      fc.property(randomWorkbook, configArb, (workbook, config) => {
        const { ms, report } = verifyWorkbook(workbook, config);
        stats.add(ms, report);
      }),
      runParameters(RUNS.randomWorkbooks),
    );
    lines.push(`${stats.line("random grids")}; ${((Date.now() - started) / 1000).toFixed(1)} s with generation`);
    expect(stats.cases).toBe(RUNS.randomWorkbooks);
  }, 300_000);

  it("table-shaped grids (project blocks, project lists, spoiled cells): same properties, and the rules do run", () => {
    const stats = new CaseStats();
    const started = Date.now();
    fc.assert(
      fc.property(structuredWorkbook, configArb, (workbook, config) => {
        const { ms, report } = verifyWorkbook(workbook, config);
        stats.add(ms, report);
      }),
      runParameters(RUNS.structuredWorkbooks),
    );
    lines.push(`${stats.line("table-shaped grids")} (${[...stats.rules].sort().join(", ")}); ${((Date.now() - started) / 1000).toFixed(1)} s with generation`);
    expect(stats.cases).toBe(RUNS.structuredWorkbooks);
    // Not a property but a guard on the generator: table-shaped grids must reach the rules.
    expect(stats.tables).toBeGreaterThan(RUNS.structuredWorkbooks);
    expect(stats.rules.size).toBeGreaterThanOrEqual(10);
  }, 300_000);
});
