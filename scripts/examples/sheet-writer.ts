/**
 * Small layout helper for the example workbooks: places cells row by row like an HTML table
 * (colSpan / rowSpan become merged areas), applies one fixed style per kind of cell and
 * estimates row heights so wrapped text is visible when the file is opened.
 */
import ExcelJS from "exceljs";

export type CellValue = string | number | null;

/** How a cell looks. Each look maps to one fixed style. */
export type Look =
  | "title" // large, bold, centred, no border
  | "subtitle" // bold, centred, no border
  | "note" // plain, left, no border (agency line, "预算公开表1")
  | "noteRight" // plain, right, no border ("单位：万元")
  | "label" // bordered, centred, wrapped (row labels such as 项目名称)
  | "header" // bordered, bold, centred, wrapped, light fill
  | "text" // bordered, left, wrapped
  | "center" // bordered, centred, wrapped
  | "amount" // bordered, right, number format 0.00
  | "number"; // bordered, centred, General number format (weights, whole amounts)

export interface CellSpec {
  readonly value: CellValue;
  readonly look: Look;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

/** Where a project block (or a summary table) starts, for the generator's report. */
export interface BlockInfo {
  readonly sheet: string;
  readonly firstRow: number;
  readonly label: string;
  readonly amounts: string;
}

/** Fixed so that regenerating the examples gives the same document properties. */
export const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

const FONT_NAME = "宋体";
const FONT_SIZE = 10;
const LINE_HEIGHT = 13.5;

export function cell(value: CellValue, look: Look, colSpan = 1, rowSpan = 1): CellSpec {
  return { value, look, colSpan, rowSpan };
}
export const title = (value: string, colSpan: number): CellSpec => cell(value, "title", colSpan);
export const subtitle = (value: string, colSpan: number): CellSpec => cell(value, "subtitle", colSpan);
export const note = (value: string, colSpan = 1): CellSpec => cell(value, "note", colSpan);
export const noteRight = (value: string, colSpan = 1): CellSpec => cell(value, "noteRight", colSpan);
export const label = (value: CellValue, colSpan = 1, rowSpan = 1): CellSpec => cell(value, "label", colSpan, rowSpan);
export const header = (value: CellValue, colSpan = 1, rowSpan = 1): CellSpec => cell(value, "header", colSpan, rowSpan);
export const text = (value: CellValue, colSpan = 1, rowSpan = 1): CellSpec => cell(value, "text", colSpan, rowSpan);
export const center = (value: CellValue, colSpan = 1, rowSpan = 1): CellSpec => cell(value, "center", colSpan, rowSpan);
export const amount = (value: number | null, colSpan = 1, rowSpan = 1): CellSpec => cell(value, "amount", colSpan, rowSpan);
export const number = (value: number | null, colSpan = 1, rowSpan = 1): CellSpec => cell(value, "number", colSpan, rowSpan);

export function createWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "jixiao examples";
  workbook.lastModifiedBy = "jixiao examples";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  return workbook;
}

/**
 * Row spans for a column whose continuation rows are blank (null): a filled cell spans itself
 * and the blank cells below it; a blank cell gets 0 (it is covered by the span above).
 */
export function spansDown(values: readonly (string | null)[]): number[] {
  const spans = values.map(() => 0);
  let anchor = -1;
  values.forEach((v, i) => {
    if (v !== null) {
      anchor = i;
      spans[i] = 1;
    } else {
      if (anchor < 0) throw new Error("spansDown: the first value must not be blank");
      spans[anchor] += 1;
    }
  });
  return spans;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function styleOf(look: Look): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = { name: FONT_NAME, size: FONT_SIZE };
  switch (look) {
    case "title":
      return { font: { ...font, size: 16, bold: true }, alignment: { horizontal: "center", vertical: "middle", wrapText: true } };
    case "subtitle":
      return { font: { ...font, size: 12, bold: true }, alignment: { horizontal: "center", vertical: "middle" } };
    case "note":
      return { font, alignment: { horizontal: "left", vertical: "middle" } };
    case "noteRight":
      return { font, alignment: { horizontal: "right", vertical: "middle" } };
    case "label":
      return { font, border: BORDER, alignment: { horizontal: "center", vertical: "middle", wrapText: true } };
    case "header":
      return {
        font: { ...font, bold: true },
        border: BORDER,
        alignment: { horizontal: "center", vertical: "middle", wrapText: true },
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } },
      };
    case "text":
      return { font, border: BORDER, alignment: { horizontal: "left", vertical: "middle", wrapText: true } };
    case "center":
      return { font, border: BORDER, alignment: { horizontal: "center", vertical: "middle", wrapText: true } };
    case "amount":
      return { font, border: BORDER, numFmt: "0.00", alignment: { horizontal: "right", vertical: "middle" } };
    case "number":
      return { font, border: BORDER, alignment: { horizontal: "center", vertical: "middle" } };
  }
}

function wraps(look: Look): boolean {
  return look === "label" || look === "header" || look === "text" || look === "center" || look === "title";
}

/** Display width of a text in column-width units: CJK and full-width characters count double. */
function textUnits(s: string): number {
  let units = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    units += code >= 0x2e80 || (code >= 0x2000 && code <= 0x206f) ? 2 : 1.05;
  }
  return units;
}

function linesNeeded(value: CellValue, width: number, look: Look): number {
  if (value === null) return 1;
  const s = String(value);
  if (!wraps(look)) return 1;
  const scale = look === "title" ? 1.6 : look === "header" ? 1.1 : 1;
  const usable = Math.max(width - 1.5, 2);
  return s.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil((textUnits(part) * scale) / usable)), 0);
}

export class SheetWriter {
  private next = 1;
  private readonly covered = new Set<string>();

  private constructor(
    readonly sheet: ExcelJS.Worksheet,
    private readonly widths: readonly number[],
  ) {
    sheet.columns = widths.map((width) => ({ width }));
  }

  /** Adds a worksheet laid out on a grid of the given column widths (in characters). */
  static add(workbook: ExcelJS.Workbook, name: string, widths: readonly number[], landscape = true): SheetWriter {
    const sheet = workbook.addWorksheet(name, {
      pageSetup: {
        paperSize: 9,
        orientation: landscape ? "landscape" : "portrait",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
      },
    });
    return new SheetWriter(sheet, widths);
  }

  get name(): string {
    return this.sheet.name;
  }

  /** The 1-based number of the row the next addRow call writes. */
  get row(): number {
    return this.next;
  }

  /** Leaves rows empty (between blocks). */
  blank(count = 1): void {
    this.next += count;
  }

  /**
   * Writes the next row: cells are placed left to right, skipping columns still covered by a
   * rowSpan from a row above. Returns the row's 1-based number.
   */
  addRow(cells: readonly CellSpec[]): number {
    const r = this.next;
    let c = 1;
    let height = 18;
    for (const spec of cells) {
      while (this.covered.has(`${r}:${c}`)) c++;
      const colSpan = spec.colSpan ?? 1;
      const rowSpan = spec.rowSpan ?? 1;
      if (c + colSpan - 1 > this.widths.length) {
        throw new Error(`${this.sheet.name} row ${r}: cells run past column ${this.widths.length}`);
      }
      const target = this.sheet.getCell(r, c);
      if (spec.value !== null) target.value = spec.value;
      target.style = styleOf(spec.look);
      for (let rr = r; rr < r + rowSpan; rr++) {
        for (let cc = c; cc < c + colSpan; cc++) {
          const key = `${rr}:${cc}`;
          if (this.covered.has(key)) throw new Error(`${this.sheet.name}: cell ${key} placed twice`);
          this.covered.add(key);
        }
      }
      if (colSpan > 1 || rowSpan > 1) this.sheet.mergeCells(r, c, r + rowSpan - 1, c + colSpan - 1);

      let width = 0;
      for (let cc = c; cc < c + colSpan; cc++) width += this.widths[cc - 1];
      const lines = linesNeeded(spec.value, width, spec.look);
      const size = spec.look === "title" ? 28 : spec.look === "subtitle" ? 22 : 18;
      height = Math.max(height, size, (lines * LINE_HEIGHT + 5) / rowSpan);
      c += colSpan;
    }
    this.sheet.getRow(r).height = Math.round(height * 4) / 4;
    this.next++;
    return r;
  }

  /** Writes table rows whose cells all have colSpan 1, one look per column. */
  addTableRows(rows: readonly (readonly CellValue[])[], looks: readonly Look[]): void {
    for (const values of rows) {
      if (values.length !== looks.length) {
        throw new Error(`${this.sheet.name}: a row has ${values.length} cells, expected ${looks.length}`);
      }
      this.addRow(values.map((v, i) => cell(v, looks[i])));
    }
  }
}

/** "81.00" style rendering of an amount for the generator's report. */
export function fmt(value: number | null): string {
  return value === null ? "(blank)" : value.toFixed(2);
}
