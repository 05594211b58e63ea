import { readTableAt, tableHeaderAt, type TableHeader } from "../parse/tables";
import type { FillableLayout } from "./types";

/**
 * One row per project (项目名称 · amounts by source · 绩效目标 · 绩效指标), its indicators in one cell: the
 * budget systems' code grammar (seed 003) or text items (parse/list-text.ts); the funds and the 合计 row are
 * read and checked whatever that cell holds.
 */
export const listLayout: FillableLayout<"list", TableHeader> = {
  id: "list",
  scope: "header",
  name: { zh: "列表", en: "List" },
  description: { zh: "每个项目一行，绩效指标写在一个单元格内", en: "One row per project, its indicators in one cell" },
  skeleton: { widths: [26, 10, 10, 12, 10, 40, 70], columns: null },
  detect(sheet, row) {
    const header = tableHeaderAt(sheet, row);
    return header?.kind === "project-list" ? { header, top: header.top, lastRow: header.bottom } : null;
  },
  read: (sheet, found, context) => readTableAt(sheet, found.header, context),
};
