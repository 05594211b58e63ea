import type { CellRange } from "../../core/grid/address";
import type { CellValue, Grid, WorkbookGrids } from "../../core/grid/grid";
import { builtInNumberFormat, formattedCellValue } from "../../core/grid/number-format";
import { DEFAULT_MAX_CELLS, DEFAULT_MAX_ROWS, MAX_CELL_TEXT, preflight, WORKBOOK_PART } from "./preflight";
import type { ReadError, ReadOptions } from "./preflight";
import { Token, XmlScanError, XmlScanner, decodeXstring } from "./xml-scan";
import type { ZipEntry } from "./zip";
import { InflateBudget, readCentralDirectory, readEntry, ZipLimitError } from "./zip";

/*
 * A lean xlsx → grids reader for the check path: the same grids the exceljs reader builds
 * (read-workbook.ts: workbookToGrids), from the package's XML read with a pull scanner, without
 * an object per cell. It reads only what the grids need: the workbook's sheet list, relationships,
 * shared strings, the number format of each cell style, and each worksheet's cells, merges and hyperlinks.
 * Numbers go through the core's formattedCellValue (core/grid/number-format.ts), as in every host.
 *
 * Where exceljs would do something odd with a file (rows out of order, duplicate sheet ids, a
 * shared string index out of range, overlapping merges …) this reader answers "unreadable" so that
 * the caller can let exceljs decide. It never throws.
 *
 * Deliberate differences from exceljs, each where exceljs loses or garbles what the sheet shows:
 * - t="d" cells (ISO 8601 dates) give "YYYY-MM-DD"; exceljs parses them as numbers.
 * - Serial dates 1–60 of the 1900 system follow Excel's calendar (60 is "1900-02-29");
 *   exceljs is a day early before 1900-03-01.
 * - date1904="true" is honoured as well as "1".
 * - A formula whose cached result is text, a boolean or an error keeps that result in a cell with a
 *   date format; a hyperlinked date or error value keeps its text. exceljs turns these into null
 *   (or a date near 1900 for a boolean).
 * - Text in <v> is decoded once (exceljs decodes t="str" results a second time); _xHHHH_ escapes
 *   are decoded in inline strings too; CDATA sections are kept.
 * - Sheet names are not cut to 31 characters; worksheet parts need not be named sheetN.xml;
 *   rows and cells without an r attribute follow the previous one.
 */

export interface DefinedName {
  readonly name: string;
  /** Zero-based position of the sheet the name is local to, in the workbook's sheet list. */
  readonly localSheetId?: number;
  /** The name's formula as written, e.g. `'汇总-项目'!$A$1`. */
  readonly formula: string;
}

export type ReadResultLean =
  | { readonly ok: true; readonly grids: WorkbookGrids; readonly definedNames: readonly DefinedName[] }
  | { readonly ok: false; readonly error: ReadError };

/** Thrown inside the reader; readGridsFast turns it into its result. */
class ReadFailure extends Error {
  constructor(readonly error: ReadError) {
    super(error.detail ?? error.code);
  }
}

const REPLACEMENT_CHARACTER_UTF8 = Buffer.from("\ufffd", "utf8");

/** Longer than Excel allows in a cell: the file is damaged (or crafted), and no other reader is tried. */
function checkTextLength(length: number, where: string): void {
  if (length > MAX_CELL_TEXT) throw new ReadFailure({ code: "damaged", detail: `${where}: a text of more than ${MAX_CELL_TEXT} characters` });
}

function unreadable(detail: string): ReadFailure {
  return new ReadFailure({ code: "unreadable", detail });
}

function tooLarge(detail: string): ReadFailure {
  return new ReadFailure({ code: "too-large", detail });
}

/** Grids of every worksheet, in workbook order, straight from the package XML. Never throws. */
export function readGridsFast(buf: Buffer, options?: ReadOptions): ReadResultLean {
  try {
    const maxCells = options?.maxCells ?? DEFAULT_MAX_CELLS;
    const rejected = preflight(buf, maxCells, options?.maxRows ?? DEFAULT_MAX_ROWS);
    if (rejected) return { ok: false, error: rejected };
    return readPackage(new Package(buf), maxCells);
  } catch (err) {
    if (err instanceof ReadFailure) return { ok: false, error: err.error };
    return { ok: false, error: { code: "unreadable", detail: err instanceof Error ? err.message : String(err) } };
  }
}

class Package {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly folded = new Map<string, ZipEntry>();
  private readonly budget = new InflateBudget();

  constructor(private readonly buf: Buffer) {
    const directory = readCentralDirectory(buf);
    if (directory.status !== "ok") throw unreadable(`zip: ${directory.status === "no-eocd" ? "no end of central directory" : directory.reason}`);
    for (const entry of directory.entries) {
      const name = entry.name.startsWith("/") ? entry.name.slice(1) : entry.name;
      this.entries.set(name, entry);
      // Part names are case-insensitive (OPC); exact matches come first.
      if (!this.folded.has(name.toLowerCase())) this.folded.set(name.toLowerCase(), entry);
    }
  }

  private find(name: string): ZipEntry | undefined {
    return this.entries.get(name) ?? this.folded.get(name.toLowerCase());
  }

  /** The part as text, or undefined when the package has no such part. */
  text(name: string): string | undefined {
    const entry = this.find(name);
    if (!entry) return undefined;
    let data: Buffer;
    try {
      data = readEntry(this.buf, entry, { budget: this.budget });
    } catch (err) {
      if (err instanceof ZipLimitError) throw tooLarge(`${name}: ${err.message}`);
      throw unreadable(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (data.length !== entry.uncompressedSize) throw unreadable(`${name}: ${data.length} bytes, the zip says ${entry.uncompressedSize}`);
    if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return data.toString("utf16le", 2);
    if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) throw unreadable(`${name}: UTF-16BE XML`);
    const text = data.toString("utf8");
    // Invalid UTF-8 decodes to U+FFFD; Excel refuses such a part, so it is damage, not text to read.
    if (text.includes("\ufffd") && !data.includes(REPLACEMENT_CHARACTER_UTF8)) throw new ReadFailure({ code: "damaged", detail: `${name}: invalid UTF-8` });
    return text;
  }
}

/** Runs `parse` over one part, naming the part in any XML error. */
function parsePart<T>(name: string, xml: string, parse: (scanner: XmlScanner) => T): T {
  try {
    return parse(new XmlScanner(xml));
  } catch (err) {
    if (err instanceof XmlScanError) throw unreadable(`${name}: ${err.message}`);
    throw err;
  }
}

/** A relationship target as a part name: absolute ("/xl/…") or relative to the source part's folder. */
export function resolveTarget(sourcePart: string, target: string): string {
  const trimmed = target.trim();
  const path = trimmed.startsWith("/") ? trimmed.slice(1) : `${sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1)}${trimmed}`;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return out.join("/");
}

function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

function readRelationships(name: string, xml: string): Map<string, Relationship> {
  return parsePart(name, xml, (sc) => {
    const rels = new Map<string, Relationship>();
    for (let tok = sc.next(); tok !== Token.End; tok = sc.next()) {
      if (tok !== Token.Open || sc.name !== "Relationship") continue;
      const [id, type, target, mode] = sc.attrs(["Id", "Type", "Target", "TargetMode"]);
      if (id === undefined) continue;
      rels.set(id, { type: type ?? "", target: target ?? "", external: mode === "External" });
    }
    return rels;
  });
}

function relType(rel: Relationship, kind: string): boolean {
  return rel.type.endsWith(`/${kind}`);
}

interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
}

interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly definedNames: readonly DefinedName[];
}

function readWorkbookPart(xml: string): WorkbookPart {
  return parsePart(WORKBOOK_PART, xml, (sc) => {
    const sheets: SheetEntry[] = [];
    const definedNames: DefinedName[] = [];
    let date1904 = false;
    let name: { name: string; localSheetId?: number; formula: string } | null = null;
    for (let tok = sc.next(); tok !== Token.End; tok = sc.next()) {
      if (tok === Token.Text) {
        if (name) name.formula += sc.text();
        continue;
      }
      if (tok === Token.Close) {
        if (sc.name === "definedName" && name) {
          definedNames.push(name);
          name = null;
        }
        continue;
      }
      if (sc.name === "sheet" && sc.parentName === "sheets") {
        const [sheetName, sheetId, id] = sc.attrs(["name", "sheetId", "id"]);
        const n = Number(sheetId);
        // exceljs keys sheets by a positive sheetId and skips the others: leave such files to it.
        if (sheetName === undefined || sheetName === "" || !Number.isInteger(n) || n < 1 || id === undefined) {
          throw unreadable(`${WORKBOOK_PART}: <sheet> without a name, a positive sheetId or an r:id`);
        }
        if (sheets.some((s) => s.sheetId === n)) throw unreadable(`${WORKBOOK_PART}: sheetId ${n} used twice`);
        sheets.push({ name: sheetName, sheetId: n, rId: id });
      } else if (sc.name === "workbookPr") {
        const [flag] = sc.attrs(["date1904"]);
        date1904 = flag === "1" || flag === "true";
      } else if (sc.name === "definedName" && sc.parentName === "definedNames") {
        const [definedName, localSheetId] = sc.attrs(["name", "localSheetId"]);
        const entry: { name: string; localSheetId?: number; formula: string } = { name: definedName ?? "", formula: "" };
        if (localSheetId !== undefined && /^\d+$/.test(localSheetId)) entry.localSheetId = Number(localSheetId);
        if (sc.selfClosing) definedNames.push(entry);
        else name = entry;
      }
    }
    return { sheets, date1904, definedNames };
  });
}

/**
 * Shared strings as the grid shows them: plain or rich text (runs joined, phonetic runs left out),
 * null for an <si> with no text element at all (exceljs gives an empty object there).
 */
function readSharedStrings(name: string, xml: string): (string | null)[] {
  return parsePart(name, xml, (sc) => {
    const out: (string | null)[] = [];
    let value: string | null = null;
    let inItem = false;
    let phonetic = 0;
    let capturing = false;
    let buffer = "";
    for (let tok = sc.next(); tok !== Token.End; tok = sc.next()) {
      if (tok === Token.Text) {
        if (capturing) {
          buffer += sc.text();
          // Escapes make the raw text longer than the value, never more than 10 times.
          checkTextLength(buffer.length / 10, name);
        }
        continue;
      }
      const el = sc.name;
      if (tok === Token.Open) {
        if (el === "si") {
          if (sc.selfClosing) out.push(null);
          else {
            inItem = true;
            value = null;
          }
        } else if (!inItem) continue;
        else if (el === "rPh") {
          if (!sc.selfClosing) phonetic++;
        } else if (el === "r" && phonetic === 0) {
          value ??= "";
        } else if (el === "t" && phonetic === 0) {
          value ??= "";
          if (!sc.selfClosing) {
            capturing = true;
            buffer = "";
          }
        }
        continue;
      }
      // Close
      if (el === "t" && capturing) {
        value = (value ?? "") + decodeXstring(buffer);
        checkTextLength(value.length, name);
        capturing = false;
      } else if (el === "rPh" && phonetic > 0) phonetic--;
      else if (el === "si" && inItem) {
        out.push(value);
        inItem = false;
      }
    }
    return out;
  });
}

/**
 * For each cellXfs index, its number format code (null for General): a custom <numFmt> of that id,
 * else the built-in format of the id. A custom code replaces a built-in one, as in Excel and exceljs.
 */
function readStyleFormats(name: string, xml: string): (string | null)[] {
  return parsePart(name, xml, (sc) => {
    const custom = new Map<number, string>();
    const formatIds: number[] = [];
    for (let tok = sc.next(); tok !== Token.End; tok = sc.next()) {
      if (tok !== Token.Open) continue;
      if (sc.name === "numFmt" && sc.parentName === "numFmts") {
        const [id, code] = sc.attrs(["numFmtId", "formatCode"]);
        if (id !== undefined && code !== undefined) custom.set(parseInt(id, 10), code);
      } else if (sc.name === "xf" && sc.parentName === "cellXfs") {
        const [id] = sc.attrs(["numFmtId"]);
        formatIds.push(id === undefined ? 0 : parseInt(id, 10));
      }
    }
    return formatIds.map((id) => {
      if (!id) return null;
      const code = custom.get(id) ?? builtInNumberFormat(id);
      return code === undefined || code === "General" ? null : code;
    });
  });
}

/** The date part of an ISO 8601 value (t="d" cells); text that is not one stays as written. */
function isoDate(text: string): string {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(text);
  return m ? m[1]! : text;
}

interface SheetContext {
  readonly shared: readonly (string | null)[] | null;
  readonly styleFormats: readonly (string | null)[];
  readonly date1904: boolean;
  readonly maxCells: number;
}

/** Zero-based column of an A1 reference's letters ("AB12" → 27), or -1 if it has none. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  if (i === 0 || i > 3 || col > 16_384) return -1;
  for (let j = i; j < ref.length; j++) {
    const c = ref.charCodeAt(j);
    if (c < 0x30 || c > 0x39) return -1;
  }
  return col - 1;
}

const CELL_REF = /^([A-Za-z]{1,3})(\d{1,7})$/;

function parseRef(ref: string): { row: number; col: number } | null {
  const m = CELL_REF.exec(ref.replace(/\$/g, ""));
  if (!m) return null;
  const col = columnOf(m[1]!);
  const row = Number(m[2]) - 1;
  return col < 0 || row < 0 ? null : { row, col };
}

function parseArea(ref: string): CellRange | null {
  const [from, to, extra] = ref.trim().split(":");
  if (extra !== undefined || from === undefined) return null;
  const a = parseRef(from);
  const b = to === undefined ? a : parseRef(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** What the text inside a cell is kept for: its value (<v>), a formula (<f>, only whether it has text), inline text (<t>). */
const Capture = { None: 0, Value: 1, Formula: 2, Text: 3 } as const;
type Capture = (typeof Capture)[keyof typeof Capture];

interface Hyperlink {
  readonly row: number;
  readonly col: number;
  readonly id: string;
}

function readWorksheet(
  part: string,
  sheetName: string,
  xml: string,
  ctx: SheetContext,
  relationships: () => Map<string, Relationship>,
): Grid {
  return parsePart(part, xml, (sc) => {
    const pass = new WorksheetPass(sc, part, sheetName, ctx);
    pass.run();
    const { rows } = pass;
    if (pass.links.length > 0) showLinkedCellsAsText(sheetName, rows, pass.links, relationships());
    const { maxCells } = ctx;
    const listed = applyMerges(sheetName, rows, pass.merges, (bottom, covered) => {
      if (bottom > pass.rowCount) pass.rowCount = bottom;
      if (pass.rowCount > maxCells) throw tooLarge(`sheet "${sheetName}" has ${pass.rowCount} rows (limit ${maxCells} cells)`);
      pass.cellCount += covered;
      if (pass.cellCount > maxCells) throw tooLarge(`sheet "${sheetName}" holds more than ${maxCells} cells (limit ${maxCells}), merged areas included`);
    });
    while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
    return { sheet: sheetName, cells: rows, merges: listed };
  });
}

/** A hyperlink cell shows its text: numbers and booleans become their text, as with exceljs. */
function showLinkedCellsAsText(sheetName: string, rows: CellValue[][], links: readonly Hyperlink[], rels: Map<string, Relationship>): void {
  for (const link of links) {
    const rel = rels.get(link.id);
    if (!rel) throw unreadable(`sheet "${sheetName}": hyperlink relationship ${link.id} is missing`);
    if (!rel.target) continue;
    const cells = rows[link.row];
    const value = cells?.[link.col];
    if (cells && (typeof value === "number" || typeof value === "boolean")) cells[link.col] = String(value);
  }
}

/** One pass over a worksheet's XML: rows of values, merged areas and hyperlinks; the row and the cell being read. */
class WorksheetPass {
  readonly rows: CellValue[][] = [];
  readonly merges: CellRange[] = [];
  readonly links: Hyperlink[] = [];
  /** The sheet's last row (1-based), as exceljs measures it. */
  rowCount = 0;
  /** The cells that exist are counted, not the rectangle: one stray value in XFD1 is no reason to refuse. */
  cellCount = 0;
  private row = -1;
  private values: CellValue[] | null = null;
  private col = -1;
  private inCell = false;
  private type: string | undefined = undefined;
  private style = 0;
  private valueText: string | undefined = undefined;
  private formula = false;
  private inlineText: string | undefined = undefined;
  private inlineRuns = false;
  private phonetic = 0;
  private capture: Capture = Capture.None;
  private textBuffer = "";

  constructor(
    private readonly sc: XmlScanner,
    private readonly part: string,
    private readonly sheetName: string,
    private readonly ctx: SheetContext,
  ) {}

  run(): void {
    const sc = this.sc;
    for (let tok = sc.next(); tok !== Token.End; tok = sc.next()) {
      if (tok === Token.Text) {
        if (this.capture !== Capture.None) this.captureText();
      } else if (tok === Token.Close) this.closeElement(sc.name);
      else if (this.inCell) this.openInCell(sc.name);
      else this.openInSheet(sc.name);
    }
  }

  private captureText(): void {
    const sc = this.sc;
    if (this.capture === Capture.Value) {
      this.valueText = (this.valueText ?? "") + sc.text();
      checkTextLength(this.valueText.length / 10, this.part);
    } else if (this.capture === Capture.Text) {
      this.textBuffer += sc.text();
      checkTextLength(this.textBuffer.length / 10, this.part);
    } else if (sc.hasText) this.formula = true;
  }

  private closeElement(el: string): void {
    if (!this.inCell) {
      if (el === "row" && this.values) this.endRow();
    } else if (el === "c") this.endCell();
    else if (el === "t" && this.capture === Capture.Text) {
      this.inlineText = (this.inlineText ?? "") + decodeXstring(this.textBuffer);
      checkTextLength(this.inlineText.length, this.part);
      this.capture = Capture.None;
    } else if (el === "v" || el === "f") this.capture = Capture.None;
    else if (el === "rPh" && this.phonetic > 0) this.phonetic--;
  }

  /** Inside a <c>: its value, its formula, or the text runs of an inline string (phonetic runs left out). */
  private openInCell(el: string): void {
    const sc = this.sc;
    const parent = sc.parentName;
    if (el === "v" && parent === "c") {
      if (!sc.selfClosing) this.capture = Capture.Value;
    } else if (el === "f" && parent === "c") {
      // exceljs counts a formula when it has text or a t= (shared, array) attribute.
      const [shareType] = sc.attrs(["t"]);
      if (shareType) this.formula = true;
      if (!sc.selfClosing) this.capture = Capture.Formula;
    } else if (el === "rPh") {
      if (!sc.selfClosing) this.phonetic++;
    } else if (el === "r" && parent === "is" && this.phonetic === 0) {
      this.inlineRuns = true;
    } else if (el === "t" && this.phonetic === 0 && (parent === "is" || (parent === "r" && sc.ancestor(2) === "is"))) {
      if (!sc.selfClosing) {
        this.capture = Capture.Text;
        this.textBuffer = "";
      }
    }
  }

  private openInSheet(el: string): void {
    const parent = this.sc.parentName;
    if (el === "c" && parent === "row") this.startCell();
    else if (el === "row" && parent === "sheetData") this.startRow();
    else if (el === "mergeCell" && parent === "mergeCells") this.addMerge();
    else if (el === "hyperlink" && parent === "hyperlinks") this.addHyperlink();
  }

  private startRow(): void {
    const sc = this.sc;
    const [r] = sc.attrs(["r"]);
    let next = this.row + 1;
    if (r !== undefined) {
      next = Number(r) - 1;
      if (!Number.isInteger(next) || next < 0) throw unreadable(`sheet "${this.sheetName}": bad row number "${r}"`);
    }
    // exceljs lets a later row replace an earlier one of the same number: leave that to it.
    if (next <= this.row) throw unreadable(`sheet "${this.sheetName}": rows out of order at row ${next + 1}`);
    this.row = next;
    this.rowCount = next + 1;
    const { maxCells } = this.ctx;
    if (this.rowCount > maxCells) throw tooLarge(`sheet "${this.sheetName}" has ${this.rowCount} rows (limit ${maxCells} cells)`);
    this.values = [];
    this.col = -1;
    if (sc.selfClosing) this.endRow();
  }

  private endRow(): void {
    const values = this.values;
    if (values && values.length > 0) {
      const rows = this.rows;
      while (rows.length < this.row) rows.push([]);
      rows.push(values);
    }
    this.values = null;
  }

  private startCell(): void {
    const sc = this.sc;
    if (!this.values) throw unreadable(`sheet "${this.sheetName}": a cell outside a row`);
    const [ref, t, s] = sc.attrs(["r", "t", "s"]);
    let next = this.col + 1;
    if (ref !== undefined) {
      next = columnOf(ref);
      if (next < 0) throw unreadable(`sheet "${this.sheetName}": bad cell reference "${ref}"`);
    }
    // exceljs lets a later cell replace an earlier one of the same address: leave that to it.
    if (next <= this.col) throw unreadable(`sheet "${this.sheetName}": cells out of order in row ${this.row + 1}`);
    this.col = next;
    this.inCell = true;
    this.type = t;
    this.style = s === undefined ? 0 : parseInt(s, 10) || 0;
    this.valueText = undefined;
    this.formula = false;
    this.inlineText = undefined;
    this.inlineRuns = false;
    this.phonetic = 0;
    this.capture = Capture.None;
    if (sc.selfClosing) this.endCell();
  }

  private endCell(): void {
    this.inCell = false;
    this.capture = Capture.None;
    let value: CellValue;
    if (this.formula) value = this.formulaResult();
    else {
      const type = this.type;
      const raw = type === "inlineStr" ? (this.inlineRuns ? (this.inlineText ?? "") : (this.inlineText ?? this.valueText)) : this.valueText;
      // A cell without a value is formatting only: not part of the used range.
      if (raw === undefined) return;
      value = this.storedValue(raw);
    }
    if (++this.cellCount > this.ctx.maxCells) throw tooLarge(`sheet "${this.sheetName}" holds more than ${this.ctx.maxCells} cells`);
    if (value === null) return;
    const cells = this.values!;
    while (cells.length < this.col) cells.push(null);
    cells.push(value);
  }

  /** exceljs: a formula cell holds its cached result, or nothing when there is none. */
  private formulaResult(): CellValue {
    const result = this.valueText ?? this.inlineText;
    if (!result) return null;
    // exceljs reads a formula result typed s or inlineStr as a number, and so does this reader.
    return this.type === "s" || this.type === "inlineStr" ? this.number(result) : this.typedValue(result);
  }

  /** The value of a cell without a formula: a shared string, an inline string, or by its t= type. */
  private storedValue(raw: string): CellValue {
    if (this.type === "s") {
      const text = this.ctx.shared?.[parseInt(raw, 10)];
      if (text === undefined) throw unreadable(`sheet "${this.sheetName}": shared string ${raw} does not exist`);
      return text;
    }
    return this.type === "inlineStr" ? raw : this.typedValue(raw);
  }

  /** Text (str), an error (e), a boolean (b), an ISO date (d), else a number. */
  private typedValue(text: string): CellValue {
    switch (this.type) {
      case "str":
      case "e":
        return text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "d":
        return isoDate(text);
      default:
        return this.number(text);
    }
  }

  private number(text: string): CellValue {
    const n = parseFloat(text);
    // As exceljs: style 0 (the Normal style, General in practice) is never looked at.
    const format = this.style > 0 ? this.ctx.styleFormats[this.style] : null;
    return format ? formattedCellValue(n, format, this.ctx.date1904) : n;
  }

  private addMerge(): void {
    const [ref] = this.sc.attrs(["ref"]);
    const area = ref === undefined ? null : parseArea(ref);
    if (!area) throw unreadable(`sheet "${this.sheetName}": bad merged range "${ref ?? ""}"`);
    this.merges.push(area);
  }

  private addHyperlink(): void {
    const [ref, id] = this.sc.attrs(["ref", "id"]);
    // exceljs links a cell only through a relationship (an external target), and only a single cell.
    const at = id === undefined || ref === undefined ? null : parseRef(ref);
    if (at && id !== undefined) this.links.push({ ...at, id });
  }
}

/**
 * Checks merged ranges as exceljs does (overlaps are an error), clears every cell of a merged area
 * but its top-left one, and returns the areas of more than one cell, by top then left.
 * `extend(bottom, right)` gets each range's 1-based extent (right 0 for a single cell).
 */
function applyMerges(sheetName: string, rows: CellValue[][], merges: CellRange[], extend: (bottom: number, cells: number) => void): CellRange[] {
  if (merges.length === 0) return [];
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  // Sweep down the rows keeping the ranges that still reach the current one.
  let active: CellRange[] = [];
  for (const m of merges) {
    active = active.filter((a) => a.bottom >= m.top);
    for (const a of active) {
      if (a.left <= m.right && m.left <= a.right) throw unreadable(`sheet "${sheetName}": merged ranges overlap`);
    }
    active.push(m);
  }
  const listed: CellRange[] = [];
  for (const m of merges) {
    const single = m.top === m.bottom && m.left === m.right;
    // The cells a merge covers exist (exceljs creates each), its top-left one counted with the values.
    extend(m.bottom + 1, single ? 0 : (m.bottom - m.top + 1) * (m.right - m.left + 1) - 1);
    if (single) continue;
    listed.push(m);
    const last = Math.min(m.bottom, rows.length - 1);
    for (let r = m.top; r <= last; r++) {
      const cells = rows[r]!;
      if (cells.length <= m.left) continue;
      const end = Math.min(m.right, cells.length - 1);
      let changed = false;
      for (let c = r === m.top ? m.left + 1 : m.left; c <= end; c++) {
        if (cells[c] !== null) {
          cells[c] = null;
          changed = true;
        }
      }
      if (changed) while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    }
  }
  return listed;
}

function readPackage(pkg: Package, maxCells: number): ReadResultLean {
  const workbookXml = pkg.text(WORKBOOK_PART);
  if (workbookXml === undefined) throw new ReadFailure({ code: "not-xlsx", detail: `zip without ${WORKBOOK_PART}` });
  const workbook = readWorkbookPart(workbookXml);
  const relsName = relsPartOf(WORKBOOK_PART);
  const relsXml = pkg.text(relsName);
  const rels = relsXml === undefined ? new Map<string, Relationship>() : readRelationships(relsName, relsXml);

  const partOf = (kind: string, fallback: string): string => {
    for (const rel of rels.values()) if (relType(rel, kind) && !rel.external) return resolveTarget(WORKBOOK_PART, rel.target);
    return fallback;
  };
  const sharedName = partOf("sharedStrings", "xl/sharedStrings.xml");
  const sharedXml = pkg.text(sharedName);
  const shared = sharedXml === undefined ? null : readSharedStrings(sharedName, sharedXml);
  const stylesName = partOf("styles", "xl/styles.xml");
  const stylesXml = pkg.text(stylesName);
  const styleFormats = stylesXml === undefined ? [] : readStyleFormats(stylesName, stylesXml);
  const ctx: SheetContext = { shared, styleFormats, date1904: workbook.date1904, maxCells };

  const sheets: Grid[] = [];
  for (const sheet of workbook.sheets) {
    const rel = rels.get(sheet.rId);
    // Chart, dialog and macro sheets hold no cells; like exceljs, a sheet whose part is missing is left out.
    if (!rel || rel.external || !relType(rel, "worksheet")) continue;
    const part = resolveTarget(WORKBOOK_PART, rel.target);
    const xml = pkg.text(part);
    if (xml === undefined) continue;
    let sheetRels: Map<string, Relationship> | null = null;
    const relationships = (): Map<string, Relationship> => {
      if (sheetRels === null) {
        const name = relsPartOf(part);
        const text = pkg.text(name);
        sheetRels = text === undefined ? new Map<string, Relationship>() : readRelationships(name, text);
      }
      return sheetRels;
    };
    sheets.push(readWorksheet(part, sheet.name, xml, ctx, relationships));
  }
  return { ok: true, grids: { sheets }, definedNames: workbook.definedNames };
}
