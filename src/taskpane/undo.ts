/**
 * 撤销 of what the pane wrote: a plan records each cell's old and new value, so its cell writes can be
 * reversed exactly. A cell the user changed since the pane wrote it is left alone (refused), and a
 * plan that inserted rows, merged or formatted cells is not reversed: those are not values.
 */
import { type CellWrite, type FillPlan } from "../core/fill";
import { sameValue } from "../core/edit";
import { parseA1 } from "../core/grid/address";
import { cellAt, type CellValue, type WorkbookGrids } from "../core/grid/grid";

/** The cell writes of a plan as applied, to put back. */
export interface UndoRecord {
  readonly writes: readonly CellWrite[];
}

/** An undo record for a plan made only of cell writes; null for a plan that changed the sheet's structure or formats. */
export function undoRecordOf(plan: FillPlan): UndoRecord | null {
  const structural = plan.newSheets.length + plan.insertions.length + plan.merges.length + plan.styles.length + plan.looks.length;
  if (structural > 0 || plan.writes.length === 0) return null;
  return { writes: plan.writes };
}

export interface UndoPlan {
  readonly plan: FillPlan;
  /** Cells that no longer hold what the pane wrote: the user changed them since. */
  readonly changed: readonly CellWrite[];
  /** Cells that still hold their old value (the write never landed): nothing to undo there. */
  readonly unchanged: number;
}

function valueOf(grids: WorkbookGrids, sheet: string, cell: string): CellValue | undefined {
  const grid = grids.sheets.find((g) => g.sheet === sheet);
  const ref = parseA1(cell);
  if (!grid || !ref) return undefined;
  return cellAt(grid, ref.row, ref.col);
}

/** The reverse writes, made on the workbook as read just now. */
export function planUndo(record: UndoRecord, grids: WorkbookGrids): UndoPlan {
  const writes: CellWrite[] = [];
  const changed: CellWrite[] = [];
  let unchanged = 0;
  for (const w of record.writes) {
    const now = valueOf(grids, w.sheet, w.cell);
    if (now === undefined) changed.push(w);
    else if (sameValue(now, w.to)) writes.push({ kind: "fix", sheet: w.sheet, cell: w.cell, from: w.to, to: w.from, source: "undo" });
    else if (sameValue(now, w.from)) unchanged++;
    else changed.push(w);
  }
  return { plan: { newSheets: [], insertions: [], styles: [], looks: [], merges: [], writes }, changed, unchanged };
}

function shown(value: CellValue, blank: string): string {
  if (value === null || value === undefined || value === "") return blank;
  const text = String(value).replace(/\s+/gu, " ");
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

/**
 * What changed, in one line: "F8：$\geq 95\%$ → ≥95%"; the sheet is named when the writes span more
 * than one; after `max` writes the rest are counted.
 */
export function changeLine(writes: readonly CellWrite[], words: { readonly blank: string; readonly more: (n: number) => string }, max = 3): string {
  const sheets = new Set(writes.map((w) => w.sheet)).size;
  const parts = writes.slice(0, max).map((w) => `${sheets > 1 ? `${w.sheet}!` : ""}${w.cell}：${shown(w.from, words.blank)} → ${shown(w.to, words.blank)}`);
  const rest = writes.length - max;
  return rest > 0 ? `${parts.join("；")}${words.more(rest)}` : parts.join("；");
}
