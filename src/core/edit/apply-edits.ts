/**
 * The one function that applies an edit plan (new projects, missing rows, fixes, suggestions,
 * period values) to grids. Hosts apply plans to real workbooks in the same order (new sheets, row
 * insertions, unmerging the areas that are extended, format copies, looks, cell writes, merges)
 * and check their result against this one.
 */
import type { CellValue, Grid, WorkbookGrids } from "../grid/grid";
import { parseA1, parseRangeA1, type CellRange } from "../grid/address";
import { isBlank } from "../text/normalize";
import type { CellWrite, FillPlan, MergeEdit } from "../fill/plan";

export type RefusalReason =
  /** The cell no longer holds the write's `from`. */
  | "stale"
  /** A fill into a cell that is not blank: fills never overwrite. */
  | "not-blank"
  /** An append whose text does not keep the cell's text at its start. */
  | "not-append"
  /** A second write to a cell the plan already writes: overlapping edits are refused, not merged. */
  | "overlap"
  /** A write to a cell that a merged area covers (only its top-left cell holds a value). */
  | "inside-merge"
  | "unknown-sheet"
  | "bad-address"
  /** Structural: the whole plan is refused. */
  | "sheet-exists"
  | "insertion-conflict"
  | "merge-conflict"
  | "merge-not-blank"
  | "style-shape";

export interface Refusal {
  readonly reason: RefusalReason;
  readonly sheet: string;
  /** The cell or range concerned. */
  readonly cell: string;
  readonly write?: CellWrite;
  /** What the cell held, for stale and overwriting writes. */
  readonly current?: CellValue;
}

export interface ApplyResult {
  /** False when a structural edit was refused; then nothing was applied and `grids` is the input. */
  readonly ok: boolean;
  readonly grids: WorkbookGrids;
  /** The plan as applied: all of it but the refused writes (empty when not ok). */
  readonly applied: FillPlan;
  readonly refused: readonly Refusal[];
}

interface WorkSheet {
  readonly name: string;
  readonly rows: CellValue[][];
  merges: CellRange[];
}

type Sheets = Map<string, WorkSheet>;
type Refuse = (reason: RefusalReason, sheet: string, cell: string) => void;
type NewMerge = { readonly edit: MergeEdit; readonly area: CellRange };

/** Applies `plan` to a copy of `state`; the input is never changed. */
export function applyEdits(state: WorkbookGrids, plan: FillPlan): ApplyResult {
  const sheets: Sheets = new Map(state.sheets.map((g) => [g.sheet, { name: g.sheet, rows: g.cells.map((r) => [...r]), merges: g.merges.map((m) => ({ ...m })) }]));
  const order = state.sheets.map((g) => g.sheet);
  const structural: Refusal[] = [];
  const refuse: Refuse = (reason, sheet, cell) => {
    structural.push({ reason, sheet, cell });
  };

  addNewSheets(sheets, order, plan, refuse);
  checkInsertions(sheets, plan, refuse);
  if (structural.length > 0) return refusedPlan(state, structural);
  // Bottom-up, so that every insertion's `before` still names the row of the sheet as it was.
  for (const ins of [...plan.insertions].sort((x, y) => y.before - x.before)) insertRows(sheets.get(ins.sheet)!, ins.before, ins.count);

  const newMerges = checkMerges(sheets, plan, refuse);
  checkFormats(sheets, plan, refuse);
  if (structural.length > 0) return refusedPlan(state, structural);

  const { accepted, refused } = applyWrites(sheets, plan, newMerges);
  applyMerges(sheets, newMerges, refuse);
  if (structural.length > 0) return refusedPlan(state, structural);

  const grids: Grid[] = order.map((name) => {
    const sheet = sheets.get(name)!;
    return { sheet: name, cells: sheet.rows, merges: [...sheet.merges].sort((x, y) => x.top - y.top || x.left - y.left) };
  });
  return { ok: true, grids: { sheets: grids }, applied: { ...plan, writes: accepted }, refused };
}

/** New sheets, refused when a sheet of that name (in any case) exists. */
function addNewSheets(sheets: Sheets, order: string[], plan: FillPlan, refuse: Refuse): void {
  for (const s of plan.newSheets) {
    if (sheets.has(s.name) || [...sheets.keys()].some((n) => n.toLowerCase() === s.name.toLowerCase())) refuse("sheet-exists", s.name, "");
    else {
      sheets.set(s.name, { name: s.name, rows: [], merges: [] });
      order.push(s.name);
    }
  }
}

function checkInsertions(sheets: Sheets, plan: FillPlan, refuse: Refuse): void {
  const seen = new Set<string>();
  for (const ins of plan.insertions) {
    const key = `${ins.sheet}\u0000${ins.before}`;
    if (!sheets.has(ins.sheet)) refuse("unknown-sheet", ins.sheet, String(ins.before + 1));
    else if (!Number.isInteger(ins.before) || ins.before < 0 || !Number.isInteger(ins.count) || ins.count < 1 || seen.has(key)) {
      refuse("insertion-conflict", ins.sheet, String(ins.before + 1));
    }
    seen.add(key);
  }
}

/** The merges to add (an extended area first leaves the sheet's merges); clashing or one-cell merges are refused. */
function checkMerges(sheets: Sheets, plan: FillPlan, refuse: Refuse): NewMerge[] {
  const newMerges: NewMerge[] = [];
  for (const edit of plan.merges) {
    const sheet = sheets.get(edit.sheet);
    const area = parseRangeA1(edit.range);
    if (!sheet) {
      refuse("unknown-sheet", edit.sheet, edit.range);
      continue;
    }
    if (!area) {
      refuse("merge-conflict", edit.sheet, edit.range);
      continue;
    }
    if (edit.replaces !== undefined) {
      const old = parseRangeA1(edit.replaces);
      const index = old ? sheet.merges.findIndex((m) => sameArea(m, old)) : -1;
      if (index < 0) {
        refuse("merge-conflict", edit.sheet, edit.replaces);
        continue;
      }
      sheet.merges.splice(index, 1);
    }
    newMerges.push({ edit, area });
  }
  for (const [i, { edit, area }] of newMerges.entries()) {
    const sheet = sheets.get(edit.sheet)!;
    const clash = sheet.merges.some((m) => intersects(m, area)) || newMerges.some((o, j) => j !== i && o.edit.sheet === edit.sheet && intersects(o.area, area));
    if (clash || (area.top === area.bottom && area.left === area.right)) refuse("merge-conflict", edit.sheet, edit.range);
  }
  return newMerges;
}

/** Format copies and looks: known sheets, areas of a shape that can be copied. */
function checkFormats(sheets: Sheets, plan: FillPlan, refuse: Refuse): void {
  for (const copy of plan.styles) {
    const sheet = sheets.get(copy.sheet);
    const source = parseRangeA1(copy.source);
    const target = parseRangeA1(copy.target);
    if (!sheet) {
      refuse("unknown-sheet", copy.sheet, copy.target);
      continue;
    }
    const shapeOk =
      source !== null &&
      target !== null &&
      source.right - source.left === target.right - target.left &&
      (target.bottom - target.top + 1) % (source.bottom - source.top + 1) === 0;
    // Formats are copied while only the sheet's own merges exist: neither area may cut through one.
    if (!shapeOk || cutsMerge(sheet.merges, source!) || cutsMerge(sheet.merges, target!)) refuse("style-shape", copy.sheet, `${copy.source}→${copy.target}`);
  }
  for (const look of plan.looks) {
    if (!sheets.has(look.sheet)) refuse("unknown-sheet", look.sheet, look.range);
    else if (!parseRangeA1(look.range)) refuse("style-shape", look.sheet, look.range);
  }
}

/** Cell writes, each checked against the cell as it is and the merges as they will be; a refused write leaves the rest. */
function applyWrites(sheets: Sheets, plan: FillPlan, newMerges: readonly NewMerge[]): { accepted: CellWrite[]; refused: Refusal[] } {
  const finalMerges = new Map<string, CellRange[]>();
  for (const [name, sheet] of sheets) finalMerges.set(name, [...sheet.merges, ...newMerges.filter((m) => m.edit.sheet === name).map((m) => m.area)]);
  const refused: Refusal[] = [];
  const accepted: CellWrite[] = [];
  const written = new Set<string>();
  for (const write of plan.writes) {
    const sheet = sheets.get(write.sheet);
    const ref = parseA1(write.cell);
    if (!sheet || !ref) {
      refused.push({ reason: sheet ? "bad-address" : "unknown-sheet", sheet: write.sheet, cell: write.cell, write });
      continue;
    }
    const key = `${write.sheet}\u0000${ref.row}\u0000${ref.col}`;
    const current = valueAt(sheet, ref.row, ref.col);
    const reason = writeRefusal(write, current, written.has(key), finalMerges.get(write.sheet)!, ref.row, ref.col);
    if (reason) {
      refused.push({ reason, sheet: write.sheet, cell: write.cell, write, current });
      continue;
    }
    written.add(key);
    setValue(sheet, ref.row, ref.col, write.to);
    accepted.push(write);
  }
  return { accepted, refused };
}

/** The new merges, after the writes; merging over text other than the top-left cell's is refused. */
function applyMerges(sheets: Sheets, newMerges: readonly NewMerge[], refuse: Refuse): void {
  for (const { edit, area } of newMerges) {
    const sheet = sheets.get(edit.sheet)!;
    let filled = false;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) if ((r !== area.top || c !== area.left) && !isBlank(valueAt(sheet, r, c))) filled = true;
    }
    // Excel keeps only the top-left value of a merged area: merging over text would lose it.
    if (filled) refuse("merge-not-blank", edit.sheet, edit.range);
    sheet.merges.push(area);
  }
}

function refusedPlan(state: WorkbookGrids, refused: Refusal[]): ApplyResult {
  return { ok: false, grids: state, applied: { newSheets: [], insertions: [], styles: [], looks: [], merges: [], writes: [] }, refused };
}

function writeRefusal(write: CellWrite, current: CellValue, alreadyWritten: boolean, merges: readonly CellRange[], row: number, col: number): RefusalReason | null {
  if (alreadyWritten) return "overlap";
  if (merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left))) return "inside-merge";
  switch (write.kind) {
    case "fill":
      return isBlank(current) && isBlank(write.from) ? null : "not-blank";
    case "fix":
      return sameValue(current, write.from) ? null : "stale";
    case "append":
      if (!sameValue(current, write.from)) return "stale";
      return typeof write.from === "string" && typeof write.to === "string" && write.to.startsWith(write.from) ? null : "not-append";
  }
}

/** The value a cell holds, as a write's `from` names it: blank cells match null. */
export function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  return isBlank(a) && isBlank(b);
}

function valueAt(sheet: WorkSheet, row: number, col: number): CellValue {
  const v = sheet.rows[row]?.[col];
  return v === undefined ? null : v;
}

function setValue(sheet: WorkSheet, row: number, col: number, value: CellValue): void {
  while (sheet.rows.length <= row) sheet.rows.push([]);
  const cells = sheet.rows[row]!;
  while (cells.length <= col) cells.push(null);
  cells[col] = value;
}

function insertRows(sheet: WorkSheet, before: number, count: number): void {
  if (before < sheet.rows.length) sheet.rows.splice(before, 0, ...Array.from({ length: count }, (): CellValue[] => []));
  sheet.merges = sheet.merges.map((m) => {
    if (m.top >= before) return { ...m, top: m.top + count, bottom: m.bottom + count };
    if (m.bottom >= before) return { ...m, bottom: m.bottom + count };
    return m;
  });
}

function sameArea(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function contains(outer: CellRange, inner: CellRange): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

/** True when a merged area lies partly inside `area` and partly outside it. */
export function cutsMerge(merges: readonly CellRange[], area: CellRange): boolean {
  return merges.some((m) => intersects(m, area) && !contains(area, m));
}
