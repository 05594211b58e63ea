import { MAX_SHEET_CELLS, MAX_SHEET_ROWS } from "../../core/grid/limits";
import type { ZipEntry } from "./zip";
import { InflateBudget, MAX_PACKAGE_BYTES, MAX_PART_BYTES, readCentralDirectory, readEntry, startsWithZipLocalHeader, ZipLimitError } from "./zip";

/*
 * What both readers (exceljs and the fast reader) share: the error vocabulary, the size limits and
 * the checks made on the raw bytes before either spends memory on them.
 */

/** unreadable: the fast reader gave up and exceljs may try; damaged: proven damaged (or crafted), no reader tries further. */
export type ReadErrorCode = "not-found" | "not-a-file" | "file-too-large" | "not-xlsx" | "encrypted" | "truncated" | "legacy-xls" | "too-large" | "unreadable" | "damaged";

export interface ReadError {
  readonly code: ReadErrorCode;
  readonly detail?: string;
}

export interface ReadOptions {
  /** Largest worksheet accepted, in cells of its used range counted from A1. */
  readonly maxCells?: number;
  /** Most rows accepted in one worksheet. */
  readonly maxRows?: number;
  /**
   * Most bytes the worksheet parts may declare together, for a file that will be written back
   * (annotate, fill): checked on the directory, before anything is inflated.
   */
  readonly maxSheetBytes?: number;
}

/**
 * What the writers accept (--annotate, fill, new --into, summarize --out of one input), in declared worksheet bytes. Measured
 * (bench/WRITERS.md): 8.7 MB of sheets (2,000 projects) annotate in 150 MB; 148 MB of sheets (two
 * sheets of 2.4 million cells) need over 2.4 GB and more than half an hour. 64 MB is about 15,000
 * projects, far above any department's submission.
 */
export const MAX_WRITER_SHEET_BYTES = 64 * 1024 * 1024;

/** "too-large" when the worksheet parts declare more than `limit` bytes together; null otherwise (or when the directory is unreadable: the readers say why). */
export function sheetBytesRefusal(buf: Buffer, limit: number): ReadError | null {
  const directory = startsWithZipLocalHeader(buf) ? readCentralDirectory(buf) : null;
  if (directory?.status !== "ok") return null;
  let declared = 0;
  for (const entry of directory.entries) if (WORKSHEET_PART.test(entry.name)) declared += entry.uncompressedSize;
  return declared > limit ? { code: "too-large", detail: `the worksheets declare ${declared} bytes (limit ${limit} for a copy to be written)` } : null;
}

export const DEFAULT_MAX_CELLS = MAX_SHEET_CELLS;
/** A department's whole budget fits in far fewer rows; beyond this exceljs alone needs gigabytes. */
export const DEFAULT_MAX_ROWS = MAX_SHEET_ROWS;
/** Largest input file read: far above any real submission, far below what would exhaust memory. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;
/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32_767;
// Worksheet parts larger than this are opened to find their last row before exceljs loads them.
const LARGE_PART_BYTES = 8 * 1024 * 1024;
const HUGE_PART_BYTES = MAX_PART_BYTES;

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// Office puts a password-protected xlsx inside a compound file next to an EncryptionInfo stream.
const ENCRYPTED_PACKAGE_NAME = Buffer.from("EncryptedPackage", "utf16le");
export const WORKBOOK_PART = "xl/workbook.xml";
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/** What can be told from the bytes alone, before a reader spends memory on them. */
export function preflight(buf: Buffer, _maxCells: number, maxRows: number): ReadError | null {
  if (buf.length === 0) return { code: "not-xlsx", detail: "empty file" };
  if (buf.length >= CFB_SIGNATURE.length && buf.subarray(0, CFB_SIGNATURE.length).equals(CFB_SIGNATURE)) {
    if (buf.includes(ENCRYPTED_PACKAGE_NAME)) return { code: "encrypted" };
    return { code: "legacy-xls" };
  }
  if (!startsWithZipLocalHeader(buf)) return { code: "not-xlsx" };

  const directory = readCentralDirectory(buf);
  if (directory.status === "no-eocd") return { code: "truncated", detail: "zip has no end-of-central-directory record" };
  if (directory.status !== "ok") return { code: "unreadable", detail: `zip: ${directory.reason}` };
  let declared = 0;
  for (const entry of directory.entries) {
    if (entry.uncompressedSize > MAX_PART_BYTES) return { code: "file-too-large", detail: `${entry.name} declares ${entry.uncompressedSize} bytes (limit ${MAX_PART_BYTES})` };
    declared += entry.uncompressedSize;
  }
  if (declared > MAX_PACKAGE_BYTES) return { code: "file-too-large", detail: `the parts declare ${declared} bytes (limit ${MAX_PACKAGE_BYTES})` };

  const names = new Set(directory.entries.map((e) => e.name));
  if (!names.has(WORKBOOK_PART)) {
    if (names.has("xl/workbook.bin")) return { code: "not-xlsx", detail: "binary workbook (xlsb)" };
    return { code: "not-xlsx", detail: `zip without ${WORKBOOK_PART}` };
  }
  // Excel and LibreOffice refuse a package without its content types.
  if (!directory.entries.some((e) => e.name.toLowerCase() === "[content_types].xml")) return { code: "damaged", detail: "no [Content_Types].xml" };
  for (const entry of directory.entries) {
    if (!WORKSHEET_PART.test(entry.name)) continue;
    // <dimension> is only a claim (the whole sheet, on a sheet of 103 rows): the readers count the cells
    // that exist; large parts are measured here by their last row.
    const rows = lastRowOf(buf, entry);
    if (rows !== null && rows > maxRows) {
      const size = rows === Infinity ? `more than ${HUGE_PART_BYTES} bytes of XML` : `${rows} rows`;
      return { code: "too-large", detail: `${entry.name} holds ${size} (limit ${maxRows} rows)` };
    }
  }
  return null;
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

/**
 * For readers that inflate every part (exceljs): each part inflated with an output limit, to prove
 * it holds no more than it declares, before such a reader is given the file.
 */
export function verifyInflatedSizes(buf: Buffer): ReadError | null {
  const directory = readCentralDirectory(buf);
  if (directory.status !== "ok") return null;
  const budget = new InflateBudget();
  for (const entry of directory.entries) {
    if (entry.name.endsWith("/") && entry.uncompressedSize === 0) continue;
    try {
      readEntry(buf, entry, { budget });
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      return { code: err instanceof ZipLimitError ? "file-too-large" : "unreadable", detail };
    }
  }
  return null;
}
