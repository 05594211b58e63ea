import { EMPTY_PLAN, type CellWrite, type FillPlan } from "../../src/core/fill";
import type { WorkbookGrids } from "../../src/core/grid/grid";
import { changeLine, planUndo, undoRecordOf, writtenPart } from "../../src/taskpane/undo";

const w = (cell: string, from: CellWrite["from"], to: CellWrite["to"], kind: CellWrite["kind"] = "fix"): CellWrite => ({ kind, sheet: "表", cell, from, to, source: "ocr-artefact" });
const grids = (cells: WorkbookGrids["sheets"][number]["cells"]): WorkbookGrids => ({ sheets: [{ sheet: "表", cells, merges: [] }] });

describe("撤销", () => {
  test("a plan of cell writes is undone cell by cell; one that formats cells outside rows it added is not undone", () => {
    const writes: FillPlan = { ...EMPTY_PLAN, writes: [w("A1", "x", "y")] };
    expect(undoRecordOf(writes)).toEqual({ writes: writes.writes, rows: [] });
    expect(undoRecordOf({ ...writes, styles: [{ sheet: "表", source: "A1", target: "A2" }] })).toBeNull();
    expect(undoRecordOf({ ...writes, newSheets: [{ name: "新", columnWidths: [] }] })).toBeNull();
    expect(undoRecordOf(EMPTY_PLAN)).toBeNull();
  });

  // A new project of two rows inserted above row 4 (A4:A5 after the plan), a total below it updated, the block merged and formatted.
  const inserted: FillPlan = {
    ...EMPTY_PLAN,
    insertions: [{ sheet: "表", before: 3, count: 2 }],
    styles: [{ sheet: "表", source: "A3:C3", target: "A4:C5" }],
    merges: [{ sheet: "表", range: "A2:A5", replaces: "A2:A3" }],
    writes: [w("A4", null, "新项目", "fill"), w("C5", null, 125000, "fill"), w("C7", 100, 125100)],
  };

  test("a total the host left to its formula is not written, so 撤销 does not put it back", () => {
    expect(writtenPart(inserted, ["表!C7"]).writes).toEqual([w("A4", null, "新项目", "fill"), w("C5", null, 125000, "fill")]);
    expect(undoRecordOf(writtenPart(inserted, ["表!C7"]), { rowsDeletable: true })).toEqual({
      writes: [],
      rows: [{ sheet: "表", first: 3, count: 2, expected: [["新项目"], [null, null, 125000]] }],
    });
    expect(writtenPart(inserted, ["其他表!C7"])).toEqual(inserted);
    expect(writtenPart(inserted)).toBe(inserted);
  });

  test("rows a plan inserted are deleted with it, only where the host can delete rows; formats there go with them", () => {
    expect(undoRecordOf(inserted)).toBeNull();
    expect(undoRecordOf(inserted, { rowsDeletable: true })).toEqual({
      writes: [w("C7", 100, 125100)],
      rows: [{ sheet: "表", first: 3, count: 2, expected: [["新项目"], [null, null, 125000]] }],
    });
    // Rows written below the content without inserting: the project's rows are deleted the same way.
    const below: FillPlan = { ...EMPTY_PLAN, looks: [{ sheet: "表", range: "A9:C9", look: "title" }], writes: [w("A9", null, "新项目", "fill")] };
    expect(undoRecordOf(below, { rowsDeletable: true })).toBeNull();
    expect(undoRecordOf(below, { rowsDeletable: true, added: { sheet: "表", first: 8, count: 1 } })?.rows).toEqual([
      { sheet: "表", first: 8, count: 1, expected: [["新项目"]] },
    ]);
  });

  test("the inserted rows are deleted only while they hold exactly what was written; otherwise nothing is undone", () => {
    const record = undoRecordOf(inserted, { rowsDeletable: true })!;
    const unchanged = grids([["标题"], ["类别"], ["甲"], ["新项目"], [null, null, 125000], ["合计"], [null, null, 125100]]);
    const undo = planUndo(record, unchanged);
    expect(undo.rowsChanged).toEqual([]);
    expect(undo.rows).toEqual(record.rows);
    expect(undo.plan.writes).toEqual([{ kind: "fix", sheet: "表", cell: "C7", from: 125100, to: 100, source: "undo" }]);
    const typed = grids([["标题"], ["类别"], ["甲"], ["新项目", "用户填的"], [null, null, 125000], ["合计"], [null, null, 125100]]);
    expect(planUndo(record, typed)).toEqual({ plan: EMPTY_PLAN, changed: [], unchanged: 0, rows: [], rowsChanged: ["表!B4"] });
  });

  test("puts back what was written, leaves a cell the user changed since, and skips one that never changed", () => {
    const record = { rows: [], writes: [w("A1", "$\\geq 95\\%$", "≥95%"), w("B1", null, "新值", "fill"), w("C1", "甲", "甲；乙", "append"), w("D1", "旧", "新")] };
    const now = grids([["≥95%", "新值", "用户改过", "旧"]]);
    const undo = planUndo(record, now);
    expect(undo.plan.writes).toEqual([
      { kind: "fix", sheet: "表", cell: "A1", from: "≥95%", to: "$\\geq 95\\%$", source: "undo" },
      { kind: "fix", sheet: "表", cell: "B1", from: "新值", to: null, source: "undo" },
    ]);
    expect(undo.changed.map((c) => c.cell)).toEqual(["C1"]);
    expect(undo.unchanged).toBe(1);
    expect(planUndo({ rows: [], writes: [w("A1", "a", "b")] }, { sheets: [] }).changed).toHaveLength(1);
  });

  test("says what changed in one line", () => {
    const words = { blank: "（空）", more: (n: number) => `，另有 ${n} 处` };
    expect(changeLine([w("F8", "$\\geq 95\\%$", "≥95%")], words)).toBe("F8：$\\geq 95\\%$ → ≥95%");
    expect(changeLine([w("B1", null, "x".repeat(30))], words)).toBe(`B1：（空） → ${"x".repeat(23)}…`);
    expect(changeLine(["A1", "A2", "A3", "A4"].map((c) => w(c, 1, 2)), words)).toBe("A1：1 → 2；A2：1 → 2；A3：1 → 2，另有 1 处");
  });
});
