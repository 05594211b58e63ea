import { readBlockAt } from "../parse/block";
import { projectColumnOf } from "../parse/flat";
import { indicatorHeaderAt, type IndicatorHeader } from "../parse/indicators";
import type { FillableLayout } from "./types";

/** A block per project: title, head labels (项目名称, 预算数 …), then the indicator table (seeds 000, 002, 004). */
export const blockLayout: FillableLayout<"block", IndicatorHeader> = {
  id: "block",
  scope: "header",
  name: { zh: "分块", en: "Block" },
  description: { zh: "每个项目一块：标题、项目名称与资金，下接指标表", en: "One block per project: title, name and funds, then the indicator table" },
  skeleton: { widths: [16, 16, 26, 22, 12, 16, 16], columns: { level1: 0, level2: 1, level3: 2, description: 3, value: 5, basis: 6 } },
  // An indicator header without a 项目名称 column: the project's own cells sit above it.
  detect(sheet, row) {
    const header = indicatorHeaderAt(sheet, row);
    return header && projectColumnOf(sheet, header.row) === undefined ? { header, top: header.row, lastRow: header.lastRow, indicator: header } : null;
  },
  read: (sheet, found, context) => readBlockAt(sheet, found.header, context),
};
