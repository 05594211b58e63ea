/**
 * A one-row-per-indicator table (单位名称 | 项目名称 | 资金总额 … | 一级指标 …) closed by a 合计 row:
 * the 合计 is the list's total, not one more project, wherever it is written in the name columns.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { gridOf, parseGrids, projectsOf, type Row } from "./grids";

const HEADER: Row = ["单位名称", "项目名称", "资金总额", "财政拨款", "其他资金", "一级指标", "二级指标", "三级指标", "指标值"];
const project = (name: string, total: number, top: number): { rows: Row[]; merges: string[] } => ({
  rows: [
    ["文旅局", name, total, total, 0, "产出指标", "数量指标", "演出场次", "≥120场"],
    [null, null, null, null, null, "效益指标", "社会效益指标", "群众文化生活", "≥3万人次"],
    [null, null, null, null, null, "满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"],
  ],
  merges: ["A", "B", "C", "D", "E"].map((c) => `${c}${top}:${c}${top + 2}`),
});

function read(totals: Row, merges: string[] = []) {
  const a = project("送戏下乡经费", 96, 3);
  const b = project("非遗保护经费", 70.5, 6);
  const grid = gridOf("目标表", [["2025年项目支出绩效目标表"], HEADER, ...a.rows, ...b.rows, totals], [...a.merges, ...b.merges, ...merges]);
  return { projects: projectsOf(parseGrids(grid)), report: checkWorkbook({ sheets: [grid] }).report };
}

describe("a 合计 row under a one-row-per-indicator table", () => {
  it.each([
    ["merged over the name columns", ["合计", null, 166.5, 166.5, 0], ["A9:B9"]],
    ["in the first column only", ["合计", null, 166.5, 166.5, 0], []],
    ["in the name column", [null, "合计", 166.5, 166.5, 0], []],
    ["spelled 总计", ["总计", null, 166.5, 166.5, 0], []],
  ] as [string, Row, string[]][])("%s is not a project", (_how, totals, merges) => {
    const { projects, report } = read(totals, merges);
    expect(projects.map((p) => [p.name.value, p.budget?.total?.value, p.indicators.length])).toEqual([
      ["送戏下乡经费", 96, 3],
      ["非遗保护经费", 70.5, 3],
    ]);
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("a one-row-per-indicator table whose total column is not found", () => {
  const grid = (totalHeading: string) =>
    gridOf("目标表", [
      ["单位：万元"],
      ["项目名称", totalHeading, "财政拨款", "其他资金", "一级指标", "二级指标", "三级指标", "指标值"],
      ["热线运维", 125, 120, 0, "产出指标", "数量指标", "热线接听量", "≥30万件次"],
      [null, null, null, null, "效益指标", "社会效益指标", "群众诉求解决率", "≥90%"],
      [null, null, null, null, "满意度指标", "服务对象满意度指标", "来电满意度", "≥90%"],
    ]);

  it("reads 预算数合计 as the total, and checks the sum", () => {
    const g = grid("预算数合计");
    expect(projectsOf(parseGrids(g)).map((p) => [p.budget?.total?.value, p.budget?.total?.cell])).toEqual([[125, "B3"]]);
    expect(checkWorkbook({ sheets: [g] }).report.diagnostics.map((d) => [d.rule, d.cell])).toEqual([["funds-budget-sum", "B3"]]);
  });

  it("says the budget was not read, at the sources' heading, when only sources are found", () => {
    const g = grid("项目编号");
    const [p] = projectsOf(parseGrids(g));
    expect(p!.missing).toEqual([{ field: "budget", cell: "C2" }]);
    expect(checkWorkbook({ sheets: [g] }).report.diagnostics.map((d) => [d.rule, d.cell, d.data.missing])).toEqual([["table-unreadable", "C2", ["budget"]]]);
  });
});
