import { defineRule } from "./types";
import { parseIndicatorValue } from "../value/parse-indicator-value";
import examples from "./examples/self-eval-deviation-reason.json";

/** A target missed (实际完成值 below a lower bound) needs its 偏差原因. */
export const selfEvalDeviationReason = defineRule({
  scope: "self-evaluation",
  id: "self-eval-deviation-reason",
  category: "value",
  severity: "warning",
  description: ["未完成年度指标值的指标应说明偏差原因", "A missed target needs a reason for the deviation"],
  messages: {
    missing: ["“{name}”实际完成值 {actual} 未达到年度指标值 {target}，未填写偏差原因", "“{name}”: actual {actual} falls short of the target {target} and no reason is given"],
  },
  examples,
  check(table) {
    const out = [];
    for (const ind of table.indicators) {
      if (!ind.target || !ind.actual || ind.deviation) continue;
      const target = parseIndicatorValue(ind.target.value);
      const actual = parseIndicatorValue(ind.actual.value);
      if (target.kind !== "number" || actual.kind !== "number") continue;
      if (target.operator === "<=" || target.operator === "<") continue;
      if (actual.value >= target.value - 1e-9) continue;
      out.push({
        messageId: "missing",
        cell: ind.actual.cell,
        related: [ind.target.cell],
        data: { name: ind.level3?.value ?? "", actual: ind.actual.value, target: ind.target.value },
      });
    }
    return out;
  },
});
