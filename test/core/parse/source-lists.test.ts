/**
 * The budget written as a list of sources one under another (资金来源 | 金额), with a bare 合计 closing
 * or opening it, or before the sources on their row: that 合计 is the budget's total. A 合计 that
 * belongs to no list of sources is not taken for one.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { budgetOf, gridOf, parseGrids, projectsOf, type Row } from "./grids";

const INDICATORS: Row[] = [
  ["年度目标", "保障社区服务正常开展"],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "服务人次", "≥500人次"],
  ["效益指标", "社会效益指标", "服务能力", "≥10%"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];

function read(head: Row[], merges: string[] = []) {
  const grid = gridOf("目标表", [["项目名称", "社区服务"], ...head, ...INDICATORS], merges);
  const project = projectsOf(parseGrids(grid))[0]!;
  const diagnostics = checkWorkbook({ sheets: [grid] }).report.diagnostics.map((d) => [d.rule, d.cell, d.severity]);
  return { budget: budgetOf(project), total: project.budget?.total?.cell, missing: project.missing, diagnostics };
}

describe("a list of sources with 合计", () => {
  it("closing it, in two columns under 资金来源 | 金额", () => {
    expect(read([["资金来源", "金额（万元）"], ["财政拨款", 40], ["其他资金", 10], ["合计", 50]])).toEqual({
      budget: { unit: "万元", total: 50, fiscal: 40, other: 10 },
      total: "B5",
      missing: [],
      diagnostics: [],
    });
  });

  it("closing it, beside a label merged down the rows", () => {
    const r = read([["资金情况（万元）", "资金来源", "金额"], [null, "财政拨款", 40], [null, "其他资金", 10], [null, "合计", 50]], ["A2:A5"]);
    expect([r.budget, r.total, r.diagnostics]).toEqual([{ unit: "万元", total: 50, fiscal: 40, other: 10 }, "C5", []]);
  });

  it("opening it", () => {
    const r = read([["资金来源", "金额（万元）"], ["合计", 50], ["财政拨款", 40], ["其他资金", 10]]);
    expect([r.budget, r.total, r.diagnostics]).toEqual([{ unit: "万元", total: 50, fiscal: 40, other: 10 }, "B3", []]);
  });

  it("before the sources on their row", () => {
    const r = read([["合计", 50, "财政拨款", 40, "其他资金", 10]]);
    expect([r.budget, r.total, r.diagnostics]).toEqual([{ unit: "万元", total: 50, fiscal: 40, other: 10 }, "B2", []]);
  });

  it("and a sum that does not add up is an error at the total", () => {
    const r = read([["资金来源", "金额（万元）"], ["财政拨款", 40], ["其他资金", 5], ["合计", 50]]);
    expect(r.diagnostics).toEqual([["funds-budget-sum", "B5", "error"]]);
  });
});

describe("a 合计 that closes no list of sources", () => {
  it("two rows below the sources is no total: the budget is reported as not read", () => {
    const r = read([["资金来源", "金额（万元）"], ["财政拨款", 40], ["其他资金", 10], ["备注", "无"], ["合计", 50]]);
    expect([r.budget.total, r.missing]).toEqual([null, [{ field: "budget", cell: "A2" }]]);
    expect(r.diagnostics).toEqual([["table-unreadable", "A2", "warning"]]);
  });
});

describe("a W-shape head (two label/value pairs a row) with the sources in the column of its 合计", () => {
  const wShape = (money: Row[]): Row[] => [
    ["项目名称", "社区服务", "主管部门", "某区民政局"],
    ...money,
  ];
  function readW(money: Row[]) {
    const grid = gridOf("目标表", [["社区服务项目绩效目标表"], ...wShape(money), ...INDICATORS]);
    const project = projectsOf(parseGrids(grid))[0]!;
    const { report } = checkWorkbook({ sheets: [grid] });
    const cells = project.budget ? [project.budget.total?.cell ?? null, project.budget.fiscal?.cell ?? null, project.budget.other?.cell ?? null] : null;
    return { budget: budgetOf(project), cells, missing: project.missing, listed: report.tables[0]?.budget, diagnostics: report.diagnostics.map((d) => [d.rule, d.cell, d.severity]) };
  }

  it("a 年度资金总额 label with no amount of its own over 合计 and the sources: the 合计 below it is the total", () => {
    expect(readW([
      ["实施单位", "某街道办", "年度资金总额", null],
      ["项目负责人", "张三", "合计", 50],
      ["联系电话", "12345678", "财政拨款", 40],
      [null, null, "其他资金", 10],
    ])).toEqual({
      budget: { unit: "万元", total: 50, fiscal: 40, other: 10 },
      cells: ["D4", "D5", "D6"],
      missing: [],
      listed: { total: 50, fiscal: 40, other: 10 },
      diagnostics: [],
    });
  });

  it("合计 over its sources that do not add up: an error at the total", () => {
    const r = readW([
      ["实施单位", "某街道办", "合计", 50],
      ["项目负责人", "张三", "财政拨款", 40],
      ["联系电话", "12345678", "其他资金", 5],
    ]);
    expect([r.cells, r.diagnostics]).toEqual([["D3", "D4", "D5"], [["funds-budget-sum", "D3", "error"]]]);
  });

  it("sources with no total in their column: the budget is reported as not read, and listed with no total rather than 0", () => {
    const r = readW([
      ["合计", null, "实施单位", "某街道办"],
      ["项目负责人", "张三", "财政拨款", 40],
      ["联系电话", "12345678", "其他资金", 10],
    ]);
    expect([r.budget, r.missing, r.listed, r.diagnostics]).toEqual([
      { unit: "万元", total: null, fiscal: 40, other: 10 },
      [{ field: "budget", cell: "C4" }],
      { total: null, fiscal: 40, other: 10 },
      [["table-unreadable", "C4", "warning"]],
    ]);
  });
});

describe("lines of one kind under the total", () => {
  it("a first line opened by 其中 is a part of the total, and the next line of its kind is summed with it", () => {
    const r = read([["资金总额（万元）", 386.5], ["其中：一般公共预算拨款", 300], ["政府性基金", 66.5], ["上年结转", 20]]);
    expect([r.budget, r.diagnostics]).toEqual([{ unit: "万元", total: 386.5, fiscal: 366.5, other: 20 }, []]);
  });

  it("two lines each opened by 其中 are both parts of the total, and summed", () => {
    const r = read([["资金总额（万元）", 386.5], ["其中：一般公共预算拨款", 300], ["其中：政府性基金", 66.5], ["其他资金", 20]]);
    expect([r.budget, r.diagnostics]).toEqual([{ unit: "万元", total: 386.5, fiscal: 366.5, other: 20 }, []]);
  });

  it("a 其中 under a line of the same kind is that line's part, not summed again", () => {
    const r = read([["资金总额（万元）", 386.5], ["财政拨款", 366.5], ["其中：一般公共预算", 300], ["政府性基金", 66.5], ["其他资金", 20]]);
    expect([r.budget, r.diagnostics]).toEqual([{ unit: "万元", total: 386.5, fiscal: 366.5, other: 20 }, []]);
  });
});

describe("合计 right of the budget's label", () => {
  it("with the amounts a row below it (预算数 | 合计 | 财政拨款 | 其他资金): the amount under 合计 is the total", () => {
    const r = read([["预算数（万元）", "合计", "财政拨款", "其他资金"], [null, 50, 40, 10]], ["A2:A3"]);
    expect([r.budget, r.total, r.missing, r.diagnostics]).toEqual([{ unit: "万元", total: 50, fiscal: 40, other: 10 }, "B3", [], []]);
  });

  it("with its own amount left blank: the amount under it that is 财政拨款's is no total, and the total is reported as not read", () => {
    const r = read([["项目资金（万元）", "合计", null, null], ["财政拨款", 40, "其他资金", 10]]);
    expect([r.budget, r.missing, r.diagnostics]).toEqual([
      { unit: "万元", total: null, fiscal: 40, other: 10 },
      [{ field: "budget", cell: "A2" }],
      [["table-unreadable", "A2", "warning"]],
    ]);
  });
});

describe("the lines beside a budget group's label merged down them", () => {
  it("read with the words of a list of sources: 总额 is the total", () => {
    const r = read([["项目资金", "总额", 1500], [null, "其中：中央补助", 1200], [null, "地方配套", 300], ["单位：万元"]], ["A2:A4"]);
    // 中央补助 is money from a higher level (the budget's upperLevel), 地方配套 the local fiscal match: 1200 + 300 = 1500, no error.
    expect([r.budget, r.total, r.missing, r.diagnostics]).toEqual([{ unit: "万元", total: 1500, fiscal: 300, other: null }, "C2", [], []]);
  });
});

describe("a row of source labels with their amounts under them", () => {
  it("a 合计 first in the row, its amount under it, is the total (资金情况（万元） merged over 合计 | 其中：财政拨款 | 其他资金)", () => {
    const r = read([["资金情况（万元）", null, null, "项目期限"], ["合计", "其中：财政拨款", "其他资金", null], [95.8, 95.8, 0, "2025年"]], ["A2:C2"]);
    expect([r.budget, r.total, r.missing, r.diagnostics]).toEqual([{ unit: "万元", total: 95.8, fiscal: 95.8, other: 0 }, "A4", [], []]);
  });

  it("a 合计 last in the row, likewise", () => {
    const r = read([["资金情况（万元）"], ["财政拨款", "其他资金", "合计"], [40, 5, 50]], ["A2:C2"]);
    expect([r.budget, r.total, r.diagnostics]).toEqual([{ unit: "万元", total: 50, fiscal: 40, other: 5 }, "C4", [["funds-budget-sum", "C4", "error"]]]);
  });
});
