/**
 * A fill plan: the edits one user action makes to a workbook, as data. Every host applies a plan in
 * one batch (src/host/xlsx/apply-plan.ts, src/host/excel/apply-plan.ts); `applyEdits` applies it to
 * grids, refusing stale, overwriting and overlapping edits, and is what the hosts verify against.
 *
 * Coordinates: row insertions name rows of the sheet as it was; every other edit names cells of the
 * sheet after all insertions (see rowAfter). Addresses are A1 strings so that plans read well in JSON.
 */
import type { CellValue } from "../grid/grid";
import { a1, parseA1, type CellRange } from "../grid/address";

/**
 * Why a cell is written. `fill`: a blank cell gets a value. `fix`: a diagnostic's fix or a suggestion
 * the user accepted rewrites the cell. `append`: text is added after the cell's text, which stays as
 * it is (an encoded indicator list gets more items).
 */
export type WriteKind = "fill" | "fix" | "append";

export interface CellWrite {
  readonly kind: WriteKind;
  readonly sheet: string;
  /** A1 address after the plan's row insertions. */
  readonly cell: string;
  /** What the cell must hold when the write is applied (null: blank). */
  readonly from: CellValue;
  readonly to: CellValue;
  /** What asked for the write: a rule id ("ocr-artefact"), "missing-category", "new-project", "period-value". */
  readonly source: string;
}

export interface RowInsertion {
  readonly sheet: string;
  /** Zero-based row of the sheet as it was; the new rows go above it (the sheet's height appends). */
  readonly before: number;
  readonly count: number;
}

/** Copies the formats (and row heights) of `source` to `target`, which has its width and a multiple of its height. */
export interface StyleCopy {
  readonly sheet: string;
  readonly source: string;
  readonly target: string;
}

/** The fixed looks of cells a plan creates where there is no neighbouring row to copy formats from. */
export type CellLook = "title" | "note" | "noteRight" | "label" | "header" | "text" | "center" | "amount";

export interface LookSet {
  readonly sheet: string;
  readonly range: string;
  readonly look: CellLook;
}

export interface MergeEdit {
  readonly sheet: string;
  readonly range: string;
  /** An existing merged area (after insertions) that this one replaces, to extend it. */
  readonly replaces?: string;
}

export interface NewSheet {
  readonly name: string;
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
}

export interface FillPlan {
  readonly newSheets: readonly NewSheet[];
  readonly insertions: readonly RowInsertion[];
  readonly styles: readonly StyleCopy[];
  readonly looks: readonly LookSet[];
  readonly merges: readonly MergeEdit[];
  readonly writes: readonly CellWrite[];
}

export const EMPTY_PLAN: FillPlan = { newSheets: [], insertions: [], styles: [], looks: [], merges: [], writes: [] };

/** Plans made on the same workbook state, one after the other; their insertions must not collide. */
export function concatPlans(...plans: readonly FillPlan[]): FillPlan {
  return {
    newSheets: plans.flatMap((p) => p.newSheets),
    insertions: plans.flatMap((p) => p.insertions),
    styles: plans.flatMap((p) => p.styles),
    looks: plans.flatMap((p) => p.looks),
    merges: plans.flatMap((p) => p.merges),
    writes: plans.flatMap((p) => p.writes),
  };
}

export function isEmptyPlan(plan: FillPlan): boolean {
  return (
    plan.newSheets.length === 0 &&
    plan.insertions.length === 0 &&
    plan.styles.length === 0 &&
    plan.looks.length === 0 &&
    plan.merges.length === 0 &&
    plan.writes.length === 0
  );
}

/** Where row `row` of the sheet as it was ends up after the insertions. */
export function rowAfter(insertions: readonly RowInsertion[], sheet: string, row: number): number {
  let shift = 0;
  for (const ins of insertions) if (ins.sheet === sheet && ins.before <= row) shift += ins.count;
  return row + shift;
}

/** The row of the sheet as it was that ends up at `finalRow`, or null for an inserted row. */
export function rowBefore(insertions: readonly RowInsertion[], sheet: string, finalRow: number): number | null {
  const own = insertions.filter((i) => i.sheet === sheet).sort((a, b) => a.before - b.before);
  let shift = 0;
  for (const ins of own) {
    const top = ins.before + shift;
    if (finalRow < top) break;
    if (finalRow < top + ins.count) return null;
    shift += ins.count;
  }
  return finalRow - shift;
}

/** The first row an insertion's new rows occupy after every insertion of the plan. */
export function insertedTop(insertions: readonly RowInsertion[], insertion: RowInsertion): number {
  return rowAfter(insertions, insertion.sheet, insertion.before) - insertion.count;
}

/**
 * A merged area after the insertions: areas below an insertion move down, and an area the new rows
 * go through grows (as Excel and LibreOffice do when whole rows are inserted inside a merge).
 */
export function areaAfter(insertions: readonly RowInsertion[], sheet: string, area: CellRange): CellRange {
  return { top: rowAfter(insertions, sheet, area.top), left: area.left, bottom: rowAfter(insertions, sheet, area.bottom), right: area.right };
}

/** An A1 cell address of the sheet as it was, after the insertions. */
export function cellAfter(insertions: readonly RowInsertion[], sheet: string, address: string): string {
  const ref = parseA1(address);
  if (!ref) return address;
  return a1(rowAfter(insertions, sheet, ref.row), ref.col);
}

/** Writes addressed on the sheet as it was, moved to where their cells are after the insertions. */
export function shiftWrites(writes: readonly CellWrite[], insertions: readonly RowInsertion[]): CellWrite[] {
  if (insertions.length === 0) return [...writes];
  return writes.map((w) => ({ ...w, cell: cellAfter(insertions, w.sheet, w.cell) }));
}
