import fc from "fast-check";
import type { WorkbookGrids } from "../../src/core/grid/grid";
import { readWorkbookFile } from "../../src/host/xlsx";
import { configArb } from "./arbitraries";
import { EXAMPLE_RUNS, runParameters } from "./cases";
import { CaseStats, verifyWorkbook } from "./invariants";
import { mutate, mutation } from "./mutations";

const examples = new Map<string, WorkbookGrids>();
const lines: string[] = [];

beforeAll(async () => {
  // Read once; every case mutates its own copy.
  for (const [file] of EXAMPLE_RUNS) {
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error(`${file}: ${read.error.code}`);
    examples.set(file, read.grids);
  }
});

afterAll(() => process.stdout.write(`property tests (mutated examples)\n  ${lines.join("\n  ")}\n`));

describe("the parser and the rules on randomly mutated examples", () => {
  it.each(EXAMPLE_RUNS.map(([file, runs]) => [file, runs]))("%s (%i mutated copies): no throw, bounded time, every reference inside its sheet", (file, runs) => {
    const original = examples.get(file)!;
    const stats = new CaseStats();
    const started = Date.now();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 10 }), configArb, (mutations, config) => {
        const { ms, report } = verifyWorkbook(mutate(original, mutations), config);
        stats.add(ms, report);
      }),
      runParameters(runs),
    );
    lines.push(`${stats.line(file)}; ${((Date.now() - started) / 1000).toFixed(1)} s with generation`);
    expect(stats.cases).toBe(runs);
  }, 300_000);
});
