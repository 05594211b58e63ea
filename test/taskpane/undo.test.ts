import { EMPTY_PLAN, type CellWrite, type FillPlan } from "../../src/core/fill";
import type { WorkbookGrids } from "../../src/core/grid/grid";
import { changeLine, planUndo, undoRecordOf } from "../../src/taskpane/undo";

const w = (cell: string, from: CellWrite["from"], to: CellWrite["to"], kind: CellWrite["kind"] = "fix"): CellWrite => ({ kind, sheet: "表", cell, from, to, source: "ocr-artefact" });
const grids = (cells: WorkbookGrids["sheets"][number]["cells"]): WorkbookGrids => ({ sheets: [{ sheet: "表", cells, merges: [] }] });

describe("撤销", () => {
  test("only a plan of cell writes can be undone", () => {
    const writes: FillPlan = { ...EMPTY_PLAN, writes: [w("A1", "x", "y")] };
    expect(undoRecordOf(writes)).toEqual({ writes: writes.writes });
    expect(undoRecordOf({ ...writes, insertions: [{ sheet: "表", before: 3, count: 2 }] })).toBeNull();
    expect(undoRecordOf({ ...writes, styles: [{ sheet: "表", source: "A1", target: "A2" }] })).toBeNull();
    expect(undoRecordOf(EMPTY_PLAN)).toBeNull();
  });

  test("puts back what was written, leaves a cell the user changed since, and skips one that never changed", () => {
    const record = { writes: [w("A1", "$\\geq 95\\%$", "≥95%"), w("B1", null, "新值", "fill"), w("C1", "甲", "甲；乙", "append"), w("D1", "旧", "新")] };
    const now = grids([["≥95%", "新值", "用户改过", "旧"]]);
    const undo = planUndo(record, now);
    expect(undo.plan.writes).toEqual([
      { kind: "fix", sheet: "表", cell: "A1", from: "≥95%", to: "$\\geq 95\\%$", source: "undo" },
      { kind: "fix", sheet: "表", cell: "B1", from: "新值", to: null, source: "undo" },
    ]);
    expect(undo.changed.map((c) => c.cell)).toEqual(["C1"]);
    expect(undo.unchanged).toBe(1);
    expect(planUndo({ writes: [w("A1", "a", "b")] }, { sheets: [] }).changed).toHaveLength(1);
  });

  test("says what changed in one line", () => {
    const words = { blank: "（空）", more: (n: number) => `，另有 ${n} 处` };
    expect(changeLine([w("F8", "$\\geq 95\\%$", "≥95%")], words)).toBe("F8：$\\geq 95\\%$ → ≥95%");
    expect(changeLine([w("B1", null, "x".repeat(30))], words)).toBe(`B1：（空） → ${"x".repeat(23)}…`);
    expect(changeLine(["A1", "A2", "A3", "A4"].map((c) => w(c, 1, 2)), words)).toBe("A1：1 → 2；A2：1 → 2；A3：1 → 2，另有 1 处");
  });
});
