/**
 * The five example workbooks, read with the xlsx host and parsed: the figures from domain.md
 * ("Figures from the seeds worth a test") must come out exactly.
 */
import * as path from "path";
import type { ParsedWorkbook, ProjectTable, BudgetTable } from "../../../src/core/model/model";
import { parseWorkbook } from "../../../src/core/parse/parse-workbook";
import { readWorkbookFile } from "../../../src/host/xlsx";
import { amountIn, projectsOf, summariesOf } from "./grids";

const EXAMPLES = path.resolve(__dirname, "..", "..", "..", "examples");

async function parseExample(file: string): Promise<ParsedWorkbook> {
  const read = await readWorkbookFile(path.join(EXAMPLES, file));
  if (!read.ok) throw new Error(`${file}: ${read.error.code}`);
  return parseWorkbook(read.grids);
}

type ProjectLine = [name: string, total: number | null, fiscal: number | null, other: number | null, unit: string, indicators: number, layout: string];

function lines(projects: ProjectTable[]): ProjectLine[] {
  return projects.map((p) => [
    p.name.value,
    p.budget?.total?.value ?? null,
    p.budget?.fiscal?.value ?? null,
    p.budget?.other?.value ?? null,
    p.unit,
    p.indicators.length,
    p.layout,
  ]);
}

function sum(values: readonly (number | null)[]): number {
  return Math.round(values.reduce<number>((s, v) => s + (v ?? 0), 0) * 100) / 100;
}

describe("seed 000 (天津, blocks)", () => {
  it("reads 7 projects, 571.20 万元, 6 indicators each", async () => {
    const parsed = await parseExample("seed000-tianjin-blocks.xlsx");
    const projects = projectsOf(parsed);
    expect(summariesOf(parsed)).toHaveLength(0);
    expect(lines(projects)).toEqual([
      ["市信访办履职能力提升经费", 81, 81, null, "万元", 6, "block"],
      ["信访工作法治化保障经费", 12, 12, null, "万元", 6, "block"],
      ["信访接待中心工作经费", 76, 76, null, "万元", 6, "block"],
      ["信访信息系统运维费", 72.9, 72.9, null, "万元", 6, "block"],
      ["政府门前办工作经费", 142, 142, null, "万元", 6, "block"],
      ["驻京信访工作处工作经费", 100, 100, null, "万元", 6, "block"],
      ["专线租赁、安全监测、视频监控等经费", 87.3, 87.3, null, "万元", 6, "block"],
    ]);
    expect(sum(projects.map((p) => p.budget?.total?.value ?? null))).toBe(571.2);
    expect(projects.every((p) => p.agency?.value === "340102天津市人民政府信访办公室")).toBe(true);
  });
});

describe("seed 001 (东丽, department disclosure)", () => {
  let parsed: ParsedWorkbook;
  const table = (sheet: string): BudgetTable => {
    const found = summariesOf(parsed).filter((t) => t.sheet === sheet);
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const totalRow = (t: BudgetTable): BudgetTable["rows"][number] => {
    const totals = t.rows.filter((r) => r.kind === "total");
    expect(totals).toHaveLength(1);
    return totals[0]!;
  };

  beforeAll(async () => {
    parsed = await parseExample("seed001-dongli-department.xlsx");
  });

  it("reads 7 summary tables of the expected kinds", () => {
    expect(parsed.unrecognisedSheets).toEqual([]);
    expect(summariesOf(parsed).map((t) => [t.sheet, t.summaryKind, t.unit, t.rows.length])).toEqual([
      ["表1", "income-expense", "万元", 26],
      ["表2", "agency", "万元", 3],
      ["表3", "function-class", "万元", 17],
      ["表4", "income-expense", "万元", 26],
      ["表5", "function-class", "万元", 17],
      ["表6", "economic-class", "万元", 30],
      ["表10", "project-list", "万元", 7],
    ]);
  });

  it("表3 部门支出总体情况表: 合计 449.54 = 基本支出 425.20 + 项目支出 24.34", () => {
    const t = table("表3");
    expect(t.name).toBe("部门支出总体情况表");
    expect(t.columns.slice(0, 3).map((c) => [c.col, c.role])).toEqual([
      [2, "total"],
      [3, "basic"],
      [4, "project"],
    ]);
    const total = totalRow(t);
    expect([amountIn(total, 2), amountIn(total, 3), amountIn(total, 4)]).toEqual([449.54, 425.2, 24.34]);
    expect(t.rows.slice(1, 4).map((r) => r.code?.value)).toEqual(["201", "20103", "2010301"]);
  });

  it("表5 一般公共预算支出情况表: 合计 449.53", () => {
    const t = table("表5");
    expect(t.columns.map((c) => [c.col, c.path, c.role])).toEqual([
      [2, ["合计"], "total"],
      [3, ["基本支出", "合计"], "total"],
      [4, ["基本支出", "人员经费"], "personnel"],
      [5, ["基本支出", "公用经费"], "public"],
      [6, ["项目支出"], "project"],
    ]);
    const total = totalRow(t);
    expect([2, 3, 4, 5, 6].map((c) => amountIn(total, c))).toEqual([449.53, 425.2, 363.69, 61.51, 24.33]);
  });

  it("表6 一般公共预算基本支出情况表: 合计 425.20 = 人员经费 363.69 + 公用经费 61.51", () => {
    const t = table("表6");
    const total = totalRow(t);
    expect([2, 3, 4].map((c) => amountIn(total, c))).toEqual([425.2, 363.69, 61.51]);
    expect(t.columns.map((c) => c.role)).toEqual(["total", "personnel", "public"]);
  });

  it("表10 项目支出表: 合计 24.34 over 6 projects", () => {
    const t = table("表10");
    expect(t.name).toBe("项目支出表");
    const total = totalRow(t);
    expect(amountIn(total, 3)).toBe(24.34);
    const items = t.rows.filter((r) => r.kind === "item");
    expect(items).toHaveLength(6);
    expect(sum(items.map((r) => amountIn(r, 3)))).toBe(24.34);
    expect(items.map((r) => r.label?.value)).toEqual([
      "(自有资金)银行利息",
      "编外人员经费",
      "编外人员经费(清退人员)项目",
      "信访工作经费项目",
      "信访接待中心运行费用项目",
      "信访数据信息维护项目",
    ]);
  });

  it("reads the 6 target tables in 元", () => {
    expect(lines(projectsOf(parsed))).toEqual([
      ["(自有资金) 2026 年银行存款利息", 100, null, 100, "元", 6, "block"],
      ["编外人员经费", 53184, 53184, null, "元", 6, "block"],
      ["信访接待中心运行费用项目", 40000, 40000, null, "元", 8, "block"],
      ["信访工作经费", 110000, 110000, null, "元", 8, "block"],
      ["信访信息维保费用", 15000, 15000, null, "元", 8, "block"],
      ["编外人员（清退）经费", 25100, 25100, null, "元", 6, "block"],
    ]);
    expect(sum(projectsOf(parsed).map((p) => p.budget?.total?.value ?? null))).toBe(243384);
  });
});

describe("seed 002 (青岛, blocks with 资金支出计划)", () => {
  it("reads 720 + 889 + 9 万元 with 8, 10 and 8 indicators", async () => {
    const parsed = await parseExample("seed002-qingdao-plan.xlsx");
    const projects = projectsOf(parsed);
    expect(lines(projects)).toEqual([
      ["2023年市级信访积案化解资金", 720, 720, null, "万元", 8, "block"],
      ["2023年信访专项业务费", 889, 889, null, "万元", 10, "block"],
      ["2023年金宏视频会议系统运行维护费", 9, 9, null, "万元", 8, "block"],
    ]);
    expect(projects[0]!.code?.value).toBe("37020023P88002811184N");
    expect(projects[0]!.plan?.points.map((p) => [p.label, p.amount?.value ?? null])).toEqual([
      ["3月底", 180],
      ["6月底", 360],
      ["10月底", 540],
      ["12月底", 720],
    ]);
  });
});

describe("seed 003 (荔湾, list with encoded indicators)", () => {
  it("reads 10 projects with 合计 308 万元", async () => {
    const parsed = await parseExample("seed003-liwan-list.xlsx");
    expect(lines(projectsOf(parsed))).toEqual([
      ["信访维稳工作专项经费", 100, 100, null, "万元", 4, "list"],
      ["信息系统维护及法律顾问费", 12, 12, null, "万元", 4, "list"],
      ["公务接待费", 0.1, 0.1, null, "万元", 2, "list"],
      ["特殊疑难专项经费", 0.1, 0.1, null, "万元", 3, "list"],
      ["信访工作经费", 3.2, 3.2, null, "万元", 3, "list"],
      ["进京劝返协调工作经费", 19.5, 19.5, null, "万元", 3, "list"],
      ["办公室水电及物业管理费等", 54, 54, null, "万元", 3, "list"],
      ["信访超市建设经费", 46.1, 46.1, null, "万元", 4, "list"],
      ["编外人员聘用经费", 70, 70, null, "万元", 5, "list"],
      ["购置经费", 3, 3, null, "万元", 2, "list"],
    ]);
    expect(sum(projectsOf(parsed).map((p) => p.budget?.total?.value ?? null))).toBe(308);
    const [list] = summariesOf(parsed);
    expect(list!.summaryKind).toBe("project-list");
    expect(list!.rows.map((r) => r.kind)).toEqual(["total", "subtotal", ...Array<string>(10).fill("item")]);
    expect(amountIn(list!.rows[0], 1)).toBe(308);
    expect(amountIn(list!.rows[1], 1)).toBe(308);
  });
});

describe("seed 004 (库尔勒, weighted blocks)", () => {
  it("reads 15 + 1 + 2 万元 with 9, 7 and 8 indicators weighing 90 each", async () => {
    const parsed = await parseExample("seed004-korla-weighted.xlsx");
    const projects = projectsOf(parsed);
    expect(lines(projects)).toEqual([
      ["部门专项-信访局大楼运行经费", 15, 15, 0, "万元", 9, "block"],
      ["部门专项-聘请法律顾问经费", 1, 1, 0, "万元", 7, "block"],
      ["部门专项-长期驻京驻乌劝返工作人员补贴", 2, 2, 0, "万元", 8, "block"],
    ]);
    expect(projects.map((p) => p.indicators.reduce((s, i) => s + (i.weight?.value ?? 0), 0))).toEqual([90, 90, 90]);
    expect(projects.map((p) => p.agency?.value)).toEqual(["库尔勒市信访局", "库尔勒市信访局", "库尔勒市信访局"]);
  });
});
