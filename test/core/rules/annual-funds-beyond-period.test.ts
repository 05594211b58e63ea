import { annualFundsBeyondPeriod } from "../../../src/core/rules/annual-funds-beyond-period";
import { runRule, ruleTester } from "./rule-tester";
import { block, LEGACY_ROWS } from "./fixtures";

const national = (period: number, year: number) => ({
  rows: [
    ["项目名称", "示例项目"],
    ["项目资金（万元）", "中期资金总额", period, "年度资金总额", year],
    [null, "其中：财政拨款", period, "其中：财政拨款", year],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人数", "≥100人"],
  ],
});

ruleTester(annualFundsBeyondPeriod, {
  valid: [
    { name: "年度 below 中期", grid: national(300, 100) },
    { name: "年度 = 中期 (a one-year project)", grid: national(300, 300) },
    { name: "no 中期 money", grid: block({ budget: [100, 100, null], indicators: LEGACY_ROWS }) },
  ],
  invalid: [{ name: "年度 above 中期", grid: national(300, 350), errors: [{ cell: "E2", messageId: "above", severity: "error" }] }],
});

it("relates the 中期 total", () => {
  const [d] = runRule(annualFundsBeyondPeriod, national(300, 350));
  expect([d!.related, d!.data]).toEqual([["C2"], { year: 350, period: 300, unit: "万元" }]);
});
