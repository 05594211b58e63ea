import type { Indicator, Sourced } from "../model/model";
import { level2Key } from "../model/framework";
import { defineRule, type RuleReport } from "./types";
import { indicatorName } from "../indicator/names";
import { isUpperBound, numericOf } from "../indicator/targets";
import { containsAny, isSatisfactionName } from "../indicator/kinds";
import { DISSATISFACTION_WORDS } from "../vocabulary/indicator-names";
import examples from "./examples/satisfaction-below-floor.json";

const DISSATISFACTION = containsAny(DISSATISFACTION_WORDS);

/** A satisfaction target (服务对象满意度 and the like) must not be set below the floor (default 80%). */
export const satisfactionBelowFloor = defineRule({
  scope: "project",
  id: "satisfaction-below-floor",
  category: "value",
  severity: "error",
  description: ["满意度目标不应低于下限（默认 80%）", "A satisfaction target must not be below the floor (80% by default)"],
  messages: {
    belowFloor: ["“{indicator}”满意度目标 {value} 低于下限 {floor}%", "Satisfaction target {value} for “{indicator}” is below the floor of {floor}%"],
  },
  examples,
  check(table, context) {
    const floor = context.config.satisfactionFloor;
    const out: RuleReport[] = [];
    const seen = new Set<string>();
    for (const ind of table.indicators) {
      if (!isSatisfaction(ind)) continue;
      for (const target of [ind.value, ind.periodValue]) {
        if (!target || seen.has(`${target.cell}\u0000${target.value}`)) continue;
        seen.add(`${target.cell}\u0000${target.value}`);
        if (!belowFloor(target, floor)) continue;
        out.push({
          messageId: "belowFloor",
          cell: target.cell,
          data: { indicator: indicatorName(ind), value: target.value, floor },
        });
      }
    }
    return out;
  },
});

/** 二级 服务对象满意度 (or another 满意度 category), or a 三级 that names a 满意度 / 满意率. */
function isSatisfaction(ind: Indicator): boolean {
  const level3 = ind.level3?.value ?? "";
  // 不满意率 and 投诉率 are failure rates: their targets are ceilings, not floors.
  if (DISSATISFACTION.test(level3)) return false;
  if (isSatisfactionName(level3)) return true;
  return ind.level2 !== null && level2Key(ind.level2.value).includes("满意");
}

function belowFloor(target: Sourced<string>, floor: number): boolean {
  const v = numericOf(target.value);
  if (v === null || v.unit !== "%" || v.per.length > 0 || isUpperBound(v.operator)) return false;
  return v.value < floor;
}
