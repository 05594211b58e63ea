/**
 * Mutable copies of a workbook's grids for the mutation benchmark (bench/mutate.ts): deep copies,
 * cell writes by A1 address, row insertion that shifts cells and merges the way Excel does, and a
 * cell-by-cell diff for the tests.
 */
import type { CellRange } from "../src/core/grid/address";
import { a1, parseA1, parseRangeA1 } from "../src/core/grid/address";
import type { CellValue, WorkbookGrids } from "../src/core/grid/grid";

export interface MutableGrid {
  readonly sheet: string;
  readonly cells: CellValue[][];
  readonly merges: CellRange[];
}

export interface MutableWorkbook {
  readonly sheets: MutableGrid[];
}

/** A cell on a named sheet. */
export interface SheetCell {
  readonly sheet: string;
  readonly cell: string;
}

export function cloneWorkbook(grids: WorkbookGrids): MutableWorkbook {
  return {
    sheets: grids.sheets.map((g) => ({
      sheet: g.sheet,
      cells: g.cells.map((row) => [...row]),
      merges: g.merges.map((m) => ({ ...m })),
    })),
  };
}

export function sheetOf(wb: MutableWorkbook, sheet: string): MutableGrid {
  const grid = wb.sheets.find((g) => g.sheet === sheet);
  if (!grid) throw new Error(`no sheet ${sheet}`);
  return grid;
}

function refOf(cell: string): { row: number; col: number } {
  const ref = parseA1(cell);
  if (!ref) throw new Error(`bad address ${cell}`);
  return ref;
}

export function getCell(wb: MutableWorkbook, at: SheetCell): CellValue {
  const { row, col } = refOf(at.cell);
  return sheetOf(wb, at.sheet).cells[row]?.[col] ?? null;
}

export function setCell(wb: MutableWorkbook, at: SheetCell, value: CellValue): void {
  const { row, col } = refOf(at.cell);
  const cells = sheetOf(wb, at.sheet).cells;
  while (cells.length <= row) cells.push([]);
  const r = cells[row]!;
  while (r.length <= col) r.push(null);
  r[col] = value;
}

/** Inserts `count` blank rows before zero-based row `at`; merges below move down, merges across `at` grow. */
export function insertRows(grid: MutableGrid, at: number, count: number): void {
  const blanks: CellValue[][] = Array.from({ length: count }, () => []);
  grid.cells.splice(Math.min(at, grid.cells.length), 0, ...blanks);
  for (let i = 0; i < grid.merges.length; i++) {
    const m = grid.merges[i]!;
    if (m.top >= at) grid.merges[i] = { ...m, top: m.top + count, bottom: m.bottom + count };
    else if (m.bottom >= at) grid.merges[i] = { ...m, bottom: m.bottom + count };
  }
}

/** The merged area covering a cell, if any. */
export function mergeAt(grid: { readonly merges: readonly CellRange[] }, row: number, col: number): CellRange | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** Every cell whose value differs between two workbooks with the same sheets ("sheet!A1"). */
export function diffCells(before: WorkbookGrids, after: WorkbookGrids): string[] {
  const out: string[] = [];
  before.sheets.forEach((g, i) => {
    const h = after.sheets[i]!;
    const rows = Math.max(g.cells.length, h.cells.length);
    for (let r = 0; r < rows; r++) {
      const x = g.cells[r] ?? [];
      const y = h.cells[r] ?? [];
      const cols = Math.max(x.length, y.length);
      for (let c = 0; c < cols; c++) {
        if ((x[c] ?? null) !== (y[c] ?? null)) out.push(`${g.sheet}!${a1(r, c)}`);
      }
    }
  });
  return out;
}

/**
 * Splits a diagnostic's cell reference into sheet and range: "D6", "表10!D6", "'my sheet'!A1:B2".
 * Returns null for anything that is not a cell or range.
 */
export function parseCellReference(reference: string, homeSheet: string): { sheet: string; range: CellRange } | null {
  const bang = reference.lastIndexOf("!");
  let sheet = homeSheet;
  let address = reference;
  if (bang >= 0) {
    sheet = reference.slice(0, bang);
    address = reference.slice(bang + 1);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  const range = parseRangeA1(address);
  return range ? { sheet, range } : null;
}

export function formatCell(at: SheetCell): string {
  return `${at.sheet}!${at.cell}`;
}
