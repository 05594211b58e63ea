import type { Diagnostic } from "../../src/core/types";
import { groupDiagnostics } from "../../src/taskpane/results";
import { buildRows, rowOffsets, sheetKey, tableKey, visibleRows } from "../../src/taskpane/results-rows";

const d = (sheet: string, table: string, cell: string): Diagnostic =>
  ({ rule: "r", messageId: "m", severity: "warning", sheet, table, cell, related: [], data: {} }) as unknown as Diagnostic;

describe("the result list's rows", () => {
  const ds = [d("甲", "项目一", "A1"), d("甲", "项目一", "A2"), d("甲", "项目二", "A9"), d("乙", "项目三", "B3")];
  const groups = groupDiagnostics(ds, "all");
  const indexOf = new Map(ds.map((x, i) => [x, i]));

  it("lists sheet, table and item rows in sheet order; a folded sheet or table keeps its header only", () => {
    expect(buildRows(groups, new Set(), indexOf).map((r) => (r.kind === "item" ? r.index : r.kind))).toEqual(["sheet", "table", 0, 1, "table", 2, "sheet", "table", 3]);
    expect(buildRows(groups, new Set([sheetKey("甲")]), indexOf).map((r) => (r.kind === "item" ? r.index : r.kind))).toEqual(["sheet", "sheet", "table", 3]);
    expect(buildRows(groups, new Set([tableKey("甲", "项目一")]), indexOf).map((r) => (r.kind === "item" ? r.index : r.kind))).toEqual([
      "sheet",
      "table",
      "table",
      2,
      "sheet",
      "table",
      3,
    ]);
  });

  it("places each row at the sum of the heights above it, measured or estimated, and finds the rows a viewport shows", () => {
    const rows = buildRows(groups, new Set(), indexOf);
    const offsets = rowOffsets(rows, new Map([[rows[2]!.key, 50]]));
    // sheet 44, table 36, the measured item 50, then estimated items of 96.
    expect(offsets.slice(0, 5)).toEqual([0, 44, 80, 130, 226]);
    expect(offsets[rows.length]).toBe(44 + 36 + 50 + 96 + 36 + 96 + 44 + 36 + 96);
    expect(visibleRows(offsets, 0, 100, 0)).toEqual({ first: 0, last: 2 });
    expect(visibleRows(offsets, 130, 50, 0)).toEqual({ first: 3, last: 3 });
    // Widened by 100 px each side: 30–280 px, from the sheet header to the second table header.
    expect(visibleRows(offsets, 130, 50, 100)).toEqual({ first: 0, last: 5 });
    expect(visibleRows(offsets, 10_000, 100, 0)).toEqual({ first: rows.length - 1, last: rows.length - 1 });
    expect(visibleRows([0], 0, 100, 0)).toEqual({ first: 0, last: -1 });
  });
});
