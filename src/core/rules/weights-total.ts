import { defineRule } from "./types";
import { isTotalLabel } from "../vocabulary/labels";
import { a1 } from "../grid/address";
import { labelKey } from "../text/normalize";
import { roundSum } from "../value/number-text";
import examples from "./examples/weights-total.json";

/** Per project, 指标分值权重 add up to one of the accepted totals (100, or 90 where 预算执行率 scores the rest). */
export const weightsTotal = defineRule({
  scope: "project",
  id: "weights-total",
  category: "weights",
  severity: "error",
  description: ["指标分值权重合计应为规定总分", "Indicator weights must add up to an accepted total"],
  messages: {
    total: ["指标分值权重合计 {total} 分，应为 {acceptedTotals} 分", "Indicator weights add up to {total}; expected {acceptedTotals}"],
  },
  examples,
  check(table, context) {
    const accepted = context.config.weightTotals;
    if (accepted.length === 0) return [];
    const cells: string[] = [];
    let total = 0;
    for (const ind of table.indicators) {
      if (!ind.weight) continue;
      // A 合计 row under the indicators restates the total; it is not one more indicator.
      if ([ind.level1, ind.level2, ind.level3].some((f) => f !== null && isTotalLabel(labelKey(f.value)))) continue;
      total += ind.weight.value;
      cells.push(ind.weight.cell);
    }
    if (cells.length === 0) return [];
    total = roundSum(total);
    if (accepted.some((t) => Math.abs(t - total) < 1e-6)) return [];
    const header = table.indicatorHeaderRow !== null && table.columns.weight !== undefined ? a1(table.indicatorHeaderRow, table.columns.weight) : null;
    return [
      {
        messageId: "total",
        cell: header ?? cells[0]!,
        related: header ? cells : cells.slice(1),
        data: { total, expected: accepted.join("/"), acceptedTotals: accepted.map(String) },
      },
    ];
  },
});
