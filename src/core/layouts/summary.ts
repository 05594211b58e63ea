import { readTableAt, tableHeaderAt, type TableHeader } from "../parse/tables";
import type { HeaderLayout } from "./types";

/**
 * The department budget's summary tables (预算公开表): 收支总体 (项目 | 预算数 | 项目 | 预算数), and tables
 * by 科目编码 / 科目名称 (支出功能分类 类/款/项, 经济分类, by agency). Read and checked, never filled.
 */
export const summaryLayout: HeaderLayout<"summary", TableHeader> = {
  id: "summary",
  scope: "header",
  name: { zh: "预算公开表", en: "Budget summary" },
  description: { zh: "收支总表与按科目编码、名称列出的汇总表", en: "Income-expense and code tables (by function, economic class or agency)" },
  detect(sheet, row) {
    const header = tableHeaderAt(sheet, row);
    return header && header.kind !== "project-list" ? { header, top: header.top, lastRow: header.bottom } : null;
  },
  read: (sheet, found, context) => readTableAt(sheet, found.header, context),
};
