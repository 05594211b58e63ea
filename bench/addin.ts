/**
 * The add-in path of the benchmark: the Excel host (src/host/excel) driven over the in-memory fake
 * request context of the tests (test/host/excel/fake-excel.ts), which counts every context.sync()
 * as one request and measures its size (JSON of the queued actions plus a per-action overhead) and
 * the size of its response, refusing either over the 5 MB of Excel on the web.
 *
 * For one workbook it does what 校验 in the task pane does: readWorkbook, check the grids read
 * (runCheck, zh-CN, default settings), highlight every diagnostic, write 校验报告; then 清除标记
 * (clearMarks). Each step is measured on its own: syncs (requests), Excel.run calls, the largest
 * request and response, requests Excel refused (the host then retries in parts) and the time taken
 * by the host plus the fake (the fake's bookkeeping is not Excel's cost, so the times are only a
 * rough guide).
 */
import { performance } from "node:perf_hooks";
import type { WorkbookGrids } from "../src/core/grid/grid";
import { createExcelHost } from "../src/host/excel/excel-host";
import { runCheck } from "../src/taskpane/check-run";
import { FIVE_MB, FakeExcel, FakeWorkbook, type RequestRecord } from "../test/host/excel/fake-excel";

export { FIVE_MB };

/** What one host action cost in requests. */
export interface StepStats {
  /** context.sync() calls, i.e. requests sent to Excel (refused ones included). */
  readonly syncs: number;
  /** Excel.run calls. */
  readonly runs: number;
  /** Over every request sent, refused ones included. */
  readonly largestRequestBytes: number;
  /** Over the responses Excel returned (refused requests return none). */
  readonly largestResponseBytes: number;
  /** Queued actions in the busiest request. */
  readonly largestActions: number;
  /** Requests the fake refused (over 5 MB, or another error); the host may retry in parts. */
  readonly refused: number;
  readonly refusedCodes: readonly string[];
  /** The largest response a refused request would have returned (0 when none was refused for its response). */
  readonly largestRefusedResponseBytes: number;
  /** Host + fake time, milliseconds. */
  readonly ms: number;
}

export interface AddinResult {
  readonly sheets: number;
  readonly read: StepStats;
  /** Whether the grids read back equal the grids the workbook was built from (values and merges). */
  readonly readMatches: boolean;
  readonly diagnostics: number;
  readonly highlight: StepStats & { readonly marked: number; readonly notes: boolean };
  readonly report: StepStats & { readonly lines: number };
  readonly clear: StepStats & { readonly restored: number };
  /** Over every request of every step (refused ones included). */
  readonly largestRequestBytes: number;
  /** Over every response returned. */
  readonly largestResponseBytes: number;
  /** Every request and every response ≤ 5 MB, and none refused: nothing Excel on the web would turn down. */
  readonly allWithinLimit: boolean;
  readonly totalMs: number;
}

/** Math.max without spreading a long list onto the stack. */
function largest(values: readonly number[]): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}

function stats(fake: FakeExcel, mark: number, runsBefore: number, ms: number): StepStats {
  const requests: RequestRecord[] = fake.requestsSince(mark);
  const refused = requests.filter((r) => r.error !== undefined);
  const accepted = requests.filter((r) => r.error === undefined);
  return {
    syncs: requests.length,
    runs: fake.runs - runsBefore,
    largestRequestBytes: largest(requests.map((r) => r.requestBytes)),
    largestResponseBytes: largest(accepted.map((r) => r.responseBytes)),
    largestActions: largest(requests.map((r) => r.actions)),
    refused: refused.length,
    refusedCodes: [...new Set(refused.map((r) => r.error!))],
    largestRefusedResponseBytes: largest(refused.map((r) => r.responseBytes)),
    ms,
  };
}

async function step<T>(fake: FakeExcel, action: () => Promise<T>): Promise<{ value: T; stats: StepStats }> {
  const mark = fake.syncs;
  const runsBefore = fake.runs;
  const start = performance.now();
  const value = await action();
  return { value, stats: stats(fake, mark, runsBefore, performance.now() - start) };
}

/** Values and merges equal, reading "" as null and ignoring trailing blanks and what merges cover. */
function sameGrids(read: WorkbookGrids, source: WorkbookGrids): boolean {
  if (read.sheets.length !== source.sheets.length) return false;
  return read.sheets.every((grid, i) => {
    const original = source.sheets[i]!;
    if (grid.sheet !== original.sheet || grid.merges.length !== original.merges.length) return false;
    const covered = new Set<string>();
    for (const m of original.merges) {
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
    }
    const rows = Math.max(grid.cells.length, original.cells.length);
    for (let r = 0; r < rows; r++) {
      const a = grid.cells[r] ?? [];
      const b = original.cells[r] ?? [];
      for (let c = 0; c < Math.max(a.length, b.length); c++) {
        const expected = covered.has(`${r},${c}`) ? null : (b[c] ?? null);
        if ((a[c] ?? null) !== (expected === "" ? null : expected)) return false;
      }
    }
    const key = (m: { top: number; left: number; bottom: number; right: number }): string => `${m.top},${m.left},${m.bottom},${m.right}`;
    const merges = new Set(original.merges.map(key));
    return grid.merges.every((m) => merges.has(key(m)));
  });
}

/**
 * Builds a fake workbook holding `grids` and runs the add-in's check path over it: read, check,
 * highlight, report, then clear the marks.
 */
export async function measureAddin(grids: WorkbookGrids): Promise<AddinResult> {
  const start = performance.now();
  const fake = new FakeExcel(FakeWorkbook.fromGrids(grids.sheets));
  const host = createExcelHost({ runtime: fake.runtime });

  const read = await step(fake, () => host.readWorkbook());
  const readMatches = sameGrids(read.value, grids);
  // The task pane checks the grids it read, with the user's settings (here the defaults) and language.
  const run = runCheck(read.value, {}, "zh-CN");
  const highlight = await step(fake, () => host.highlight(run.annotations.marks));
  const report = await step(fake, () => host.writeReport(run.annotations.report));
  const clear = await step(fake, () => host.clearMarks());

  const all = fake.requests;
  const largestRequestBytes = largest(all.map((r) => r.requestBytes));
  const largestResponseBytes = largest(all.filter((r) => r.error === undefined).map((r) => r.responseBytes));
  return {
    sheets: grids.sheets.length,
    read: read.stats,
    readMatches,
    diagnostics: run.report.diagnostics.length,
    highlight: { ...highlight.stats, marked: highlight.value.marked, notes: highlight.value.notes },
    report: { ...report.stats, lines: run.annotations.report.problems },
    clear: { ...clear.stats, restored: clear.value.restored },
    largestRequestBytes,
    largestResponseBytes,
    allWithinLimit: all.every((r) => r.error === undefined && r.requestBytes <= FIVE_MB && r.responseBytes <= FIVE_MB),
    totalMs: performance.now() - start,
  };
}
