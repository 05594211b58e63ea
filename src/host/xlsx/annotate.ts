import { parseRangeA1, rangeA1, rangeContains, sheetRef, a1 } from "../../core/grid/address";
import { uniqueSheetName } from "../../core/grid/sheet-name";
import type { WorkbookGrids } from "../../core/grid/grid";
import { isOwnReportSheet, REPORT_MARKER, type AnnotationPlan, type PlannedMark, type PlannedReport, type PlannedReportRow } from "../../core/annotations";
import type { Severity } from "../../core/types";
import { readGridsFast } from "./fast-read";
import { errorText, readWriterInput, refuseInputAsOutput, WriterError, writeWriterOutput, type WriterFailure } from "./output-file";
import { DEFAULT_MAX_CELLS, DEFAULT_MAX_ROWS, preflight, type ReadErrorCode } from "./preflight";
import { hasOwnNotes, writeNotes } from "./package/notes";
import { relsPartOf, XlsxPackage } from "./package/opc";
import { openStyles } from "./package/styles";
import { sheetOfReference } from "./package/summary";
import { worksheetXml, type NewCell } from "./package/new-sheet";
import { addPatch, patchCells, readMerges, type CellPatches } from "./package/sheet-xml";
import { getAttr, setAttr, TagKind, TagWalker } from "./package/xml";

export type AnnotateErrorCode = ReadErrorCode | "same-file" | "unknown-sheet" | "bad-address" | "write-failed";

export class AnnotateError extends WriterError<AnnotateErrorCode> {
  override readonly name = "AnnotateError";
}

const annotateFailure: WriterFailure = (code, message) => new AnnotateError(code, message);

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** "#FFC7CE" as styles.xml spells a colour: ARGB. */
function argb(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

/** What the copy got: the report sheet's name, and the sheets whose marks were left out (protected or hidden, as the add-in does). */
export interface AnnotateResult {
  readonly reportSheet: string;
  readonly regenerated: boolean;
  readonly skipped: readonly { readonly sheet: string; readonly reason: "protected" | "hidden" }[];
}

/**
 * Write a copy of `inputPath` with the plan applied: marked cells filled and noted, the report sheet
 * at the end (or rewritten in place when the input is a copy we annotated before). The copy is the
 * input's package with only the marked sheets, their notes, styles.xml and the report sheet's entries
 * changed; every other part is copied byte for byte. The input is only read; writing over it is refused.
 */
export async function writeAnnotatedCopy(inputPath: string, outputPath: string, plan: AnnotationPlan): Promise<AnnotateResult> {
  await refuseInputAsOutput(inputPath, outputPath, annotateFailure);
  const input = await readWriterInput(inputPath, annotateFailure);
  const { bytes, result } = annotatePackageWithResult(input, plan, inputPath);
  await writeWriterOutput(outputPath, bytes, annotateFailure);
  return result;
}

/** The annotated package as bytes; `name` only names the input in errors. */
export function annotatePackage(input: Buffer, plan: AnnotationPlan, name = "input"): Buffer {
  return annotatePackageWithResult(input, plan, name).bytes;
}

interface SheetInfo {
  readonly name: string;
  readonly part: string;
  readonly index: number;
  readonly hidden: boolean;
}

export function annotatePackageWithResult(input: Buffer, plan: AnnotationPlan, name = "input"): { bytes: Buffer; result: AnnotateResult } {
  const pkg = openPackage(input, name);
  const sheets = worksheetsOf(pkg);
  const byPart = marksByPart(plan.marks, sheets);
  const own = ownReportSheet(pkg.definedNames(), [...sheets.values()], () => gridsOf(input));
  try {
    const styles = openStyles(pkg);
    const skipped: AnnotateResult["skipped"][number][] = [];
    for (const sheet of sheets.values()) {
      if (sheet.name === own?.name) continue;
      const marks = byPart.get(sheet.part) ?? [];
      const refusal = sheet.hidden ? "hidden" : isProtected(pkg.text(sheet.part)!) ? "protected" : null;
      if (refusal !== null && marks.length > 0) skipped.push({ sheet: sheet.name, reason: refusal });
      if (refusal === null) markSheet(pkg, sheet.part, marks, styles.book);
    }
    const reportSheet = writeReportSheet(pkg, styles.book, plan.report, sheets, own);
    styles.save();
    return { bytes: pkg.write(), result: { reportSheet, regenerated: own !== null, skipped } };
  } catch (err) {
    if (err instanceof AnnotateError) throw err;
    throw new AnnotateError("write-failed", `cannot build the annotated workbook: ${errorText(err)}`);
  }
}

function gridsOf(input: Buffer): WorkbookGrids | null {
  const read = readGridsFast(input);
  return read.ok ? read.grids : null;
}

function openPackage(input: Buffer, name: string): XlsxPackage {
  const rejected = preflight(input, DEFAULT_MAX_CELLS, DEFAULT_MAX_ROWS);
  if (rejected) throw new AnnotateError(rejected.code, `cannot open ${name}: ${rejected.code}${rejected.detail ? ` (${rejected.detail})` : ""}`);
  try {
    return new XlsxPackage(input);
  } catch (err) {
    throw new AnnotateError("unreadable", `cannot open ${name}: unreadable (${errorText(err)})`);
  }
}

/** The worksheets by name, with their part, position and whether workbook.xml hides them. */
function worksheetsOf(pkg: XlsxPackage): Map<string, SheetInfo> {
  const states = new Map<string, string>();
  const walker = new TagWalker(pkg.text(pkg.workbookPart) ?? "");
  while (walker.next()) if (walker.kind() !== TagKind.Close && walker.local() === "sheet") states.set(getAttr(walker.tag, "name") ?? "", getAttr(walker.tag, "state") ?? "visible");
  const out = new Map<string, SheetInfo>();
  pkg.sheets().forEach((sheet, index) => {
    if (sheet.part === null || !sheet.type.endsWith("/worksheet") || !pkg.has(sheet.part)) return;
    out.set(sheet.name, { name: sheet.name, part: sheet.part, index, hidden: (states.get(sheet.name) ?? "visible") !== "visible" });
  });
  return out;
}

function marksByPart(marks: readonly PlannedMark[], sheets: ReadonlyMap<string, SheetInfo>): Map<string, PlannedMark[]> {
  const byPart = new Map<string, PlannedMark[]>();
  for (const mark of marks) {
    const part = sheets.get(mark.sheet)?.part;
    if (part === undefined) throw new AnnotateError("unknown-sheet", `no sheet named "${mark.sheet}"`);
    if (!parseRangeA1(mark.cell)) throw new AnnotateError("bad-address", `not a cell address: "${mark.cell}" on "${mark.sheet}"`);
    byPart.set(part, [...(byPart.get(part) ?? []), mark]);
  }
  return byPart;
}

/** <sheetProtection sheet="1">: Excel refuses changes to the sheet's cells, so the add-in leaves it unmarked, and so do we. */
function isProtected(sheetXml: string): boolean {
  const walker = new TagWalker(sheetXml);
  while (walker.next()) {
    if (walker.local() !== "sheetProtection" || walker.kind() === TagKind.Close) continue;
    const on = getAttr(walker.tag, "sheet");
    return on === "1" || on === "true";
  }
  return false;
}

/**
 * The report sheet an earlier annotation wrote: the one the hidden REPORT_MARKER name points at,
 * if its first rows are our report (a forged name alone does not make a user's sheet ours).
 * `grids` is only read when such a name exists.
 */
export function ownReportSheet<S extends { readonly name: string }>(
  names: readonly { readonly name: string; readonly localSheetId?: number; readonly formula: string }[],
  sheets: readonly S[],
  grids: () => WorkbookGrids | null,
): S | null {
  const marker = names.filter((n) => n.name === REPORT_MARKER && n.localSheetId === undefined).pop();
  const sheetName = marker ? sheetOfReference(marker.formula) : null;
  const sheet = sheets.find((s) => s.name === sheetName);
  if (!sheet) return null;
  const grid = grids()?.sheets.find((g) => g.sheet === sheet.name);
  return grid && isOwnReportSheet(grid.cells) ? sheet : null;
}

type Styles = ReturnType<typeof openStyles>["book"];

interface CellMarks {
  readonly row: number;
  readonly col: number;
  fill: PlannedMark["fill"];
  severity: Severity;
  readonly notes: string[];
}

/** Marks by the cell that shows them: Excel shows a merged area's fill and note from its top-left cell. */
function marksByCell(marks: readonly PlannedMark[], sheetXml: string): Map<string, CellMarks> {
  const merges = readMerges(sheetXml);
  const byCell = new Map<string, CellMarks>();
  for (const mark of marks) {
    const range = parseRangeA1(mark.cell)!;
    const merge = merges.find((m) => rangeContains(m, range.top, range.left));
    const row = merge ? merge.top : range.top;
    const col = merge ? merge.left : range.left;
    const key = a1(row, col);
    const entry = byCell.get(key) ?? { row, col, fill: mark.fill, severity: mark.severity, notes: [] };
    if (SEVERITY_RANK[mark.severity] > SEVERITY_RANK[entry.severity]) {
      entry.severity = mark.severity;
      entry.fill = mark.fill;
    }
    if (mark.note !== "" && !entry.notes.includes(mark.note)) entry.notes.push(mark.note);
    byCell.set(key, entry);
  }
  return byCell;
}

/** Fills and notes of one sheet; our notes from an earlier annotation are regenerated even when the sheet has no marks now. */
function markSheet(pkg: XlsxPackage, part: string, marks: readonly PlannedMark[], styles: Styles): void {
  const original = pkg.text(part)!;
  if (marks.length === 0 && !hasOwnNotes(pkg, part, original)) return;
  const patches: CellPatches = new Map();
  const notes = new Map<string, string>();
  for (const [ref, { row, col, fill: color, notes: texts }] of marksByCell(marks, original)) {
    if (color) {
      const fill = styles.solidFill(argb(color));
      addPatch(patches, row, col, (existing, cellRef, prefix) => {
        if (existing === null) return `<${prefix}c r="${cellRef}" s="${styles.deriveXf(0, { fill })}"/>`;
        const walker = new TagWalker(existing.xml);
        walker.next();
        return setAttr(existing.tag, "s", String(styles.deriveXf(existing.style, { fill }))) + existing.xml.slice(walker.end);
      });
    }
    if (texts.length > 0) notes.set(ref, texts.join("\n"));
  }
  let xml = patches.size > 0 ? patchCells(original, patches) : original;
  xml = writeNotes(pkg, part, xml, notes);
  if (xml !== original) pkg.set(part, xml);
}

/**
 * The plan's report sheet: rewritten in its part when `own` is the report an earlier annotation
 * wrote (its name and position stay), else added at the end under a name no sheet has.
 */
function writeReportSheet(pkg: XlsxPackage, styles: Styles, report: PlannedReport, sheets: ReadonlyMap<string, SheetInfo>, own: SheetInfo | null): string {
  const name = own?.name ?? uniqueSheetName(pkg.sheets().map((s) => s.name), report.name);
  const linkable = new Set([...sheets.keys()].filter((s) => s !== own?.name));
  const xml = worksheetXml(reportSheetContent(report, styles, linkable));
  let index: number;
  if (own) {
    pkg.set(own.part, xml);
    pkg.remove(relsPartOf(own.part));
    index = own.index;
  } else {
    index = pkg.addWorksheet(name, xml).index;
  }
  pkg.setHiddenName(REPORT_MARKER, sheetRef(name, "$A$1"));
  const header = report.headerRow + 1;
  const filter = pkg.definedNames().some((n) => n.name === "_xlnm._FilterDatabase" && n.localSheetId === index);
  if (!filter) pkg.addDefinedName("_xlnm._FilterDatabase", sheetRef(name, `$A$${header}:$${a1(0, report.width - 1).replace(/\d+$/, "")}$${header}`), { localSheetId: index, hidden: true });
  return name;
}

function reportSheetContent(report: PlannedReport, styles: Styles, linkable: ReadonlySet<string>) {
  const p = styles.p;
  const rowStyle: Partial<Record<PlannedReportRow["style"], number>> = {
    title: styles.deriveXf(0, { font: styles.fontLike(`<${p}b/><${p}sz val="14"/>`, ["b", "sz"]) }),
    section: styles.deriveXf(0, { font: styles.fontLike(`<${p}b/><${p}sz val="12"/>`, ["b", "sz"]) }),
    header: styles.deriveXf(0, { font: styles.fontLike(`<${p}b/>`, ["b"]) }),
  };
  const linkFont = styles.fontLike(`<${p}u/><${p}color rgb="${argb("#0563C1")}"/>`, ["u", "color"]);
  const hyperlinks: { ref: string; location: string }[] = [];
  const rows: NewCell[][] = report.rows.map((row, r) => {
    const range = row.link ? parseRangeA1(row.link.cell) : null;
    const target = row.link && range && linkable.has(row.link.sheet) && row.cells[0] ? sheetRef(row.link.sheet, rangeA1(range)) : null;
    if (target !== null) hyperlinks.push({ ref: a1(r, 0), location: target });
    const first = target !== null || row.fill ? styles.deriveXf(0, { ...(target !== null ? { font: linkFont } : {}), ...(row.fill ? { fill: styles.solidFill(argb(row.fill)) } : {}) }) : rowStyle[row.style];
    return row.cells.map((text, c): NewCell => {
      const style = c === 0 ? first : rowStyle[row.style];
      return { kind: "text", text, ...(style !== undefined ? { style } : {}) };
    });
  });
  const header = report.headerRow + 1;
  return { rows, widths: report.widths, frozenRows: header, autoFilter: `A${header}:${a1(report.headerRow, report.width - 1)}`, hyperlinks };
}

