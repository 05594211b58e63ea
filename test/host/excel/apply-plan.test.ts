import { planFill, planNewProject, findTemplate, type FillPlan } from "../../../src/core/fill";
import { applyEdits } from "../../../src/core/edit";
import { checkWorkbook } from "../../../src/core/check/check";
import type { WorkbookGrids } from "../../../src/core/grid/grid";
import { PlanFormulaError, PlanStaleError, applyPlanInExcel, toExcel } from "../../../src/host/excel/apply-plan";
import { describeHostError } from "../../../src/taskpane/host-errors";
import { readWorkbookFile } from "../../../src/host/xlsx";
import { FillFake, shiftFormulaRows } from "./fill-fake";

async function example(name: string): Promise<WorkbookGrids> {
  const read = await readWorkbookFile(`examples/${name}.xlsx`);
  if (!read.ok) throw new Error(read.error.code);
  return read.grids;
}

/** Rows without trailing blanks; "" and null alike. */
function normalised(grids: WorkbookGrids): unknown {
  return grids.sheets.map((s) => {
    const rows = s.cells.map((r) => {
      const row = r.map((v) => (v === "" || v === undefined ? null : v));
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      return row;
    });
    while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
    return { sheet: s.sheet, rows, merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left) };
  });
}

const S = "表";
/** Two legacy blocks: the first lacks 效益 and 满意度 (and 成本 under its merged 产出), the second 满意度. */
const twoBlocks: WorkbookGrids = {
  sheets: [
    {
      sheet: S,
      cells: [
        ["项目名称", "甲项目"],
        ["预算数", 10, "其中：财政资金", 10],
        [],
        ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
        ["产出指标", "数量指标", "人数", "≥1人", "计划标准"],
        [null, "质量指标", "合格率", "100%", "计划标准"],
        [null, "时效指标", "资金使用时间", "2024年1月至12月", "计划标准"],
        [],
        [],
        ["项目名称", "乙项目"],
        ["预算数", 5, "其中：财政资金", 5],
        ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
        ["产出指标", "数量指标", "人数", "≥1人", "计划标准"],
        [null, "质量指标", "合格率", "100%", "计划标准"],
        [null, "时效指标", "资金使用时间", "2024年1月至12月", "计划标准"],
        [null, "成本指标", "项目成本", "≤5万元", "预算支出标准"],
        ["效益指标", "社会效益指标", "稳定", "有效促进", "历史标准"],
      ],
      merges: [
        { top: 4, left: 0, bottom: 6, right: 0 },
        { top: 12, left: 0, bottom: 15, right: 0 },
      ],
    },
  ],
};

let restore: () => void = () => undefined;
afterEach(() => restore());

async function applyInFake(grids: WorkbookGrids, plan: FillPlan): Promise<{ fake: FillFake; expected: WorkbookGrids }> {
  const result = applyEdits(grids, plan);
  expect(result.ok).toBe(true);
  const fake = new FillFake(grids);
  restore = fake.installGlobals();
  await applyPlanInExcel(fake.runtime, result.applied);
  return { fake, expected: result.grids };
}

describe("applyPlanInExcel", () => {
  it("adds projects' missing rows in one Excel.run: inserted rows, copied formats, extended merges", async () => {
    const fill = planFill(twoBlocks, { year: 2024, level2: true, fixes: false, config: { profile: "legacy" } });
    expect(fill.plan.insertions).toEqual([
      { sheet: S, before: 7, count: 3 },
      { sheet: S, before: 17, count: 1 },
    ]);
    const { fake, expected } = await applyInFake(twoBlocks, fill.plan);
    expect(fake.runs).toBe(1);
    expect(fake.callsOf("Range.insert").map((c) => [c.address, c.args[0]])).toEqual([
      ["18:18", "Down"],
      ["8:10", "Down"],
    ]);
    expect(fake.callsOf("Range.unmerge").map((c) => c.address)).toEqual(["A5:A7"]);
    expect(fake.callsOf("Range.copyFrom").map((c) => [c.address, c.args[0], c.args[1]])).toEqual([
      ["A8:E10", "表!A7:E7", "Formats"],
      ["A21:E21", "表!A20:E20", "Formats"],
    ]);
    expect(fake.callsOf("Range.merge").map((c) => c.address)).toEqual(["A5:A8"]);
    // The new rows carry the formats of the row above them (the 一级 merge is undone while formats are copied).
    const sheet = fake.sheet(S);
    expect(sheet.cell(8, 2)?.format).toBe("表!C7");
    expect(sheet.cell(20, 0)?.format).toBe("表!A17");
    expect(normalised(fake.grids())).toEqual(normalised(expected));
    // Reads first, then the writes: the plan's cells are checked before anything changes.
    const inserts = fake.callsOf("Range.insert");
    expect(Math.min(...inserts.map((c) => c.request))).toBeGreaterThan(Math.max(...fake.callsOf("Range.load").map((c) => c.request)));
  });

  it("applies the safe fixes and a new block written from a template the same way", async () => {
    const grids = await example("seed001-dongli-department");
    const fixes = planFill(grids, { year: 2026 });
    const first = await applyInFake(grids, fixes.plan);
    expect(normalised(first.fake.grids())).toEqual(normalised(first.expected));
    expect(first.fake.callsOf("Range.values=").find((c) => c.address === "F9")?.args).toEqual([[["≥95%"]]]);

    const blocks = await example("seed000-tianjin-blocks");
    const planned = planNewProject(blocks, checkWorkbook(blocks).parsed, { sheet: "绩效目标表", layout: "block" }, { name: "新增项目", budget: 8, year: 2024, template: findTemplate("设备购置")! });
    if (!planned.ok) throw new Error(planned.error.code);
    const second = await applyInFake(blocks, planned.value.plan);
    expect(second.fake.runs).toBe(1);
    expect(normalised(second.fake.grids())).toEqual(normalised(second.expected));
    expect(second.fake.callsOf("Range.copyFrom")[0]!.args).toEqual(["绩效目标表!A91:G97", "Formats"]);
    // Text Excel would turn into a number or a date keeps its apostrophe on the way in.
    const written = second.fake.callsOf("Range.values=").map((c) => (c.args[0] as unknown[][])[0]![0]);
    expect(written).toEqual(expect.arrayContaining(["'100%", "'2024年1月至12月", "≥95%"]));
  });

  it("writes nothing when a cell changed after the plan was made", async () => {
    const grids = await example("seed001-dongli-department");
    const plan = applyEdits(grids, planFill(grids, { year: 2026 }).plan).applied;
    const fake = new FillFake(grids);
    restore = fake.installGlobals();
    fake.sheet("绩效目标1").touch(8, 5).value = "≥96%";
    await expect(applyPlanInExcel(fake.runtime, plan)).rejects.toBeInstanceOf(PlanStaleError);
    expect(fake.callsOf("Range.values=")).toEqual([]);
    expect(fake.runs).toBe(1);
  });

  it("never writes over a formula: a fix on a =TEXT() amount is refused with a reason the pane words, nothing written", async () => {
    const grids: WorkbookGrids = { sheets: [{ sheet: S, cells: [["项目名称", "甲项目"], ["预算数", "100"]], merges: [] }] };
    const plan: FillPlan = {
      newSheets: [],
      insertions: [],
      styles: [],
      looks: [],
      merges: [],
      writes: [
        { kind: "fix", sheet: S, cell: "B2", from: "100", to: 100, source: "amount-as-text" },
        { kind: "fill", sheet: S, cell: "C2", from: null, to: "万元", source: "test" },
      ],
    };
    const fake = new FillFake(grids);
    restore = fake.installGlobals();
    fake.sheet(S).touch(1, 1).formula = '=TEXT(D2,"0")';
    const refused = applyPlanInExcel(fake.runtime, applyEdits(grids, plan).applied);
    await expect(refused).rejects.toBeInstanceOf(PlanFormulaError);
    await expect(refused).rejects.toMatchObject({ name: "PlanFormulaError", cells: [{ sheet: S, cell: "B2", formula: '=TEXT(D2,"0")' }] });
    expect(fake.callsOf("Range.values=")).toEqual([]);
    expect(fake.sheet(S).cell(1, 1)).toMatchObject({ value: "100", formula: '=TEXT(D2,"0")' });
    const error = await refused.catch((err: unknown) => err);
    expect(describeHostError(error, "zh-CN").sentence).toBe("单元格 表!B2 是公式，修改会把公式变成固定数值。为保留公式，本次没有写入任何内容；请直接在单元格中修改公式。");
  });

  it("leaves a list total that is a =SUM() alone when a project row is added, and updates the constant ones", async () => {
    const grids = await example("seed003-liwan-list");
    const sheet = "项目支出绩效目标表";
    const planned = planNewProject(grids, checkWorkbook(grids).parsed, { sheet, layout: "list" }, { name: "办公用房物业费", budget: 20, year: 2024, template: findTemplate("物业及房租")! });
    if (!planned.ok) throw new Error(planned.error.code);
    const plan = { ...planned.value.plan, writes: [...planned.value.plan.writes, ...planned.value.totals] };
    const fake = new FillFake(grids);
    restore = fake.installGlobals();
    fake.sheet(sheet).touch(3, 1).formula = "=SUM(B6:B15)";
    const done = await applyPlanInExcel(fake.runtime, applyEdits(grids, plan).applied);
    expect(done.formulasKept).toEqual([`${sheet}!B4`]);
    expect(fake.sheet(sheet).cell(3, 1)).toMatchObject({ value: 308, formula: "=SUM(B6:B15)" });
    expect(fake.sheet(sheet).cell(3, 2)?.value).toBe(328);
    expect(fake.callsOf("Range.values=").map((c) => c.address)).not.toContain("B4");
    // The new project's row comes right below B6:B15, so Excel does not widen the SUM: the total is said to be short.
    expect(done.totalsNotCovering).toEqual([{ cell: `${sheet}!B4`, formula: "=SUM(B6:B15)", expected: 328, found: 308 }]);
  });

  it("a =SUM() total below the rows survives rows inserted inside its range: Excel moves and widens it, and it adds the new amount", async () => {
    const grids: WorkbookGrids = { sheets: [{ sheet: S, cells: [["项目", "金额"], ["甲", 1], ["乙", 2], ["丙", 3], ["合计", 6]], merges: [] }] };
    const plan: FillPlan = {
      newSheets: [],
      insertions: [{ sheet: S, before: 3, count: 1 }],
      styles: [],
      looks: [],
      merges: [],
      writes: [
        { kind: "fill", sheet: S, cell: "A4", from: null, to: "丁", source: "new-project" },
        { kind: "fill", sheet: S, cell: "B4", from: null, to: 4, source: "new-project" },
        { kind: "fix", sheet: S, cell: "B6", from: 6, to: 10, source: "new-project" },
      ],
    };
    const fake = new FillFake(grids);
    restore = fake.installGlobals();
    fake.sheet(S).touch(4, 1).formula = "=SUM(B2:B4)";
    const done = await applyPlanInExcel(fake.runtime, applyEdits(grids, plan).applied);
    expect(done).toEqual({ written: 2, insertedRows: 1, formulasKept: [`${S}!B6`], totalsNotCovering: [] });
    expect(fake.sheet(S).cell(5, 1)).toMatchObject({ value: 10, formula: "=SUM(B2:B5)" });
    expect(fake.sheet(S).cell(3, 1)?.value).toBe(4);
  });

  it("an amount-as-text fix on a cell formatted as Text sets the General format in the same request, so the number is a number", async () => {
    const grids: WorkbookGrids = { sheets: [{ sheet: S, cells: [["项目名称", "甲项目"], ["预算数", "100"]], merges: [] }] };
    const plan: FillPlan = { newSheets: [], insertions: [], styles: [], looks: [], merges: [], writes: [{ kind: "fix", sheet: S, cell: "B2", from: "100", to: 100, source: "amount-as-text" }] };
    const fake = new FillFake(grids);
    restore = fake.installGlobals();
    fake.sheet(S).touch(1, 1).numberFormat = "@";
    await applyPlanInExcel(fake.runtime, applyEdits(grids, plan).applied);
    expect(fake.sheet(S).cell(1, 1)).toMatchObject({ value: 100, numberFormat: "General" });
    const [format] = fake.callsOf("Range.numberFormat=");
    const [value] = fake.callsOf("Range.values=");
    expect([format?.address, value?.address, format?.request]).toEqual(["B2", "B2", value?.request]);
    expect(fake.calls.indexOf(format!)).toBeLessThan(fake.calls.indexOf(value!));
  });

  it("compares a percent cell with the plan as the grid shows it (0.98 under 0% is 98%)", async () => {
    const grids: WorkbookGrids = { sheets: [{ sheet: S, cells: [["指标值", "98%"]], merges: [] }] };
    const plan: FillPlan = { newSheets: [], insertions: [], styles: [], looks: [], merges: [], writes: [{ kind: "fix", sheet: S, cell: "B1", from: "98%", to: "≥98%", source: "test" }] };
    const fake = new FillFake(grids);
    restore = fake.installGlobals();
    Object.assign(fake.sheet(S).touch(0, 1), { value: 0.98, numberFormat: "0%" });
    await applyPlanInExcel(fake.runtime, applyEdits(grids, plan).applied);
    expect(fake.sheet(S).cell(0, 1)?.value).toBe("≥98%");
  });

  it("creates a sheet for a default skeleton, with looks instead of copied formats", async () => {
    const planned = planNewProject({ sheets: [] }, { tables: [], unrecognisedSheets: [], sheets: [] }, { sheet: "新表", layout: "list" }, { name: "甲", budget: 1, year: 2024, template: findTemplate("通用")! });
    if (!planned.ok) throw new Error(planned.error.code);
    const { fake, expected } = await applyInFake({ sheets: [] }, planned.value.plan);
    expect(fake.callsOf("Worksheets.add").map((c) => c.args[0])).toEqual(["新表"]);
    expect(fake.sheet("新表").columnWidths.get(0)).toBe(26 * 6);
    expect(fake.sheet("新表").cell(2, 0)?.format).toContain("font.bold=true");
    expect(normalised(fake.grids())).toEqual(normalised(expected));
  });

  it("the fake moves references as Excel does when 2 rows go above row 10 (index 9)", () => {
    const shift = (formula: string, sameSheet = true): string => shiftFormulaRows(formula, sameSheet, "表", 9, 2);
    expect(shift("=SUM(B6:B15)")).toBe("=SUM(B6:B17)");
    expect(shift("=SUM($B$10:$B$15)")).toBe("=SUM($B$12:$B$17)");
    expect(shift("=SUM(B6:B9)")).toBe("=SUM(B6:B9)");
    expect(shift("=B9+B10")).toBe("=B9+B12");
    expect(shift("=SUM(表!B6:B15)", false)).toBe("=SUM(表!B6:B17)");
    expect(shift("=SUM(B6:B15)", false)).toBe("=SUM(B6:B15)");
    expect(shift("=SUM('其他 表'!B6:B15)")).toBe("=SUM('其他 表'!B6:B15)");
    expect(shift('=LOG10(B12)&"B12"')).toBe('=LOG10(B14)&"B12"');
  });

  it("guards text that Excel would read as something else", () => {
    expect(["100%", "2024年1月至12月", "≥95%", "=SUM(A1)", "-1", "TRUE", "基本保障", 12.5, null].map(toExcel)).toEqual(["'100%", "'2024年1月至12月", "≥95%", "'=SUM(A1)", "'-1", "'TRUE", "基本保障", 12.5, ""]);
  });
});
