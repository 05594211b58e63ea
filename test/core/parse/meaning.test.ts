/** Labels that are no known synonym, read by their key words (issue 10, labels by meaning). */
import { checkWorkbook } from "../../../src/core/check/check";
import { headLabelOf, labelByMeaning } from "../../../src/core/vocabulary/labels";
import { labelKey } from "../../../src/core/text/normalize";
import { budgetOf, gridOf, parseGrids, projectsOf } from "./grids";

const HEADER = ["一级指标", "二级指标", "三级指标", "指标值"];
const ROWS = [
  ["产出指标", "数量指标", "改造小区数量", "12个"],
  ["效益指标", "社会效益指标", "居住条件", "显著改善"],
  ["满意度指标", "服务对象满意度指标", "居民满意度", "≥85%"],
];

describe("labelByMeaning", () => {
  it.each([
    ["项目支出名称", "projectName"],
    ["项目（资金）名称", null],
    ["年度本级预算金额", "total"],
    ["2024年项目预算总额（万元）", "total"],
    ["该项目支出上级资金", "upperLevel"],
    ["其中：省级补助资金", "upperLevel"],
    ["本级财政预算", "fiscal"],
    ["财政安排资金", "fiscal"],
    ["单位自有收入", "other"],
    ["其他来源", "other"],
    ["实施期预算总金额", "periodTotal"],
    ["项目总金额（万元）", "total"],
    // Any money unit of the vocabulary closes a label, not only 万元 and 元.
    ["项目总金额（千元）", "total"],
    ["年度本级预算金额（亿元）", "total"],
    ["项目申报金额", "total"],
    ["项目数", null],
    // Values, not labels: too long, or holding figures.
    ["老旧小区改造配套设施建设财政补助资金项目经费安排", null],
    ["上级资金100万元", null],
    ["产出指标", null],
  ])("%s → %s", (text, label) => {
    expect(labelByMeaning(labelKey(text))).toBe(label);
  });

  it("exact synonyms come first: 上级补助资金 and 单位自有资金 are known words", () => {
    expect([headLabelOf("上级补助资金"), headLabelOf("单位自有资金"), headLabelOf("本级财政资金"), headLabelOf("年度本级预算金额")]).toEqual(["upperLevel", "other", "fiscal", null]);
  });
});

describe("a block whose labels are known only by meaning", () => {
  it("reads 项目支出名称, 年度本级预算金额 and 该项目支出上级资金, and adds 上级 to 财政 in the funds check", () => {
    const grid = gridOf("表1", [
      ["项目支出名称", "老旧小区改造"],
      ["年度本级预算金额", 100, "其中：本级财政资金", 60, "该项目支出上级资金", 30, "单位自有资金", 5],
      HEADER,
      ...ROWS,
    ]);
    const [p] = projectsOf(parseGrids(grid));
    expect(p!.name).toEqual({ value: "老旧小区改造", cell: "B1" });
    expect(budgetOf(p!)).toEqual({ unit: "万元", total: 100, fiscal: 60, other: 5 });
    expect(p!.budget!.upperLevel).toMatchObject({ value: 30, cell: "F2" });
    expect(p!.missing).toEqual([]);
    const { report } = checkWorkbook({ sheets: [grid] });
    expect(report.tables[0]!.budget).toEqual({ total: 100, fiscal: 90, other: 5 });
    expect(report.diagnostics.map((d) => [d.cell, d.rule, d.data.fiscal, d.data.sum, d.related])).toEqual([["B2", "funds-budget-sum", 90, 95, ["D2", "F2", "H2"]]]);
  });

  it("reads 资金来源 with 本级财政资金 · 上级补助资金 · 单位自有资金 written above their amounts", () => {
    const grid = gridOf("表1", [
      ["项目名称", "动物防疫补助"],
      ["资金来源", "本级财政资金", "上级补助资金", "单位自有资金"],
      [null, 50, 30, 20],
      ["项目资金总额", 100],
      HEADER,
      ...ROWS,
    ]);
    const [p] = projectsOf(parseGrids(grid));
    expect(budgetOf(p!)).toEqual({ unit: "万元", total: 100, fiscal: 50, other: 20 });
    expect(p!.budget!.upperLevel).toMatchObject({ value: 30, cell: "C3" });
    expect(checkWorkbook({ sheets: [grid] }).report.diagnostics).toEqual([]);
  });

  it("a name that sounds like a label by meaning stays the name's value", () => {
    expect(labelByMeaning("财政资金绩效评价经费")).toBe("fiscal");
    const grid = gridOf("表1", [["项目名称", "财政资金绩效评价经费"], ["预算数", 10, "其中：财政资金", 10], HEADER, ...ROWS]);
    const [p] = projectsOf(parseGrids(grid));
    expect(p!.name).toEqual({ value: "财政资金绩效评价经费", cell: "B1" });
  });
});

describe("a flat export whose amount column is known only by meaning", () => {
  it("reads 项目总金额（万元） repeated on every row as each project's budget, once", () => {
    const grid = gridOf("Sheet1", [
      ["项目代码", "项目名称", "项目总金额（万元）", "一级指标", "二级指标", "三级指标", "指标值"],
      ["P1", "设备购置", 260, "产出指标", "数量指标", "购置设备台数", "≥120台"],
      ["P1", "设备购置", 260, "满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"],
      ["P2", "宣传", 45, "产出指标", "数量指标", "宣传场次", "≥60场"],
    ]);
    const projects = projectsOf(parseGrids(grid));
    expect(projects.map((p) => [p.name.value, p.budget?.total?.value, p.budget?.total?.cell, p.indicators.length])).toEqual([
      ["设备购置", 260, "C2", 2],
      ["宣传", 45, "C4", 1],
    ]);
  });
});
