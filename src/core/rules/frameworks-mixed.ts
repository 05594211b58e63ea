import { defineRule } from "./types";
import { frameworkEvidence } from "../model/detect-framework";
import { level1Of, level2Key } from "../model/framework";
import { LEVEL2_2021 } from "../vocabulary/categories";
import examples from "./examples/frameworks-mixed.json";

const COST_LEVEL2_2021 = new Set(LEVEL2_2021.成本);

/** One table follows one framework: 成本指标 is either a 一级 (2021) or a 二级 under 产出指标 (legacy), not both. */
export const frameworksMixed = defineRule({
  scope: "project",
  id: "frameworks-mixed",
  category: "structure",
  severity: "error",
  description: ["同一张表不应混用2021年框架与旧框架", "A table must not mix the 2021 and the legacy indicator frameworks"],
  messages: {
    mixed: [
      "同一张表混用两套指标框架：“{legacy}”是旧框架写法（成本指标作为产出指标的二级），“{modern}”是2021年框架写法（成本指标作为一级）",
      "The table mixes both frameworks: “{legacy}” is the legacy form (cost as a level-2 under output), “{modern}” the 2021 form (cost as a level-1)",
    ],
  },
  examples,
  check(table) {
    const evidence = frameworkEvidence(table);
    if (!evidence.as2021 || !evidence.asLegacy) return [];
    const legacy: { cell: string; text: string }[] = [];
    const modern: { cell: string; text: string }[] = [];
    const seen = new Set<string>();
    const add = (list: typeof legacy, cell: string, text: string): void => {
      // Encoded lists put every indicator in one cell, so the cell alone does not identify an entry.
      const key = `${list === legacy ? "L" : "M"}|${cell}|${text}`;
      if (seen.has(key)) return;
      seen.add(key);
      list.push({ cell, text });
    };
    for (const ind of table.indicators) {
      const l1 = ind.level1 ? level1Of(ind.level1.value) : null;
      const l2 = ind.level2 ? level2Key(ind.level2.value) : null;
      if (ind.level1 && l1 === "成本") add(modern, ind.level1.cell, ind.level1.value);
      if (ind.level2 && l2 !== null && COST_LEVEL2_2021.has(l2)) add(modern, ind.level2.cell, `${ind.level1?.value ?? ""}/${ind.level2.value}`);
      if (ind.level1 && ind.level2 && l1 === "产出" && l2 === "成本") add(legacy, ind.level2.cell, `${ind.level1.value}/${ind.level2.value}`);
    }
    const first = legacy[0];
    const other = modern[0];
    if (!first || !other) return [];
    return [
      {
        messageId: "mixed",
        cell: first.cell,
        related: [...new Set([...legacy.slice(1), ...modern].map((e) => e.cell))].filter((c) => c !== first.cell),
        data: { legacy: first.text, modern: other.text },
      },
    ];
  },
});
