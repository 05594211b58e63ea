import type { ProjectRule } from "./types";
import { exampleProject } from "./example-grid";

/** A project table whose name, budget or indicators could not be read says so, where the reader looked. */
export const tableUnreadable: ProjectRule = {
  scope: "project",
  meta: {
    id: "table-unreadable",
    category: "reading",
    severity: "warning",
    description: { zh: "未能读取绩效目标表的项目名称、预算数或指标", en: "A target table's name, budget or indicators could not be read" },
    messages: {
      missing: {
        zh: "未能读取本表的{missing}，依赖这些内容的校验未执行；请检查此处的填写或表格格式",
        en: "Could not read this table's {missing}; the checks that need them were not run. Check the cells here or the layout",
      },
    },
    fixable: false,
    hasSuggestions: false,
    examples: {
      invalid: {
        rows: [
          ["2023年项目支出绩效目标申报表"],
          ["一级指标", "二级指标", "三级指标", "指标值"],
          ["产出指标", "数量指标", "培训人数", "≥100人"],
        ],
        errors: [["A1", "missing"]],
      },
      valid: {
        ...exampleProject({
          head: [
            ["预算数", 100, "其中：财政资金", 90, "其他资金", 10],
          ],
          indicators: [
            ["产出指标", "数量指标", "培训人数", "≥100人"],
          ],
        }),
      },
    },
  },
  check(table) {
    const [first, ...rest] = table.missing;
    if (!first) return [];
    return [{ messageId: "missing", cell: first.cell, related: rest.map((m) => m.cell).filter((c) => c !== first.cell), data: { missing: table.missing.map((m) => m.field) } }];
  },
};
