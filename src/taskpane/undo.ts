/**
 * 撤销 of what the pane wrote: a plan records each cell's old and new value, so its cell writes can be
 * reversed exactly. A cell the user changed since the pane wrote it is left alone (refused). Rows the
 * plan inserted (a new project, the rows 补全 added) are deleted, but only while they still hold
 * exactly what the pane wrote; otherwise nothing at all is undone, and the changed cells are named.
 * A plan that formats or merges cells outside the rows it added cannot be reversed: those are not values.
 */
import { type CellWrite, type FillPlan } from "../core/fill";
import { sameValue } from "../core/edit";
import { a1, parseA1, parseRangeA1 } from "../core/grid/address";
import { cellAt, type CellValue, type WorkbookGrids } from "../core/grid/grid";
import type { RowBlock } from "../host/excel/host-actions";

/** What a plan wrote, to put back. */
export interface UndoRecord {
  /** Cell writes outside the added rows: reversed one by one. */
  readonly writes: readonly CellWrite[];
  /** Rows the plan added, as the sheet is after it, with what they must still hold to be deleted. */
  readonly rows: readonly RowBlock[];
}

/** Rows `count` long from `first` (zero-based) of one sheet. */
type Rows = Pick<RowBlock, "sheet" | "first" | "count">;

/** The rows each insertion added, in the coordinates of the sheet after the plan. */
function insertedRows(plan: FillPlan): Rows[] {
  const out: Rows[] = [];
  const sheets = new Set(plan.insertions.map((i) => i.sheet));
  for (const sheet of sheets) {
    let shift = 0;
    for (const ins of plan.insertions.filter((i) => i.sheet === sheet).sort((a, b) => a.before - b.before)) {
      out.push({ sheet, first: ins.before + shift, count: ins.count });
      shift += ins.count;
    }
  }
  return out;
}

const within = (blocks: readonly Rows[], sheet: string, row: number): boolean => blocks.some((b) => b.sheet === sheet && row >= b.first && row < b.first + b.count);

/** Every row of `range` lies in the added rows (or in `except`, the merged area it extends). */
function rangeWithin(blocks: readonly Rows[], sheet: string, range: string, except?: string): boolean {
  const r = parseRangeA1(range);
  const old = except === undefined ? null : parseRangeA1(except);
  if (r === null) return false;
  for (let row = r.top; row <= r.bottom; row++) {
    if (old !== null && row >= old.top && row <= old.bottom) continue;
    if (!within(blocks, sheet, row)) return false;
  }
  return true;
}

/** What the added rows hold once the plan is applied: its writes there, blank elsewhere. */
function expectedRows(block: Rows, writes: readonly CellWrite[]): CellValue[][] {
  const rows: CellValue[][] = Array.from({ length: block.count }, () => []);
  for (const w of writes) {
    const ref = parseA1(w.cell);
    if (w.sheet !== block.sheet || ref === null || ref.row < block.first || ref.row >= block.first + block.count) continue;
    const line = rows[ref.row - block.first]!;
    while (line.length < ref.col) line.push(null);
    line[ref.col] = w.to;
  }
  return rows;
}

/** The plan as the host carried it out: totals it left to their formulas ("表!B4", formulasKept) were not written, so 撤销 leaves them too. */
export function writtenPart(plan: FillPlan, formulasKept: readonly string[] = []): FillPlan {
  if (formulasKept.length === 0) return plan;
  const kept = new Set(formulasKept);
  return { ...plan, writes: plan.writes.filter((w) => !kept.has(`${w.sheet}!${w.cell}`)) };
}

/**
 * The undo record of an applied plan; null when it cannot be reversed. `added`: rows a new project
 * was written into without inserting (blank rows below the content), deleted like inserted ones;
 * `rowsDeletable`: the host can delete rows (else a plan that added rows is not offered 撤销).
 */
export function undoRecordOf(plan: FillPlan, options: { readonly rowsDeletable?: boolean; readonly added?: Rows } = {}): UndoRecord | null {
  if (plan.newSheets.length > 0) return null;
  const blocks = plan.insertions.length > 0 ? insertedRows(plan) : options.added !== undefined ? [options.added] : [];
  if (blocks.length > 0 && options.rowsDeletable !== true) return null;
  const inside = (sheet: string, cell: string): boolean => within(blocks, sheet, parseA1(cell)?.row ?? -1);
  const formatsInside =
    plan.styles.every((s) => rangeWithin(blocks, s.sheet, s.target)) &&
    plan.looks.every((l) => rangeWithin(blocks, l.sheet, l.range)) &&
    plan.merges.every((m) => rangeWithin(blocks, m.sheet, m.range, m.replaces));
  if (!formatsInside) return null;
  const writes = plan.writes.filter((w) => !inside(w.sheet, w.cell));
  if (writes.length === 0 && blocks.length === 0) return null;
  const written = plan.writes.filter((w) => inside(w.sheet, w.cell));
  return { writes, rows: blocks.map((b) => ({ ...b, expected: expectedRows(b, written) })) };
}

export interface UndoPlan {
  /** The reverse writes (outside the added rows); applied before the rows are deleted. */
  readonly plan: FillPlan;
  /** Cells that no longer hold what the pane wrote: the user changed them since. */
  readonly changed: readonly CellWrite[];
  /** Cells that still hold their old value (the write never landed): nothing to undo there. */
  readonly unchanged: number;
  /** The added rows to delete: all of them, or none when `rowsChanged` names a cell. */
  readonly rows: readonly RowBlock[];
  /** "表!A12": cells of the added rows that changed since; when any, nothing is undone. */
  readonly rowsChanged: readonly string[];
}

function valueOf(grids: WorkbookGrids, sheet: string, cell: string): CellValue | undefined {
  const grid = grids.sheets.find((g) => g.sheet === sheet);
  const ref = parseA1(cell);
  if (!grid || !ref) return undefined;
  return cellAt(grid, ref.row, ref.col);
}

/** Cells of the added rows that do not hold what the pane wrote, on the workbook as read just now. */
export function changedInRows(block: RowBlock, grids: WorkbookGrids): string[] {
  const grid = grids.sheets.find((g) => g.sheet === block.sheet);
  if (grid === undefined) return [`${block.sheet}!A${block.first + 1}`];
  const changed: string[] = [];
  for (let r = 0; r < block.count; r++) {
    const line = grid.cells[block.first + r] ?? [];
    const want = block.expected[r] ?? [];
    for (let c = 0; c < Math.max(line.length, want.length); c++) {
      if (!sameValue(line[c] ?? null, want[c] ?? null)) changed.push(`${block.sheet}!${a1(block.first + r, c)}`);
    }
  }
  return changed;
}

const NO_PLAN: FillPlan = { newSheets: [], insertions: [], styles: [], looks: [], merges: [], writes: [] };

/** The reverse writes and the rows to delete, made on the workbook as read just now. */
export function planUndo(record: UndoRecord, grids: WorkbookGrids): UndoPlan {
  const rowsChanged = record.rows.flatMap((b) => changedInRows(b, grids));
  if (rowsChanged.length > 0) return { plan: NO_PLAN, changed: [], unchanged: 0, rows: [], rowsChanged };
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
  return { plan: { ...NO_PLAN, writes }, changed, unchanged, rows: record.rows, rowsChanged: [] };
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
