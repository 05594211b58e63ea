/**
 * A layout written for the registry test only, as a new layout would be written: one module, nothing
 * else changed. Sideways: the indicator fields are rows (一级指标 | 二级指标 | 三级指标 | 指标值 down
 * column A) and each indicator is a column; 项目名称 and 预算数 rows above them.
 */
import { a1 } from "../../../src/core/grid/address";
import type { HeaderLayout } from "../../../src/core/layouts/types";
import type { Indicator, Sourced } from "../../../src/core/model/model";
import { fullWidth, projectTable } from "../../../src/core/model/project-table";
import type { Sheet } from "../../../src/core/parse/sheet";
import { parseIndicatorValue } from "../../../src/core/value/parse-indicator-value";
import { headLabelOf, indicatorColumnOf } from "../../../src/core/vocabulary/labels";

const FIELDS = ["level1", "level2", "level3", "value"] as const;

interface SidewaysHeader {
  /** The row of each field, 一级 first. */
  readonly rows: Readonly<Record<(typeof FIELDS)[number], number>>;
}

/** The row of a head label in column A (its value in column B), looked for in the rows above the 一级 row. */
function headRow(sheet: Sheet, above: number, label: "projectName" | "total"): number | null {
  for (let r = above - 1; r >= Math.max(0, above - 5); r--) if (headLabelOf(sheet.key(r, 0)) === label) return r;
  return null;
}

export const sidewaysLayout: HeaderLayout<"sideways", SidewaysHeader> = {
  id: "sideways",
  scope: "header",
  name: { zh: "横排", en: "Sideways" },
  description: { zh: "指标字段逐行、每个指标一列", en: "Indicator fields as rows, one indicator per column" },
  // By the header words of column A, never by position: 一级指标, 二级指标, 三级指标, 指标值 in consecutive rows.
  detect(sheet, row) {
    if (FIELDS.some((f, i) => indicatorColumnOf(sheet.key(row + i, 0)) !== f)) return null;
    return { header: { rows: { level1: row, level2: row + 1, level3: row + 2, value: row + 3 } }, top: row, lastRow: row + 3 };
  },
  read(sheet, { header }) {
    const { rows } = header;
    const indicators: Indicator[] = [];
    for (let c = 1; c < sheet.width && !sheet.blank(rows.level3, c); c++) {
      const value = sheet.sourced(rows.value, c);
      const level1 = sheet.anchor(rows.level1, c);
      indicators.push({
        row: rows.level3,
        level1: sheet.sourced(level1.row, level1.col),
        level2: sheet.sourced(rows.level2, c),
        level3: sheet.sourced(rows.level3, c),
        description: null,
        value,
        periodValue: null,
        parsedValue: value ? parseIndicatorValue(value.value) : null,
        basis: null,
        weight: null,
        lastYear: null,
      });
    }
    const nameRow = headRow(sheet, rows.level1, "projectName");
    const totalRow = headRow(sheet, rows.level1, "total");
    const name: Sourced<string> = (nameRow !== null ? sheet.sourced(nameRow, 1) : null) ?? { value: sheet.name, cell: a1(rows.level1, 0) };
    const unit = "万元" as const;
    const amount = totalRow !== null ? sheet.amount(totalRow, 1, unit) : null;
    // ProjectTable.layout names how fill extends a sheet; this read-only layout's tables say block.
    const table = projectTable({
      layout: "block",
      sheet: sheet.name,
      name,
      unit,
      budget: amount ? { total: amount, fiscal: null, other: null, specialAccount: null, labelCells: {} } : null,
      indicators,
      range: fullWidth(Math.max(0, rows.level1 - 2), rows.value, sheet.width),
    });
    return { tables: [table], lastRow: rows.value };
  },
};
