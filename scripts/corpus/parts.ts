/** Pieces the corpus cases share: an expectation collector and a writer for indicator rows. */
import { center, spansDown, text, type CellSpec, type CellValue, type Look, type SheetWriter } from "../examples/sheet-writer";
import type { CaseExpectation, ExpectedError, ExpectedSheet, ExpectedTable, Funds, SheetStatus, TableKind } from "./types";

/** Column letter of a 1-based column number. */
export function col(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export const funds = (total: number, fiscal: number, other: number): Funds => ({ total, fiscal, other });

/** Collects a case's expectations while its rows are written. */
export class Expect {
  private readonly tables: ExpectedTable[] = [];
  private readonly sheets: ExpectedSheet[] = [];
  private readonly errors: ExpectedError[] = [];

  table(sheet: string, kind: TableKind, name: string, budget: Funds | null, indicators: number, period: Funds | null = null): void {
    this.tables.push({ sheet, kind, name, budget, period, indicators });
  }

  sheet(sheet: string, status: SheetStatus): void {
    this.sheets.push({ sheet, status });
  }

  /** An error the checker must report: rule at column `column` (1-based) of row `row`. */
  error(sheet: string, column: number, row: number, rule: string): void {
    this.errors.push([sheet, `${col(column)}${row}`, rule]);
  }

  done(): CaseExpectation {
    return { tables: this.tables, sheets: this.sheets, errors: this.errors };
  }
}

export interface IndicatorRowsOptions {
  /** How many leading columns are merged down over the blank (null) cells below a filled one. */
  readonly merge: number;
  /** Column span of each value, left to right (default 1 each). */
  readonly spans?: readonly number[];
  /** Look of each value (default: centred, wrapped text for the widest column). */
  readonly looks?: readonly Look[];
}

/**
 * Writes indicator rows one per line; null in one of the first `merge` columns continues the cell
 * above (a vertical merge, as Excel files show a 一级 over its rows). Returns each row's number.
 */
export function writeIndicatorRows(w: SheetWriter, rows: readonly (readonly CellValue[])[], options: IndicatorRowsOptions): number[] {
  const width = rows[0]?.length ?? 0;
  const spansByCol: number[][] = [];
  for (let c = 0; c < options.merge; c++) spansByCol.push(spansDown(rows.map((r) => (r[c] === null ? null : String(r[c])))));
  return rows.map((values, i) => {
    if (values.length !== width) throw new Error(`${w.name}: indicator row ${i} has ${values.length} cells, expected ${width}`);
    const cells: CellSpec[] = [];
    values.forEach((v, c) => {
      const colSpan = options.spans?.[c] ?? 1;
      const look = options.looks?.[c] ?? "center";
      if (c < options.merge) {
        const rowSpan = spansByCol[c]![i]!;
        if (rowSpan > 0) cells.push({ value: v, look, colSpan, rowSpan });
        return;
      }
      cells.push(look === "text" ? text(v, colSpan) : { value: v, look, colSpan, rowSpan: 1 });
    });
    return w.addRow(cells.length > 0 ? cells : [center(null)]);
  });
}
