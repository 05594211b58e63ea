import { defineRule, eachTarget } from "./types";
import type { Suggestion } from "../types";
import type { NumericValue } from "../value/indicator-value";
import type { Indicator, ProjectTable } from "../model/model";
import { isCountedUnit, isMoneyUnit, unitFamily } from "../value/units";
import { AREA_UNIT_OF_LENGTH } from "../vocabulary/units";
import { costKind, isAreaName, isHeadCountName, isObjectName, isRateName, isSatisfactionName } from "../indicator/kinds";
import { indicatorName, nameKey } from "../indicator/names";
import { type Target, displayTarget, rewriteTarget, wholeCellText } from "../indicator/targets";
import examples from "./examples/unit-mismatch.json";

const HEAD_UNITS = new Set(["人", "名", "位"]);

interface Finding {
  readonly messageId: string;
  readonly expected: string;
  /** The unit to write instead, when it is certain. */
  readonly replacement?: string;
}

/**
 * The unit must fit what the 三级 names. Conservative: only the slips a reviewer would circle —
 * an area in 米 ("办公场所面积 ≥240米"), a head count in 个/件/套, objects (设备, 机柜) counted in 人,
 * a rate (…率, 满意度) in a unit other than % (scores in 分 are accepted), money under 经济成本 in a
 * non-money unit, and units written with 数 ("≥200天数"). A suggestion rewrites the unit where the
 * right one is obvious.
 */
export const unitMismatch = defineRule({
  scope: "project",
  id: "unit-mismatch",
  category: "value",
  severity: "warning",
  description: ["指标值的单位应与指标相符", "The unit of a target must fit the indicator"],
  messages: {
    notArea: ["“{name}”是面积，目标“{text}”的单位{unit}应为{expected}", "“{name}” is an area; the unit {unit} in “{text}” should be {expected}"],
    headCountNotPersons: ["“{name}”是人数，目标“{text}”的单位{unit}应为{expected}", "“{name}” counts people; the unit {unit} in “{text}” should be {expected}"],
    objectsInPersons: ["“{name}”计的是物，目标“{text}”却以{unit}为单位", "“{name}” counts things, but “{text}” counts them in {unit}"],
    rateNotPercent: ["“{name}”是比率，目标“{text}”的单位{unit}应为{expected}", "“{name}” is a rate; the unit {unit} in “{text}” should be {expected}"],
    costNotMoney: ["成本指标“{name}”的目标“{text}”单位{unit}不是金额单位（{expected}）", "Cost “{name}” has the target “{text}” in {unit}, not in money ({expected})"],
    countedUnit: ["目标“{text}”的单位“{unit}”应写作“{expected}”", "The unit “{unit}” in “{text}” should be written “{expected}”"],
    replaceUnit: ["改为“{to}”", "Change to “{to}”"],
  },
  hasSuggestions: true,
  examples,
  check: eachTarget((t, ind, table) => {
    const v = t.parsed;
    if (v.kind !== "number" || v.unit === null) return null;
    const finding = judge(ind, v, v.unit);
    if (finding === null) return null;
    const data = { name: indicatorName(ind), text: displayTarget(t), unit: v.unit, expected: finding.expected };
    return { messageId: finding.messageId, cell: t.cell, data, ...suggestionsFor(table, ind, t, v, finding.replacement) };
  }),
});

function judge(ind: Indicator, v: NumericValue, unit: string): Finding | null {
  const name = nameKey(ind);
  const family = unitFamily(unit);
  if (isCountedUnit(unit)) {
    const base = unit.slice(0, -1);
    return { messageId: "countedUnit", expected: base, replacement: base };
  }
  if (isAreaName(name) && (family === "length" || family === "count-item" || family === "count-person")) {
    const replacement = AREA_UNIT_OF_LENGTH[unit];
    return replacement ? { messageId: "notArea", expected: replacement, replacement } : { messageId: "notArea", expected: "平方米" };
  }
  if (isHeadCountName(name) && family === "count-item") {
    const expected = name.includes("人次") ? "人次" : "人";
    return { messageId: "headCountNotPersons", expected, replacement: expected };
  }
  if (isObjectName(name) && HEAD_UNITS.has(unit)) return { messageId: "objectsInPersons", expected: "" };
  const rate = (/率$/u.test(name) && isRateName(name)) || isSatisfactionName(name);
  if (rate && family !== "percent" && unit !== "分" && v.per.length === 0) {
    return v.value > 0 && v.value <= 100 ? { messageId: "rateNotPercent", expected: "%", replacement: "%" } : { messageId: "rateNotPercent", expected: "%" };
  }
  if (costKind(ind) === "经济" && !isMoneyUnit(unit) && family !== "percent" && !isRateName(name)) {
    return { messageId: "costNotMoney", expected: "元/万元" };
  }
  return null;
}

/** The target with the unit replaced, as an edit of the value cell when the cell holds this one value. */
function suggestionsFor(table: ProjectTable, ind: Indicator, t: Target, v: NumericValue, unit: string | undefined): { suggestions?: Suggestion[] } {
  const from = unit === undefined ? null : wholeCellText(table, ind, t.field);
  if (from === null || unit === undefined) return {};
  const to = rewriteTarget(v, { unit });
  return { suggestions: [{ messageId: "replaceUnit", data: { to }, edits: [{ sheet: table.sheet, cell: t.cell, from, to }] }] };
}
