import { defineRule } from "./types";
import { amountsAgree } from "../money/amounts";
import examples from "./examples/annual-funds-beyond-period.json";

/** The year's money is part of the whole period's (national 申报表): 年度资金总额 ≤ 中期资金总额. */
export const annualFundsBeyondPeriod = defineRule({
  scope: "project",
  id: "annual-funds-beyond-period",
  category: "funds",
  severity: "error",
  description: ["年度资金总额不应超过中期资金总额", "The year's budget must not exceed the whole period's"],
  messages: {
    above: ["年度资金总额 {year}{unit} 超过中期资金总额 {period}{unit}", "The year's budget {year} {unit} exceeds the period's {period} {unit}"],
  },
  examples,
  check(table) {
    const year = table.budget?.total;
    const period = table.periodBudget?.total;
    if (!year || !period || year.value <= period.value || amountsAgree(year.value, period.value, [year, period])) return [];
    return [{ messageId: "above", cell: year.cell, related: [period.cell], data: { year: year.value, period: period.value, unit: table.unit } }];
  },
});
