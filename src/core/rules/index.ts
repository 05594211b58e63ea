import type { Rule } from "./types";
import { fundsBudgetSum } from "./funds-budget-sum";
import { spendingPlan } from "./spending-plan";
import { costAboveBudget } from "./cost-above-budget";
import { unknownLevel1 } from "./unknown-level1";
import { level2Mismatch } from "./level2-mismatch";
import { missingCategory } from "./missing-category";
import { summaryRowsAddUp } from "./summary-rows-add-up";
import { summaryColumnsAddUp } from "./summary-columns-add-up";
import { incomeExpenseBalance } from "./income-expense-balance";

/** Every rule, in the order their diagnostics are listed for one cell. */
export const RULES: readonly Rule[] = [
  unknownLevel1,
  level2Mismatch,
  missingCategory,
  fundsBudgetSum,
  spendingPlan,
  costAboveBudget,
  summaryRowsAddUp,
  summaryColumnsAddUp,
  incomeExpenseBalance,
];

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
