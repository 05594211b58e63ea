/**
 * Money laid out by period and by line, as provinces' 申报表 write it: a header row of money columns
 * (上年度预算安排 | 上年度实际执行 | 本年度申请金额, or 中期资金总额 | 年度资金总额) over the budget's
 * lines, one kind named on several lines (财政拨款 and 政府性基金拨款, 其他资金 and 上年结转), and
 * targets written as 本年度计划水平 beside 上年度实际水平.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { budgetOf, gridOf, parseGrids, projectsOf, type Row } from "./grids";

const INDICATORS: Row[] = [
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "运维服务器台数", "≥42台"],
  ["效益指标", "社会效益指标", "办理效率", "有效提高"],
  ["满意度指标", "服务对象满意度指标", "使用人员满意度", "≥90%"],
];

function read(rows: Row[], merges: string[] = []) {
  const grid = gridOf("申报表", [["项目名称", "政务云运维经费"], ...rows], merges);
  const [project] = projectsOf(parseGrids(grid));
  const errors = checkWorkbook({ sheets: [grid] }).report.diagnostics.filter((d) => d.severity !== "info").map((d) => [d.rule, d.cell, d.severity]);
  return { project: project!, budget: budgetOf(project!), errors };
}

const pastAndYear = (total: number, fiscal: number, fund: number, other: number, carried: number): Row[] => [
  ["资金来源（万元）", null, "项目", "上年度预算安排", "上年度实际执行", "本年度申请金额"],
  [null, null, "合计", 52, 49.86, total],
  [null, null, "财政拨款", 52, 49.86, fiscal],
  [null, null, "政府性基金拨款", 0, 0, fund],
  [null, null, "其他资金", 0, 0, other],
  [null, null, "上年结转", 0, 0, carried],
];

describe("money columns by year: the year's column is the budget, past years' are history", () => {
  it("reads 本年度申请金额, sums the lines of one kind, and raises nothing when it adds up", () => {
    const r = read([...pastAndYear(59.5, 50, 6, 0, 3.5), ...INDICATORS], ["A2:B7"]);
    expect(r.budget).toEqual({ unit: "万元", total: 59.5, fiscal: 56, other: 3.5 });
    expect([r.project.budget?.total?.cell, r.project.budget?.fiscal?.cell]).toEqual(["F3", "F4"]);
    expect(r.errors).toEqual([]);
  });

  it("checks the year's sum, at the year's 合计", () => {
    const r = read([...pastAndYear(59.9, 50, 6, 0, 3.5), ...INDICATORS], ["A2:B7"]);
    expect(r.errors).toEqual([["funds-budget-sum", "F3", "error"]]);
  });

  it("中期资金总额 | 年度资金总额 over 资金总额 · 其中：财政拨款 · 其他资金: the year's and the period's apart", () => {
    const r = read([
      ["项目资金（万元）", null, "中期资金总额", null, "年度资金总额"],
      [null, "资金总额", 3600, null, 1200],
      [null, "其中：财政拨款", 3300, null, 1100],
      [null, "其他资金", 300, null, 100],
      ...INDICATORS,
    ], ["A2:A5"]);
    expect(r.budget).toEqual({ unit: "万元", total: 1200, fiscal: 1100, other: 100 });
    expect([r.project.periodBudget?.total?.value, r.project.periodBudget?.fiscal?.value]).toEqual([3600, 3300]);
    expect(r.errors).toEqual([]);
  });
});

describe("one kind on several lines", () => {
  it("in a grid with the amounts under the labels: 上年结转 counts with 其他资金", () => {
    const grid: Row[] = [["资金情况", "资金总额", "一般公共预算", "政府性基金", "上年结转", "其他资金"], [null, 96000, 80000, 0, 6000, 10000]];
    const r = read([["金额单位：元"], ...grid, ...INDICATORS], ["A3:A4"]);
    expect(r.budget).toEqual({ unit: "元", total: 96000, fiscal: 80000, other: 16000 });
    expect(r.errors).toEqual([]);
  });

  it("in a list one under another, up to the next total", () => {
    const r = read([["资金来源", "金额（万元）"], ["财政拨款", 40], ["其他资金", 5], ["上年结转", 5], ["合计", 50], ...INDICATORS]);
    expect(r.budget).toEqual({ unit: "万元", total: 50, fiscal: 40, other: 10 });
    expect(r.errors).toEqual([]);
  });

  it("a line the vocabulary does not know, continuing the list, is reported instead of left out", () => {
    const r = read([...pastAndYear(59.5, 50, 6, 0, 0).slice(0, 5), [null, null, "预留调剂资金", 0, 0, 3.5], ...INDICATORS], ["A2:B7"]);
    expect(r.project.missing).toEqual([{ field: "fund-source", cell: "C7" }]);
    expect(r.errors).toEqual([["table-unreadable", "C7", "warning"]]);
  });
});

describe("targets as 本年度计划水平 beside 上年度实际水平", () => {
  it("reads the planned level as the target and the past level as last year's", () => {
    const r = read([
      ["预算数", 10, "其中：财政资金", 10],
      ["一级指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划水平", "指标内容/计算公式"],
      ["产出指标", "质量指标", "系统正常运行率", "99.2%", "≥105%", "按实际完成情况统计"],
      ["效益指标", "社会效益指标", "办理效率", "有效提高", "有效提高", "按实际完成情况统计"],
      ["满意度指标", "服务对象满意度指标", "使用人员满意度", "90%", "≥90%", "按实际完成情况统计"],
    ]);
    expect(r.project.indicators.map((i) => [i.value?.value, i.lastYear?.value])).toEqual([
      ["≥105%", "99.2%"],
      ["有效提高", "有效提高"],
      ["≥90%", "90%"],
    ]);
    expect(r.errors).toEqual([["rate-above-100", "E4", "error"]]);
  });
});

describe("a department's tasks with 其中：财政拨款 beside 预算金额", () => {
  it("reads the fiscal part of each task and raises no task-sum error when they add up", () => {
    const grid = gridOf("部门整体绩效目标", [
      ["2025年部门（单位）整体支出绩效目标表"],
      ["部门（单位）名称：某县城市管理局", null, null, null, "单位：元"],
      ["年度预算申请", "资金总额", null, "财政拨款", "上年结转", "其他资金"],
      [null, 8000000, null, 7400000, 0, 600000],
      ["年度主要任务", "任务名称", "主要内容", "预算金额", "其中：财政拨款", "其他资金"],
      [null, "人员及日常运转", "保障机关运转", 1150000, 1150000, 0],
      [null, "城区环卫保洁", "道路清扫保洁", 6850000, 6250000, 600000],
      ["年度总体目标", "保障城区环境卫生整洁有序。"],
      ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      [null, "产出指标", "数量指标", "清扫保洁面积", "≥420万平方米"],
      [null, "效益指标", "社会效益指标", "城区环境", "明显改善"],
      [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ], ["A3:A4", "A5:A7", "A9:A12"]);
    const { parsed, report } = checkWorkbook({ sheets: [grid] });
    const department = parsed.tables.find((t) => t.kind === "department");
    expect(department?.kind === "department" ? department.tasks.map((t) => [t.name.value, t.total?.value, t.fiscal?.value, t.other?.value]) : null).toEqual([
      ["人员及日常运转", 1150000, 1150000, 0],
      ["城区环卫保洁", 6850000, 6250000, 600000],
    ]);
    expect(report.diagnostics.filter((d) => d.rule === "department-task-sum")).toEqual([]);
  });
});

describe("parts of a line are not more lines of its kind", () => {
  it.each([
    ["indented under 财政拨款, without 其中", [["资金总额", 60], ["财政拨款", 56], ["  一般公共预算", 50], ["  政府性基金", 6], ["其他资金", 4]], { unit: "万元", total: 60, fiscal: 56, other: 4 }],
    ["其中：上年结转 under 财政拨款", [["资金总额", 53.5], ["财政拨款", 53.5], ["其中：上年结转", 3.5], ["其他资金", 0]], { unit: "万元", total: 53.5, fiscal: 53.5, other: 0 }],
  ] as [string, Row[], unknown][])("%s", (_how, money, budget) => {
    const r = read([...money, ...INDICATORS]);
    expect(r.budget).toEqual(budget);
    expect(r.errors).toEqual([]);
  });
});

describe("a 上年度 | 本年度 header over rows that are not money", () => {
  it("leaves the budget lines below it to be read as usual", () => {
    const r = read([["主要工作量", "上年度", "本年度"], ["服务器台数", 40, 42], ["资金总额", 50], ["财政拨款", 40], ["其他资金", 10], ...INDICATORS]);
    expect(r.budget).toEqual({ unit: "万元", total: 50, fiscal: 40, other: 10 });
    expect(r.errors).toEqual([]);
  });
});

describe("the lines under a header of money columns run as far as the list does", () => {
  const line = (label: string, period: number, year: number): Row => [null, label, period, year];
  it("nine sources under 中期资金总额 | 年度资金总额: the ninth counts like the first", () => {
    const r = read([
      ["项目资金（万元）", "资金来源", "中期资金总额", "年度资金总额"],
      line("合计", 300, 100),
      line("一般公共预算", 150, 50),
      line("政府性基金预算", 60, 20),
      line("国有资本经营预算", 30, 10),
      line("财政专户管理资金", 15, 5),
      line("事业收入", 15, 5),
      line("经营收入", 12, 4),
      line("上年结转", 9, 3),
      line("其他资金", 9, 3),
      ["年度绩效目标", "保障政务云平台稳定运行"],
      ...INDICATORS,
    ], ["A2:A11"]);
    expect([r.budget, r.project.budget?.other?.cell, r.project.budget?.specialAccount?.value, r.project.periodBudget?.total?.value, r.errors]).toEqual([
      { unit: "万元", total: 100, fiscal: 80, other: 15 },
      "D8",
      5,
      300,
      [],
    ]);
  });
});
