/**
 * A money unit written in a money column's header (资金总额（元）, a group 项目资金（元） over 合计 | 财政拨款)
 * states that column's unit, in every layout that reads money columns: the one-row-per-indicator table,
 * the list of projects and the summary list. The header is nearer than a 单位：万元 line above the table,
 * and a table whose money columns all state one unit is in that unit. A column stating another unit than
 * the rest is read in its own and converted, so the sums compare like with like.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { gridOf, parseGrids, projectsOf, summariesOf, type Row } from "./grids";

const flatRows = (total: number, fiscal: number, other: number): Row[] => [
  ["一般公共服务", "食品安全抽检", total, fiscal, other, "产出指标", "数量指标", "抽检批次", "≥600批次"],
  ["一般公共服务", "食品安全抽检", total, fiscal, other, "效益指标", "社会效益指标", "食品安全知晓率", "≥90%"],
  ["一般公共服务", "食品安全抽检", total, fiscal, other, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];

function readFlat(rows: Row[], merges: string[] = []) {
  const grid = gridOf("绩效目标导出", rows, merges);
  const projects = projectsOf(parseGrids(grid));
  const { report } = checkWorkbook({ sheets: [grid] });
  return {
    projects: projects.map((p) => [p.layout, p.unit, p.budget?.total?.value ?? null, p.budget?.fiscal?.value ?? null, p.budget?.other?.value ?? null]),
    diagnostics: report.diagnostics.map((d) => [d.rule, d.cell, d.severity]),
  };
}

describe("one row per indicator", () => {
  const header = (total: string, fiscal: string, other: string): Row => ["功能分类", "项目名称", total, fiscal, other, "一级指标", "二级指标", "三级指标", "指标值"];

  it("资金总额（元） | 财政资金（元） | 其他资金（元）: the table is in 元", () => {
    expect(readFlat([header("资金总额（元）", "财政资金（元）", "其他资金（元）"), ...flatRows(420000, 400000, 20000)])).toEqual({
      projects: [["flat", "元", 420000, 400000, 20000]],
      diagnostics: [],
    });
  });

  it("any money unit of the vocabulary: 资金总额（千元） | 财政拨款（千元） | 其他资金（千元）", () => {
    expect(readFlat([header("资金总额（千元）", "财政拨款（千元）", "其他资金（千元）"), ...flatRows(420, 400, 20)])).toEqual({ projects: [["flat", "千元", 420, 400, 20]], diagnostics: [] });
  });

  it("the columns' 元 over a 单位：万元 line above the table: the header is nearer", () => {
    const r = readFlat([["单位：万元"], header("资金总额（元）", "财政资金（元）", "其他资金（元）"), ...flatRows(420000, 400000, 20000)]);
    expect(r.projects).toEqual([["flat", "元", 420000, 400000, 20000]]);
  });

  it("a group 项目资金（元） merged over 合计 | 财政拨款 | 其他资金", () => {
    const r = readFlat(
      [
        ["功能分类", "项目名称", "项目资金（元）", null, null, "绩效指标", null, null, null],
        [null, null, "合计", "财政拨款", "其他资金", "一级指标", "二级指标", "三级指标", "指标值"],
        ...flatRows(420000, 400000, 20000),
      ],
      ["A1:A2", "B1:B2", "C1:E1", "F1:I1"],
    );
    expect(r).toEqual({ projects: [["flat", "元", 420000, 400000, 20000]], diagnostics: [] });
  });

  it("one column in 元 among 万元 columns is converted: 42万元 = 40万元 + 20000元", () => {
    expect(readFlat([header("资金总额（万元）", "财政资金（万元）", "其他资金（元）"), ...flatRows(42, 40, 20000)])).toEqual({
      projects: [["flat", "万元", 42, 40, 2]],
      diagnostics: [],
    });
  });

  it("no unit stated in the headers or above: read as 万元, and a large total says so", () => {
    expect(readFlat([header("资金总额", "财政资金", "其他资金"), ...flatRows(420000, 400000, 20000)])).toEqual({
      projects: [["flat", "万元", 420000, 400000, 20000]],
      diagnostics: [["unit-unstated", "C2", "info"]],
    });
  });

  it("a sum that fails in the columns' unit is reported in it", () => {
    const r = readFlat([header("资金总额（元）", "财政资金（元）", "其他资金（元）"), ...flatRows(420000, 400000, 10000)]);
    expect(r.diagnostics).toEqual([["funds-budget-sum", "C2", "error"]]);
  });
});

describe("a list of projects, one row each", () => {
  function readList(header: Row, rows: Row[], above: Row[] = []) {
    const grid = gridOf("项目表", [["2025年部门项目支出绩效目标表"], ...above, header, ...rows]);
    const parsed = parseGrids(grid);
    return {
      projects: projectsOf(parsed).map((p) => [p.layout, p.unit, p.budget?.total?.value ?? null, p.budget?.fiscal?.value ?? null, p.budget?.other?.value ?? null]),
      summaries: summariesOf(parsed).map((s) => s.unit),
      diagnostics: checkWorkbook({ sheets: [grid] }).report.diagnostics.map((d) => [d.rule, d.cell, d.severity]),
    };
  }
  const INDICATORS = "1、产出指标-数量指标-抽检批次：≥600批次；2、效益指标-社会效益指标-知晓率：≥90%；3、满意度指标-服务对象满意度指标-群众满意度：≥90%";

  it("项目名称 | 总计（元） | 财政拨款（元） | 其他资金（元） | 绩效目标 | 绩效指标: the projects and the list are in 元", () => {
    expect(readList(["项目名称", "总计（元）", "财政拨款（元）", "其他资金（元）", "绩效目标", "绩效指标"], [["食品安全抽检", 420000, 400000, 20000, "完成抽检任务。", INDICATORS]], [["单位：万元"]])).toEqual({
      projects: [["list", "元", 420000, 400000, 20000]],
      summaries: ["元"],
      diagnostics: [],
    });
  });

  it("项目名称 | 资金总额（千元） | 财政资金（千元） | 其他资金（千元）: in 千元", () => {
    const r = readList(["项目名称", "资金总额（千元）", "财政资金（千元）", "其他资金（千元）", "绩效目标", "绩效指标"], [["食品安全抽检", 420, 400, 20, "完成抽检任务。", INDICATORS]]);
    expect([r.projects, r.summaries, r.diagnostics]).toEqual([[["list", "千元", 420, 400, 20]], ["千元"], []]);
  });

  it("no unit stated in the headers or above: a project's large total says it was read as 万元", () => {
    const r = readList(["项目名称", "总计", "财政拨款", "其他资金", "绩效目标", "绩效指标"], [["食品安全抽检", 420000, 400000, 20000, "完成抽检任务。", INDICATORS]]);
    expect([r.projects, r.diagnostics]).toEqual([[["list", "万元", 420000, 400000, 20000]], [["unit-unstated", "B3", "info"]]]);
  });

  it("a summary list with no indicators: 项目名称 | 合计（元） | 财政拨款（元） | 其他资金（元）", () => {
    const r = readList(["项目名称", "合计（元）", "财政拨款（元）", "其他资金（元）"], [["食品安全抽检", 420000, 400000, 20000], ["特种设备检验", 350000, 300000, 50000], ["合计", 770000, 700000, 70000]]);
    expect(r.summaries).toEqual(["元"]);
  });
});
