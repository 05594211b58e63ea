import { defineRule, eachTarget } from "./types";
import { isChangeName, isRateName, isSatisfactionName } from "../indicator/kinds";
import { indicatorName, nameKey } from "../indicator/names";
import { displayTarget } from "../indicator/targets";
import examples from "./examples/rate-above-100.json";

/**
 * A rate (合格率, 覆盖率, 比例, 占比, 满意度) cannot be above 100%: "≥101%", "=120%" and ">100%" are
 * unreachable targets (error). "≤120%" asks nothing of a named rate, so it is reported as a warning. Change
 * rates (增长率, 提高) can pass 100% and are left alone; 完成率 can be overshot, so it only warns, as does
 * a percentage whose 三级 does not name a rate.
 */
export const rateAbove100 = defineRule({
  scope: "project",
  id: "rate-above-100",
  category: "value",
  severity: "error",
  description: ["比率类指标值不应超过100%", "A rate cannot exceed 100%"],
  messages: {
    above: ["比率指标“{name}”的目标“{text}”超过100%", "The target of the rate “{name}”, “{text}”, is above 100%"],
    aboveUncertain: ["“{name}”的目标“{text}”超过100%，如为比率请核实", "The target of “{name}”, “{text}”, is above 100%; check it if it is a rate", "warning"],
    vacuousCap: ["比率指标“{name}”的上限“{text}”超过100%，不构成约束", "The cap on the rate “{name}”, “{text}”, is above 100% and constrains nothing", "warning"],
  },
  examples,
  check: eachTarget((t, ind) => {
    const name = nameKey(ind);
    const v = t.parsed;
    if (isChangeName(name) || v.kind !== "number" || v.per.length > 0 || isChangeName(v.prefix)) return null;
    const namedRate = isRateName(name) || isSatisfactionName(name);
    // A bare number counts as a percentage only where the 三级 names a rate ("满意度 120").
    if (v.unit !== "%" && !(v.unit === null && namedRate)) return null;
    const beyond = v.operator === ">" ? v.value >= 100 : v.value > 100;
    if (!beyond) return null;
    const data = { name: indicatorName(ind), text: displayTarget(t) };
    // A cap above 100% on a percentage that is not a named rate ("控制在预算的110%以内") may be meant.
    if (v.operator === "<=" || v.operator === "<") return namedRate ? { messageId: "vacuousCap", cell: t.cell, data } : null;
    const firm = namedRate && v.unit === "%" && !/完成率$/u.test(name);
    return { messageId: firm ? "above" : "aboveUncertain", cell: t.cell, data };
  }),
});
