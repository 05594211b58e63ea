import { defineRule, type RuleReport } from "./types";
import type { Sourced } from "../model/model";
import { isPlaceholder } from "../vocabulary/placeholders";
import examples from "./examples/placeholder-indicator.json";

export { isPlaceholder };

/** Template placeholders (指标1, ……, XXX, （请填写）) left in an indicator's name or target. */
export const placeholderIndicator = defineRule({
  scope: "project",
  id: "placeholder-indicator",
  category: "structure",
  severity: "error",
  description: ["三级指标和指标值不应保留模板占位符", "Level-3 names and targets must not keep template placeholders"],
  messages: {
    placeholderLevel3: ["三级指标“{text}”是模板占位符，请填写实际指标名称", "Level-3 name “{text}” is a template placeholder; name the actual indicator"],
    placeholderValue: ["指标值“{text}”是模板占位符（三级指标“{level3}”），请填写实际目标值", "Target “{text}” is a template placeholder (level-3 “{level3}”); state the actual target"],
    templateRow: ["第{row}行是未填写的模板行（“{text}”），请填写实际指标或删除该行", "Row {row} is a template row left unfilled (“{text}”); fill in a real indicator or delete the row", "warning"],
  },
  examples,
  check(table) {
    const out: RuleReport[] = [];
    const seen = new Set<string>();
    const report = (messageId: string, field: Sourced<string>, level3: string): void => {
      const key = `${messageId}|${field.cell}|${field.value}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ messageId, cell: field.cell, data: { text: field.value, level3 } });
    };
    for (const ind of table.indicators) {
      const level3 = ind.level3?.value ?? "";
      if (ind.level3 && isPlaceholder(ind.level3.value)) report("placeholderLevel3", ind.level3, level3);
      for (const v of [ind.value, ind.periodValue]) if (v && isPlaceholder(v.value)) report("placeholderValue", v, level3);
    }
    // Not indicators, so no other rule sees them; but the form prints them, and a reviewer sends it back.
    for (const t of table.templateRows ?? []) {
      const [first, ...rest] = [t.level3, t.value].filter((f): f is Sourced<string> => f !== null);
      out.push({
        messageId: "templateRow",
        cell: first!.cell,
        related: rest.map((f) => f.cell),
        data: { row: t.row + 1, text: [first!, ...rest].map((f) => f.value).join(" | ") },
      });
    }
    return out;
  },
});
