import { readFile } from "node:fs/promises";
import { parseRangeA1, rangeA1, rangeContains, sheetRef, a1 } from "../../core/grid/address";
import { uniqueSheetName } from "../../core/grid/sheet-name";
import { isSameFile, writeFileAtomically } from "./output-file";
import { DEFAULT_MAX_CELLS, DEFAULT_MAX_ROWS, preflight, type ReadErrorCode } from "./preflight";
import { addNotes } from "./package/notes";
import { XlsxPackage } from "./package/opc";
import { openStyles } from "./package/styles";
import { worksheetXml, type NewCell } from "./package/new-sheet";
import { addPatch, patchCells, readMerges, type CellPatches } from "./package/sheet-xml";
import { setAttr, TagWalker } from "./package/xml";

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
const LINK_COLOR = "FF0563C1";

/**
 * Write a copy of `inputPath` with marked cells filled and noted, plus a report sheet at the end.
 * The copy is the input's package with only the marked sheets, their notes, styles.xml and the
 * new sheet's entries changed; every other part is copied byte for byte. The input is only read;
 * writing over it is refused.
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
  const bytes = annotatePackage(input, marks, reportRows, labels, inputPath);
  await writeOutput(outputPath, bytes);
}

/** The annotated package as bytes; `name` only names the input in errors. */
export function annotatePackage(input: Buffer, marks: readonly AnnotationMark[], reportRows: readonly ReportRow[], labels: ReportLabels, name = "input"): Buffer {
  const rejected = preflight(input, DEFAULT_MAX_CELLS, DEFAULT_MAX_ROWS);
  if (rejected) throw new AnnotateError(rejected.code, `cannot open ${name}: ${rejected.code}${rejected.detail ? ` (${rejected.detail})` : ""}`);
  let pkg: XlsxPackage;
  try {
    pkg = new XlsxPackage(input);
  } catch (err) {
    throw new AnnotateError("unreadable", `cannot open ${name}: unreadable (${errorText(err)})`);
  }
  const sheets = pkg.sheets();
  const partOf = new Map<string, string>();
  for (const sheet of sheets) if (sheet.part !== null && sheet.type.endsWith("/worksheet") && pkg.has(sheet.part)) partOf.set(sheet.name, sheet.part);

  const byPart = new Map<string, AnnotationMark[]>();
  for (const mark of marks) {
    const part = partOf.get(mark.sheet);
    if (part === undefined) throw new AnnotateError("unknown-sheet", `no sheet named "${mark.sheet}"`);
    if (!parseRangeA1(mark.cell)) throw new AnnotateError("bad-address", `not a cell address: "${mark.cell}" on "${mark.sheet}"`);
    const list = byPart.get(part) ?? [];
    list.push(mark);
    byPart.set(part, list);
  }

  try {
    const styles = openStyles(pkg);
    for (const [part, sheetMarks] of byPart) markSheet(pkg, part, sheetMarks, styles.book);
    addReportSheet(pkg, styles.book, reportRows, labels, new Set(partOf.keys()));
    styles.save();
    return pkg.write();
  } catch (err) {
    if (err instanceof AnnotateError) throw err;
    throw new AnnotateError("write-failed", `cannot build the annotated workbook: ${errorText(err)}`);
  }
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
  severity: MarkSeverity;
  readonly notes: string[];
}

type Styles = ReturnType<typeof openStyles>["book"];

function markSheet(pkg: XlsxPackage, part: string, marks: readonly AnnotationMark[], styles: Styles): void {
  const original = pkg.text(part)!;
  const merges = readMerges(original);
  const byCell = new Map<string, CellMarks & { row: number; col: number }>();
  for (const mark of marks) {
    const range = parseRangeA1(mark.cell)!;
    // Excel shows a merged area's fill and note from its top-left cell.
    const merge = merges.find((m) => rangeContains(m, range.top, range.left));
    const row = merge ? merge.top : range.top;
    const col = merge ? merge.left : range.left;
    const key = a1(row, col);
    const entry = byCell.get(key) ?? { row, col, severity: mark.severity, notes: [] };
    if (SEVERITY_RANK[mark.severity] > SEVERITY_RANK[entry.severity]) entry.severity = mark.severity;
    if (mark.note !== "" && !entry.notes.includes(mark.note)) entry.notes.push(mark.note);
    byCell.set(key, entry);
  }

  const patches: CellPatches = new Map();
  const notes = new Map<string, string>();
  for (const [ref, { row, col, severity, notes: texts }] of byCell) {
    const color = FILL_COLOR[severity];
    if (color) {
      const fill = styles.solidFill(color);
      addPatch(patches, row, col, (existing, cellRef, prefix) => {
        if (existing === null) return `<${prefix}c r="${cellRef}" s="${styles.deriveXf(0, { fill })}"/>`;
        const walker = new TagWalker(existing.xml);
        walker.next();
        return setAttr(existing.tag, "s", String(styles.deriveXf(existing.style, { fill }))) + existing.xml.slice(walker.end);
      });
    }
    if (texts.length > 0) notes.set(ref, texts.join("\n"));
  }
  let xml = patchCells(original, patches);
  xml = addNotes(pkg, part, xml, notes);
  if (xml !== original) pkg.set(part, xml);
}

function addReportSheet(pkg: XlsxPackage, styles: Styles, rows: readonly ReportRow[], labels: ReportLabels, worksheets: ReadonlySet<string>): void {
  const name = uniqueSheetName(
    pkg.sheets().map((s) => s.name),
    labels.sheetName,
  );
  const widths: number[] = [];
  const measure = (col: number, text: string): void => {
    widths[col] = Math.max(widths[col] ?? 0, displayWidth(text));
  };
  const table: NewCell[][] = [];
  const hyperlinks: { ref: string; location: string }[] = [];

  if (labels.headers.length > 0) {
    const bold = styles.deriveXf(0, { font: styles.fontLike(`<${styles.p}b/>`, ["b"]) });
    table.push(labels.headers.map((text, i) => (measure(i, text), { kind: "text", text, style: bold })));
  }
  const linkFont = styles.fontLike(`<${styles.p}u/><${styles.p}color rgb="${LINK_COLOR}"/>`, ["u", "color"]);
  for (const reportRow of rows) {
    const range = parseRangeA1(reportRow.cell);
    const target = range && worksheets.has(reportRow.sheet) ? sheetRef(reportRow.sheet, rangeA1(range)) : null;
    const texts = reportRow.cells.length > 0 ? reportRow.cells : [target ?? `${reportRow.sheet}!${reportRow.cell}`];
    const linked = target !== null && texts[0] !== "";
    const color = isMarkSeverity(reportRow.severity) ? FILL_COLOR[reportRow.severity] : null;
    const firstStyle =
      linked || color ? styles.deriveXf(0, { ...(linked ? { font: linkFont } : {}), ...(color ? { fill: styles.solidFill(color) } : {}) }) : undefined;
    const rowIndex = table.length;
    table.push(
      texts.map((text, col) => {
        measure(col, text);
        return { kind: "text", text, ...(col === 0 && firstStyle !== undefined ? { style: firstStyle } : {}) };
      }),
    );
    if (linked) hyperlinks.push({ ref: a1(rowIndex, 0), location: target });
  }

  const headers = labels.headers.length;
  const xml = worksheetXml({
    rows: table,
    widths: widths.map((w) => Math.min(60, Math.max(8, (w ?? 0) + 2))),
    ...(headers > 0 ? { frozenRows: 1, autoFilter: `A1:${a1(0, headers - 1)}` } : {}),
    hyperlinks,
  });
  const { index } = pkg.addWorksheet(name, xml);
  if (headers > 0) pkg.addDefinedName("_xlnm._FilterDatabase", `${sheetRef(name, `$A$1:$${a1(0, headers - 1).replace(/\d+$/, "")}$1`)}`, { localSheetId: index, hidden: true });
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
