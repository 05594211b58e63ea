import { defineRule } from "./types";
import { storedValue } from "../model/model";
import { amountsAgree, roundMoney } from "../money/amounts";
import examples from "./examples/plan-label-unit.json";

const PERCENT_IN_BRACKETS = /[(（]\s*[%％]\s*[)）]/u;
const PERCENT = /[%％]|百分比/u;

/** 资金支出计划 labelled in % whose points are amounts (above 100, or ending at 预算数): the label, not the figures, is wrong. */
export const planLabelUnit = defineRule({
  scope: "project",
  id: "plan-label-unit",
  category: "funds",
  severity: "warning",
  description: ["资金支出计划的单位应与所填数值一致", "The spending plan's unit must match its figures"],
  messages: {
    percentLabel: [
      "“{label}”标注为百分比，但所填为金额（最大 {max}，最后一期 {last}，预算数 {total}{unit}）",
      "“{label}” is labelled in percent, but the figures are amounts (max {max}, last {last}, budget {total} {unit})",
    ],
    relabel: ["改为“{to}”", "Relabel as “{to}”"],
  },
  hasSuggestions: true,
  examples,
  check(table) {
    const plan = table.plan;
    if (!plan || !PERCENT.test(plan.label.value)) return [];
    const amounts = plan.points.filter((p) => p.amount !== null);
    const last = amounts[amounts.length - 1];
    if (!last?.amount) return [];
    const max = Math.max(...amounts.map((p) => p.amount!.value));
    const total = table.budget?.total ?? null;
    // A plan in % ends at 100; ending at 预算数 means amounts, unless 预算数 is itself 100.
    const endsAtBudget = total !== null && amountsAgree(last.amount.value, total.value, [last.amount, total]) && !amountsAgree(total.value, 100, [total]);
    if (max <= 100 + 1e-9 && !endsAtBudget) return [];
    const label = plan.label.value;
    const to = PERCENT_IN_BRACKETS.test(label) ? label.replace(PERCENT_IN_BRACKETS, `（${table.unit}）`) : label.replace(PERCENT, table.unit);
    return [
      {
        messageId: "percentLabel",
        cell: plan.label.cell,
        related: amounts.map((p) => p.cell),
        data: { label, max: roundMoney(max), last: roundMoney(last.amount.value), total: total ? total.value : null, unit: table.unit },
        suggestions: [{ messageId: "relabel", data: { to }, edits: [{ sheet: table.sheet, cell: plan.label.cell, from: storedValue(plan.label), to }] }],
      },
    ];
  },
});
