import { defineRule, type RuleReport } from "./types";
import { isTotalLabel } from "../vocabulary/labels";
import type { Indicator, ProjectTable } from "../model/model";
import { a1 } from "../grid/address";
import { labelKey } from "../text/normalize";
import examples from "./examples/empty-indicator-field.json";

/** A row that says something beyond its 一级/二级 (an unused template row carries only those); a decoded item always does. */
function hasContent(ind: Indicator): boolean {
  return ind.codes !== undefined || ind.level3 !== null || ind.description !== null || ind.value !== null || ind.periodValue !== null || ind.weight !== null || ind.basis !== null || ind.lastYear !== null;
}

/**
 * The cell an empty field is shown at: the encoded cell for decoded indicators, else the field's own
 * cell in the indicator's column group (none where the group has no such column).
 */
function fieldCell(table: ProjectTable, ind: Indicator, field: "level3" | "value"): string | null {
  if (ind.codes) return table.encodedCell ?? ind.level1?.cell ?? null;
  const column = (ind.columns ?? table.columns)[field];
  return column === undefined ? null : a1(ind.row, column);
}

/** An indicator that is filled in at all needs its name (三级指标) and its target (指标值). */
export const emptyIndicatorField = defineRule({
  scope: "project",
  id: "empty-indicator-field",
  category: "structure",
  severity: "error",
  description: ["已填写的指标行不应缺少三级指标或指标值", "A filled indicator row needs a level-3 name and a target value"],
  messages: {
    emptyLevel3: ["指标行（{level1}/{level2}，指标值 {value}）缺少三级指标名称", "The indicator row ({level1}/{level2}, target {value}) has no level-3 name"],
    emptyValue: ["三级指标“{level3}”缺少指标值", "Level-3 indicator “{level3}” has no target value"],
  },
  examples,
  check(table) {
    const out: RuleReport[] = [];
    for (const ind of table.indicators) {
      if (!hasContent(ind) || [ind.level1, ind.level2].some((f) => f !== null && isTotalLabel(labelKey(f.value)))) continue;
      const names = { level1: ind.level1?.value ?? "", level2: ind.level2?.value ?? "" };
      if (ind.level3 === null) {
        const cell = fieldCell(table, ind, "level3");
        if (cell) out.push({ messageId: "emptyLevel3", cell, data: { ...names, value: ind.value?.value ?? ind.periodValue?.value ?? "" } });
      }
      if (ind.value === null && ind.periodValue === null) {
        const cell = fieldCell(table, ind, "value");
        const related = ind.level3 && ind.level3.cell !== cell ? [ind.level3.cell] : [];
        if (cell) out.push({ messageId: "emptyValue", cell, related, data: { ...names, level3: ind.level3?.value ?? "" } });
      }
    }
    return out;
  },
});
