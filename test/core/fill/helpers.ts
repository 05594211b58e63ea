import type { CellValue, Grid, WorkbookGrids } from "../../../src/core/grid/grid";
import { parseRangeA1, rangeA1 } from "../../../src/core/grid/address";
import { checkWorkbook } from "../../../src/core/check/check";
import type { ProjectTable } from "../../../src/core/model/model";

/** One sheet from rows and A1 merges. */
export function sheet(name: string, rows: readonly (readonly CellValue[])[], merges: readonly string[] = []): Grid {
  return { sheet: name, cells: rows.map((r) => [...r]), merges: merges.map((m) => parseRangeA1(m)!) };
}

export function workbook(...sheets: Grid[]): WorkbookGrids {
  return { sheets };
}

/** Rows without trailing blanks, for comparisons. */
export function rowsOf(grid: Grid): CellValue[][] {
  const rows = grid.cells.map((r) => {
    const row = r.map((v) => (v === "" ? null : v));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

export function mergesOf(grid: Grid): string[] {
  return grid.merges.map(rangeA1).sort();
}

export function projects(grids: WorkbookGrids, profile: "auto" | "2021" | "legacy" = "auto"): ProjectTable[] {
  return checkWorkbook(grids, { profile }).parsed.tables.filter((t): t is ProjectTable => t.kind === "project");
}
