import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { CellRange } from "../../core/grid/address";
import { parseRangeA1 } from "../../core/grid/address";
import type { CellValue, Grid, WorkbookGrids } from "../../core/grid/grid";
import type { ZipEntry } from "./zip";
import { readCentralDirectory, readEntry, readEntryPrefix, startsWithZipLocalHeader } from "./zip";

export type ReadErrorCode = "not-found" | "not-xlsx" | "encrypted" | "truncated" | "legacy-xls" | "too-large" | "unreadable";

export interface ReadError {
  readonly code: ReadErrorCode;
  readonly detail?: string;
}

export type ReadResult =
  | { readonly ok: true; readonly grids: WorkbookGrids; readonly workbook: ExcelJS.Workbook }
  | { readonly ok: false; readonly error: ReadError };

export type LoadResult =
  | { readonly ok: true; readonly workbook: ExcelJS.Workbook }
  | { readonly ok: false; readonly error: ReadError };

export interface ReadOptions {
  /** Largest worksheet accepted, in cells of its used range counted from A1. */
  readonly maxCells?: number;
  /** Most rows accepted in one worksheet. */
  readonly maxRows?: number;
}

export const DEFAULT_MAX_CELLS = 5_000_000;
/** A department's whole budget fits in far fewer rows; beyond this exceljs alone needs gigabytes. */
export const DEFAULT_MAX_ROWS = 300_000;
// Worksheet parts larger than this are opened to find their last row before exceljs loads them.
const LARGE_PART_BYTES = 8 * 1024 * 1024;
const HUGE_PART_BYTES = 512 * 1024 * 1024;

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// Office puts a password-protected xlsx inside a compound file next to an EncryptionInfo stream.
const ENCRYPTED_PACKAGE_NAME = Buffer.from("EncryptedPackage", "utf16le");
const WORKBOOK_PART = "xl/workbook.xml";
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
// <dimension> follows <sheetPr> at the top of a worksheet part; this prefix holds it in practice.
const DIMENSION_PROBE_BYTES = 64 * 1024;

function fail(code: ReadErrorCode, detail?: string): { ok: false; error: ReadError } {
  return { ok: false, error: detail === undefined ? { code } : { code, detail } };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function readWorkbookFile(path: string, options?: ReadOptions): Promise<ReadResult> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    if (code === "ENOENT" || code === "ENOTDIR") return fail("not-found", path);
    return fail("unreadable", describe(err));
  }
  return readWorkbookBuffer(buf, options);
}

export async function readWorkbookBuffer(buf: Buffer, options?: ReadOptions): Promise<ReadResult> {
  try {
    const maxCells = options?.maxCells ?? DEFAULT_MAX_CELLS;
    const loaded = await loadWorkbookBuffer(buf, { maxCells });
    if (!loaded.ok) return loaded;
    const grids = workbookToGrids(loaded.workbook, maxCells);
    if (!grids.ok) return grids;
    return { ok: true, grids: grids.grids, workbook: loaded.workbook };
  } catch (err) {
    return fail("unreadable", describe(err));
  }
}

/** Sniff, guard and load with exceljs, without building grids. Never throws. */
export async function loadWorkbookBuffer(buf: Buffer, options?: ReadOptions): Promise<LoadResult> {
  try {
    const rejected = preflight(buf, options?.maxCells ?? DEFAULT_MAX_CELLS, options?.maxRows ?? DEFAULT_MAX_ROWS);
    if (rejected) return { ok: false, error: rejected };
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as ArrayBuffer; at run time JSZip takes a Node Buffer as is.
    await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
    return { ok: true, workbook };
  } catch (err) {
    return fail("unreadable", describe(err));
  }
}

/** What can be told from the bytes alone, before exceljs spends memory on them. */
function preflight(buf: Buffer, maxCells: number, maxRows: number): ReadError | null {
  if (buf.length === 0) return { code: "not-xlsx", detail: "empty file" };
  if (buf.length >= CFB_SIGNATURE.length && buf.subarray(0, CFB_SIGNATURE.length).equals(CFB_SIGNATURE)) {
    if (buf.includes(ENCRYPTED_PACKAGE_NAME)) return { code: "encrypted" };
    return { code: "legacy-xls" };
  }
  if (!startsWithZipLocalHeader(buf)) return { code: "not-xlsx" };

  const directory = readCentralDirectory(buf);
  if (directory.status === "no-eocd") return { code: "truncated", detail: "zip has no end-of-central-directory record" };
  // ZIP64 or odd offsets: exceljs (JSZip) may still cope, so let it decide.
  if (directory.status !== "ok") return null;

  const names = new Set(directory.entries.map((e) => e.name));
  if (!names.has(WORKBOOK_PART)) {
    if (names.has("xl/workbook.bin")) return { code: "not-xlsx", detail: "binary workbook (xlsb)" };
    return { code: "not-xlsx", detail: `zip without ${WORKBOOK_PART}` };
  }
  for (const entry of directory.entries) {
    if (!WORKSHEET_PART.test(entry.name)) continue;
    const area = declaredArea(buf, entry);
    if (area !== null && area.cells > maxCells) {
      return { code: "too-large", detail: `${entry.name} declares ${area.ref} (${area.cells} cells; limit ${maxCells})` };
    }
    if (area !== null && area.rows > maxRows) {
      return { code: "too-large", detail: `${entry.name} declares ${area.ref} (${area.rows} rows; limit ${maxRows})` };
    }
    // A part can omit <dimension> or understate it: large parts are measured by their last row.
    const rows = lastRowOf(buf, entry);
    if (rows !== null && rows > maxRows) {
      const size = rows === Infinity ? `more than ${HUGE_PART_BYTES} bytes of XML` : `${rows} rows`;
      return { code: "too-large", detail: `${entry.name} holds ${size} (limit ${maxRows} rows)` };
    }
  }
  return null;
}

/** The used range a worksheet part declares in its <dimension> element, if it can be read cheaply. */
function declaredArea(buf: Buffer, entry: ZipEntry): { ref: string; cells: number; rows: number } | null {
  let head: string;
  try {
    head = readEntryPrefix(buf, entry, DIMENSION_PROBE_BYTES).toString("utf8");
  } catch {
    return null;
  }
  const match = /<(?:\w+:)?dimension\b[^>]*?\bref="([^"]+)"/.exec(head);
  if (!match) return null;
  const range = parseRangeA1(match[1]!);
  if (!range) return null;
  return { ref: match[1]!, cells: (range.bottom + 1) * (range.right + 1), rows: range.bottom + 1 };
}

/** The number of the last row of a large worksheet part (its row count when rows carry no r=), or null for small parts. */
function lastRowOf(buf: Buffer, entry: ZipEntry): number | null {
  if (entry.uncompressedSize < LARGE_PART_BYTES) return null;
  if (entry.uncompressedSize > HUGE_PART_BYTES) return Infinity;
  let xml: Buffer;
  try {
    xml = readEntry(buf, entry);
  } catch {
    return null;
  }
  const tail = xml.subarray(Math.max(0, xml.length - 64 * 1024)).toString("utf8");
  let last: number | null = null;
  for (const m of tail.matchAll(/<(?:\w+:)?row\b[^>]*?\br="(\d+)"/g)) last = Number(m[1]);
  if (last !== null) return last;
  let count = 0;
  for (let i = xml.indexOf("<row"); i >= 0; i = xml.indexOf("<row", i + 4)) count++;
  return count;
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
  const used = worksheet.dimensions;
  const usedCells = Math.max(0, used.bottom) * Math.max(0, used.right);
  if (usedCells > maxCells) {
    return { code: "too-large", detail: `sheet "${worksheet.name}" spans ${usedCells} cells (limit ${maxCells})` };
  }

  const rows: CellValue[][] = [];
  const mergeAreas = new Map<string, { readonly top: number; readonly left: number; bottom: number; right: number }>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
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
      const value = cell.type === ExcelJS.ValueType.Formula ? toCellValue(cell.result) : toCellValue(cell.value);
      if (value === null) return;
      while (values.length < c) values.push(null);
      values[c] = value;
    });
    if (values.length === 0) return;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = values;
  });

  const merges: CellRange[] = [...mergeAreas.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  return { sheet: worksheet.name, cells: rows, merges };
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
