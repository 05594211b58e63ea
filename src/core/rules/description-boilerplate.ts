import { defineRule, distinctCells, type RuleReport } from "./types";
import { labelKey } from "../text/normalize";
import examples from "./examples/description-boilerplate.json";

/** Descriptions that say nothing about the indicator. */
const GENERIC = new Set(["项目支出", "无", "同上", "/", "-", "—", "略", "见上"]);
/** A project's descriptions all being one text only means something past a couple of rows. */
const MIN_SAME = 3;

function descriptionKey(text: string): string {
  return labelKey(text).replace(/[。.;；,，]+$/u, "");
}

/** 绩效指标描述 must explain each indicator: not one text for every row, not 项目支出 / 无 / 同上. */
export const descriptionBoilerplate = defineRule({
  scope: "project",
  id: "description-boilerplate",
  category: "structure",
  severity: "warning",
  description: ["绩效指标描述应说明各项指标的含义", "Indicator descriptions must explain each indicator"],
  messages: {
    allSame: ["本项目全部 {count} 条指标描述都是“{text}”，没有说明各项指标的含义", "All {count} indicator descriptions in this project read “{text}”; they explain nothing"],
    generic: ["指标描述“{text}”（三级指标“{level3}”）没有说明指标含义", "Description “{text}” (level-3 “{level3}”) does not explain the indicator"],
  },
  examples,
  check(table) {
    const descriptions = distinctCells(table, (ind) => ind.description).map(({ cell, indicator }) => ({ field: cell, level3: indicator.level3?.value ?? "", key: descriptionKey(cell.value) }));
    const first = descriptions[0];
    if (!first) return [];
    if (descriptions.length >= MIN_SAME && descriptions.every((d) => d.key === first.key)) {
      return [
        {
          messageId: "allSame",
          cell: first.field.cell,
          related: descriptions.slice(1).map((d) => d.field.cell),
          data: { text: first.field.value, count: descriptions.length },
        },
      ];
    }
    const out: RuleReport[] = [];
    for (const d of descriptions) {
      if (GENERIC.has(d.key)) out.push({ messageId: "generic", cell: d.field.cell, data: { text: d.field.value, level3: d.level3 } });
    }
    return out;
  },
});
