import { defineRule } from "./types";
import examples from "./examples/table-unreadable.json";

/** A project table whose name, budget or indicators could not be read says so, where the reader looked (each field named once). */
export const tableUnreadable = defineRule({
  scope: "project",
  id: "table-unreadable",
  category: "reading",
  severity: "warning",
  description: ["未能读取绩效目标表的项目名称、预算数或指标", "A target table's name, budget or indicators could not be read"],
  messages: {
    missing: [
      "未能读取本表的{missing}，依赖这些内容的校验未执行；请检查此处的填写或表格格式",
      "Could not read this table's {missing}; the checks that need them were not run. Check the cells here or the layout",
    ],
  },
  examples,
  check(table) {
    const [first, ...rest] = table.missing;
    if (!first) return [];
    return [{ messageId: "missing", cell: first.cell, related: rest.map((m) => m.cell).filter((c) => c !== first.cell), data: { missing: [...new Set(table.missing.map((m) => m.field))] } }];
  },
});
