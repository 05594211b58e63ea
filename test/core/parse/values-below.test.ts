/**
 * Labels with their values in the row below (项目名称 | 主管部门 | 实施单位 | 项目资金 over the project's
 * cells, 年度资金总额 over its amount): a label whose right neighbour is another label or empty takes the
 * value under it. A row of such labels over one row of values, heading a target table's indicators with
 * no name of its own between them, is that table's head, not a list of projects.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import type { Grid } from "../../../src/core/grid/grid";
import type { Amount } from "../../../src/core/model/model";
import { gridOf, parseGrids, projectsOf, summariesOf, type Row } from "./grids";

const INDICATORS: Row[] = [
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "服务人次", "≥500人次"],
  ["效益指标", "社会效益指标", "服务能力", "≥10%"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];

const at = (a: Amount | null | undefined) => (a ? [a.value, a.cell] : null);

function read(...grids: Grid[]) {
  const parsed = parseGrids(...grids);
  const diagnostics = checkWorkbook({ sheets: grids }).report.diagnostics.map((d) => [d.rule, d.sheet, d.cell, d.severity]);
  const projects = projectsOf(parsed).map((p) => ({
    layout: p.layout,
    name: [p.name.value, p.name.cell],
    agency: p.agency ? [p.agency.value, p.agency.cell] : null,
    budget: [at(p.budget?.total), at(p.budget?.fiscal), at(p.budget?.other)],
    indicators: p.indicators.length,
    missing: p.missing,
  }));
  return { projects, summaries: summariesOf(parsed).length, diagnostics };
}

describe("a row of labels over a row of values", () => {
  it("项目名称 | 主管部门 | 实施单位 | 项目资金 over the project's cells, then the indicators: one target table", () => {
    const r = read(gridOf("目标表", [
      ["社区服务项目绩效目标表"],
      ["项目名称", "主管部门", "实施单位", "项目资金"],
      ["社区服务", "某区民政局", "某街道办", 50],
      ...INDICATORS,
    ]));
    expect(r).toEqual({
      projects: [{ layout: "block", name: ["社区服务", "A3"], agency: ["某区民政局", "B3"], budget: [[50, "D3"], null, null], indicators: 3, missing: [] }],
      summaries: 0,
      diagnostics: [],
    });
  });

  it("with the goal and a row of money labels over their amounts before the indicators", () => {
    const r = read(gridOf("目标表", [
      ["社区服务项目绩效目标表", null, null, "单位：万元"],
      ["项目名称", "主管部门", "实施单位", "项目资金"],
      ["社区服务", "某区民政局", "某街道办", null],
      ["年度资金总额", "财政拨款", "其他资金"],
      [50, 40, 10],
      ["年度绩效目标", "保障社区服务正常开展"],
      ...INDICATORS,
    ]));
    expect(r).toEqual({
      projects: [{ layout: "block", name: ["社区服务", "A3"], agency: ["某区民政局", "B3"], budget: [[50, "A5"], [40, "B5"], [10, "C5"]], indicators: 3, missing: [] }],
      summaries: 0,
      diagnostics: [],
    });
  });

  it("a list of two projects with its 合计 stays a list", () => {
    const r = read(gridOf("项目支出表", [
      ["项目支出表", null, null, "单位：万元"],
      ["项目名称", "主管部门", "实施单位", "项目资金"],
      ["社区服务", "某区民政局", "某街道办", 50],
      ["养老服务", "某区民政局", "某街道办", 30],
      ["合计", null, null, 80],
    ]));
    expect([r.projects, r.summaries]).toEqual([[], 1]);
  });

  it("a list of one project followed by a target table with its own 项目名称 stays a list, and the table keeps its head", () => {
    const r = read(gridOf("项目支出", [
      ["项目支出表", null, null, "单位：万元"],
      ["项目名称", "主管部门", "实施单位", "项目资金"],
      ["社区服务", "某区民政局", "某街道办", 50],
      ["社区服务项目绩效目标表"],
      ["项目名称", "社区服务", "项目资金", 50],
      ...INDICATORS,
    ]));
    expect([r.projects.map((p) => [p.name, p.budget[0]]), r.summaries]).toEqual([[[["社区服务", "B5"], [50, "D5"]]], 1]);
  });
});
