import type { ProjectRule } from "./types";
import { amountsAgree } from "../money/amounts";

const rows = (period: number, year: number) => [
  ["项目名称", "示例项目"],
  ["项目资金（万元）", "中期资金总额", period, "年度资金总额", year],
  [null, "其中：财政拨款", period, "其中：财政拨款", year],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "培训人数", "≥100人"],
];

/** The year's money is part of the whole period's (national 申报表): 年度资金总额 ≤ 中期资金总额. */
export const annualFundsBeyondPeriod: ProjectRule = {
  scope: "project",
  meta: {
    id: "annual-funds-beyond-period",
    category: "funds",
    severity: "error",
    description: { zh: "年度资金总额不应超过中期资金总额", en: "The year's budget must not exceed the whole period's" },
    messages: {
      above: {
        zh: "年度资金总额 {year}{unit} 超过中期资金总额 {period}{unit}",
        en: "The year's budget {year} {unit} exceeds the period's {period} {unit}",
      },
    },
    fixable: false,
    hasSuggestions: false,
    examples: { invalid: { rows: rows(300, 350), errors: [["E2", "above"]] }, valid: { rows: rows(300, 100) } },
  },
  check(table) {
    const year = table.budget?.total;
    const period = table.periodBudget?.total;
    if (!year || !period || year.value <= period.value || amountsAgree(year.value, period.value, [year, period])) return [];
    return [{ messageId: "above", cell: year.cell, related: [period.cell], data: { year: year.value, period: period.value, unit: table.unit } }];
  },
};
