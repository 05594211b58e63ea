import { defineRule } from "./types";
import { exampleProject } from "./example-grid";
import { amountsAgree } from "../money/amounts";

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
  examples: {
    invalid: exampleProject({
      head: [
        ["项目资金（万元）", "中期资金总额", 300, "年度资金总额", 350],
        [null, "其中：财政拨款", 300, "其中：财政拨款", 350],
      ],
    }),
    errors: [["E2", "above"]],
    corrected: { E2: 100, E3: 100 },
  },
  check(table) {
    const year = table.budget?.total;
    const period = table.periodBudget?.total;
    if (!year || !period || year.value <= period.value || amountsAgree(year.value, period.value, [year, period])) return [];
    return [{ messageId: "above", cell: year.cell, related: [period.cell], data: { year: year.value, period: period.value, unit: table.unit } }];
  },
});
