import { open } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { CellRange } from "../../core/grid/address";
import type { CellValue, Grid, WorkbookGrids } from "../../core/grid/grid";
import { formatKind, formattedCellValue } from "../../core/grid/number-format";
import { readGridsFast } from "./fast-read";
import type { DefinedName } from "./fast-read";
import { DEFAULT_MAX_CELLS, DEFAULT_MAX_ROWS, MAX_CELL_TEXT, MAX_INPUT_BYTES, preflight, sheetBytesRefusal, verifyInflatedSizes } from "./preflight";
import type { ReadError, ReadErrorCode, ReadOptions } from "./preflight";

export { DEFAULT_MAX_CELLS, DEFAULT_MAX_ROWS, MAX_WRITER_SHEET_BYTES } from "./preflight";
export type { ReadError, ReadErrorCode, ReadOptions } from "./preflight";
export type { DefinedName } from "./fast-read";

export type ReadResult =
  | { readonly ok: true; readonly grids: WorkbookGrids; readonly workbook: ExcelJS.Workbook }
  | { readonly ok: false; readonly error: ReadError };

export type LoadResult =
  | { readonly ok: true; readonly workbook: ExcelJS.Workbook }
  | { readonly ok: false; readonly error: ReadError };

/**
 * Which reader builds the grids. "exceljs" (the default) also returns the loaded workbook, for
 * callers that edit and save it. "fast" reads the package XML directly (fast-read.ts), several
 * times quicker and leaner, and falls back to exceljs by itself when it finds the file odd.
 */
export type ReadEngine = "fast" | "exceljs";

export interface ReadWorkbookOptions extends ReadOptions {
  readonly engine?: ReadEngine;
}

/** What the "fast" engine returns: grids, plus the workbook only when exceljs had to read the file. */
export type GridsReadResult =
  | { readonly ok: true; readonly engine: "fast"; readonly grids: WorkbookGrids; readonly definedNames: readonly DefinedName[] }
  | { readonly ok: true; readonly engine: "exceljs"; readonly grids: WorkbookGrids; readonly workbook: ExcelJS.Workbook }
  | { readonly ok: false; readonly error: ReadError };

function fail(code: ReadErrorCode, detail?: string): { ok: false; error: ReadError } {
  return { ok: false, error: detail === undefined ? { code } : { code, detail } };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function readWorkbookFile(path: string, options: ReadOptions & { readonly engine: "fast" }): Promise<GridsReadResult>;
export function readWorkbookFile(path: string, options?: ReadOptions & { readonly engine?: "exceljs" }): Promise<ReadResult>;
export function readWorkbookFile(path: string, options?: ReadWorkbookOptions): Promise<ReadResult | GridsReadResult>;
export async function readWorkbookFile(path: string, options?: ReadWorkbookOptions): Promise<ReadResult | GridsReadResult> {
  const read = await readInputFile(path);
  return Buffer.isBuffer(read) ? readWorkbookBuffer(read, options) : { ok: false, error: read };
}

/** The bytes of an input: a regular file (not a device, pipe or directory) no larger than MAX_INPUT_BYTES. */
export async function readInputFile(path: string): Promise<Buffer | ReadError> {
  let handle;
  try {
    handle = await open(path, "r");
    const info = await handle.stat();
    if (!info.isFile()) return { code: "not-a-file", detail: path };
    if (info.size > MAX_INPUT_BYTES) return { code: "file-too-large", detail: `${info.size} bytes (limit ${MAX_INPUT_BYTES})` };
    return await handle.readFile();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    if (code === "ENOENT" || code === "ENOTDIR") return { code: "not-found", detail: path };
    if (code === "EISDIR") return { code: "not-a-file", detail: path };
    return { code: "unreadable", detail: describe(err) };
  } finally {
    await handle?.close();
  }
}

export function readWorkbookBuffer(buf: Buffer, options: ReadOptions & { readonly engine: "fast" }): Promise<GridsReadResult>;
export function readWorkbookBuffer(buf: Buffer, options?: ReadOptions & { readonly engine?: "exceljs" }): Promise<ReadResult>;
export function readWorkbookBuffer(buf: Buffer, options?: ReadWorkbookOptions): Promise<ReadResult | GridsReadResult>;
export async function readWorkbookBuffer(buf: Buffer, options?: ReadWorkbookOptions): Promise<ReadResult | GridsReadResult> {
  const limits: ReadOptions = { maxCells: options?.maxCells ?? DEFAULT_MAX_CELLS, maxRows: options?.maxRows ?? DEFAULT_MAX_ROWS };
  const tooLarge = options?.maxSheetBytes === undefined ? null : sheetBytesRefusal(buf, options.maxSheetBytes);
  if (tooLarge) return { ok: false, error: tooLarge };
  if (options?.engine !== "fast") return readWithExceljs(buf, limits, true);
  // readGridsFast runs the preflight checks itself and never throws.
  const fast = readGridsFast(buf, limits);
  if (fast.ok) return { ok: true, engine: "fast", grids: fast.grids, definedNames: fast.definedNames };
  if (fast.error.code !== "unreadable") return fast;
  // Something the fast reader does not handle, or damage: exceljs has the last word.
  const slow = await readWithExceljs(buf, limits, false);
  return slow.ok ? { ok: true, engine: "exceljs", grids: slow.grids, workbook: slow.workbook } : slow;
}

async function readWithExceljs(buf: Buffer, limits: ReadOptions, check: boolean): Promise<ReadResult> {
  try {
    const loaded = await loadWithExceljs(buf, limits, check);
    if (!loaded.ok) return loaded;
    const grids = workbookToGrids(loaded.workbook, limits.maxCells);
    if (!grids.ok) return grids;
    return { ok: true, grids: grids.grids, workbook: loaded.workbook };
  } catch (err) {
    return fail("unreadable", describe(err));
  }
}

/** Sniff, guard and load with exceljs, without building grids. Never throws. */
export function loadWorkbookBuffer(buf: Buffer, options?: ReadOptions): Promise<LoadResult> {
  return loadWithExceljs(buf, options, true);
}

async function loadWithExceljs(buf: Buffer, options: ReadOptions | undefined, check: boolean): Promise<LoadResult> {
  try {
    const rejected = (check ? preflight(buf, options?.maxCells ?? DEFAULT_MAX_CELLS, options?.maxRows ?? DEFAULT_MAX_ROWS) : null) ?? verifyInflatedSizes(buf);
    if (rejected) return { ok: false, error: rejected };
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as ArrayBuffer; at run time JSZip takes a Node Buffer as is.
    await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
    return { ok: true, workbook };
  } catch (err) {
    return fail("unreadable", describe(err));
  }
}

/** Every worksheet, in workbook order (exceljs leaves chart sheets out). */
export function workbookToGrids(
  workbook: ExcelJS.Workbook,
  maxCells: number = DEFAULT_MAX_CELLS,
): { ok: true; grids: WorkbookGrids } | { ok: false; error: ReadError } {
  const sheets: Grid[] = [];
  for (const worksheet of workbook.worksheets) {
    const grid = worksheetToGrid(worksheet, maxCells);
    if ("code" in grid) return { ok: false, error: grid };
    sheets.push(grid);
  }
  return { ok: true, grids: { sheets } };
}

export function worksheetToGrid(worksheet: ExcelJS.Worksheet, maxCells: number = DEFAULT_MAX_CELLS): Grid | ReadError {
  // rowCount is O(1); the used range walks rows but not cells. Both come before any grid is built.
  if (worksheet.rowCount > maxCells) {
    return { code: "too-large", detail: `sheet "${worksheet.name}" has ${worksheet.rowCount} rows (limit ${maxCells} cells)` };
  }

  const date1904 = worksheet.workbook.properties.date1904 === true;
  const rows: CellValue[][] = [];
  const mergeAreas = new Map<string, { readonly top: number; readonly left: number; bottom: number; right: number }>();
  // The cells that exist are counted, not the rectangle: one stray value in XFD1 is no reason to refuse.
  let cellCount = 0;
  let tooLong = false;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (++cellCount > maxCells || tooLong) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      if (cell.type === ExcelJS.ValueType.Merge) {
        // exceljs repeats the master's value in every cell of a merge; the grid keeps it once.
        // The master is the top-left cell, so the area grows only down and right.
        const master = cell.master;
        const area = mergeAreas.get(master.address);
        if (area) {
          area.bottom = Math.max(area.bottom, r);
          area.right = Math.max(area.right, c);
        } else {
          // exceljs types row/col as strings; they are numbers at run time.
          mergeAreas.set(master.address, { top: Number(master.row) - 1, left: Number(master.col) - 1, bottom: r, right: c });
        }
        return;
      }
      // cell.value drops falsy cached results (0, false, ""); cell.result keeps them.
      const raw = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      const value = raw instanceof Date && formatKind(cell.numFmt) !== "general" ? formattedCellValue(serialOf(raw, date1904), cell.numFmt, date1904) : formattedCellValue(toCellValue(raw), cell.numFmt, date1904);
      if (value === null) return;
      if (typeof value === "string" && value.length > MAX_CELL_TEXT) tooLong = true;
      while (values.length < c) values.push(null);
      values[c] = value;
    });
    if (values.length === 0) return;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = values;
  });

  if (cellCount > maxCells) return { code: "too-large", detail: `sheet "${worksheet.name}" holds more than ${maxCells} cells` };
  if (tooLong) return { code: "damaged", detail: `sheet "${worksheet.name}": a text of more than ${MAX_CELL_TEXT} characters` };
  const merges: CellRange[] = [...mergeAreas.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  return { sheet: worksheet.name, cells: rows, merges };
}

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1_462;

/**
 * The serial number exceljs made a Date from (it reckons from 1899-12-30 in UTC, or 1904-01-01), so
 * that the cell's number format, not exceljs's guess, decides what the grid shows.
 */
function serialOf(date: Date, date1904: boolean): number | null {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
}

/** A cell's value as the core sees it: the text or number shown, not how exceljs models it. */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return formatDate(value);
  if ("error" in value) return value.error;
  if ("richText" in value) return richTextOf(value.richText);
  if ("hyperlink" in value) return plainText(value.text);
  if ("formula" in value || "sharedFormula" in value) {
    return toCellValue(value.result);
  }
  return null;
}

function richTextOf(runs: readonly { text?: unknown }[]): string {
  return runs.map((run) => (typeof run.text === "string" ? run.text : "")).join("");
}

/** Hyperlink text is typed as a string but arrives as rich text when the shared string has runs. */
function plainText(text: unknown): string | null {
  if (typeof text === "string") return text;
  if (typeof text === "number" || typeof text === "boolean") return String(text);
  if (text && typeof text === "object" && "richText" in text && Array.isArray(text.richText)) {
    return richTextOf(text.richText as { text?: unknown }[]);
  }
  return null;
}

/** exceljs builds dates in UTC from the serial number, so UTC fields give the calendar date shown. */
function formatDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
