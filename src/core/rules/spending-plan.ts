import { defineRule, type RuleReport } from "./types";
import { amountsAgree, roundMoney } from "../money/amounts";
import examples from "./examples/spending-plan.json";

/** 资金支出计划 is cumulative: it never decreases and reaches 预算数 by its last point. */
export const spendingPlan = defineRule({
  scope: "project",
  id: "spending-plan",
  category: "funds",
  severity: "error",
  description: ["资金支出计划应逐期递增，最后一期等于预算数", "The spending plan must not decrease and must end at the budget"],
  messages: {
    decreasing: [
      "资金支出计划“{point}”{amount}{unit} 小于上一期“{previous}”{previousAmount}{unit}（计划为累计数，不应减少）",
      "Spending plan “{point}” {amount} {unit} is below the previous point “{previous}” {previousAmount} {unit} (the plan is cumulative)",
    ],
    finalNotBudget: [
      "资金支出计划最后一期“{point}”金额为{amount}，应等于预算数 {total}{unit}",
      "The last spending plan point “{point}” is {amount}; it must equal the budget {total} {unit}",
    ],
  },
  examples,
  check(table) {
    const plan = table.plan;
    if (!plan || plan.points.length === 0) return [];
    const out: RuleReport[] = [];
    let previous: (typeof plan.points)[number] | null = null;
    for (const p of plan.points) {
      if (!p.amount) continue;
      if (previous?.amount && !amountsAgree(p.amount.value, previous.amount.value, [p.amount, previous.amount]) && p.amount.value < previous.amount.value) {
        out.push({
          messageId: "decreasing",
          cell: p.cell,
          related: [previous.cell],
          data: { point: p.label, amount: p.amount.value, previous: previous.label, previousAmount: previous.amount.value, unit: table.unit },
        });
      }
      previous = p;
    }
    const total = table.budget?.total;
    const last = plan.points[plan.points.length - 1]!;
    if (total && (!last.amount || !amountsAgree(last.amount.value, total.value, [last.amount, total]))) {
      out.push({
        messageId: "finalNotBudget",
        cell: last.cell,
        related: [total.cell, ...plan.points.filter((p) => p !== last && p.amount).map((p) => p.cell)],
        data: { point: last.label, amount: last.amount ? roundMoney(last.amount.value) : null, total: total.value, unit: table.unit },
      });
    }
    return out;
  },
});
