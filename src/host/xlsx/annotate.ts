import { readFile } from "node:fs/promises";
import type ExcelJS from "exceljs";
import { parseRangeA1, rangeA1, sheetRef } from "../../core/grid/address";
import { fixInternalHyperlinks } from "./hyperlinks";
import type { ReadErrorCode } from "./read-workbook";
import { isSameFile, writeFileAtomically } from "./output-file";
import { loadWorkbookBuffer } from "./read-workbook";
import { uniqueSheetName } from "../../core/grid/sheet-name";

export type MarkSeverity = "error" | "warning" | "info";

export interface AnnotationMark {
  readonly sheet: string;
  /** A1 address; a range marks its top-left cell. */
  readonly cell: string;
  readonly severity: MarkSeverity;
  readonly note: string;
}

export interface ReportRow {
  readonly sheet: string;
  readonly cell: string;
  /** "error" and "warning" also tint the row's first cell like a marked cell. */
  readonly severity: string;
  /** Already rendered text columns; the first one links to `sheet`!`cell`. */
  readonly cells: readonly string[];
}

export interface ReportLabels {
  readonly sheetName: string;
  readonly headers: readonly string[];
}

export type AnnotateErrorCode = ReadErrorCode | "same-file" | "unknown-sheet" | "bad-address" | "write-failed";

export class AnnotateError extends Error {
  constructor(
    readonly code: AnnotateErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AnnotateError";
  }
}

const FILL_COLOR: Readonly<Record<MarkSeverity, string | null>> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: null,
};
const SEVERITY_RANK: Readonly<Record<MarkSeverity, number>> = { error: 3, warning: 2, info: 1 };
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

/**
 * Write a copy of `inputPath` with marked cells filled and noted, plus a report sheet at the end.
 * The input file is only read; writing over it is refused.
 */
export async function writeAnnotatedCopy(
  inputPath: string,
  outputPath: string,
  marks: readonly AnnotationMark[],
  reportRows: readonly ReportRow[],
  labels: ReportLabels,
): Promise<void> {
  await refuseSameFile(inputPath, outputPath);

  let input: Buffer;
  try {
    input = await readFile(inputPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new AnnotateError("not-found", `input not found: ${inputPath}`);
    throw new AnnotateError("unreadable", `cannot read ${inputPath}: ${errorText(err)}`);
  }
  const loaded = await loadWorkbookBuffer(input);
  if (!loaded.ok) {
    const { code, detail } = loaded.error;
    throw new AnnotateError(code, `cannot open ${inputPath}: ${code}${detail ? ` (${detail})` : ""}`);
  }
  const workbook = loaded.workbook;

  applyMarks(workbook, marks);
  addReportSheet(workbook, reportRows, labels);

  let bytes: Buffer;
  try {
    const written = await workbook.xlsx.writeBuffer();
    bytes = fixInternalHyperlinks(Buffer.from(written as ArrayBuffer));
  } catch (err) {
    throw new AnnotateError("write-failed", `cannot build the annotated workbook: ${errorText(err)}`);
  }
  await writeOutput(outputPath, bytes);
}

async function refuseSameFile(inputPath: string, outputPath: string): Promise<void> {
  if (await isSameFile(inputPath, outputPath)) throw new AnnotateError("same-file", `refusing to overwrite the input file: ${outputPath}`);
}

async function writeOutput(path: string, bytes: Buffer): Promise<void> {
  try {
    await writeFileAtomically(path, bytes);
  } catch (err) {
    throw new AnnotateError("write-failed", `cannot write ${path}: ${errorText(err)}`);
  }
}

interface CellMarks {
  readonly cell: ExcelJS.Cell;
  severity: MarkSeverity;
  readonly notes: string[];
}

function applyMarks(workbook: ExcelJS.Workbook, marks: readonly AnnotationMark[]): void {
  const byCell = new Map<ExcelJS.Cell, CellMarks>();
  for (const mark of marks) {
    const worksheet = workbook.getWorksheet(mark.sheet);
    if (!worksheet) throw new AnnotateError("unknown-sheet", `no sheet named "${mark.sheet}"`);
    const range = parseRangeA1(mark.cell);
    if (!range) throw new AnnotateError("bad-address", `not a cell address: "${mark.cell}" on "${mark.sheet}"`);
    // Excel shows a merged area's fill and note from its top-left cell.
    const cell = worksheet.getCell(range.top + 1, range.left + 1).master;
    const entry = byCell.get(cell) ?? { cell, severity: mark.severity, notes: [] };
    if (SEVERITY_RANK[mark.severity] > SEVERITY_RANK[entry.severity]) entry.severity = mark.severity;
    if (mark.note !== "" && !entry.notes.includes(mark.note)) entry.notes.push(mark.note);
    byCell.set(cell, entry);
  }

  for (const { cell, severity, notes } of byCell.values()) {
    const color = FILL_COLOR[severity];
    if (color) {
      // Loaded cells share style objects, so replace this cell's style instead of mutating it.
      cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: color } } };
    }
    const existing = noteText(cell.note);
    const text = [existing, ...notes].filter((t) => t !== "").join("\n");
    if (text !== "") cell.note = text;
  }
}

function noteText(note: string | ExcelJS.Comment | undefined): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((run) => run.text).join("");
}

function addReportSheet(workbook: ExcelJS.Workbook, rows: readonly ReportRow[], labels: ReportLabels): void {
  const name = uniqueSheetName(
    workbook.worksheets.map((ws) => ws.name),
    labels.sheetName,
  );
  const sheet = workbook.addWorksheet(name);
  const widths: number[] = [];
  const measure = (col: number, text: string): void => {
    widths[col] = Math.max(widths[col] ?? 0, displayWidth(text));
  };

  if (labels.headers.length > 0) {
    const header = sheet.getRow(1);
    labels.headers.forEach((text, i) => {
      header.getCell(i + 1).value = text;
      measure(i, text);
    });
    header.font = { bold: true };
    sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: labels.headers.length } };
  }

  const firstDataRow = labels.headers.length > 0 ? 2 : 1;
  rows.forEach((reportRow, i) => {
    const row = sheet.getRow(firstDataRow + i);
    const range = parseRangeA1(reportRow.cell);
    const target = range && workbook.getWorksheet(reportRow.sheet) ? sheetRef(reportRow.sheet, rangeA1(range)) : null;
    const texts = reportRow.cells.length > 0 ? reportRow.cells : [target ?? `${reportRow.sheet}!${reportRow.cell}`];
    texts.forEach((text, col) => {
      row.getCell(col + 1).value = text;
      measure(col, text);
    });
    const first = row.getCell(1);
    if (target && texts[0] !== "") {
      first.value = { text: texts[0]!, hyperlink: `#${target}` };
      first.font = LINK_FONT;
    }
    const color = isMarkSeverity(reportRow.severity) ? FILL_COLOR[reportRow.severity] : null;
    if (color) first.fill = { type: "pattern", pattern: "solid", fgColor: { argb: color } };
  });

  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, w + 2));
  });
}

function isMarkSeverity(s: string): s is MarkSeverity {
  return s === "error" || s === "warning" || s === "info";
}

/** Column width in Excel's character units: CJK and other wide characters count double. */
const WIDE_CHAR = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function displayWidth(text: string): number {
  let longest = 0;
  for (const line of text.split("\n")) {
    let w = 0;
    for (const ch of line) w += WIDE_CHAR.test(ch) ? 2 : 1;
    longest = Math.max(longest, w);
  }
  return longest;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
