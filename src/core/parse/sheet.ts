import { a1, type CellRange } from "../grid/address";
import { cellAt, columnCount, MergeIndex, type CellValue, type Grid } from "../grid/grid";
import { cellText, isBlank, labelKey, tidy } from "../text/normalize";
import type { Amount, MoneyUnit, Sourced } from "../model/model";
import { parseAmount } from "../value/parse-amount";

/** A grid with per-cell label keys and merge lookups, shared by the layout parsers. */
export class Sheet {
  readonly name: string;
  readonly height: number;
  readonly width: number;
  private readonly merges: MergeIndex;
  private readonly keys: (string | undefined)[][] = [];
  private readonly memos = new Map<object, Map<number, unknown>>();

  constructor(readonly grid: Grid) {
    this.name = grid.sheet;
    this.height = grid.cells.length;
    this.width = columnCount(grid);
    this.merges = new MergeIndex(grid.merges, this.width);
  }

  value(row: number, col: number): CellValue {
    return cellAt(this.grid, row, col);
  }

  blank(row: number, col: number): boolean {
    return isBlank(this.value(row, col));
  }

  /** Display text: trimmed, inner runs of space collapsed. */
  text(row: number, col: number): string {
    return tidy(cellText(this.value(row, col)));
  }

  /** Matching key: half-width, no spaces, no trailing colon. */
  key(row: number, col: number): string {
    let r = this.keys[row];
    if (!r) r = this.keys[row] = [];
    let k = r[col];
    if (k === undefined) {
      const v = this.value(row, col);
      k = r[col] = typeof v === "string" ? labelKey(v) : v === null ? "" : String(v);
    }
    return k;
  }

  /** What `of` says about a row, computed once per sheet (layouts that share a header test ask it once). */
  memo<T>(of: (sheet: Sheet, row: number) => T, row: number): T {
    let rows = this.memos.get(of);
    if (!rows) this.memos.set(of, (rows = new Map()));
    if (!rows.has(row)) rows.set(row, of(this, row));
    return rows.get(row) as T;
  }

  /** True when a key of a row's filled cells passes the test (a cheap look for header words). */
  rowHasKey(row: number, test: (key: string) => boolean): boolean {
    return this.filledColumns(row).some((c) => test(this.key(row, c)));
  }

  rowBlank(row: number): boolean {
    const cells = this.grid.cells[row];
    if (!cells) return true;
    for (const v of cells) if (!isBlank(v)) return false;
    return true;
  }

  /** Columns of non-blank cells in a row. */
  filledColumns(row: number): number[] {
    const out: number[] = [];
    const cells = this.grid.cells[row];
    if (!cells) return out;
    for (let c = 0; c < cells.length; c++) if (!isBlank(cells[c])) out.push(c);
    return out;
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    return this.merges.areaOf(row, col);
  }

  /** The anchor (top-left) of the merged area covering a cell, or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.merges.areaOf(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Last column covered by the cell at (row, col), following a horizontal merge. */
  rightEdge(row: number, col: number): number {
    const m = this.merges.areaOf(row, col);
    return m ? m.right : col;
  }

  bottomEdge(row: number, col: number): number {
    const m = this.merges.areaOf(row, col);
    return m ? m.bottom : row;
  }

  /** The amount a cell holds in the table's unit (numbers, or text such as "1,234.50" or "250万"), or null. */
  amount(row: number, col: number, unit: MoneyUnit): Amount | null {
    const raw = this.value(row, col);
    const parsed = parseAmount(raw, unit);
    if (!parsed) return null;
    return { value: parsed.value, unit, cell: a1(row, col), decimals: parsed.decimals, ...(typeof raw === "string" ? { text: raw } : {}) };
  }

  sourced(row: number, col: number): Sourced<string> | null {
    const t = this.text(row, col);
    if (t === "") return null;
    const stored = this.value(row, col);
    return stored === t || stored === null ? { value: t, cell: a1(row, col) } : { value: t, cell: a1(row, col), raw: stored };
  }
}
