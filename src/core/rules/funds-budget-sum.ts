import type { Budget, MoneyUnit } from "../model/model";
import type { ProjectRule, RuleReport } from "./types";
import { exampleProject } from "./example-grid";
import { amountsAgree, roundMoney, sumOf } from "../money/amounts";

/** 预算数 = 财政资金 (本级 and 上级) + 财政专户 + 其他资金. */
export const fundsBudgetSum: ProjectRule = {
  scope: "project",
  meta: {
    id: "funds-budget-sum",
    category: "funds",
    severity: "error",
    description: { zh: "预算数应等于财政资金与其他资金之和", en: "The budget must equal fiscal plus other funds" },
    messages: {
      mismatch: {
        zh: "预算数 {total}{unit} ≠ 财政资金 {fiscal} + 其他资金 {other}（合计 {sum}{unit}，差 {diff}）",
        en: "Budget {total} {unit} ≠ fiscal {fiscal} + other {other} (sum {sum} {unit}, off by {diff})",
      },
      periodMismatch: {
        zh: "中期资金总额 {total}{unit} ≠ 财政资金 {fiscal} + 其他资金 {other}（合计 {sum}{unit}，差 {diff}）",
        en: "Period budget {total} {unit} ≠ fiscal {fiscal} + other {other} (sum {sum} {unit}, off by {diff})",
      },
    },
    fixable: false,
    hasSuggestions: false,
    examples: {
      invalid: {
        ...exampleProject({
          head: [
            ["预算数", 100, "其中：财政资金", 80, "其他资金", 10],
          ],
          indicators: [
            ["产出指标", "数量指标", "培训人数", "≥100人"],
          ],
        }),
        errors: [["B2", "mismatch"]],
      },
      valid: {
        ...exampleProject({
          head: [
            ["预算数", 100, "其中：财政资金", 90, "其他资金", 10],
          ],
          indicators: [
            ["产出指标", "数量指标", "培训人数", "≥100人"],
          ],
        }),
      },
    },
  },
  check(table) {
    const out: RuleReport[] = [];
    // A source the reader could not name is money left out of any sum: table-unreadable says so instead.
    if (table.missing.some((m) => m.field === "fund-source")) return out;
    const year = mismatchOf(table.budget, table.unit);
    if (year) out.push({ messageId: "mismatch", ...year });
    // The whole period's money is checked against its own parts, never against the year's.
    const period = mismatchOf(table.periodBudget ?? null, table.unit);
    if (period) out.push({ messageId: "periodMismatch", ...period });
    return out;
  },
};

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
