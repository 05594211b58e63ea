import { defineRule, type RuleReport } from "./types";
import { amountsAgree, roundMoney, sumOf } from "../money/amounts";
import examples from "./examples/department-tasks-total.json";

/** 金额合计 is the sum of the 年度主要任务, column by column (总额, 财政拨款, 其他资金). */
export const departmentTasksTotal = defineRule({
  scope: "department",
  id: "department-tasks-total",
  category: "funds",
  severity: "error",
  description: ["部门整体绩效目标表的金额合计应等于各项任务之和", "A department table's 金额合计 must equal the sum of its tasks"],
  messages: {
    mismatch: ["金额合计{column} {total}{unit} ≠ 各项任务之和 {sum}{unit}（差 {diff}）", "金额合计 ({column}) {total} {unit} ≠ the sum of the tasks {sum} {unit} (off by {diff})"],
  },
  examples,
  check(table) {
    const sum = table.tasksTotal;
    if (!sum || table.tasks.length === 0) return [];
    const out: RuleReport[] = [];
    const columns = [
      ["总额", sum.total, table.tasks.map((t) => t.total)],
      ["财政拨款", sum.fiscal, table.tasks.map((t) => t.fiscal)],
      ["其他资金", sum.other, table.tasks.map((t) => t.other)],
    ] as const;
    for (const [column, total, parts] of columns) {
      if (!total || parts.every((p) => p === null)) continue;
      const s = sumOf(parts);
      if (amountsAgree(total.value, s, [total, ...parts])) continue;
      out.push({
        messageId: "mismatch",
        cell: total.cell,
        related: parts.filter((p) => p !== null).map((p) => p.cell),
        data: { column, total: total.value, sum: s, diff: roundMoney(total.value - s), unit: table.unit },
      });
    }
    return out;
  },
});
