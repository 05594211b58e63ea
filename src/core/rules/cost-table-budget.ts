import { defineRule } from "./types";
import { exampleProject } from "./example-grid";
import { convertMoney } from "../value/parse-amount";
import { amountsAgree, roundMoney } from "../money/amounts";

/** The cost table beside the indicators should account for the whole budget: a 合计 that differs is worth a look. */
export const costTableBudget = defineRule({
  scope: "project",
  id: "cost-table-budget",
  category: "funds",
  severity: "warning",
  description: ["成本测算合计与预算数不一致", "The cost table's total differs from the budget"],
  messages: {
    differs: ["成本测算合计 {total}{unit} 与预算数 {budget}{unit} 不一致（差 {diff}）", "Cost table total {total} {unit} differs from the budget {budget} {unit} (by {diff})"],
  },
  examples: {
    invalid: exampleProject({ unit: "万元", budget: [12, 12, 0], costs: { items: [["培训费", 100, 1000, 10, "按标准"]], total: 10 } }),
    errors: [["D8", "differs"]],
    corrected: { B3: 10, D3: 10 },
  },
  check(table) {
    const cost = table.costTable;
    const budget = table.budget?.total;
    if (!cost?.total || !budget || budget.cell === cost.total.cell) return [];
    const total = roundMoney(convertMoney(cost.total.value, cost.total.unit, table.unit));
    if (amountsAgree(total, budget.value, [budget, cost.total])) return [];
    return [
      {
        messageId: "differs",
        cell: cost.total.cell,
        related: [budget.cell],
        data: { total, budget: budget.value, diff: roundMoney(total - budget.value), unit: table.unit },
      },
    ];
  },
});
