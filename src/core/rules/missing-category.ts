import { defineRule, type RuleReport } from "./types";
import { a1 } from "../grid/address";
import { displayCategory, level1Of, level2Key, requiredLevel1, type Level1 } from "../model/framework";
import examples from "./examples/missing-category.json";

/** Every project needs 产出, 效益 and 满意度 indicators (and 成本 under the 2021 framework). */
export const missingCategory = defineRule({
  scope: "project",
  id: "missing-category",
  category: "structure",
  severity: "error",
  description: ["缺少必填的一级指标类别", "A required level-1 indicator category is missing"],
  messages: {
    missing: [
      "缺少{category}（{framework}框架要求：{required}），可用“补全”按模板添加",
      "Missing {category} (the {framework} framework requires: {required}); “Complete” adds it from a template",
    ],
    missingByNotes: [
      "缺少{category}：本工作簿的填表说明（{source}）采用含成本指标的指标体系（2021年框架要求：{required}），可用“补全”按模板添加",
      "Missing {category}: this workbook's instructions ({source}) use the framework with cost indicators (the 2021 framework requires: {required}); “Complete” adds it from a template",
    ],
    missingByTables: [
      "缺少{category}：本工作簿其他表（如{source}）采用含成本指标的指标体系（2021年框架要求：{required}），可用“补全”按模板添加",
      "Missing {category}: other tables of this workbook (e.g. {source}) use the framework with cost indicators (the 2021 framework requires: {required}); “Complete” adds it from a template",
    ],
  },
  examples,
  check(table, context) {
    if (table.indicators.length === 0 && table.layout === "list" && !table.encodedCell) return [];
    // Indicator text or columns the reader could not read may hold the category: table-unreadable says so, and nothing is judged missing.
    if (table.missing.some((m) => PART_READ.has(m.field))) return [];
    const basis = context.frameworkBasis(table);
    const framework = basis.framework;
    const present = new Set<Level1>();
    for (const ind of table.indicators) {
      const l1 = ind.level1 ? level1Of(ind.level1.value) : null;
      if (l1) present.add(l1);
      // Legacy templates file satisfaction as the 二级 社会公众或服务对象满意度指标 under 效益: it is there.
      if (ind.level2 && isSatisfactionLevel2(ind.level2.value)) present.add("满意度");
    }
    const required = requiredLevel1(framework);
    const cell = anchorCell(table);
    const out: RuleReport[] = [];
    for (const category of required) {
      if (present.has(category)) continue;
      const data = { category: displayCategory(category), framework, required: required.map(displayCategory).join("、") };
      // 成本 is what the workbook's framework adds: say what in the workbook asks for it.
      if (category === "成本" && basis.because === "workbook" && basis.evidence && basis.source) {
        out.push({ messageId: basis.evidence === "notes" ? "missingByNotes" : "missingByTables", cell, data: { ...data, because: "workbook", evidence: basis.evidence, source: basis.source } });
        continue;
      }
      out.push({ messageId: "missing", cell, data });
    }
    return out;
  },
});

/** Where a missing category is shown: the 一级指标 header (二级 where there is no 一级 column), the encoded cell, or the project name. */
/** Fields whose absence means some indicators were not read. */
const PART_READ: ReadonlySet<string> = new Set(["indicators", "indicator-columns"]);

function anchorCell(table: Parameters<typeof missingCategory.check>[0]): string {
  const categoryColumn = table.columns.level1 ?? table.columns.level2;
  if (table.layout === "block" && table.indicatorHeaderRow !== null && categoryColumn !== undefined) {
    return a1(table.indicatorHeaderRow, categoryColumn);
  }
  return table.encodedCell ?? table.name.cell;
}

/** A 二级 that measures satisfaction, wherever it is filed: 服务对象满意度指标, 社会公众或服务对象满意度指标. */
function isSatisfactionLevel2(level2: string): boolean {
  return /满意度$/u.test(level2Key(level2));
}
