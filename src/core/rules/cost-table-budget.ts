import { defineRule } from "./types";
import { convertMoney } from "../value/parse-amount";
import { amountsAgree, roundMoney } from "../money/amounts";
import examples from "./examples/cost-table-budget.json";

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
  examples,
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
