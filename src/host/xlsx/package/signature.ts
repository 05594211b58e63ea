import { createHash } from "node:crypto";
import { rangeA1 } from "../../../core/grid/address";
import type { CellValue, WorkbookGrids } from "../../../core/grid/grid";
import type { SheetRole } from "../../../core/summary";
import type { XlsxPackage } from "./opc";

/*
 * "This file is ours": a hidden workbook name is easy to forge (or to copy along with a sheet), so
 * each marker is checked against the content it claims. A copy written by fill or new carries
 * WRITTEN_MARKER whose text is a digest of every sheet's values as written: a later run may replace
 * that copy only while it still holds exactly what was written (a copy the user went on editing is
 * theirs, and takes --force). A summary sheet counts as ours only with its marker name and our
 * title and header row in it (isOwnSummarySheet).
 */

export const WRITTEN_MARKER = "_jixiao_written";
const PREFIX = "jixiao-content-sha256:";

function normal(v: CellValue | undefined): CellValue {
  return v === undefined || v === "" ? null : v;
}

/** A digest of the grids as the fast reader reads them back: blank cells, trailing blanks and merge order do not count. */
export function contentSignature(grids: WorkbookGrids): string {
  const hash = createHash("sha256");
  for (const sheet of grids.sheets) {
    hash.update(`\u0000sheet\u0000${sheet.sheet}\u0000`);
    let rows = sheet.cells.length;
    while (rows > 0 && (sheet.cells[rows - 1] ?? []).every((v) => normal(v) === null)) rows--;
    for (let r = 0; r < rows; r++) {
      const row = (sheet.cells[r] ?? []).map(normal);
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      hash.update(`${JSON.stringify(row)}\n`);
    }
    hash.update(sheet.merges.map(rangeA1).sort().join(" "));
  }
  return hash.digest("hex");
}

/** The marker's formula: a text constant, so that no formula or reader takes it for a reference. */
function markerText(grids: WorkbookGrids): string {
  return `"${PREFIX}${contentSignature(grids)}"`;
}

/** Marks the package as written by this tool with the content it will hold (`grids`, as verified). */
export function markWritten(pkg: XlsxPackage, grids: WorkbookGrids): void {
  pkg.setHiddenName(WRITTEN_MARKER, markerText(grids));
}

/** Whether the workbook-level WRITTEN_MARKER (its last definition) names exactly this content. */
export function writtenMarkerMatches(names: readonly { readonly name: string; readonly localSheetId?: number; readonly formula: string }[], grids: () => WorkbookGrids | null): boolean {
  const marker = names.filter((n) => n.name === WRITTEN_MARKER && n.localSheetId === undefined).pop();
  if (!marker || !marker.formula.startsWith(`"${PREFIX}`)) return false;
  const content = grids();
  return content !== null && marker.formula === markerText(content);
}

const SUMMARY_TITLE: Readonly<Record<SheetRole, string>> = { projects: "项目汇总表", categories: "分类汇总表" };
const UNIT_LINE = "单位：万元";
// The projects table's header starts 工作表, 项目名称, 预算单位 (after 文件 when several files are summed).
const PROJECT_HEADER = ["工作表", "项目名称", "预算单位"];
const NO_PROJECTS = "（无项目）";
// The categories sheet's unit line says how its amounts are made (it has no table when there are no projects).
const CATEGORY_UNIT_LINE = `${UNIT_LINE}\u3000按预算单位、资金来源、项目类型的金额是公式`;
/** Rows above the header: the title, the unit line and the summary's notes. */
const HEADER_SEARCH_ROWS = 60;

function textAt(cells: readonly (readonly CellValue[])[], row: number, col: number): string {
  const v = cells[row]?.[col];
  return typeof v === "string" ? v : "";
}

/** Whether a sheet's first rows are a summary sheet as planSummarySheets writes it: our title in A1, the unit line, and the table header. */
export function isOwnSummarySheet(role: SheetRole, cells: readonly (readonly CellValue[])[]): boolean {
  if (textAt(cells, 0, 0) !== SUMMARY_TITLE[role] || !textAt(cells, 1, 0).startsWith(UNIT_LINE)) return false;
  if (role === "categories") return textAt(cells, 1, 0).startsWith(CATEGORY_UNIT_LINE);
  for (let r = 2; r < Math.min(cells.length, HEADER_SEARCH_ROWS); r++) {
    const first = textAt(cells, r, 0);
    const at = first === "文件" ? 1 : 0;
    if (first === NO_PROJECTS || PROJECT_HEADER.every((h, i) => textAt(cells, r, at + i) === h)) return true;
  }
  return false;
}
