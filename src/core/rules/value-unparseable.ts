import { defineRule, eachTarget } from "./types";
import type { NumericValue } from "../value/indicator-value";
import { canonicalUnit, isCountedUnit } from "../value/units";
import { indicatorName } from "../indicator/names";
import { displayTarget } from "../indicator/targets";
import { isPlaceholder } from "../vocabulary/placeholders";
import { LATIN_UNITS } from "../vocabulary/units";
import { unreadableKind } from "../value/unreadable";
import examples from "./examples/value-unparseable.json";

const KNOWN_LATIN_UNITS = new Set(LATIN_UNITS);

/** A Latin-letter unit the grammar kept as written but nobody reads as a unit ("≥95xx"). */
function unknownLatinUnit(v: NumericValue): string | null {
  const units = [v.unit, ...v.per].filter((u): u is string => u !== null);
  for (const u of units) {
    if (canonicalUnit(u) !== null || isCountedUnit(u) || !/^[A-Za-z]+$/u.test(u)) continue;
    if (!KNOWN_LATIN_UNITS.has(u.toLowerCase())) return u;
  }
  return null;
}

/**
 * A filled 指标值 that is neither a number, a period nor real qualitative text. Blank values are left
 * to empty-indicator-field, template leftovers (XXX, 请填写) to placeholder-indicator, and qualitative
 * text with words in it (基本保障, 按时完成) to value-unquantified, so this rule stays narrow.
 */
export const valueUnparseable = defineRule({
  scope: "project",
  id: "value-unparseable",
  category: "value",
  severity: "warning",
  description: ["指标值无法识别", "An indicator value cannot be read"],
  messages: {
    formulaError: ["“{name}”的指标值是公式错误“{text}”", "The value of “{name}” is the formula error “{text}”"],
    placeholder: ["“{name}”的指标值“{text}”是占位符，不是目标值", "The value of “{name}”, “{text}”, is a placeholder, not a target"],
    noNumber: ["“{name}”的指标值“{text}”缺少数值", "The value of “{name}”, “{text}”, has no number"],
    malformed: ["“{name}”的指标值“{text}”无法识别为单一数值、期间或定性描述", "The value of “{name}”, “{text}”, cannot be read as one number, a period or qualitative text"],
    unknownUnit: ["“{name}”的指标值“{text}”中的单位“{unit}”无法识别", "The unit “{unit}” in the value of “{name}”, “{text}”, is not a known unit"],
  },
  examples,
  check: eachTarget((t, ind) => {
    const data = { name: indicatorName(ind), text: displayTarget(t) };
    if (t.parsed.kind === "qualitative") {
      // Template leftovers (XXX, 请填写, ……) are placeholder-indicator's.
      const kind = isPlaceholder(t.text) ? null : unreadableKind(t.text);
      return kind === null ? null : { messageId: kind, cell: t.cell, data };
    }
    const unit = t.parsed.kind === "number" ? unknownLatinUnit(t.parsed) : null;
    return unit === null ? null : { messageId: "unknownUnit", cell: t.cell, data: { ...data, unit } };
  }),
});
