/**
 * Applies a fill plan to the open workbook in one Excel.run, in the order of the core's applyEdits:
 * new sheets, row insertions (whole rows, bottom-up), unmerging the areas that are extended, format
 * copies, looks, values, merges. The first request reads what the plan's cells hold now, formulas
 * included; when one no longer holds what the plan expects (the user typed meanwhile), or holds a
 * formula the plan would overwrite, nothing is written. A list total that is a formula is left alone.
 */
import { columnLetters, parseA1, parseRangeA1 } from "../../core/grid/address";
import type { CellValue } from "../../core/grid/grid";
import { formattedCellValue } from "../../core/grid/number-format";
import { sameValue } from "../../core/edit";
import { rowBefore, type CellLook, type FillPlan } from "../../core/fill/plan";
import type { WriteOp } from "./batches";
import { OPERATION_OVERHEAD_BYTES, operationBytes, writeInChunks } from "./batches";
import type { ExcelRuntime } from "./excel-runtime";
import { runAsOneUndo } from "./excel-runtime";

/** A cell the plan would write that no longer holds the value the plan was made from. */
export interface StaleCell {
  readonly sheet: string;
  readonly cell: string;
  readonly expected: CellValue;
  readonly found: CellValue;
}

export class PlanStaleError extends Error {
  constructor(readonly cells: readonly StaleCell[]) {
    super(`${cells.length} cell(s) changed since the plan was made: ${cells.map((c) => `${c.sheet}!${c.cell}`).join(", ")}`);
    this.name = "PlanStaleError";
  }
}

/**
 * Cells the plan would overwrite that hold a formula (a =TEXT() amount, a =SUM() total the user
 * wrote): writing values there would turn the formula into a constant, so nothing is written.
 */
export class PlanFormulaError extends Error {
  constructor(readonly cells: readonly { readonly sheet: string; readonly cell: string; readonly formula: string }[]) {
    super(`${cells.length} cell(s) hold a formula the plan would overwrite: ${cells.map((c) => `${c.sheet}!${c.cell}`).join(", ")}`);
    this.name = "PlanFormulaError";
  }
}

/** A total kept as a formula whose value, once Excel recalculated, is not the total the plan expected. */
export interface TotalNotCovering {
  /** "表!B4". */
  readonly cell: string;
  readonly formula: string;
  readonly expected: CellValue;
  readonly found: CellValue;
}

export interface PlanApplied {
  readonly written: number;
  readonly insertedRows: number;
  /** Totals the plan would update that are formulas: left alone, since a SUM over the rows follows them itself. */
  readonly formulasKept: readonly string[];
  /**
   * Kept formula totals that do not add up to the plan's figure after the write: Excel widens a SUM
   * only for rows inserted inside its range, not for a row appended right below it.
   */
  readonly totalsNotCovering: readonly TotalNotCovering[];
}

/** A list's 合计 and subtotal amounts that a new project's row adds to (core/fill/new-project.ts listTotals). */
function isDerivedTotal(write: FillPlan["writes"][number]): boolean {
  return write.kind === "fix" && write.source === "new-project";
}

/** Excel's column width unit is the point; a character of the default font is about 6 points wide. */
const POINTS_PER_CHARACTER = 6;

type Write = FillPlan["writes"][number];

interface CellCheck {
  readonly write: Write;
  readonly range: Excel.Range;
}

/** What the pre-write read found: the writes to make, the formula totals kept, each cell's number format. */
interface Verified {
  readonly writes: readonly Write[];
  readonly kept: ReadonlyMap<Write, string>;
  readonly formats: ReadonlyMap<Write, string | null>;
}

/** Applies an accepted plan (applyEdits' `applied`) to the open workbook. */
export async function applyPlanInExcel(runtime: ExcelRuntime, plan: FillPlan): Promise<PlanApplied> {
  const suspendEvents = runtime.isSetSupported("ExcelApi", "1.8");
  const newSheets = new Set(plan.newSheets.map((s) => s.name));
  return runAsOneUndo(runtime, async (context) => {
    const checks = queuePlanCellReads(context, plan, newSheets);
    const heights = queueRowHeightReads(context, plan, newSheets);
    await context.sync();

    const verified = verifyPlanCells(plan, checks);
    const rowHeights = heights.map((row) => (row ? row.format.rowHeight : null));
    const ops = [...structureOps(plan, rowHeights), ...writeOps(verified), ...plan.merges.map(mergeOp)];
    await writeInChunks(context, ops, { suspendEvents });
    const totalsNotCovering = await readKeptTotals(context, verified.kept);
    return {
      written: verified.writes.length,
      insertedRows: plan.insertions.reduce((n, i) => n + i.count, 0),
      formulasKept: [...verified.kept.keys()].map((write) => `${write.sheet}!${write.cell}`),
      totalsNotCovering,
    };
  });
}

/** Each written cell as it is now (the row it has before the plan's insertions), formulas and formats included. */
function queuePlanCellReads(context: Excel.RequestContext, plan: FillPlan, newSheets: ReadonlySet<string>): CellCheck[] {
  const checks: CellCheck[] = [];
  for (const write of plan.writes) {
    const ref = parseA1(write.cell);
    const original = ref && !newSheets.has(write.sheet) ? rowBefore(plan.insertions, write.sheet, ref.row) : null;
    if (!ref || original === null) continue;
    const range = context.workbook.worksheets.getItem(write.sheet).getCell(original, ref.col);
    // formulas too: a formula cell must never be written over with its cached value's replacement.
    range.load("values,formulas,numberFormat");
    checks.push({ write, range });
  }
  return checks;
}

function queueRowHeightReads(context: Excel.RequestContext, plan: FillPlan, newSheets: ReadonlySet<string>): (Excel.Range | null)[] {
  return plan.styles.map((copy) => {
    const source = parseRangeA1(copy.source)!;
    const original = newSheets.has(copy.sheet) ? null : rowBefore(plan.insertions, copy.sheet, source.top);
    if (original === null) return null;
    const row = context.workbook.worksheets.getItem(copy.sheet).getRange(`${original + 1}:${original + 1}`);
    row.load("format/rowHeight");
    return row;
  });
}

/** Throws PlanStaleError or PlanFormulaError when a cell is not what the plan expects; keeps formula totals out of the writes. */
function verifyPlanCells(plan: FillPlan, checks: readonly CellCheck[]): Verified {
  const stale: StaleCell[] = [];
  const formulaCells: { sheet: string; cell: string; formula: string }[] = [];
  const kept = new Map<Write, string>();
  const formats = new Map<Write, string | null>();
  for (const { write, range } of checks) {
    const shown = range.numberFormat[0]?.[0];
    const format = typeof shown === "string" ? shown : null;
    formats.set(write, format);
    // The plan was made from the grid, where a stored 0.98 under 0% reads "98%".
    const found = formattedCellValue(fromExcel(range.values[0]?.[0]), format);
    const formula = range.formulas[0]?.[0];
    const blankNeeded = write.kind === "fill";
    if (blankNeeded ? !sameValue(found, null) : !sameValue(found, write.from)) stale.push({ sheet: write.sheet, cell: write.cell, expected: write.from, found });
    else if (typeof formula === "string" && formula.startsWith("=")) {
      if (isDerivedTotal(write)) kept.set(write, formula);
      else formulaCells.push({ sheet: write.sheet, cell: write.cell, formula });
    }
  }
  if (stale.length > 0) throw new PlanStaleError(stale);
  if (formulaCells.length > 0) throw new PlanFormulaError(formulaCells);
  // Writes to the sheets the plan creates have no pre-read and are written as planned.
  return { writes: plan.writes.filter((w) => !kept.has(w)), kept, formats };
}

/** New sheets, row insertions (bottom-up), unmerging the areas that are extended, format copies, looks. */
function structureOps(plan: FillPlan, rowHeights: readonly (number | null)[]): WriteOp[] {
  const ops: WriteOp[] = plan.newSheets.map(newSheetOp);
  for (const ins of [...plan.insertions].sort((a, b) => b.before - a.before)) {
    ops.push({
      bytes: OPERATION_OVERHEAD_BYTES,
      queue: (ctx) => ctx.workbook.worksheets.getItem(ins.sheet).getRange(`${ins.before + 1}:${ins.before + ins.count}`).insert(Excel.InsertShiftDirection.down),
    });
  }
  for (const m of plan.merges) {
    const replaces = m.replaces;
    if (replaces !== undefined) ops.push({ bytes: OPERATION_OVERHEAD_BYTES, queue: (ctx) => ctx.workbook.worksheets.getItem(m.sheet).getRange(replaces).unmerge() });
  }
  plan.styles.forEach((copy, i) => ops.push(styleCopyOp(copy, rowHeights[i] ?? null)));
  for (const look of plan.looks) {
    ops.push({ bytes: 4 * OPERATION_OVERHEAD_BYTES, queue: (ctx) => applyLook(ctx.workbook.worksheets.getItem(look.sheet).getRange(look.range), look.range, look.look) });
  }
  return ops;
}

function newSheetOp(s: FillPlan["newSheets"][number]): WriteOp {
  return {
    bytes: operationBytes(s),
    queue: (ctx) => {
      const sheet = ctx.workbook.worksheets.add(s.name);
      s.columnWidths.forEach((width, col) => {
        const letters = columnLetters(col);
        sheet.getRange(`${letters}:${letters}`).format.columnWidth = width * POINTS_PER_CHARACTER;
      });
    },
  };
}

function styleCopyOp(copy: FillPlan["styles"][number], height: number | null): WriteOp {
  return {
    bytes: 2 * OPERATION_OVERHEAD_BYTES,
    queue: (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(copy.sheet);
      sheet.getRange(copy.target).copyFrom(sheet.getRange(copy.source), Excel.RangeCopyType.formats);
      if (height !== null) {
        const target = parseRangeA1(copy.target)!;
        sheet.getRange(`${target.top + 1}:${target.bottom + 1}`).format.rowHeight = height;
      }
    },
  };
}

/**
 * The values. A number going into a cell formatted as Text ("@") would stay text (an amount-as-text
 * fix that fixes nothing), so such a cell gets the General format in the same operation, first.
 */
function writeOps(verified: Verified): WriteOp[] {
  return verified.writes.map((write) => {
    const value = toExcel(write.to);
    const textFormat = typeof value === "number" && isTextFormat(verified.formats.get(write) ?? null);
    return {
      bytes: operationBytes(value) + (textFormat ? OPERATION_OVERHEAD_BYTES : 0),
      queue: (ctx) => {
        const target = ctx.workbook.worksheets.getItem(write.sheet).getRange(write.cell);
        if (textFormat) target.numberFormat = [["General"]];
        target.values = [[value]];
      },
    };
  });
}

/** Excel's Text format is "@" (alone or as a section of its own). */
function isTextFormat(format: string | null): boolean {
  return format !== null && format.trim() === "@";
}

function mergeOp(m: FillPlan["merges"][number]): WriteOp {
  return { bytes: OPERATION_OVERHEAD_BYTES, queue: (ctx) => ctx.workbook.worksheets.getItem(m.sheet).getRange(m.range).merge(false) };
}

/** After the writes, what each kept formula total adds up to now (Excel recalculated), against the plan's figure. */
async function readKeptTotals(context: Excel.RequestContext, kept: ReadonlyMap<Write, string>): Promise<TotalNotCovering[]> {
  if (kept.size === 0) return [];
  const reads = [...kept].map(([write, formula]) => {
    const range = context.workbook.worksheets.getItem(write.sheet).getRange(write.cell);
    range.load("values,formulas");
    return { write, formula, range };
  });
  await context.sync();
  const out: TotalNotCovering[] = [];
  for (const { write, range } of reads) {
    const found = fromExcel(range.values[0]?.[0]);
    const formula = range.formulas[0]?.[0];
    if (!sameValue(found, write.to)) out.push({ cell: `${write.sheet}!${write.cell}`, formula: typeof formula === "string" ? formula : "", expected: write.to, found });
  }
  return out;
}

/** Text Excel would read as a number, date, formula or boolean keeps a leading apostrophe, so it stays the text it is. */
export function toExcel(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  return /^\s*[-+=@\d.(（$¥￥€]/u.test(value) || /^\s*(?:true|false)\s*$/iu.test(value) ? `'${value}` : value;
}

export function fromExcel(value: unknown): CellValue {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/** The fixed looks of src/host/xlsx/apply-plan.ts, in Office.js terms. */
function applyLook(range: Excel.Range, address: string, look: CellLook): void {
  const format = range.format;
  format.font.name = "宋体";
  format.font.size = look === "title" ? 16 : 10;
  format.font.bold = look === "title" || look === "header";
  format.verticalAlignment = "Center";
  format.horizontalAlignment = look === "note" || look === "text" ? "Left" : look === "noteRight" || look === "amount" ? "Right" : "Center";
  format.wrapText = look !== "note" && look !== "noteRight" && look !== "amount";
  if (look === "header") format.fill.color = "#F2F2F2";
  if (look === "amount") {
    const area = parseRangeA1(address)!;
    range.numberFormat = Array.from({ length: area.bottom - area.top + 1 }, () => Array.from({ length: area.right - area.left + 1 }, () => "0.00"));
  }
  if (look === "title" || look === "note" || look === "noteRight") return;
  for (const edge of EDGES) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.color = "#000000";
  }
}
