import { defineRule, type RuleReport } from "./types";
import type { Suggestion } from "../types";
import { allowedLevel2, displayCategory, level1Of, level2Key, parentOfLevel2, type Framework, type Level1 } from "../model/framework";
import { frameworkEvidence } from "../model/detect-framework";
import { storedValue } from "../model/model";
import examples from "./examples/level2-mismatch.json";

const OTHER: Readonly<Record<Framework, Framework>> = { "2021": "legacy", legacy: "2021" };

/**
 * The frameworks a row is judged by, the table's first: the table's when its 一级 is one of it; the other
 * as well when the table mixes both (frameworks-mixed says so) or when only the other has that 一级
 * (成本指标 as a 一级 in a legacy table).
 */
function frameworksOfRow(framework: Framework, level1: Level1, mixed: boolean): Framework[] {
  const own = allowedLevel2(framework, level1).length > 0 ? [framework] : [];
  const other = OTHER[framework];
  return (mixed || own.length === 0) && allowedLevel2(other, level1).length > 0 ? [...own, other] : own;
}

/** A 二级指标 must belong to its 一级 in the table's framework (满意度指标 / 满意度指标 is a misfiling). */
export const level2Mismatch = defineRule({
  scope: "project",
  id: "level2-mismatch",
  category: "structure",
  severity: "error",
  description: ["二级指标应属于其一级指标", "A level-2 indicator must belong to its level-1 indicator"],
  messages: {
    notUnder: [
      "一级指标“{level1}”下的二级指标不能是“{level2}”，{framework}框架下应为：{allowed}",
      "Under level-1 “{level1}”, level 2 cannot be “{level2}”; the {framework} framework allows: {allowed}",
    ],
    rename: ["改为“{to}”", "Rename to “{to}”"],
  },
  hasSuggestions: true,
  examples,
  check(table, context) {
    const tableFramework = context.frameworkOf(table);
    const evidence = frameworkEvidence(table);
    const mixed = evidence.as2021 && evidence.asLegacy;
    const out: RuleReport[] = [];
    const seen = new Set<string>();
    for (const ind of table.indicators) {
      const l2 = ind.level2;
      // Decoded list items share one cell, so an occurrence is its cell with its names.
      if (!l2 || !ind.level1) continue;
      const key = `${l2.cell}|${ind.level1.value}|${l2.value}`;
      if (seen.has(key)) continue;
      const l1 = level1Of(ind.level1.value);
      if (!l1) continue;
      seen.add(key);
      const frameworks = frameworksOfRow(tableFramework, l1, mixed);
      if (frameworks.some((f) => allowedLevel2(f, l1).includes(level2Key(l2.value)))) continue;
      const framework = frameworks[0];
      // No framework has 二级 under this 一级: nothing to hold the row to, and no empty list to print.
      if (!framework) continue;
      const allowed = allowedLevel2(framework, l1);
      const suggestions: Suggestion[] = [];
      // The one name this 一级 accepts is the obvious rename (满意度 → 服务对象满意度).
      if (allowed.length === 1 || parentOfLevel2(framework, l2.value) === null) {
        const best = allowed.find((a) => a.includes(level2Key(l2.value)) || level2Key(l2.value).includes(a)) ?? (allowed.length === 1 ? allowed[0] : undefined);
        if (best) {
          const to = displayCategory(best);
          suggestions.push({ messageId: "rename", data: { to }, edits: [{ sheet: table.sheet, cell: l2.cell, from: storedValue(l2), to }] });
        }
      }
      out.push({
        messageId: "notUnder",
        cell: l2.cell,
        related: [ind.level1.cell],
        data: { level2: l2.value, level1: ind.level1.value, framework, allowed: allowed.map(displayCategory).join("、") },
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    }
    return out;
  },
});
