import type { CellRange } from "./address";

/**
 * What a host hands the core: one worksheet as plain values.
 * Strings keep the cell's text as shown; numbers stay numbers; formula cells
 * carry their cached result; error values (#REF!) arrive as their text.
 * A merged area holds its value in the top-left cell only and lists itself in `merges`.
 */
export type CellValue = string | number | boolean | null;

export interface Grid {
  readonly sheet: string;
  /** Row-major; rows may be shorter than the widest row (missing cells are null). */
  readonly cells: readonly (readonly CellValue[])[];
  readonly merges: readonly CellRange[];
}

export interface WorkbookGrids {
  readonly sheets: readonly Grid[];
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.cells[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function rowCount(grid: Grid): number {
  return grid.cells.length;
}

export function columnCount(grid: Grid): number {
  let max = 0;
  for (const r of grid.cells) if (r.length > max) max = r.length;
  return max;
}

/** Index from every cell of a merged area to its area, for O(1) lookups while parsing. */
export class MergeIndex {
  private readonly byCell = new Map<number, CellRange>();
  constructor(merges: readonly CellRange[], private readonly width: number) {
    for (const m of merges) {
      // Huge merges (whole rows or columns) only matter at their anchor's row/column band.
      const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (cells > 100_000) continue;
      // Columns past the grid hold no value (and past the stride would alias the next row's cells).
      const right = Math.min(m.right, this.stride - 1);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= right; c++) this.byCell.set(r * this.stride + c, m);
      }
    }
  }
  private get stride(): number {
    return Math.max(this.width, 1) + 1;
  }
  areaOf(row: number, col: number): CellRange | undefined {
    if (col >= this.stride) return undefined;
    return this.byCell.get(row * this.stride + col);
  }
}
