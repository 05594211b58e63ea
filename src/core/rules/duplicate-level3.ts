import { defineRule, type RuleReport } from "./types";
import type { Sourced } from "../model/model";
import { labelKey } from "../text/normalize";
import examples from "./examples/duplicate-level3.json";

/** Matching form of a 三级 name: spaces, full-width forms and closing punctuation do not make a new indicator. */
export function level3Key(text: string): string {
  return labelKey(text).replace(/[。.;；,，]+$/u, "");
}

/** A 三级指标 is listed once per project; a second row with the same name is a copy-paste slip. */
export const duplicateLevel3 = defineRule({
  scope: "project",
  id: "duplicate-level3",
  category: "structure",
  severity: "warning",
  description: ["同一项目中三级指标不应重复", "A level-3 indicator must not appear twice in one project"],
  messages: {
    duplicate: ["三级指标“{level3}”在本项目中重复出现（首次出现于 {first}）", "Level-3 indicator “{level3}” appears twice in this project (first at {first})"],
  },
  examples,
  check(table) {
    const out: RuleReport[] = [];
    const first = new Map<string, Sourced<string>>();
    for (const ind of table.indicators) {
      const l3 = ind.level3;
      if (!l3) continue;
      const key = level3Key(l3.value);
      if (key === "") continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, l3);
        continue;
      }
      // Outside encoded lists, the same cell again is one merged 三级 spanning rows, not a second indicator.
      if (earlier.cell === l3.cell && !ind.codes) continue;
      out.push({
        messageId: "duplicate",
        cell: l3.cell,
        ...(earlier.cell !== l3.cell ? { related: [earlier.cell] } : {}),
        data: { level3: l3.value, first: earlier.cell },
      });
    }
    return out;
  },
});
