import type { ProjectRule } from "./types";
import { amountsAgree, roundMoney, sumOf } from "../money/amounts";

const COST_ROWS = [
  ["项目名称", "示例项目"],
  ["预算数", 10, "其中：财政资金", 10, "其他资金", 0],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "培训人数", "≥100人"],
  ["成本构成", "数量", "单价（元）", "金额（万元）", "测算依据"],
  ["讲课费", 20, 2000, 4, "按标准"],
  ["场地费", 3, 20000, 6, "按询价"],
] as const;

/** A cost-composition table's 合计 is the sum of its 金额 lines. */
export const costTableTotal: ProjectRule = {
  scope: "project",
  meta: {
    id: "cost-table-total",
    category: "funds",
    severity: "error",
    description: { zh: "成本测算表的合计应等于各明细金额之和", en: "A cost table's total must equal the sum of its lines" },
    messages: {
      mismatch: {
        zh: "成本测算合计 {total}{unit} ≠ 各明细金额之和 {sum}{unit}（差 {diff}）",
        en: "Cost table total {total} {unit} ≠ the sum of its lines {sum} {unit} (off by {diff})",
      },
    },
    fixable: false,
    hasSuggestions: false,
    examples: {
      invalid: { rows: [...COST_ROWS, ["合计", null, null, 9, null]], errors: [["D8", "mismatch"]] },
      valid: { rows: [...COST_ROWS, ["合计", null, null, 10, null]] },
    },
  },
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
};
