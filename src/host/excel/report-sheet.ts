import { isOwnReportSheet, SIGNATURE_COLUMNS, SIGNATURE_ROWS, type PlannedReport, type PlannedReportRow } from "../../core/annotations";
import { a1, parseRangeA1, rangeA1, sheetRef } from "../../core/grid/address";
import { uniqueSheetName } from "../../core/grid/sheet-name";
import type { WriteOp } from "./batches";
import { OPERATION_OVERHEAD_BYTES, operationBytes, writeInChunks } from "./batches";
import type { ExcelRuntime } from "./excel-runtime";
import { WHILE_TYPING } from "./excel-runtime";
import { HEADING_SIZE, LINK_FONT, REPORT_NAME, queueReportSheetLookup, reportSheetOf, type ReportSheetQuery } from "./own-sheets";

/** Rows written by one operation; a row of Chinese text is a few hundred bytes. */
const ROWS_PER_WRITE = 2000;
/** Excel holds at most 32,767 characters in a cell. */
const MAX_CELL_CHARS = 32_767;

/** Where the report goes: the add-in's own sheet to rewrite, or a new sheet (after removing a name that points elsewhere). */
interface ReportTarget {
  readonly sheet: string;
  readonly reuse: boolean;
  /** The marker name exists but does not point at our report: it goes before the new sheet takes it. */
  readonly staleName: boolean;
}

/** The marker name's lookup with the first rows of the sheet it points at, read in the same sync. */
export interface OwnReportQuery {
  readonly lookup: ReportSheetQuery;
  readonly signature: Excel.Range;
}

export function queueOwnReportLookup(context: Excel.RequestContext): OwnReportQuery {
  const lookup = queueReportSheetLookup(context);
  const signature = lookup.target.getResizedRange(SIGNATURE_ROWS - 1, SIGNATURE_COLUMNS - 1);
  signature.load("values");
  return { lookup, signature };
}

export interface OwnReport {
  /** Our report sheet: the marker name points at it and its first rows are our report. */
  readonly sheet: string | null;
  /** The sheet the marker name points at, ours or not. */
  readonly named: string | null;
  readonly danglingName: boolean;
}

export function ownReportOf(query: OwnReportQuery): OwnReport {
  const owned = reportSheetOf(query.lookup);
  const ours = owned.sheet !== null && !query.signature.isNullObject && isOwnReportSheet(query.signature.values);
  return { sheet: ours ? owned.sheet : null, named: owned.sheet, danglingName: owned.danglingName };
}

/**
 * Writes the plan's report sheet into the sheet the add-in (or the CLI) wrote earlier — found through
 * the hidden marker name, so a rename does not lose it, and only if its first rows are our report, so
 * a forged name never hands us a user's sheet — or into a new sheet that never takes a user's sheet
 * name. Every cell is formatted as text before it is written: a project called =HYPERLINK("…") stays
 * text. Returns the sheet's name.
 */
export async function writeReportSheet(runtime: ExcelRuntime, report: PlannedReport): Promise<string> {
  const suspendEvents = runtime.isSetSupported("ExcelApi", "1.8");
  return runtime.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const query = queueOwnReportLookup(context);
    await context.sync();

    const target = reportTarget(ownReportOf(query), worksheets.items.map((worksheet) => worksheet.name), report.name);
    const ops: WriteOp[] = [prepareOp(target), ...rowOps(target.sheet, report), formatOp(target.sheet, report)];
    await writeInChunks(context, ops, { suspendEvents });
    return target.sheet;
  }, WHILE_TYPING);
}

function reportTarget(own: OwnReport, existing: readonly string[], wanted: string): ReportTarget {
  if (own.sheet !== null && existing.includes(own.sheet)) return { sheet: own.sheet, reuse: true, staleName: false };
  return { sheet: uniqueSheetName(existing, wanted), reuse: false, staleName: own.danglingName || own.named !== null };
}

/** Empties our old sheet, or adds the sheet and its hidden marker name. */
function prepareOp(target: ReportTarget): WriteOp {
  if (target.reuse) return { bytes: OPERATION_OVERHEAD_BYTES, queue: (ctx) => ctx.workbook.worksheets.getItem(target.sheet).getRange().clear("All") };
  return {
    bytes: 4 * OPERATION_OVERHEAD_BYTES,
    queue: (ctx) => {
      if (target.staleName) ctx.workbook.names.getItem(REPORT_NAME).delete();
      const worksheet = ctx.workbook.worksheets.add(target.sheet);
      ctx.workbook.names.add(REPORT_NAME, worksheet.getRange("A1")).visible = false;
    },
  };
}

/** The plan's rows in blocks, each row padded to the report's width. */
function rowOps(sheet: string, report: PlannedReport): WriteOp[] {
  const ops: WriteOp[] = [];
  for (let start = 0; start < report.rows.length; start += ROWS_PER_WRITE) {
    ops.push(rowsOp(sheet, start, report.rows.slice(start, start + ROWS_PER_WRITE), report.width));
  }
  return ops;
}

function padRow(cells: readonly string[], width: number): string[] {
  const row = cells.map((text) => (text.length > MAX_CELL_CHARS ? text.slice(0, MAX_CELL_CHARS) : text));
  while (row.length < width) row.push("");
  return row;
}

/** The first cell of a row: its link to the diagnosed (or looked-at) cell, and its tint. */
function firstCellProperties(row: PlannedReportRow): Excel.SettableCellProperties {
  const range = row.link ? parseRangeA1(row.link.cell) : null;
  const link = row.link && range && row.cells[0] ? { documentReference: sheetRef(row.link.sheet, rangeA1(range)), textToDisplay: row.cells[0] } : null;
  const format: Excel.CellPropertiesFormat = { ...(link ? { font: LINK_FONT } : {}), ...(row.fill ? { fill: { color: row.fill, pattern: "Solid" } } : {}) };
  return { ...(link ? { hyperlink: link } : {}), ...(Object.keys(format).length > 0 ? { format } : {}) };
}

/** Rows from `start`: values as text, then each first cell's link and tint. */
function rowsOp(sheet: string, start: number, rows: readonly PlannedReportRow[], width: number): WriteOp {
  const values = rows.map((row) => padRow(row.cells, width));
  const firsts = rows.map((row) => [firstCellProperties(row)]);
  const anyFirst = firsts.some(([p]) => Object.keys(p!).length > 0);
  return {
    bytes: operationBytes(values) + operationBytes(firsts) + 6 * width * rows.length,
    queue: (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const range = worksheet.getRange(`${a1(start, 0)}:${a1(start + rows.length - 1, width - 1)}`);
      // Text format before the values: Excel would evaluate "=…", "+1", "-2" or "@x" in a General cell.
      range.numberFormat = values.map((row) => row.map(() => "@"));
      range.values = values;
      if (anyFirst) worksheet.getRangeByIndexes(start, 0, rows.length, 1).setCellProperties(firsts);
    },
  };
}

/** Bold headers, the title and section lines larger, the rows down to the problems' header frozen, columns fitted. */
function formatOp(sheet: string, report: PlannedReport): WriteOp {
  const styled = report.rows.map((row, index) => ({ index, style: row.style })).filter((r) => r.style === "header" || r.style === "title" || r.style === "section");
  return {
    bytes: (3 + 2 * styled.length) * OPERATION_OVERHEAD_BYTES,
    queue: (ctx) => {
      const worksheet = ctx.workbook.worksheets.getItem(sheet);
      for (const { index, style } of styled) {
        const range = worksheet.getRangeByIndexes(index, 0, 1, style === "header" ? report.width : 1);
        range.format.font.bold = true;
        if (style !== "header") range.format.font.size = HEADING_SIZE[style === "title" ? "title" : "section"];
      }
      worksheet.freezePanes.freezeRows(report.headerRow + 1);
      worksheet.getRangeByIndexes(0, 0, report.rows.length, report.width).format.autofitColumns();
    },
  };
}

/**
 * Deletes the report sheet the add-in created (found through its hidden name and our title and
 * header, never by its title alone) and the name. False when there is none: a sheet the name points
 * at that is not our report is never deleted. Worksheet.delete clears Excel's undo stack, so this
 * runs only when the user asks for it (清除标记 offers it before submission).
 */
export async function deleteReportSheet(runtime: ExcelRuntime): Promise<boolean> {
  return runtime.run(async (context) => {
    const query = queueOwnReportLookup(context);
    await context.sync();
    const own = ownReportOf(query);
    if (own.named !== null && own.sheet === null) return false;
    if (own.sheet === null && !own.danglingName) return false;
    if (own.sheet !== null) context.workbook.worksheets.getItem(own.sheet).delete();
    context.workbook.names.getItem(REPORT_NAME).delete();
    await context.sync();
    return own.sheet !== null;
  });
}
