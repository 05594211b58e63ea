/**
 * Applies a fill plan to an exceljs workbook in the order the core's applyEdits uses, then reads
 * the workbook back and compares it with applyEdits' grids: a plan is written only when the file
 * holds exactly what the core computed. Files are written as copies; the input is never changed.
 */
import ExcelJS from "exceljs";
import { parseA1, parseRangeA1, rangeA1, type CellRange } from "../../core/grid/address";
import type { CellValue, Grid, WorkbookGrids } from "../../core/grid/grid";
import { applyEdits, type ApplyResult } from "../../core/edit";
import { areaAfter, rowBefore, type CellLook, type FillPlan, type RowInsertion } from "../../core/fill/plan";
import { fixInternalHyperlinks } from "./hyperlinks";
import { errorText, readWriterInput, refuseInputAsOutput, WriterError, writeWriterOutput, type WriterFailure } from "./output-file";
import { loadWorkbookBuffer, workbookToGrids, type ReadErrorCode } from "./read-workbook";
import { readGridsFast } from "./fast-read";
import { rewriteFormulaRefs } from "./formula-refs";
import { cellStyles, editMerges, formulaCells, rowHeights, setCellStyles, setRowHeights, sheetPartsByName, writeCellValues } from "./package/cell-edits";
import { insertRowsInPackage, UnsupportedInsertion } from "./package/insert-rows";
import { MAX_CELL_TEXT, worksheetXml } from "./package/new-sheet";
import { XlsxPackage } from "./package/opc";
import { markWritten } from "./package/signature";
import { openStyles, type StyleBook } from "./package/styles";

export type ApplyPlanErrorCode = ReadErrorCode | "same-file" | "refused" | "formula" | "too-long" | "verify-failed" | "write-failed";

export class ApplyPlanError extends WriterError<ApplyPlanErrorCode> {
  override readonly name = "ApplyPlanError";

  constructor(
    code: ApplyPlanErrorCode,
    message: string,
    readonly result?: ApplyResult,
  ) {
    super(code, message);
  }
}

const applyPlanFailure: WriterFailure = (code, message) => new ApplyPlanError(code, message);

/**
 * Checks `plan` against the workbook's grids with applyEdits and applies what it accepts (refused
 * writes are left out; a refused structural edit applies nothing). Throws verify-failed when the
 * workbook does not read back as applyEdits' grids.
 */
export function applyPlanToWorkbook(workbook: ExcelJS.Workbook, plan: FillPlan): ApplyResult {
  const grids = workbookToGrids(workbook);
  if (!grids.ok) throw new ApplyPlanError(grids.error.code, `cannot read the workbook: ${grids.error.code}`);
  const result = applyEdits(grids.grids, plan);
  if (!result.ok) return result;
  applyToExcelJS(workbook, result.applied);
  const after = workbookToGrids(workbook);
  const difference = after.ok ? firstDifference(after.grids, result.grids) : "unreadable";
  if (difference !== null) throw new ApplyPlanError("verify-failed", `the written workbook differs from the plan's result: ${difference}`, result);
  return result;
}

export interface PatchedCopy {
  /** The written package; null when applyEdits refused the plan (nothing to write). */
  readonly bytes: Buffer | null;
  readonly result: ApplyResult;
  /** Totals a new project would add to that are formulas: left alone, as the add-in does. */
  readonly formulasKept: readonly string[];
}

/** A list's 合计 and subtotal amounts that a new project's row adds to: a formula there follows the rows itself. */
function isDerivedTotal(write: FillPlan["writes"][number]): boolean {
  return write.kind === "fix" && write.source === "new-project";
}

const THIN_XML = '<color rgb="FF000000"/>';
const LOOK_BORDER = `<border><left style="thin">${THIN_XML}</left><right style="thin">${THIN_XML}</right><top style="thin">${THIN_XML}</top><bottom style="thin">${THIN_XML}</bottom><diagonal/></border>`;

/** The cell format of a look (the same looks as styleOf gives exceljs). */
function lookXf(styles: StyleBook, look: CellLook): number {
  const p = styles.p;
  const font = (bold: boolean, size: number): string => `<${p}font>${bold ? `<${p}b/>` : ""}<${p}sz val="${size}"/><${p}name val="宋体"/><${p}charset val="134"/></${p}font>`;
  const align = (horizontal: string, wrap: boolean): string => `<${p}alignment horizontal="${horizontal}" vertical="center"${wrap ? ' wrapText="1"' : ""}/>`;
  const border = LOOK_BORDER.replace(/<(\/?)(\w)/g, `<$1${p}$2`);
  switch (look) {
    case "title":
      return styles.deriveXf(0, { font: font(true, 16), alignment: align("center", true) });
    case "note":
      return styles.deriveXf(0, { font: font(false, 10), alignment: align("left", false) });
    case "noteRight":
      return styles.deriveXf(0, { font: font(false, 10), alignment: align("right", false) });
    case "label":
    case "center":
      return styles.deriveXf(0, { font: font(false, 10), border, alignment: align("center", true) });
    case "header":
      return styles.deriveXf(0, { font: font(true, 10), border, alignment: align("center", true), fill: styles.solidFill("FFF2F2F2") });
    case "text":
      return styles.deriveXf(0, { font: font(false, 10), border, alignment: align("left", true) });
    case "amount":
      return styles.deriveXf(0, { font: font(false, 10), border, numFmt: "0.00", alignment: align("right", false) });
  }
}

/**
 * Applies a fill plan to the input's package in applyEdits' order: only the parts the plan touches
 * change (rows inserted as Excel inserts them, see insert-rows.ts); every other part is copied byte
 * for byte. A write over a formula cell, or of text longer than a cell holds, refuses the whole
 * plan; the result is read back and compared with applyEdits'. Throws UnsupportedInsertion for
 * insertions into a sheet with a table or pivot table.
 */
export function applyPlanToPackage(input: Buffer, plan: FillPlan): PatchedCopy {
  const read = readGridsFast(input);
  if (!read.ok) throw new ApplyPlanError(read.error.code, `cannot read the workbook: ${read.error.code}${read.error.detail ? ` (${read.error.detail})` : ""}`);
  const pkg = new XlsxPackage(input);
  let parts = sheetPartsByName(pkg);
  let result = applyEdits(read.grids, plan);
  if (!result.ok) return { bytes: null, result, formulasKept: [] };

  const formulas: string[] = [];
  const kept = new Set<FillPlan["writes"][number]>();
  const bySheet = new Map<string, { write: FillPlan["writes"][number]; original: string }[]>();
  for (const w of result.applied.writes) {
    const ref = parseA1(w.cell);
    const row = ref ? rowBefore(result.applied.insertions, w.sheet, ref.row) : null;
    if (!ref || row === null || !parts.has(w.sheet)) continue;
    bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), { write: w, original: rangeA1({ top: row, left: ref.col, bottom: row, right: ref.col }) }]);
  }
  for (const [sheet, writes] of bySheet) {
    const found = formulaCells(pkg.text(parts.get(sheet)!)!, writes.map((w) => w.original));
    for (const { write, original } of writes) {
      if (!found.has(original)) continue;
      if (isDerivedTotal(write)) kept.add(write);
      else formulas.push(`${sheet}!${write.cell}`);
    }
  }
  if (formulas.length > 0) {
    throw new ApplyPlanError("formula", `单元格含公式，不会被覆盖 / cells hold a formula the plan would overwrite: ${formulas.join(", ")}`, result);
  }
  const tooLong = result.applied.writes.filter((w) => typeof w.to === "string" && w.to.length > MAX_CELL_TEXT);
  if (tooLong.length > 0) {
    throw new ApplyPlanError("too-long", `文字超过单元格上限 ${MAX_CELL_TEXT} 字 / text longer than a cell holds (${MAX_CELL_TEXT}): ${tooLong.map((w) => `${w.sheet}!${w.cell}`).join(", ")}`, result);
  }
  if (kept.size > 0) {
    result = applyEdits(read.grids, { ...plan, writes: plan.writes.filter((w) => !kept.has(w)) });
    if (!result.ok) return { bytes: null, result, formulasKept: [] };
  }

  const applied = result.applied;
  for (const s of applied.newSheets) pkg.addWorksheet(s.name, worksheetXml({ rows: [], widths: s.columnWidths }));
  insertRowsInPackage(pkg, applied.insertions);
  parts = sheetPartsByName(pkg);
  const styles = openStyles(pkg);
  const touched = new Set([...applied.writes, ...applied.merges, ...applied.styles, ...applied.looks].map((e) => e.sheet));
  for (const sheet of touched) {
    const part = parts.get(sheet)!;
    let xml = pkg.text(part)!;
    const merges = applied.merges.filter((m) => m.sheet === sheet);
    xml = editMerges(xml, [], merges.flatMap((m) => (m.replaces === undefined ? [] : [m.replaces])));
    for (const copy of applied.styles.filter((c) => c.sheet === sheet)) xml = copyFormats(xml, parseRangeA1(copy.source)!, parseRangeA1(copy.target)!);
    const looks = new Map<string, number>();
    for (const look of applied.looks.filter((l) => l.sheet === sheet)) {
      const area = parseRangeA1(look.range)!;
      const xf = lookXf(styles.book, look.look);
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) looks.set(rangeA1({ top: r, left: c, bottom: r, right: c }), xf);
    }
    xml = setCellStyles(xml, looks);
    xml = writeCellValues(
      xml,
      applied.writes.filter((w) => w.sheet === sheet),
    );
    xml = editMerges(
      xml,
      merges.map((m) => m.range),
      [],
    );
    pkg.set(part, xml);
  }
  styles.save();
  markWritten(pkg, result.grids);
  const bytes = pkg.write();
  const back = readGridsFast(bytes);
  const difference = back.ok ? firstDifference(back.grids, result.grids) : `unreadable (${back.error.code})`;
  if (difference !== null) throw new ApplyPlanError("verify-failed", `the written workbook differs from the plan's result: ${difference}`, result);
  return { bytes, result, formulasKept: [...kept].map((w) => `${w.sheet}!${w.cell}`) };
}

/** Formats and row heights of `source` tiled down `target` (same width, a multiple of its height). */
function copyFormats(xml: string, source: CellRange, target: CellRange): string {
  const height = source.bottom - source.top + 1;
  const cells: { row: number; col: number }[] = [];
  for (let r = source.top; r <= source.bottom; r++) for (let c = source.left; c <= source.right; c++) cells.push({ row: r, col: c });
  const styleAt = cellStyles(xml, cells);
  const heights = rowHeights(xml);
  const wanted = new Map<string, number>();
  const rowsWanted = new Map<number, Record<string, string>>();
  for (let r = target.top; r <= target.bottom; r++) {
    const from = source.top + ((r - target.top) % height);
    const h = heights.get(from);
    if (h && h.ht !== undefined) rowsWanted.set(r, h);
    for (let c = target.left; c <= target.right; c++) {
      wanted.set(rangeA1({ top: r, left: c, bottom: r, right: c }), styleAt.get(rangeA1({ top: from, left: c - target.left + source.left, bottom: from, right: c - target.left + source.left })) ?? 0);
    }
  }
  return setRowHeights(setCellStyles(xml, wanted), rowsWanted);
}

/** What writePatchedCopy did: patched the package, or wrote nothing and says why it could not. */
export type PatchOutcome = { readonly patched: PatchedCopy } | { readonly unpatchable: string };

/**
 * applyPlanToPackage from a file to a file; writing over the input is refused. Writes nothing and
 * returns the reason when the package writer cannot apply the plan (rows through an array formula
 * or a pivot table, which Excel refuses too) or its result does not read back as the plan's: the
 * caller then rebuilds the workbook with exceljs, and says so.
 */
export async function writePatchedCopy(input: string, output: string, plan: FillPlan): Promise<PatchOutcome> {
  await refuseInputAsOutput(input, output, applyPlanFailure);
  const bytes = await readWriterInput(input, applyPlanFailure);
  let patched: PatchedCopy;
  try {
    patched = applyPlanToPackage(bytes, plan);
  } catch (err) {
    if (err instanceof UnsupportedInsertion || (err instanceof ApplyPlanError && err.code === "verify-failed")) return { unpatchable: err.message };
    throw err;
  }
  if (patched.bytes) await writeWriterOutput(output, patched.bytes, applyPlanFailure);
  return { patched };
}

/**
 * Loads `input` (or starts an empty workbook when null), applies the plan and writes `output`.
 * Writing over the input is refused; a refused structural edit writes nothing.
 */
export async function writePlannedCopy(input: string | null, output: string, plan: FillPlan): Promise<ApplyResult> {
  let workbook: ExcelJS.Workbook;
  if (input === null) workbook = newWorkbook();
  else {
    await refuseInputAsOutput(input, output, applyPlanFailure);
    const bytes = await readWriterInput(input, applyPlanFailure);
    const loaded = await loadWorkbookBuffer(bytes);
    if (!loaded.ok) throw new ApplyPlanError(loaded.error.code, `cannot open ${input}: ${loaded.error.code}`);
    workbook = loaded.workbook;
  }
  const result = applyPlanToWorkbook(workbook, plan);
  if (!result.ok) throw new ApplyPlanError("refused", "the plan was refused", result);
  await saveWorkbook(workbook, output);
  return result;
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "jixiao";
  workbook.lastModifiedBy = "jixiao";
  return workbook;
}

/** Writes an exceljs workbook, carrying the written-by-jixiao marker for the content it holds. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, output: string): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = withWrittenMarker(fixInternalHyperlinks(Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer)));
  } catch (err) {
    throw new ApplyPlanError("write-failed", `cannot build the workbook: ${errorText(err)}`);
  }
  await writeWriterOutput(output, bytes, applyPlanFailure);
}

/** The package with WRITTEN_MARKER for the values it reads back as (exceljs's own parts otherwise as written). */
function withWrittenMarker(bytes: Buffer): Buffer {
  const back = readGridsFast(bytes);
  if (!back.ok) throw new ApplyPlanError("verify-failed", `the written workbook cannot be read back: ${back.error.code}`);
  const pkg = new XlsxPackage(bytes);
  markWritten(pkg, back.grids);
  return pkg.write();
}

/** The edits of an accepted plan, in applyEdits' order. */
function applyToExcelJS(workbook: ExcelJS.Workbook, plan: FillPlan): void {
  for (const s of plan.newSheets) {
    const sheet = workbook.addWorksheet(s.name);
    sheet.columns = s.columnWidths.map((width) => ({ width }));
  }
  const bySheet = new Map<string, RowInsertion[]>();
  for (const ins of plan.insertions) bySheet.set(ins.sheet, [...(bySheet.get(ins.sheet) ?? []), ins]);
  if (bySheet.size > 0) {
    flattenSharedFormulas(workbook);
    shiftFormulas(workbook, plan.insertions);
  }
  for (const [name, insertions] of bySheet) insertRows(sheetOf(workbook, name), insertions);
  for (const m of plan.merges) if (m.replaces !== undefined) sheetOf(workbook, m.sheet).unMergeCells(m.replaces);
  for (const copy of plan.styles) copyStyles(sheetOf(workbook, copy.sheet), parseRangeA1(copy.source)!, parseRangeA1(copy.target)!);
  for (const look of plan.looks) {
    const sheet = sheetOf(workbook, look.sheet);
    const area = parseRangeA1(look.range)!;
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) sheet.getCell(r + 1, c + 1).style = styleOf(look.look);
  }
  for (const w of plan.writes) sheetOf(workbook, w.sheet).getCell(w.cell).value = w.to;
  for (const m of plan.merges) sheetOf(workbook, m.sheet).mergeCells(m.range);
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new ApplyPlanError("verify-failed", `no sheet named ${name}`);
  return sheet;
}

/**
 * exceljs moves cells and styles with spliceRows but neither merged areas nor row heights of the new
 * rows: the areas are unmerged first and merged again where the insertions move them.
 */
function insertRows(sheet: ExcelJS.Worksheet, insertions: readonly RowInsertion[]): void {
  const merges = mergedAreas(sheet);
  for (const m of merges) sheet.unMergeCells(rangeA1(m));
  const sorted = [...insertions].sort((a, b) => b.before - a.before);
  for (const ins of sorted) {
    if (ins.before >= sheet.rowCount) continue;
    sheet.spliceRows(ins.before + 1, 0, ...Array.from({ length: ins.count }, (): ExcelJS.CellValue[] => []));
    for (let k = 0; k < ins.count; k++) {
      const row = sheet.getRow(ins.before + 1 + k);
      row.height = undefined as unknown as number;
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.style = {};
      });
    }
  }
  for (const m of merges) sheet.mergeCells(rangeA1(areaAfter(insertions, sheet.name, m)));
}

function mergedAreas(sheet: ExcelJS.Worksheet): CellRange[] {
  const model = sheet.model as unknown as { merges?: readonly string[] };
  return (model.merges ?? []).map((m) => parseRangeA1(m)).filter((m): m is CellRange => m !== null);
}

/** Formats and row heights of `source`, tiled down `target`. */
function copyStyles(sheet: ExcelJS.Worksheet, source: CellRange, target: CellRange): void {
  const height = source.bottom - source.top + 1;
  for (let r = target.top; r <= target.bottom; r++) {
    const from = source.top + ((r - target.top) % height);
    const sourceHeight = sheet.getRow(from + 1).height;
    if (sourceHeight !== undefined) sheet.getRow(r + 1).height = sourceHeight;
    for (let c = target.left; c <= target.right; c++) {
      const style = sheet.getCell(from + 1, c - target.left + source.left + 1).style;
      sheet.getCell(r + 1, c + 1).style = JSON.parse(JSON.stringify(style ?? {})) as Partial<ExcelJS.Style>;
    }
  }
}

/** Shared formulas name their master cell by address, which moving rows would break: give each cell its own. */
function flattenSharedFormulas(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const value = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
        if ("sharedFormula" in value || (value as { shareType?: string }).shareType === "shared") {
          cell.value = { formula: cell.formula, result: value.result } as ExcelJS.CellFormulaValue;
        }
      });
    });
  }
}

/** Rewrites references into rows that the insertions move, in every formula of the workbook. */
function shiftFormulas(workbook: ExcelJS.Workbook, insertions: readonly RowInsertion[]): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const value = cell.value as ExcelJS.CellFormulaValue;
        if (typeof value.formula !== "string") return;
        const shifted = shiftFormula(value.formula, sheet.name, insertions);
        if (shifted !== value.formula) cell.value = { ...value, formula: shifted };
      });
    });
  }
}

/** A formula with its A1 references moved as the insertions move their rows (a range the rows go through grows). */
export function shiftFormula(formula: string, ownSheet: string, insertions: readonly RowInsertion[]): string {
  return rewriteFormulaRefs(formula, (ref) => {
    const sheet = ref.sheet ?? ownSheet;
    if (!insertions.some((i) => i.sheet === sheet)) return null;
    const area = areaAfter(insertions, sheet, { top: ref.top, left: 0, bottom: ref.bottom, right: 0 });
    return { top: area.top, bottom: area.bottom };
  });
}

/** First difference between two workbooks' grids (values and merged areas), or null. */
export function firstDifference(actual: WorkbookGrids, expected: WorkbookGrids): string | null {
  for (const want of expected.sheets) {
    const got = actual.sheets.find((s) => s.sheet === want.sheet);
    if (!got) return `sheet ${want.sheet} is missing`;
    const rows = Math.max(got.cells.length, want.cells.length);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(got.cells[r]?.length ?? 0, want.cells[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const a = valueAt(got, r, c);
        const b = valueAt(want, r, c);
        if (a !== b) return `${want.sheet}!${rangeA1({ top: r, left: c, bottom: r, right: c })}: ${JSON.stringify(a)} instead of ${JSON.stringify(b)}`;
      }
    }
    const key = (m: CellRange): string => rangeA1(m);
    const gotMerges = got.merges.map(key).sort().join(" ");
    const wantMerges = want.merges.map(key).sort().join(" ");
    if (gotMerges !== wantMerges) return `${want.sheet}: merged areas ${gotMerges} instead of ${wantMerges}`;
  }
  return null;
}

function valueAt(grid: Grid, row: number, col: number): CellValue {
  const v = grid.cells[row]?.[col];
  return v === undefined || v === "" ? null : v;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT: Partial<ExcelJS.Font> = { name: "宋体", size: 10 };

/** The looks of cells without a row to copy formats from (the examples' styles). */
export function styleOf(look: CellLook): Partial<ExcelJS.Style> {
  switch (look) {
    case "title":
      return { font: { ...FONT, size: 16, bold: true }, alignment: { horizontal: "center", vertical: "middle", wrapText: true } };
    case "note":
      return { font: FONT, alignment: { horizontal: "left", vertical: "middle" } };
    case "noteRight":
      return { font: FONT, alignment: { horizontal: "right", vertical: "middle" } };
    case "label":
      return { font: FONT, border: BORDER, alignment: { horizontal: "center", vertical: "middle", wrapText: true } };
    case "header":
      return {
        font: { ...FONT, bold: true },
        border: BORDER,
        alignment: { horizontal: "center", vertical: "middle", wrapText: true },
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } },
      };
    case "text":
      return { font: FONT, border: BORDER, alignment: { horizontal: "left", vertical: "middle", wrapText: true } };
    case "center":
      return { font: FONT, border: BORDER, alignment: { horizontal: "center", vertical: "middle", wrapText: true } };
    case "amount":
      return { font: FONT, border: BORDER, numFmt: "0.00", alignment: { horizontal: "right", vertical: "middle" } };
  }
}
