import { defineRule, type RuleReport } from "./types";
import { level1Of, level2Key } from "../model/framework";
import { isMoneyUnit, moneyUnitFactor } from "../value/units";
import { amountsAgree, roundMoney } from "../money/amounts";
import { isPerUnitName, isTotalAmountName } from "../indicator/kinds";
import examples from "./examples/cost-above-budget.json";

/**
 * A 成本指标 amount (converted to the table's unit) cannot exceed the project's 预算数, nor can the costs
 * that are parts of it together (a cost per unit and a total of the others are not parts).
 */
export const costAboveBudget = defineRule({
  scope: "project",
  id: "cost-above-budget",
  category: "funds",
  severity: "error",
  description: ["成本指标金额不应超过预算数", "A cost target must not exceed the budget"],
  messages: {
    above: [
      "成本指标“{name}”{value}{valueUnit}（折合 {converted}{unit}）超过预算数 {total}{unit}",
      "Cost target “{name}” {value} {valueUnit} ({converted} {unit}) exceeds the budget {total} {unit}",
    ],
    sumAbove: ["成本指标合计 {sum}{unit} 超过预算数 {total}{unit}", "Cost targets add up to {sum} {unit}, above the budget {total} {unit}", "warning"],
  },
  examples,
  check(table) {
    const total = table.budget?.total;
    if (!total) return [];
    const out: RuleReport[] = [];
    const tableFactor = moneyUnitFactor(table.unit);
    let sum = 0;
    const cells: string[] = [];
    for (const ind of table.indicators) {
      const isCost = (ind.level1 && level1Of(ind.level1.value) === "成本") || (ind.level2 && /成本$/u.test(level2Key(ind.level2.value)));
      const v = ind.parsedValue;
      if (!isCost || !v || v.kind !== "number" || !v.unit || !isMoneyUnit(v.unit) || v.per.length > 0 || !ind.value) continue;
      const converted = roundMoney((v.value * moneyUnitFactor(v.unit)) / tableFactor);
      const name = ind.level3?.value ?? "";
      // Only the parts add up: a cost of one unit is no part of the total, and a total already holds its parts.
      if (!isPerUnitName(name) && !isTotalAmountName(name)) {
        sum += converted;
        cells.push(ind.value.cell);
      }
      if (!amountsAgree(converted, total.value, [total]) && converted > total.value) {
        out.push({
          messageId: "above",
          cell: ind.value.cell,
          related: [total.cell],
          data: { name: ind.level3?.value ?? "", value: v.value, valueUnit: v.unit, converted, total: total.value, unit: table.unit },
        });
      }
    }
    sum = roundMoney(sum);
    if (out.length === 0 && cells.length > 1 && !amountsAgree(sum, total.value, [total]) && sum > total.value) {
      out.push({ messageId: "sumAbove", cell: cells[0]!, related: [total.cell, ...cells.slice(1)], data: { sum, total: total.value, unit: table.unit } });
    }
    return out;
  },
});
