import { flatHeaderAt, readFlatProjects, type FlatHeader } from "../parse/flat";
import type { FillableLayout } from "./types";

/** One row per indicator, the project's columns merged (or repeated) over its rows. */
export const flatLayout: FillableLayout<"flat", FlatHeader> = {
  id: "flat",
  scope: "header",
  name: { zh: "逐行", en: "Flat" },
  description: { zh: "每个指标一行，项目信息合并或重复在各行", en: "One row per indicator, the project's cells merged or repeated over its rows" },
  skeleton: { widths: [24, 18, 10, 10, 10, 34, 12, 18, 26, 14, 16], columns: { level1: 6, level2: 7, level3: 8, value: 9, basis: 10 } },
  detect(sheet, row) {
    const header = flatHeaderAt(sheet, row);
    return header ? { header, top: header.indicator.row, lastRow: header.indicator.lastRow, indicator: header.indicator } : null;
  },
  read(sheet, { header }, context) {
    const row = header.indicator.row;
    const read = readFlatProjects(sheet, header.indicator, header.nameCol, context.unitAbove(row), context.departmentAbove(row), context.nextStart - 1);
    return { tables: read.projects, lastRow: read.lastRow };
  },
};
