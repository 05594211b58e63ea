/**
 * Money written inside its label cell ("项目总金额：８０万元"): the label is read by meaning as any
 * other label, full-width digits are digits, and a table whose sources were found without a total
 * says that its 预算数 was not read instead of passing every funds check silently.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { labelKey } from "../../../src/core/text/normalize";
import { headLabelOf, labelByMeaning } from "../../../src/core/vocabulary/labels";
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

describe("sources named in words the vocabulary has not seen", () => {
  it.each([
    ["项目预算", "total"],
    ["项目总预算", "total"],
    ["年度预算合计", "total"],
    ["实施期总预算", "periodTotal"],
    ["中央补助", "upperLevel"],
    ["其中：省级专项", "upperLevel"],
    ["上级转移支付", "upperLevel"],
    ["市级配套", "fiscal"],
    ["配套资金", "fiscal"],
    ["县级自筹", "other"],
    ["单位自有", "other"],
    ["节省资金", null],
    ["预算执行率", null],
  ])("%s → %s by meaning", (text, label) => {
    expect(headLabelOf(labelKey(text)) ?? labelByMeaning(labelKey(text))).toBe(label);
  });

  it("adds 中央补助 + 市级配套 + 县级自筹 and finds the sum short", () => {
    const { parsed, report: r } = report([
      ["项目名称：", "农村公路养护"],
      ["预算金额（元）：", 3000000, "其中：中央补助", 1000000, "市级配套", 1500000, "县级自筹", 400000],
    ]);
    const [project] = projectsOf(parsed);
    expect(budgetOf(project!)).toEqual({ unit: "元", total: 3000000, fiscal: 1500000, other: 400000 });
    expect(project!.budget?.upperLevel?.value).toBe(1000000);
    expect(r.diagnostics.filter((d) => d.rule === "funds-budget-sum").map((d) => [d.cell, d.data.sum])).toEqual([["B2", 2900000]]);
  });

  it("says which source it could not name, and runs no sum over the rest", () => {
    const { parsed, report: r } = report([
      ["项目名称", "农村公路养护"],
      ["预算金额（万元）", 300, "财政资金", 100, "乡村振兴衔接", 150, "其他资金", 40],
    ]);
    expect(projectsOf(parsed)[0]!.missing).toEqual([{ field: "fund-source", cell: "E2" }]);
    expect(r.diagnostics.map((d) => [d.rule, d.cell, d.severity, d.data.missing])).toEqual([["table-unreadable", "E2", "warning", ["fund-source"]]]);
  });

  it("leaves text that is not money alone: 项目负责人 | 王某 on the budget row is no source", () => {
    const { parsed, report: r } = report([["项目名称", "农村公路养护"], ["预算数", 300, "财政资金", 300, "项目负责人", "王某"]]);
    expect(projectsOf(parsed)[0]!.missing).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe("a grid of sources: labels in one row, amounts under them", () => {
  const head = (third: string, amounts: number[]) => [
    ["项目名称", "城市道路养护"],
    ["预算金额", "资金来源", null, null],
    [null, "一般公共预算", "政府性基金", third],
    amounts,
  ];
  const merges = ["A2:A3", "B2:D2"];
  const run = (rows: (string | number | null)[][]) => {
    const grid = gridOf("目标表", [...rows, ...INDICATORS], merges);
    return { parsed: parseGrids(grid), report: checkWorkbook({ sheets: [grid] }).report };
  };

  it("adds both fiscal kinds and checks the total", () => {
    const { parsed, report: r } = run(head("其他", [2500000, 2000000, 500000, 0]));
    expect(budgetOf(projectsOf(parsed)[0]!)).toEqual({ unit: "万元", total: 2500000, fiscal: 2500000, other: 0 });
    // No unit is stated and 2,500,000 may well be 元: the reader says it took 万元.
    expect(r.diagnostics.map((d) => [d.rule, d.cell, d.severity])).toEqual([["unit-unstated", "A4", "info"]]);
  });

  it("finds the sum short when it is", () => {
    const { report: r } = run(head("其他", [2500000, 2000000, 400000, 0]));
    expect(r.diagnostics.map((d) => [d.rule, d.cell, d.data.sum])).toEqual([
      ["unit-unstated", "A4", undefined],
      ["funds-budget-sum", "A4", 2400000],
    ]);
  });

  it("says which source heading it could not name instead of adding up the rest", () => {
    const { report: r } = run(head("乡村振兴衔接", [2500000, 2000000, 400000, 100000]));
    expect(r.diagnostics.map((d) => [d.rule, d.cell])).toEqual([
      ["table-unreadable", "D3"],
      ["unit-unstated", "A4"],
    ]);
  });
});

describe("amounts written with any money unit of the vocabulary (元 · 千元 · 万元 · 亿元)", () => {
  it.each([
    ["亿元", ["1.2亿元", "1亿元", "0.2亿元"], { unit: "万元", total: 12000, fiscal: 10000, other: 2000 }],
    ["千元", ["1,200千元", "1,000千元", "200千元"], { unit: "万元", total: 120, fiscal: 100, other: 20 }],
    ["元", ["1,200,000元", "1,000,000元", "200,000元"], { unit: "万元", total: 120, fiscal: 100, other: 20 }],
  ])("a grid of labels over amounts as text in %s", (_unit, amounts, budget) => {
    const { parsed } = report([["项目名称", "社区卫生服务补助"], ["资金情况", "资金总额", "财政拨款", "其他资金"], [null, ...amounts]]);
    const [project] = projectsOf(parsed);
    expect([budgetOf(project!), project!.budget?.total?.cell, project!.missing]).toEqual([budget, "B3", []]);
  });

  it("label：amount pairs in 亿元 in one cell", () => {
    const { parsed } = report([["项目名称", "社区卫生服务补助"], ["资金总额：1.5亿元，其中：财政拨款：1.2亿元，自有资金：0.3亿元"]]);
    expect(budgetOf(projectsOf(parsed)[0]!)).toEqual({ unit: "万元", total: 15000, fiscal: 12000, other: 3000 });
  });
});

describe("label：amount pairs stacked down one column, a pair a row", () => {
  const stacked = (rows: (string | number | null)[][]) => gridOf("目标表", [["项目名称", "技能培训"], ...rows, ...INDICATORS]);

  it("reads 合计：50 over 财政资金：45 over 其他资金：5 as the budget, and raises nothing", () => {
    const grid = stacked([["项目资金（万元）", "合计：50"], [null, "财政资金：45"], [null, "其他资金：5"]]);
    const [p] = projectsOf(parseGrids(grid));
    expect([budgetOf(p!), p!.budget?.total?.cell, p!.budget?.fiscal?.cell, p!.missing]).toEqual([{ unit: "万元", total: 50, fiscal: 45, other: 5 }, "B2", "B3", []]);
    expect(checkWorkbook({ sheets: [grid] }).report.diagnostics).toEqual([]);
  });

  it("checks their sum: 合计：50 over 财政资金：40 and 其他资金：5 is short by 5, at the total", () => {
    const grid = stacked([["项目资金（万元）", "合计：50"], [null, "财政资金：40"], [null, "其他资金：5"]]);
    const d = checkWorkbook({ sheets: [grid] }).report.diagnostics;
    expect(d.map((x) => [x.rule, x.cell, x.data.diff])).toEqual([["funds-budget-sum", "B2", 5]]);
  });

  it("a 合计： alone, with no source under it, is no budget read from pairs", () => {
    const grid = stacked([["项目资金（万元）", "合计：50"], [], ["备注：无"]]);
    const [p] = projectsOf(parseGrids(grid));
    expect(p!.budget?.fiscal ?? null).toBeNull();
  });
});
