import { applyEdits } from "../../../src/core/edit";
import { EMPTY_PLAN, rowAfter, rowBefore, shiftWrites, type CellWrite, type FillPlan } from "../../../src/core/fill/plan";
import { mergesOf, rowsOf, sheet, workbook } from "../fill/helpers";

const S = "表";
const base = workbook(
  sheet(
    S,
    [
      ["产出指标", "数量指标", "人数", "≥10人"],
      [null, "质量指标", "合格率", "100%"],
      ["效益指标", "社会效益指标", "稳定", "有效促进"],
      ["备注"],
    ],
    ["A1:A2"],
  ),
);

const fill = (cell: string, to: string, from: null | string = null): CellWrite => ({ kind: "fill", sheet: S, cell, from, to, source: "test" });
const fix = (cell: string, from: string, to: string): CellWrite => ({ kind: "fix", sheet: S, cell, from, to, source: "test" });
const plan = (p: Partial<FillPlan>): FillPlan => ({ ...EMPTY_PLAN, ...p });

describe("applyEdits", () => {
  it("fills blank cells and applies fixes whose `from` still matches, never changing its input", () => {
    const before = JSON.stringify(base);
    const result = applyEdits(base, plan({ writes: [fill("E1", "计划标准"), fix("D2", "100%", "=100%")] }));
    expect(result.ok).toBe(true);
    expect(result.refused).toEqual([]);
    expect(rowsOf(result.grids.sheets[0]!)[0]).toEqual(["产出指标", "数量指标", "人数", "≥10人", "计划标准"]);
    expect(rowsOf(result.grids.sheets[0]!)[1]![3]).toBe("=100%");
    expect(JSON.stringify(base)).toBe(before);
  });

  it.each([
    ["a fill into a filled cell", fill("C1", "新名称"), "not-blank"],
    ["a fill whose from is not blank", fill("E1", "x", "y"), "not-blank"],
    ["a stale fix", fix("D2", "99%", "100%"), "stale"],
    ["a write under a merged area", fill("A2", "产出指标"), "inside-merge"],
    ["an append that drops text", { kind: "append", sheet: S, cell: "C1", from: "人数", to: "人 数", source: "t" } as CellWrite, "not-append"],
    ["a write to a missing sheet", { ...fill("A1", "x"), sheet: "无" }, "unknown-sheet"],
  ])("refuses %s and applies the rest", (_what, write, reason) => {
    const result = applyEdits(base, plan({ writes: [write, fill("E2", "行业标准")] }));
    expect(result.ok).toBe(true);
    expect(result.refused.map((r) => r.reason)).toEqual([reason]);
    expect(result.applied.writes.map((w) => w.cell)).toEqual(["E2"]);
  });

  it("refuses the second of two overlapping writes instead of merging them", () => {
    const result = applyEdits(base, plan({ writes: [fix("D1", "≥10人", "≥12人"), fix("D1", "≥10人", "≥11人")] }));
    expect(result.refused).toMatchObject([{ reason: "overlap", cell: "D1" }]);
    expect(rowsOf(result.grids.sheets[0]!)[0]![3]).toBe("≥12人");
  });

  it("appends text after a cell's text", () => {
    const result = applyEdits(base, plan({ writes: [{ kind: "append", sheet: S, cell: "A4", from: "备注", to: "备注：另见附表", source: "t" }] }));
    expect(rowsOf(result.grids.sheets[0]!)[3]).toEqual(["备注：另见附表"]);
  });

  it("inserts rows bottom-up on the sheet as it was: merges below move, a merge the rows go through grows", () => {
    const result = applyEdits(
      base,
      plan({
        insertions: [
          { sheet: S, before: 1, count: 1 },
          { sheet: S, before: 3, count: 2 },
        ],
        writes: [fill("B2", "时效指标"), fill("A5", "满意度指标")],
      }),
    );
    expect(result.ok).toBe(true);
    const rows = rowsOf(result.grids.sheets[0]!);
    expect(rows.map((r) => r[0] ?? r[1] ?? null)).toEqual(["产出指标", "时效指标", "质量指标", "效益指标", "满意度指标", null, "备注"]);
    expect(mergesOf(result.grids.sheets[0]!)).toEqual(["A1:A3"]);
  });

  it("maps rows through insertions both ways", () => {
    const insertions = [
      { sheet: S, before: 2, count: 3 },
      { sheet: S, before: 5, count: 1 },
    ];
    expect([0, 1, 2, 3, 4, 5, 6].map((r) => rowAfter(insertions, S, r))).toEqual([0, 1, 5, 6, 7, 9, 10]);
    expect([0, 1, 2, 3, 4, 5, 8, 9, 10].map((r) => rowBefore(insertions, S, r))).toEqual([0, 1, null, null, null, 2, null, 5, 6]);
    expect(shiftWrites([fix("D4", "a", "b")], insertions)[0]!.cell).toBe("D7");
  });

  it("extends a merged area it replaces, and merges new areas over blank cells only", () => {
    const ok = applyEdits(
      base,
      plan({ insertions: [{ sheet: S, before: 2, count: 1 }], merges: [{ sheet: S, range: "A1:A3", replaces: "A1:A2" }, { sheet: S, range: "C3:D3" }], writes: [fill("C3", "及时率")] }),
    );
    expect(ok.ok).toBe(true);
    expect(mergesOf(ok.grids.sheets[0]!)).toEqual(["A1:A3", "C3:D3"]);
    const overText = applyEdits(base, plan({ merges: [{ sheet: S, range: "C1:D1" }] }));
    expect(overText).toMatchObject({ ok: false, refused: [{ reason: "merge-not-blank", cell: "C1:D1" }] });
    expect(overText.grids).toBe(base);
    expect(applyEdits(base, plan({ merges: [{ sheet: S, range: "A2:B2" }] })).refused[0]!.reason).toBe("merge-conflict");
    expect(applyEdits(base, plan({ merges: [{ sheet: S, range: "A1:A4", replaces: "A1:A3" }] })).refused[0]!.reason).toBe("merge-conflict");
  });

  it("refuses a whole plan whose structure is wrong", () => {
    expect(applyEdits(base, plan({ insertions: [{ sheet: S, before: 1, count: 1 }, { sheet: S, before: 1, count: 2 }] })).refused[0]!.reason).toBe("insertion-conflict");
    expect(applyEdits(base, plan({ newSheets: [{ name: S, columnWidths: [] }] })).refused[0]!.reason).toBe("sheet-exists");
    // Copying formats from a cell of a taller merged area would cut it.
    expect(applyEdits(base, plan({ styles: [{ sheet: S, source: "A2:D2", target: "A5:D5" }] })).refused[0]!.reason).toBe("style-shape");
    expect(applyEdits(base, plan({ styles: [{ sheet: S, source: "B2:D2", target: "B5:D6" }] })).ok).toBe(true);
    expect(applyEdits(base, plan({ styles: [{ sheet: S, source: "B2:D2", target: "B5:C5" }] })).refused[0]!.reason).toBe("style-shape");
  });

  it("adds new sheets", () => {
    const result = applyEdits(base, plan({ newSheets: [{ name: "新表", columnWidths: [10] }], writes: [{ kind: "fill", sheet: "新表", cell: "B2", from: null, to: 5, source: "t" }] }));
    expect(result.grids.sheets.map((s) => s.sheet)).toEqual([S, "新表"]);
    expect(rowsOf(result.grids.sheets[1]!)).toEqual([[], [null, 5]]);
  });
});
