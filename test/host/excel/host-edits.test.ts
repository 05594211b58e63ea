/**
 * The HostActions the fill and summary panels use, over Office.js: applyPlan, writeSummary,
 * getSelection, and readWorkbook leaving out the add-in's summary sheets. Each uses the fake that
 * models its part of the Excel API (fake-excel.ts for reading and selections, fill-fake.ts for plans,
 * summary-fake.ts for summary sheets).
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { EMPTY_PLAN, planFill, planFixes, type FillPlan } from "../../../src/core/fill";
import { applyEdits } from "../../../src/core/edit";
import { a1 } from "../../../src/core/grid/address";
import type { CellValue, WorkbookGrids } from "../../../src/core/grid/grid";
import { SUMMARY_MARKERS, buildSummary } from "../../../src/core/summary";
import { PlanStaleError } from "../../../src/host/excel/apply-plan";
import { createExcelHost } from "../../../src/host/excel/excel-host";
import type { ExcelRuntime } from "../../../src/host/excel/excel-runtime";
import { FakeExcel, FakeWorkbook } from "./fake-excel";
import { FillFake } from "./fill-fake";
import { FakeBook, fakeRuntime } from "./summary-fake";

const S = "绩效目标1";
/** A small block with two OCR artefacts (fixable) and a spelling the catalogue normalises. */
const GRIDS: WorkbookGrids = {
  sheets: [
    {
      sheet: S,
      cells: [
        ["项目名称", "编外人员经费"],
        ["预算数", 10, "其中：财政资金", 10],
        ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
        ["产出指标", "数量指标", "人数", "≥ 10 人", "计划标准"],
        [null, "质量指标", "合格率", "$\\geq 95\\%$", "计划标准"],
        [null, "时效指标", "及时率", "$\\geq 98\\%$", "计划标准"],
        ["效益指标", "社会效益指标", "稳定", "有效促进", "历史标准"],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "计划标准"],
      ],
      merges: [{ top: 3, left: 0, bottom: 5, right: 0 }],
    },
  ],
};

/** A workbook for reading (fake-excel) holding the same cells as the one plans are applied to (fill-fake). */
function readableCopy(grids: WorkbookGrids): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const g of grids.sheets) {
    wb.addSheet(
      g.sheet,
      g.cells.map((row) => row.map((v) => v ?? null)),
      g.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`),
    );
  }
  return wb;
}

/** Excel.run calls of one readWorkbook: the summary sheets are looked up inside the read. */
const READ_RUNS = 1;

/**
 * One runtime over two fakes: the next `reads` runs go to a fake-excel copy of the fill fake's
 * current cells (the fill fake cannot answer the reader's requests), every other run to the fill fake.
 */
function splitRuntime(fill: FillFake): ExcelRuntime & { reads: number; readRuns: number } {
  const split = {
    reads: READ_RUNS,
    readRuns: 0,
    run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      if (split.reads === 0) return fill.runtime.run(batch);
      split.reads--;
      split.readRuns++;
      return new FakeExcel(readableCopy(fill.grids())).runtime.run(batch);
    },
    runIn: () => Promise.reject(new Error("not used")),
    isSetSupported: (name: string, version: string) => fill.runtime.isSetSupported(name, version),
    settings: () => fill.runtime.settings(),
  };
  return split;
}

/** Rows without trailing blanks, and no trailing empty rows. */
function trimmed(rows: readonly (readonly (CellValue | undefined)[])[]): CellValue[][] {
  const out = rows.map((row) => {
    const r = row.map((v) => (v === undefined || v === "" ? null : v));
    while (r.length > 0 && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

function valueAt(fill: FillFake, sheet: string, row: number, col: number): unknown {
  return fill.sheet(sheet).cell(row, col)?.value;
}

describe("applyPlan", () => {
  let restore: () => void = () => undefined;
  beforeEach(() => {
    restore = new FillFake({ sheets: [] }).installGlobals();
  });
  afterEach(() => restore());

  test("writes the fixes planned from the latest read in one Excel.run", async () => {
    const fill = new FillFake(GRIDS);
    const runtime = splitRuntime(fill);
    const host = createExcelHost({ runtime });
    const grids = await host.readWorkbook();
    expect(runtime.readRuns).toBe(READ_RUNS);
    const fixes = planFixes(checkWorkbook(grids).report.diagnostics);
    expect(fixes.writes.map((w) => [w.cell, w.to])).toEqual([
      ["D4", "≥10人"],
      ["D5", "≥95%"],
      ["D6", "≥98%"],
    ]);

    const runsBefore = fill.runs;
    expect(await host.applyPlan(fixes)).toEqual({ applied: 3, insertedRows: 0, refused: 0 });
    expect(fill.runs - runsBefore).toBe(1);
    expect([valueAt(fill, S, 3, 3), valueAt(fill, S, 4, 3), valueAt(fill, S, 5, 3)]).toEqual(["≥10人", "≥95%", "≥98%"]);
  });

  test("rows a project lacks are inserted in the same run, and the workbook ends as applyEdits says", async () => {
    const lacking: WorkbookGrids = { sheets: [{ ...GRIDS.sheets[0]!, cells: GRIDS.sheets[0]!.cells.slice(0, 6) }] };
    const fill = new FillFake(lacking);
    const runtime = splitRuntime(fill);
    const host = createExcelHost({ runtime });
    const grids = await host.readWorkbook();
    const { plan } = planFill(grids, { year: 2024, fixes: false });
    expect(plan.insertions).toEqual([{ sheet: "绩效目标1", before: 6, count: 2 }]);
    expect(plan.writes).toHaveLength(10);
    const runsBefore = fill.runs;
    const result = await host.applyPlan(plan);
    expect(fill.runs - runsBefore).toBe(1);
    expect(result).toEqual({ applied: 10, insertedRows: 2, refused: 0 });
    const expected = applyEdits(grids, plan).grids.sheets[0]!;
    const actual = fill.grids().sheets[0]!;
    expect(actual.merges).toEqual([...expected.merges].sort((a, b) => a.top - b.top || a.left - b.left));
    expect(trimmed(actual.cells)).toEqual(trimmed(expected.cells));
  });

  test("edits applyEdits refuses on the grids read are counted, not written", async () => {
    const fill = new FillFake(GRIDS);
    const runtime = splitRuntime(fill);
    const host = createExcelHost({ runtime });
    await host.readWorkbook();
    const plan: FillPlan = {
      ...EMPTY_PLAN,
      writes: [
        { kind: "fix", sheet: S, cell: "D5", from: "$\\geq 95\\%$", to: "≥95%", source: "ocr-artefact" },
        // Stale on the grids read: the cell holds something else.
        { kind: "fix", sheet: S, cell: "D6", from: "≥98%", to: "98%", source: "test" },
        // A fill never overwrites.
        { kind: "fill", sheet: S, cell: "E4", from: null, to: "行业标准", source: "test" },
      ],
    };
    expect(await host.applyPlan(plan)).toEqual({ applied: 1, insertedRows: 0, refused: 2 });
    expect([valueAt(fill, S, 4, 3), valueAt(fill, S, 5, 3), valueAt(fill, S, 3, 4)]).toEqual(["≥95%", "$\\geq 98\\%$", "计划标准"]);
  });

  test("when every edit is refused, Excel is not asked to do anything", async () => {
    const fill = new FillFake(GRIDS);
    const runtime = splitRuntime(fill);
    const host = createExcelHost({ runtime });
    await host.readWorkbook();
    const runsBefore = fill.runs;
    const plan: FillPlan = { ...EMPTY_PLAN, writes: [{ kind: "fix", sheet: S, cell: "D6", from: "≥98%", to: "98%", source: "test" }] };
    expect(await host.applyPlan(plan)).toEqual({ applied: 0, insertedRows: 0, refused: 1 });
    expect(fill.runs).toBe(runsBefore);
  });

  test("a plan refused as a whole writes nothing and needs no request", async () => {
    const fill = new FillFake(GRIDS);
    const runtime = splitRuntime(fill);
    const host = createExcelHost({ runtime });
    await host.readWorkbook();
    const runsBefore = fill.runs;
    const result = await host.applyPlan({ ...EMPTY_PLAN, insertions: [{ sheet: "no such sheet", before: 2, count: 1 }] });
    expect(result).toEqual({ applied: 0, insertedRows: 0, refused: 1 });
    expect(fill.runs).toBe(runsBefore);
  });

  test("a cell changed in Excel after the read is a PlanStaleError and nothing is written", async () => {
    const fill = new FillFake(GRIDS);
    const runtime = splitRuntime(fill);
    const host = createExcelHost({ runtime });
    const grids = await host.readWorkbook();
    const fixes = planFixes(checkWorkbook(grids).report.diagnostics);
    // The user types into D6 while the pane is planning.
    fill.sheet(S).touch(5, 3).value = "≥97%";

    const error: unknown = await host.applyPlan(fixes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanStaleError);
    expect((error as PlanStaleError).name).toBe("PlanStaleError");
    expect((error as PlanStaleError).cells).toEqual([{ sheet: S, cell: "D6", expected: "$\\geq 98\\%$", found: "≥97%" }]);
    expect([valueAt(fill, S, 3, 3), valueAt(fill, S, 4, 3)]).toEqual(["≥ 10 人", "$\\geq 95\\%$"]);
  });

  test("without an earlier read, the host reads first", async () => {
    const fill = new FillFake(GRIDS);
    const runtime = splitRuntime(fill);
    const host = createExcelHost({ runtime });
    const plan: FillPlan = { ...EMPTY_PLAN, writes: [{ kind: "fix", sheet: S, cell: "D5", from: "$\\geq 95\\%$", to: "≥95%", source: "ocr-artefact" }] };
    expect(await host.applyPlan(plan)).toEqual({ applied: 1, insertedRows: 0, refused: 0 });
    expect(runtime.readRuns).toBe(READ_RUNS);
    expect(valueAt(fill, S, 4, 3)).toBe("≥95%");
  });
});

describe("readWorkbook", () => {
  test("leaves out the summary sheets the add-in wrote, and keeps a user's sheet of the same kind of name", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("项目表", [["项目名称", "甲"]]);
    wb.addSheet("汇总-项目", [["项目汇总"], ["甲", 1]]);
    wb.addSheet("汇总-分类", [["我自己的分类表"]]);
    const fake = new FakeExcel(wb);
    await fake.runtime.run(async (context) => {
      context.workbook.names.add(SUMMARY_MARKERS.projects, context.workbook.worksheets.getItem("汇总-项目").getRange("A1"));
      await context.sync();
    });
    const grids = await createExcelHost({ runtime: fake.runtime }).readWorkbook();
    expect(grids.sheets.map((g) => g.sheet)).toEqual(["项目表", "汇总-分类"]);
  });
});

describe("writeSummary", () => {
  test("writes both sheets and activates the project list", async () => {
    const book = new FakeBook();
    book.addSheet("绩效目标1", [["项目名称", "x"]]);
    const { parsed, report } = checkWorkbook(GRIDS);
    const summary = buildSummary([{ file: "", parsed, diagnostics: report.diagnostics }]);
    const result = await createExcelHost({ runtime: fakeRuntime(book) }).writeSummary(summary);
    expect(result).toEqual({ sheets: ["汇总-项目", "汇总-分类"] });
    expect(book.sheets.map((s) => s.name)).toEqual(["绩效目标1", "汇总-项目", "汇总-分类"]);
    expect(book.active?.name).toBe("汇总-项目");
  });
});

describe("getSelection", () => {
  test("the active sheet and the top-left cell of the selection, in one run", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("项目表", [["项目名称", "甲"]]);
    wb.addSheet("汇总表", [["合计"]]);
    const fake = new FakeExcel(wb);
    const host = createExcelHost({ runtime: fake.runtime });
    expect(await host.getSelection()).toEqual({ sheet: "项目表", cell: "A1" });

    wb.selection = { sheet: "汇总表", address: "C7:E9" };
    const runs = fake.runs;
    expect(await host.getSelection()).toEqual({ sheet: "汇总表", cell: "C7" });
    expect(fake.runs - runs).toBe(1);
  });

  test("a selection of several areas is Excel's error", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("项目表", [["项目名称", "甲"]]);
    wb.selection = { sheet: "项目表", address: "A1,C3" };
    await expect(createExcelHost({ runtime: new FakeExcel(wb).runtime }).getSelection()).rejects.toMatchObject({ code: "InvalidSelection" });
  });
});
