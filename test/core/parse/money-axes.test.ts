/**
 * A money grid is read by its two header axes: one names periods (年度 / 本年度 / 当年, 实施期 / 实施周期 /
 * 总体), the other kinds (合计 / 资金总额 and the sources), whichever way round. Here the kinds head the
 * columns and the periods name the rows: the year's budget is the 年度 row, the period's the 实施期 row.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import type { Budget } from "../../../src/core/model/model";
import { budgetOf, gridOf, parseGrids, projectsOf, type Row } from "./grids";

const INDICATORS: Row[] = [
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "服务人次", "≥500人次"],
  ["效益指标", "社会效益指标", "服务能力", "≥10%"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];

function read(money: Row[], merges: string[] = []) {
  const grid = gridOf("目标表", [["社区服务项目绩效目标表"], ["项目名称", "社区服务", null, "单位：万元"], ...money, ...INDICATORS], merges);
  const project = projectsOf(parseGrids(grid))[0]!;
  const diagnostics = checkWorkbook({ sheets: [grid] }).report.diagnostics.map((d) => [d.rule, d.cell, d.severity]);
  return { budget: figures(project.budget ?? null), period: figures(project.periodBudget ?? null), missing: project.missing, diagnostics };
}

/** Each amount with its cell, and the cells of the labels the amounts were read by. */
function figures(b: Budget | null) {
  if (!b) return null;
  const at = (a: Budget["total"] | undefined) => (a ? [a.value, a.cell] : null);
  return { total: at(b.total), fiscal: at(b.fiscal), other: at(b.other), labels: b.labelCells };
}

describe("kinds as columns, periods as rows", () => {
  it("合计 | 财政拨款 | 其他资金 over 年度资金总额 and 实施期资金总额 rows", () => {
    expect(read([
      ["项目资金", "合计", "财政拨款", "其他资金"],
      ["年度资金总额", 50, 40, 10],
      ["实施期资金总额", 150, 120, 30],
    ])).toEqual({
      budget: { total: [50, "B4"], fiscal: [40, "C4"], other: [10, "D4"], labels: { total: "B3", fiscal: "C3", other: "D3" } },
      period: { total: [150, "B5"], fiscal: [120, "C5"], other: [30, "D5"], labels: { total: "B3", fiscal: "C3", other: "D3" } },
      missing: [],
      diagnostics: [],
    });
  });

  it("资金总额 | 其中：财政拨款 | 单位自筹 over 实施期 and then 年度 rows: the year's row, wherever it sits", () => {
    const r = read([
      ["资金情况", null, "资金总额", "其中：财政拨款", "单位自筹"],
      [null, "实施期", 300, 240, 60],
      [null, "年度", 100, 80, 20],
    ], ["A3:B3", "A4:A5"]);
    expect([r.budget, r.period, r.missing, r.diagnostics]).toEqual([
      { total: [100, "C5"], fiscal: [80, "D5"], other: [20, "E5"], labels: { total: "C3", fiscal: "D3", other: "E3" } },
      { total: [300, "C4"], fiscal: [240, "D4"], other: [60, "E4"], labels: { total: "C3", fiscal: "D3", other: "E3" } },
      [],
      [],
    ]);
  });

  it("本年度 and 总体 rows; a year that does not add up is an error at the year's total", () => {
    const r = read([
      ["项目资金", "资金总额", "财政资金", "其他资金"],
      ["本年度", 60, 40, 10],
      ["总体", 150, 120, 30],
    ]);
    expect([r.budget?.total, r.period?.total, r.diagnostics]).toEqual([[60, "B4"], [150, "B5"], [["funds-budget-sum", "B4", "error"]]]);
  });

  it("a kind the vocabulary does not know, heading a column of amounts, is reported at its header", () => {
    const r = read([
      ["项目资金", "合计", "财政拨款", "预留调剂资金"],
      ["年度资金总额", 50, 40, 10],
      ["实施期资金总额", 150, 120, 30],
    ]);
    expect([r.missing, r.diagnostics]).toEqual([[{ field: "fund-source", cell: "D3" }], [["table-unreadable", "D3", "warning"]]]);
  });

  it("a year's row with its total cell empty: the total is reported as not read, not checked as 0", () => {
    const r = read([
      ["项目资金", "合计", "财政拨款", "其他资金"],
      ["年度资金总额", null, 40, 10],
      ["实施期资金总额", 150, 120, 30],
    ]);
    expect([r.budget?.total, r.missing, r.diagnostics]).toEqual([null, [{ field: "budget", cell: "B3" }], [["table-unreadable", "B3", "warning"]]]);
  });
});

describe("the same grid the other way round: periods as columns, kinds as rows", () => {
  it("项目资金 | 实施期 | 年度 over 合计 · 财政拨款 · 其他资金: the year's column is the budget", () => {
    const r = read([
      ["项目资金", "资金来源", "总体", "年度"],
      [null, "合计", 150, 50],
      [null, "财政拨款", 120, 40],
      [null, "其他资金", 30, 10],
    ], ["A3:A6"]);
    expect([r.budget, r.period?.total, r.period?.fiscal, r.missing, r.diagnostics]).toEqual([
      { total: [50, "D4"], fiscal: [40, "D5"], other: [10, "D6"], labels: { total: "B4", fiscal: "B5", other: "B6" } },
      [150, "C4"],
      [120, "C5"],
      [],
      [],
    ]);
  });
});

describe("a grid of sources under their labels with a 合计 first", () => {
  it("reads the total and the sources and reports nothing unread (合计 is the total's label, not an unknown source)", () => {
    const grid = gridOf("目标表", [
      ["2025年省级项目支出绩效目标表"],
      ["项目名称", "基层公共文化服务提升"],
      ["资金来源（万元）", "合计", "省级财政资金", "国有资本经营预算", "其他"],
      [null, 180, 150, 30, 0],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "演出场次", "≥20场"],
      ["效益指标", "社会效益指标", "群众文化生活", "明显丰富"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ], ["A3:A4"]);
    const project = projectsOf(parseGrids(grid))[0]!;
    expect([budgetOf(project), project.missing]).toEqual([{ unit: "万元", total: 180, fiscal: 180, other: 0 }, []]);
    expect(checkWorkbook({ sheets: [grid] }).report.diagnostics).toEqual([]);
  });
});
