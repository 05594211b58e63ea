import type { Budget, MoneyUnit } from "../model/model";
import { defineRule, type RuleReport } from "./types";
import { amountsAgree, roundMoney, sumOf } from "../money/amounts";
import examples from "./examples/funds-budget-sum.json";

/** 预算数 = 财政资金 (本级 and 上级) + 财政专户 + 其他资金. */
export const fundsBudgetSum = defineRule({
  scope: "project",
  id: "funds-budget-sum",
  category: "funds",
  severity: "error",
  description: ["预算数应等于财政资金与其他资金之和", "The budget must equal fiscal plus other funds"],
  messages: {
    mismatch: [
      "预算数 {total}{unit} ≠ 财政资金 {fiscal} + 其他资金 {other}（合计 {sum}{unit}，差 {diff}）",
      "Budget {total} {unit} ≠ fiscal {fiscal} + other {other} (sum {sum} {unit}, off by {diff})",
    ],
    restUnstated: [
      "预算数 {total}{unit} 中只列明了 {stated}{unit} 的来源，其余 {rest}{unit} 未列明来源，请补填其他资金",
      "Of the budget {total} {unit}, only {stated} {unit} has a named source; the remaining {rest} {unit} has none: fill in the other funds",
      "warning",
    ],
    periodMismatch: [
      "中期资金总额 {total}{unit} ≠ 财政资金 {fiscal} + 其他资金 {other}（合计 {sum}{unit}，差 {diff}）",
      "Period budget {total} {unit} ≠ fiscal {fiscal} + other {other} (sum {sum} {unit}, off by {diff})",
    ],
  },
  examples,
  check(table) {
    const out: RuleReport[] = [];
    // A source the reader could not name is money left out of any sum: table-unreadable says so instead.
    if (table.missing.some((m) => m.field === "fund-source")) return out;
    const year = mismatchOf(table.budget, table.unit);
    if (year) out.push(restUnstated(table.budget!, year) ?? { messageId: "mismatch", ...year });
    // The whole period's money is checked against its own parts, never against the year's.
    const period = mismatchOf(table.periodBudget ?? null, table.unit);
    if (period) out.push({ messageId: "periodMismatch", ...period });
    return out;
  },
});

/**
 * 项目金额 15 with only "其中财政拨款 12" and no line for other money: the sources are not all named, which
 * is no sum that fails. Parts above the total, or a blank 其他资金 line (a stated nothing), still are.
 */
function restUnstated(b: Budget, mismatch: Omit<RuleReport, "messageId">): RuleReport | null {
  const data = mismatch.data as { total: number; sum: number; diff: number; unit: MoneyUnit };
  const otherLine = b.other !== null || b.labelCells.other !== undefined || b.specialAccount !== null;
  if (otherLine || data.diff <= 0) return null;
  return { messageId: "restUnstated", cell: mismatch.cell, related: mismatch.related, data: { total: data.total, stated: data.sum, rest: data.diff, unit: data.unit } };
}

function mismatchOf(b: Budget | null, unit: MoneyUnit): Omit<RuleReport, "messageId"> | null {
  if (!b || !b.total) return null;
  const parts = [b.fiscal, b.upperLevel ?? null, b.specialAccount, b.other];
  if (parts.every((p) => p === null)) return null;
  const sum = sumOf(parts);
  if (amountsAgree(b.total.value, sum, [b.total, ...parts])) return null;
  const related = [b.fiscal?.cell ?? b.labelCells.fiscal, b.upperLevel?.cell, b.specialAccount?.cell, b.other?.cell ?? b.labelCells.other].filter((c): c is string => c !== undefined);
  return {
    cell: b.total.cell,
    related,
    data: {
      total: b.total.value,
      fiscal: roundMoney((b.fiscal?.value ?? 0) + (b.upperLevel?.value ?? 0)),
      other: roundMoney((b.other?.value ?? 0) + (b.specialAccount?.value ?? 0)),
      sum,
      diff: roundMoney(b.total.value - sum),
      unit,
    },
  };
}
