import { defineRule } from "./types";
import { amountsAgree, roundMoney, sumOf } from "../money/amounts";
import examples from "./examples/cost-table-total.json";

/** A cost-composition table's 合计 is the sum of its 金额 lines. */
export const costTableTotal = defineRule({
  scope: "project",
  id: "cost-table-total",
  category: "funds",
  severity: "error",
  description: ["成本测算表的合计应等于各明细金额之和", "A cost table's total must equal the sum of its lines"],
  messages: {
    mismatch: ["成本测算合计 {total}{unit} ≠ 各明细金额之和 {sum}{unit}（差 {diff}）", "Cost table total {total} {unit} ≠ the sum of its lines {sum} {unit} (off by {diff})"],
  },
  examples,
  check(table) {
    const cost = table.costTable;
    if (!cost?.total || cost.items.length === 0) return [];
    const amounts = cost.items.map((i) => i.amount);
    const sum = sumOf(amounts);
    if (amountsAgree(cost.total.value, sum, [cost.total, ...amounts])) return [];
    return [
      {
        messageId: "mismatch",
        cell: cost.total.cell,
        related: amounts.filter((a) => a !== null).map((a) => a.cell),
        data: { total: cost.total.value, sum, diff: roundMoney(cost.total.value - sum), unit: cost.total.unit },
      },
    ];
  },
});
