/**
 * Money written inside its label cell ("项目总金额：８０万元"): the label is read by meaning as any
 * other label, full-width digits are digits, and a table whose sources were found without a total
 * says that its 预算数 was not read instead of passing every funds check silently.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { budgetOf, gridOf, parseGrids, projectsOf } from "./grids";

const INDICATORS = [
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "服务人次", "≥500人次"],
  ["效益指标", "社会效益指标", "服务能力", "≥10%"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];

function report(rows: (string | number | null)[][]) {
  const grid = gridOf("目标表", [...rows, ...INDICATORS]);
  return { parsed: parseGrids(grid), report: checkWorkbook({ sheets: [grid] }).report };
}

describe("label：amount in one cell", () => {
  it("reads a total label known only by meaning, with full-width digits, and checks the sum", () => {
    const { parsed, report: r } = report([
      ["项目名称：社区卫生服务补助"],
      ["项目总金额：８０万元", null, "其中财政资金：７０万元", null, "其他资金：０万元"],
    ]);
    const [project] = projectsOf(parsed);
    expect(budgetOf(project!)).toEqual({ unit: "万元", total: 80, fiscal: 70, other: 0 });
    const sums = r.diagnostics.filter((d) => d.rule === "funds-budget-sum");
    expect(sums.map((d) => [d.cell, d.severity])).toEqual([["A2", "error"]]);
  });

  it("reads full-width amounts in a one-cell list of pairs", () => {
    const { parsed } = report([["项目名称", "社区卫生服务补助"], ["资金总额：１２０万元，其中：财政拨款：１００万元，自有资金：２０万元"]]);
    expect(budgetOf(projectsOf(parsed)[0]!)).toEqual({ unit: "万元", total: 120, fiscal: 100, other: 20 });
  });
});

describe("sources without a total", () => {
  it("is a budget not read, at the first money label, and no funds check runs on it", () => {
    const { parsed, report: r } = report([["项目名称", "社区卫生服务补助"], ["财政资金", 80, "其他资金", 0]]);
    expect(projectsOf(parsed)[0]!.missing).toEqual([{ field: "budget", cell: "A2" }]);
    expect(r.diagnostics.map((d) => [d.rule, d.cell, d.severity])).toEqual([["table-unreadable", "A2", "warning"]]);
  });
});
