import { checkWorkbook } from "../../../src/core/check/check";
import { findTemplate, planNewProject, type NewProjectSpec, type NewProjectTarget } from "../../../src/core/fill";
import { applyEdits } from "../../../src/core/edit";
import type { WorkbookGrids } from "../../../src/core/grid/grid";
import type { ProjectTable } from "../../../src/core/model/model";
import { readWorkbookFile } from "../../../src/host/xlsx";
import { mergesOf, rowsOf } from "./helpers";

async function example(name: string): Promise<WorkbookGrids> {
  const read = await readWorkbookFile(`examples/${name}.xlsx`);
  if (!read.ok) throw new Error(read.error.code);
  return read.grids;
}

const spec = (name: string, extra: Partial<NewProjectSpec> = {}): NewProjectSpec => ({ name, budget: 12.5, year: 2024, template: findTemplate("信息系统运维")!, ...extra });

/** Plans, applies and re-parses; returns the new project and the report's diagnostics on it. */
function insert(grids: WorkbookGrids, target: NewProjectTarget, s: NewProjectSpec) {
  const parsed = checkWorkbook(grids).parsed;
  const planned = planNewProject(grids, parsed, target, s);
  if (!planned.ok) throw new Error(planned.error.code);
  const applied = applyEdits(grids, planned.value.plan);
  expect(applied.ok).toBe(true);
  expect(applied.refused).toEqual([]);
  const back = checkWorkbook(applied.grids);
  const projects = back.parsed.tables.filter((t): t is ProjectTable => t.kind === "project");
  const project = projects.find((t) => t.name.value === s.name)!;
  expect(project).toBeDefined();
  expect(project.indicators.map((i) => [i.level1?.value, i.level3?.value, i.value?.value])).toEqual(planned.value.indicators.map((i) => [i.level1Text, i.level3, i.value]));
  const problems = back.report.diagnostics.filter((d) => d.table === project.id && d.severity !== "info").map((d) => `${d.rule} ${d.cell}`);
  return { planned: planned.value, applied, project, projects, problems, grid: applied.grids.sheets.find((g) => g.sheet === target.sheet)! };
}

describe("planNewProject", () => {
  it("models a block on the sheet's last block: labels, merges and formats of its head, the next title number", async () => {
    const grids = await example("seed000-tianjin-blocks");
    const { planned, project, projects, problems, grid } = insert(grids, { sheet: "绩效目标表", layout: "block" }, spec("新增运维项目", { agency: "340102天津市人民政府信访办公室" }));
    expect(planned.model).toBe("专线租赁、安全监测、视频监控等经费");
    expect(planned.framework).toBe("legacy");
    expect(projects).toHaveLength(8);
    expect(project.title?.value).toBe("8.新增运维项目绩效目标表");
    expect(project.budget?.total?.value).toBe(12.5);
    expect(project.budget?.fiscal?.value).toBe(12.5);
    expect(project.unit).toBe("万元");
    expect(project.indicators.find((i) => i.level3?.value === "运行维护经费成本")?.level2?.value).toBe("成本指标");
    expect(problems).toEqual([]);
    // The new block starts two blank rows under the last one (as the blocks before it) and copies its head.
    expect(planned.rows).toEqual({ top: 105, bottom: 117 });
    expect(planned.plan.styles[0]).toEqual({ sheet: "绩效目标表", source: "A91:G97", target: "A106:G112" });
    const merges = mergesOf(grid);
    for (const m of ["A106:G106", "A107:E107", "F107:G107", "B108:G108", "A109:A110", "B110:G110", "B111:G111", "D112:E112", "F112:G112", "A113:A116", "D118:E118"]) expect(merges).toContain(m);
    expect(rowsOf(grid)[108]).toEqual(["预算规模及资金用途", "预算数", 12.5, "其中：财政    资金", 12.5, "其他资金"]);
  });

  it("keeps a block's 项目编码 blank and puts the whole budget in the last point of its 资金支出计划", async () => {
    const grids = await example("seed002-qingdao-plan");
    const { project, problems, planned, grid } = insert(grids, { sheet: "绩效目标表", layout: "block" }, spec("2024年设备购置", { template: findTemplate("设备购置")!, budget: 30 }));
    expect(planned.framework).toBe("2021");
    expect(project.code).toBeNull();
    expect(project.plan?.points.map((p) => p.amount?.value ?? null)).toEqual([null, null, null, 30]);
    expect(project.title?.value).toBe("4.2024年设备购置绩效目标表");
    // The model's label "资金支出计划（%）" says what the new plan holds: amounts in the sheet's unit.
    expect(problems).toEqual([]);
    expect(grid.cells[64]?.[0]).toBe("资金支出计划（万元）");
  });

  it("leaves the model's 项目负责人 out and keeps inline amount labels", async () => {
    const grids = await example("seed004-korla-weighted");
    const { project, grid, planned, problems } = insert(grids, { sheet: "绩效目标表", layout: "block" }, spec("部门专项-法律顾问经费", { template: findTemplate("法律顾问")!, budget: 2 }));
    const head = rowsOf(grid).slice(planned.rows.top, planned.rows.top + 6);
    expect(head[3]).toEqual(["项目名称", null, "部门专项-法律顾问经费", null, null, "项目负责人"]);
    expect(head[4]).toEqual(["项目资金（万元）", null, "年度预算总额：", 2, "其中：财政拨款", 2, "其他资金：", 0]);
    expect(project.budget?.other?.value).toBe(0);
    // Weights are left for a person to share out: the blank weights do not count.
    expect(problems).toEqual([]);
  });

  it("adds a list row at the end of the list and offers the totals that would count it", async () => {
    const grids = await example("seed003-liwan-list");
    const { planned, project, problems, grid } = insert(grids, { sheet: "项目支出绩效目标表", layout: "list" }, spec("办公用房物业费", { template: findTemplate("物业及房租")!, budget: 20 }));
    expect(planned.rows).toEqual({ top: 15, bottom: 15 });
    expect(project.range).toEqual({ top: 15, left: 0, bottom: 15, right: 6 });
    expect(project.indicators.map((i) => i.periodValue?.value)).toEqual(planned.indicators.map((i) => i.value));
    expect(planned.totals.map((w) => [w.cell, w.from, w.to])).toEqual([
      ["B4", 308, 328],
      ["C4", 308, 328],
      ["B5", 308, 328],
      ["C5", 308, 328],
    ]);
    expect(problems).toEqual([]);
    expect(rowsOf(grid)[15]!.slice(0, 3)).toEqual(["办公用房物业费", 20, 20]);
    const withTotals = applyEdits(grids, { ...planned.plan, writes: [...planned.plan.writes, ...planned.totals] });
    const funds = checkWorkbook(withTotals.grids).report.diagnostics.filter((d) => d.rule.startsWith("summary"));
    expect(funds).toEqual([]);
  });

  it("writes default skeletons on an empty sheet and models a flat run on the one before it", () => {
    const empty: WorkbookGrids = { sheets: [] };
    const first = insert(empty, { sheet: "明细", layout: "flat" }, spec("甲项目", { agency: "某某局", template: findTemplate("人员经费")! }));
    expect(first.planned.plan.newSheets).toEqual([{ name: "明细", columnWidths: [24, 18, 10, 10, 10, 34, 12, 18, 26, 14, 16] }]);
    expect(first.project.agency?.value).toBe("某某局");
    const second = insert(first.applied.grids, { sheet: "明细", layout: "flat" }, spec("乙项目", { budget: 3 }));
    expect(second.planned.model).toBe("甲项目");
    expect(second.projects.map((p) => [p.name.value, p.budget?.total?.value, p.indicators.length])).toEqual([
      ["甲项目", 12.5, 6],
      ["乙项目", 3, 6],
    ]);
    expect(mergesOf(second.grid)).toEqual(expect.arrayContaining(["A4:A9", "A10:A15", "F10:F15", "G11:G13"]));
    expect(second.problems).toEqual([]);
  });

  it("refuses a sheet whose indicators are written as text: no rows to model on, and a table beside them would take their head", () => {
    const lines: WorkbookGrids = {
      sheets: [
        {
          sheet: "绩效目标（文本）",
          cells: [["项目名称：乡村道路亮化工程"], ["预算金额：45万元（其中财政资金45万元）"], ["一级指标：产出指标；二级指标：数量指标；三级指标：路灯数量；指标值：≥300盏"], ["一级指标：满意度指标；二级指标：服务对象满意度指标；三级指标：村民满意度；指标值：≥90%"]],
          merges: [],
        },
      ],
    };
    const planned = planNewProject(lines, checkWorkbook(lines).parsed, { sheet: "绩效目标（文本）", layout: "block" }, spec("甲项目"));
    expect(planned).toEqual({ ok: false, error: { code: "text-indicators" } });
  });

  it("inserts above the chosen row, moving what is below", async () => {
    const grids = await example("seed000-tianjin-blocks");
    const { projects, planned } = insert(grids, { sheet: "绩效目标表", layout: "block", at: 0 }, spec("置顶项目"));
    expect(planned.plan.insertions).toEqual([{ sheet: "绩效目标表", before: 0, count: 15 }]);
    expect(projects.map((p) => p.name.value).slice(0, 2)).toEqual(["置顶项目", "市信访办履职能力提升经费"]);
    expect(projects[1]!.range.top).toBe(15);
  });

  it("refuses another layout, a row inside a table, another unit and a wrong budget", async () => {
    const blocks = await example("seed000-tianjin-blocks");
    const list = await example("seed003-liwan-list");
    const plan = (grids: WorkbookGrids, target: NewProjectTarget, s: NewProjectSpec) => planNewProject(grids, checkWorkbook(grids).parsed, target, s);
    expect(plan(blocks, { sheet: "绩效目标表", layout: "list" }, spec("甲"))).toEqual({ ok: false, error: { code: "layout-mismatch", sheetLayout: "block" } });
    expect(plan(blocks, { sheet: "绩效目标表", layout: "block", at: 9 }, spec("甲"))).toEqual({ ok: false, error: { code: "bad-position", row: 9 } });
    expect(plan(list, { sheet: "项目支出绩效目标表", layout: "list" }, spec("甲", { unit: "元" }))).toEqual({ ok: false, error: { code: "unit-mismatch", sheetUnit: "万元" } });
    expect(plan(blocks, { sheet: "新表", layout: "block" }, spec("甲", { budget: 5, other: 6 }))).toEqual({ ok: false, error: { code: "bad-budget" } });
  });
});
