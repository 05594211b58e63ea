import type { ProjectRule } from "./types";
import { convertMoney } from "../value/parse-amount";
import { amountsAgree, roundMoney } from "../money/amounts";

const rowsWithBudget = (budget: number) =>
  [
    ["项目名称", "示例项目"],
    ["单位：万元"],
    ["预算数", budget, "其中：财政资金", budget, "其他资金", 0],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人数", "≥100人"],
    ["成本构成", "数量", "单价（元）", "金额（万元）", "测算依据"],
    ["培训费", 100, 1000, 10, "按标准"],
    ["合计", null, null, 10, null],
  ] as const;

/** The cost table beside the indicators should account for the whole budget: a 合计 that differs is worth a look. */
export const costTableBudget: ProjectRule = {
  scope: "project",
  meta: {
    id: "cost-table-budget",
    category: "funds",
    severity: "warning",
    description: { zh: "成本测算合计与预算数不一致", en: "The cost table's total differs from the budget" },
    messages: {
      differs: {
        zh: "成本测算合计 {total}{unit} 与预算数 {budget}{unit} 不一致（差 {diff}）",
        en: "Cost table total {total} {unit} differs from the budget {budget} {unit} (by {diff})",
      },
    },
    fixable: false,
    hasSuggestions: false,
    examples: {
      invalid: { rows: rowsWithBudget(12), errors: [["D8", "differs"]] },
      valid: { rows: rowsWithBudget(10) },
    },
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
};
