import { defineRule, type RuleReport } from "./types";
import { indicatorKind } from "../indicator/kinds";
import { indicatorName } from "../indicator/names";
import { comparable, isLowerBound, isUpperBound, numericOf, targetOf } from "../indicator/targets";
import examples from "./examples/below-last-year.json";

/** A floor target (≥) should not be set below what was achieved last year (上年完成值). */
export const belowLastYear = defineRule({
  scope: "project",
  id: "below-last-year",
  category: "value",
  severity: "warning",
  description: ["指标值不应低于上年完成值", "A target should not be below last year's actual"],
  messages: {
    belowLastYear: ["“{indicator}”指标值 {target} 低于上年完成值 {lastYear}", "Target {target} for “{indicator}” is below last year's actual {lastYear}"],
  },
  examples,
  check(table) {
    const out: RuleReport[] = [];
    for (const ind of table.indicators) {
      if (!ind.value || !ind.lastYear || indicatorKind(ind) === "成本") continue;
      const target = targetOf(ind);
      // Only floors: a bare or = target says nothing about direction, and ceilings are meant to be lower.
      if (!target || !isLowerBound(target.operator)) continue;
      const actual = numericOf(ind.lastYear.value);
      if (!actual || isUpperBound(actual.operator)) continue;
      const pair = comparable(target, actual);
      if (pair === null || pair.a >= pair.b - 1e-9) continue;
      out.push({
        messageId: "belowLastYear",
        cell: ind.value.cell,
        related: [ind.lastYear.cell],
        data: { indicator: indicatorName(ind), target: ind.value.value, lastYear: ind.lastYear.value },
      });
    }
    return out;
  },
});
