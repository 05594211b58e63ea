import { fundsBudgetSum } from "../../../src/core/rules/funds-budget-sum";
import { runRule, ruleTester } from "./rule-tester";
import { block, LEGACY_ROWS } from "./fixtures";

ruleTester(fundsBudgetSum, {
  valid: [
    { name: "total = fiscal, other blank", grid: block({ budget: [81, 81, null], indicators: LEGACY_ROWS }) },
    { name: "total = fiscal + other", grid: block({ budget: [100, 60, 40], indicators: LEGACY_ROWS }) },
    { name: "within half a unit of the last decimal", grid: block({ budget: [5.32, 5.318, null], indicators: LEGACY_ROWS }) },
    { name: "no breakdown at all", grid: block({ budget: [100, null, null], indicators: LEGACY_ROWS }) },
    { name: "amounts written as text", grid: block({ budget: ["1,200.00", "1,000.00", "200"], indicators: LEGACY_ROWS }) },
  ],
  invalid: [
    { name: "parts short of the total", grid: block({ budget: [100, 80, 10], indicators: LEGACY_ROWS }), errors: [{ cell: "B4", messageId: "mismatch", severity: "error" }] },
    { name: "parts above the total", grid: block({ budget: [12, 12, 0.01], indicators: LEGACY_ROWS }), errors: [{ cell: "B4", messageId: "mismatch", severity: "error" }] },
  ],
});

it("points at the total, relates the parts, and carries the figures", () => {
  const [d] = runRule(fundsBudgetSum, block({ budget: [100, 80, 10], indicators: LEGACY_ROWS }));
  expect(d!.related).toEqual(["D4", "F4"]);
  expect(d!.data).toEqual({ total: 100, fiscal: 80, other: 10, sum: 90, diff: 10, unit: "万元" });
});

describe("中期 money beside the year's (national 申报表)", () => {
  const national = (period: readonly [number, number, number], year: readonly [number, number, number]) => ({
    rows: [
      ["项目名称", "示例项目"],
      ["项目资金（万元）", "中期资金总额", period[0], "年度资金总额", year[0]],
      [null, "其中：财政拨款", period[1], "其中：财政拨款", year[1]],
      [null, "其他资金", period[2], "其他资金", year[2]],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", "≥100人"],
    ],
  });

  it("checks the 中期 parts against the 中期 total, never against the year's", () => {
    expect(runRule(fundsBudgetSum, national([300, 200, 100], [100, 80, 20]))).toEqual([]);
    const [d, ...rest] = runRule(fundsBudgetSum, national([300, 200, 50], [100, 80, 20]));
    expect(rest).toEqual([]);
    expect([d!.cell, d!.messageId, d!.related]).toEqual(["C2", "periodMismatch", ["C3", "C4"]]);
    expect(d!.data).toEqual({ total: 300, fiscal: 200, other: 50, sum: 250, diff: 50, unit: "万元" });
  });

  it("reports the year's sum at the 年度 total", () => {
    expect(runRule(fundsBudgetSum, national([300, 200, 100], [100, 70, 20])).map((d) => [d.cell, d.messageId])).toEqual([["E2", "mismatch"]]);
  });
});

describe("a budget that names only some of its sources (项目金额 | 15 | 其中财政拨款 | 12, no 其他资金 line)", () => {
  const partial = (total: number, fiscal: number) => ({
    rows: [
      ["项目名称", "示例项目"],
      ["项目金额（万元）", total, "其中财政拨款", fiscal],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", "≥100人"],
    ],
  });

  it("is not a sum that fails: the rest is unstated, a warning that says how much", () => {
    const reports = runRule(fundsBudgetSum, partial(15, 12));
    expect(reports.map((d) => [d.cell, d.messageId, d.severity, d.related, d.data])).toEqual([
      ["B2", "restUnstated", "warning", ["D2"], { total: 15, stated: 12, rest: 3, unit: "万元" }],
    ]);
  });

  it("parts above the total are still an error", () => {
    expect(runRule(fundsBudgetSum, partial(15, 18)).map((d) => [d.cell, d.messageId, d.severity])).toEqual([["B2", "mismatch", "error"]]);
  });
});
