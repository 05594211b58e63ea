import ExcelJS from "exceljs";
import { sheetRef } from "../../core/grid/address";
import type { Grid, WorkbookGrids } from "../../core/grid/grid";
import type { ConsolidatedSummary } from "../../core/summary";
import { DEFAULT_SUMMARY_SHEETS, NUMBER_FORMATS, SUMMARY_MARKERS, planSummarySheets } from "../../core/summary";
import type { PlanCell, PlannedSheet, PlannedTable, SheetRole } from "../../core/summary";
import { uniqueSheetName } from "../../core/grid/sheet-name";
import { fixInternalHyperlinks } from "./hyperlinks";
import { errorText, readWriterInput, refuseInputAsOutput, WriterError, writeWriterOutput, type WriterFailure } from "./output-file";
import type { DefinedName, ReadErrorCode } from "./read-workbook";
import { DEFAULT_MAX_CELLS, DEFAULT_MAX_ROWS, MAX_WRITER_SHEET_BYTES, preflight, sheetBytesRefusal } from "./preflight";
import { XlsxPackage } from "./package/opc";
import { writeSummaryIntoPackage } from "./package/summary";
import { readGridsFast } from "./fast-read";
import { readCentralDirectory, readEntry, rewriteZip } from "./zip";

/*
 * exceljs writes tables, formulas, number formats and links but cannot draw charts, so the
 * clustered bar chart of funds by category exists only in the add-in (src/host/excel/write-summary.ts).
 */

export interface SummarySheetNames {
  /** Default 汇总-项目. */
  readonly projectSheet?: string;
  /** Default 汇总-分类. */
  readonly categorySheet?: string;
}

export interface SummarySheetsWritten {
  readonly projectSheet: string;
  readonly categorySheet: string;
  /** Roles whose sheet the tool had created before and rewrote in place. */
  readonly regenerated: readonly SheetRole[];
}

export type SummaryWriteErrorCode = ReadErrorCode | "same-file" | "write-failed";

export class SummaryWriteError extends WriterError<SummaryWriteErrorCode> {
  override readonly name = "SummaryWriteError";
}

const summaryFailure: WriterFailure = (code, message) => new SummaryWriteError(code, message);

const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14 };
const SECTION_FONT: Partial<ExcelJS.Font> = { bold: true, size: 12 };
const NOTE_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF595959" } };
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };
const TABLE_THEME = "TableStyleMedium2";

/** The sheet part of a defined name's range, "'汇总-项目'!$A$1" → 汇总-项目. */
function sheetOfRange(range: string): string | null {
  const bang = range.lastIndexOf("!");
  if (bang < 0) return null;
  const sheet = range.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) return sheet.slice(1, -1).replace(/''/g, "'");
  return sheet;
}

/** The summary sheets this tool created earlier in `workbook`, found through their marker names. */
export function ownedSummarySheets(workbook: ExcelJS.Workbook): Partial<Record<SheetRole, string>> {
  const out: Partial<Record<SheetRole, string>> = {};
  for (const role of Object.keys(SUMMARY_MARKERS) as SheetRole[]) {
    const [range] = workbook.definedNames.getRanges(SUMMARY_MARKERS[role]).ranges;
    const sheet = range === undefined ? null : sheetOfRange(range);
    if (sheet !== null && workbook.getWorksheet(sheet)) out[role] = sheet;
  }
  return out;
}

const CELL_OR_RANGE = /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

/** The first reference of a defined name's formula, "'a,b'!$A$1,Sheet2!B2" → "'a,b'!$A$1". */
function firstReference(formula: string): string {
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const c = formula[i];
    if (c === "'") quoted = !quoted;
    else if (c === "," && !quoted) return formula.slice(0, i);
  }
  return formula;
}

/**
 * ownedSummarySheets for a workbook read without exceljs: from its defined names (as the fast
 * reader returns them) and the names of its worksheets. As with exceljs, the last definition of a
 * marker counts, and only a cell or range reference to an existing worksheet.
 */
export function ownedSummarySheetsFromNames(definedNames: readonly DefinedName[], worksheets: readonly string[]): Partial<Record<SheetRole, string>> {
  const out: Partial<Record<SheetRole, string>> = {};
  for (const role of Object.keys(SUMMARY_MARKERS) as SheetRole[]) {
    const marker = definedNames.filter((n) => n.name === SUMMARY_MARKERS[role]).pop();
    if (!marker) continue;
    const reference = firstReference(marker.formula.trim());
    const sheet = sheetOfRange(reference);
    if (sheet !== null && CELL_OR_RANGE.test(reference.slice(reference.lastIndexOf("!") + 1)) && worksheets.includes(sheet)) out[role] = sheet;
  }
  return out;
}

function tableNamesOutside(workbook: ExcelJS.Workbook, skip: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (const worksheet of workbook.worksheets) {
    if (skip.has(worksheet.name)) continue;
    // exceljs types getTables() as tuples; at run time it returns the tables themselves.
    for (const table of worksheet.getTables() as unknown as readonly ExcelJS.Table[]) names.push(table.name);
  }
  return names;
}

function excelValue(cell: PlanCell): ExcelJS.CellValue {
  switch (cell.kind) {
    case "text":
      // A string is stored as a shared string, never parsed: "=1+1" and "@x" stay text.
      return cell.text;
    case "number":
      return cell.value;
    case "formula":
      return { formula: cell.formula, result: cell.result };
    case "link":
      return { text: cell.text, hyperlink: `#${sheetRef(cell.sheet, cell.cell)}` };
    default:
      return null;
  }
}

function writeTable(worksheet: ExcelJS.Worksheet, table: PlannedTable): void {
  const headerRow = table.headerRow + 1;
  worksheet.addTable({
    name: table.name,
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: true,
    style: { theme: TABLE_THEME, showRowStripes: true },
    // No column style: exceljs would write it as a dxfId on <tableColumn>, which the schema does not allow.
    columns: table.columns.map((column, i) => ({
      name: column.header,
      filterButton: true,
      ...(i === 0 ? { totalsRowLabel: table.totals[0]?.kind === "text" ? table.totals[0].text : "" } : { totalsRowFunction: "none" as const }),
    })),
    rows: table.rows.map((row) => row.map(excelValue)),
  });
  // Totals-row formulas are ordinary cells: exceljs writes "custom" totals without the formula Excel expects.
  const totalsRow = worksheet.getRow(headerRow + table.rows.length + 1);
  table.totals.forEach((cell, i) => {
    if (i === 0) return;
    const target = totalsRow.getCell(i + 1);
    target.value = excelValue(cell);
    target.numFmt = NUMBER_FORMATS[table.columns[i]!.format];
    target.font = { bold: true };
  });
  totalsRow.getCell(1).font = { bold: true };
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = worksheet.getCell(headerRow + 1 + r, c + 1);
      target.numFmt = NUMBER_FORMATS[table.columns[c]!.format];
      if (cell.kind === "link") target.font = LINK_FONT;
    }),
  );
}

function fillSheet(worksheet: ExcelJS.Worksheet, plan: PlannedSheet): void {
  for (const line of plan.lines) {
    const cell = worksheet.getCell(line.row + 1, 1);
    cell.value = line.text;
    cell.font = line.style === "title" ? TITLE_FONT : line.style === "section" ? SECTION_FONT : NOTE_FONT;
  }
  for (const table of plan.tables) writeTable(worksheet, table);
  plan.widths.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  const first = plan.tables[0];
  if (plan.role === "projects" && first) worksheet.views = [{ state: "frozen", xSplit: 0, ySplit: first.headerRow + 1 }];
}

/** exceljs orders sheets by this field, which its typings leave out. */
type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };

/** Points the marker name at A1 of `sheet`, touching no other name. */
function setMarker(workbook: ExcelJS.Workbook, marker: string, sheet: string): void {
  const wanted = sheetRef(sheet, "$A$1");
  const current = workbook.definedNames.getRanges(marker).ranges;
  if (current.length === 1 && current[0] === wanted) return;
  for (const range of current) workbook.definedNames.remove(range, marker);
  workbook.definedNames.add(wanted, marker);
}

/**
 * Adds 汇总-项目 and 汇总-分类 to a loaded workbook, or rewrites them in place where the tool created
 * them before (found by marker name, so a renamed one is still found). A user's sheet of the same
 * name is never touched: the new sheet becomes 汇总-项目 (2).
 */
export function addSummarySheets(workbook: ExcelJS.Workbook, summary: ConsolidatedSummary, options: SummarySheetNames & { readonly links: boolean }): SummarySheetsWritten {
  const owned = ownedSummarySheets(workbook);
  const wanted: Record<SheetRole, string> = {
    projects: options.projectSheet ?? DEFAULT_SUMMARY_SHEETS.projects,
    categories: options.categorySheet ?? DEFAULT_SUMMARY_SHEETS.categories,
  };
  const regenerated: SheetRole[] = [];
  const names = {} as Record<SheetRole, string>;
  const order = {} as Partial<Record<SheetRole, number>>;
  for (const role of ["projects", "categories"] as const) {
    const mine = owned[role];
    if (mine !== undefined) {
      const old = workbook.getWorksheet(mine) as OrderedWorksheet;
      order[role] = old.orderNo;
      // Dropping the sheet drops its tables too; it comes back at the same position.
      workbook.removeWorksheet(old.id);
      names[role] = mine;
      regenerated.push(role);
    }
  }
  for (const role of ["projects", "categories"] as const) {
    if (names[role] !== undefined) continue;
    const taken = [...workbook.worksheets.map((w) => w.name), ...Object.values(names)];
    names[role] = uniqueSheetName(taken, wanted[role]);
  }
  const plan = planSummarySheets(summary, {
    projectSheet: names.projects,
    categorySheet: names.categories,
    takenTableNames: tableNamesOutside(workbook, new Set(Object.values(names))),
    links: options.links,
  });
  for (const sheetPlan of plan.sheets) {
    const worksheet = workbook.addWorksheet(sheetPlan.name) as OrderedWorksheet;
    const position = order[sheetPlan.role];
    if (position !== undefined) worksheet.orderNo = position;
    fillSheet(worksheet, sheetPlan);
    setMarker(workbook, sheetPlan.marker, sheetPlan.name);
  }
  // Excel recalculates on open; the cached results are already the summary's own figures.
  workbook.calcProperties.fullCalcOnLoad = true;
  return { projectSheet: names.projects, categorySheet: names.categories, regenerated };
}

export interface WriteSummaryOptions extends SummarySheetNames {
  /** The workbook to copy (a single input), patched as a package; without one the summary is a new workbook. */
  readonly base?: { readonly path: string };
  /** Paths the output must not replace (every input of a consolidated summary). */
  readonly inputs?: readonly string[];
}

/**
 * Writes the summary sheets into a copy of `base` (links to each project's cell) or into a new
 * workbook (several inputs), at `output`. Inputs are only read; writing over one is refused.
 */
export async function writeSummaryWorkbook(summary: ConsolidatedSummary, output: string, options: WriteSummaryOptions = {}): Promise<SummarySheetsWritten> {
  const inputs = [...(options.inputs ?? []), ...(options.base ? [options.base.path] : [])];
  for (const input of inputs) await refuseInputAsOutput(input, output, summaryFailure);
  if (options.base) {
    const { bytes, written } = summaryCopy(await readWriterInput(options.base.path, summaryFailure), summary, options, options.base.path);
    await writeWriterOutput(output, bytes, summaryFailure);
    return written;
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "绩效表助手";
  const written = addSummarySheets(workbook, summary, { ...options, links: options.base !== undefined });
  let bytes: Buffer;
  try {
    const buffer = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    bytes = hideMarkers(fixInternalHyperlinks(buffer));
  } catch (err) {
    throw new SummaryWriteError("write-failed", `cannot build the summary workbook: ${errorText(err)}`);
  }
  await writeWriterOutput(output, bytes, summaryFailure);
  return written;
}

/**
 * The summary sheets added to the input's own package: every part they do not need is copied
 * byte for byte (charts, pivots, VBA, names and all), so the copy stays the user's workbook.
 */
export function summaryCopy(input: Buffer, summary: ConsolidatedSummary, names: SummarySheetNames, label = "input"): { bytes: Buffer; written: SummarySheetsWritten } {
  const rejected = preflight(input, DEFAULT_MAX_CELLS, DEFAULT_MAX_ROWS) ?? sheetBytesRefusal(input, MAX_WRITER_SHEET_BYTES);
  if (rejected) throw new SummaryWriteError(rejected.code, `cannot open ${label}: ${rejected.code}${rejected.detail ? ` (${rejected.detail})` : ""}`);
  let pkg: XlsxPackage;
  try {
    pkg = new XlsxPackage(input);
  } catch (err) {
    throw new SummaryWriteError("unreadable", `cannot open ${label}: unreadable (${errorText(err)})`);
  }
  try {
    let grids: WorkbookGrids | null | undefined;
    const cellsOf = (sheet: string): Grid["cells"] | null => {
      if (grids === undefined) {
        const read = readGridsFast(input);
        grids = read.ok ? read.grids : null;
      }
      return grids?.sheets.find((g) => g.sheet === sheet)?.cells ?? null;
    };
    const written = writeSummaryIntoPackage(pkg, summary, names, cellsOf);
    return { bytes: pkg.write(), written };
  } catch (err) {
    throw new SummaryWriteError("write-failed", `cannot build the summary workbook: ${errorText(err)}`);
  }
}

const MARKER_NAMES = new Set<string>(Object.values(SUMMARY_MARKERS));

/** exceljs drops the hidden flag of defined names; the markers are bookkeeping, not for the Name Manager. */
function hideMarkers(xlsx: Buffer): Buffer {
  const directory = readCentralDirectory(xlsx);
  if (directory.status !== "ok") throw new Error("exceljs wrote an archive this reader cannot parse");
  const entry = directory.entries.find((e) => e.name === "xl/workbook.xml");
  if (!entry) return xlsx;
  const xml = readEntry(xlsx, entry).toString("utf8");
  const hidden = xml.replace(/<definedName\b([^>]*)>/g, (element, attrs: string) => {
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    if (name === undefined || !MARKER_NAMES.has(name) || /\bhidden=/.test(attrs)) return element;
    return `<definedName${attrs} hidden="1">`;
  });
  if (hidden === xml) return xlsx;
  return rewriteZip(xlsx, (name) => (name === "xl/workbook.xml" ? Buffer.from(hidden, "utf8") : undefined));
}

