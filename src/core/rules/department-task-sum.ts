import { defineRule } from "./types";
import { amountsAgree, roundMoney, sumOf } from "../money/amounts";
import examples from "./examples/department-task-sum.json";

/** Each 年度主要任务's 总额 is its 财政拨款 + 其他资金. */
export const departmentTaskSum = defineRule({
  scope: "department",
  id: "department-task-sum",
  category: "funds",
  severity: "error",
  description: ["部门整体绩效目标表中每项任务的总额应等于财政拨款与其他资金之和", "Each department task's total must equal its fiscal plus other funds"],
  messages: {
    mismatch: [
      "任务“{task}”总额 {total}{unit} ≠ 财政拨款 {fiscal} + 其他资金 {other}（差 {diff}）",
      "Task “{task}”: total {total} {unit} ≠ fiscal {fiscal} + other {other} (off by {diff})",
    ],
  },
  examples,
  check(table) {
    const out = [];
    for (const task of table.tasks) {
      if (!task.total || (!task.fiscal && !task.other)) continue;
      const sum = sumOf([task.fiscal, task.other]);
      if (amountsAgree(task.total.value, sum, [task.total, task.fiscal, task.other])) continue;
      out.push({
        messageId: "mismatch",
        cell: task.total.cell,
        related: [task.fiscal?.cell, task.other?.cell].filter((c): c is string => c !== undefined),
        data: { task: task.name.value, total: task.total.value, fiscal: task.fiscal?.value ?? 0, other: task.other?.value ?? 0, diff: roundMoney(task.total.value - sum), unit: table.unit },
      });
    }
    return out;
  },
});
