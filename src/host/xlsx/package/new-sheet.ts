import { a1, columnLetters } from "../../../core/grid/address";
import { escapeAttr, escapeText, tElement } from "./xml";

/** A worksheet part written from nothing: for the sheets we add (校验报告, 汇总-项目, 汇总-分类). */

export type NewCell =
  | { readonly kind: "text"; readonly text: string; readonly style?: number }
  | { readonly kind: "number"; readonly value: number; readonly style?: number }
  | { readonly kind: "formula"; readonly formula: string; readonly result: number | string | null; readonly style?: number }
  | { readonly kind: "blank"; readonly style?: number }
  | null;

export interface NewSheet {
  /** Rows from row 1; a row may be missing or shorter than others. */
  readonly rows: readonly (readonly NewCell[] | undefined)[];
  /** Column widths in characters, from column A. */
  readonly widths?: readonly number[];
  readonly frozenRows?: number;
  readonly autoFilter?: string;
  readonly hyperlinks?: readonly { readonly ref: string; readonly location: string }[];
  /** Relationship ids of the sheet's table parts. */
  readonly tableParts?: readonly string[];
}

/** Longest text a cell holds (Excel's limit). */
export const MAX_CELL_TEXT = 32_767;

export function worksheetXml(sheet: NewSheet): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  ];
  let lastRow = 0;
  let lastCol = 0;
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell === null) return;
      lastRow = Math.max(lastRow, r);
      lastCol = Math.max(lastCol, c);
    });
  });
  parts.push(`<dimension ref="A1${lastRow > 0 || lastCol > 0 ? `:${a1(lastRow, lastCol)}` : ""}"/>`);
  const frozen = sheet.frozenRows ?? 0;
  parts.push(
    frozen > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
  );
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.widths && sheet.widths.length > 0) {
    parts.push("<cols>", ...sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${round(w)}" customWidth="1"/>`), "</cols>");
  }
  parts.push("<sheetData>");
  sheet.rows.forEach((row, r) => {
    if (!row || row.every((c) => c === null)) return;
    parts.push(`<row r="${r + 1}">`);
    row.forEach((cell, c) => {
      if (cell !== null) parts.push(cellXml(cell, `${columnLetters(c)}${r + 1}`));
    });
    parts.push("</row>");
  });
  parts.push("</sheetData>");
  if (sheet.autoFilter) parts.push(`<autoFilter ref="${sheet.autoFilter}"/>`);
  if (sheet.hyperlinks && sheet.hyperlinks.length > 0) {
    parts.push("<hyperlinks>", ...sheet.hyperlinks.map((h) => `<hyperlink ref="${h.ref}" location="${escapeAttr(h.location)}"/>`), "</hyperlinks>");
  }
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (sheet.tableParts && sheet.tableParts.length > 0) {
    parts.push(`<tableParts count="${sheet.tableParts.length}">`, ...sheet.tableParts.map((id) => `<tablePart r:id="${id}"/>`), "</tableParts>");
  }
  parts.push("</worksheet>");
  return parts.join("");
}

function cellXml(cell: Exclude<NewCell, null>, ref: string): string {
  const s = cell.style ? ` s="${cell.style}"` : "";
  switch (cell.kind) {
    case "blank":
      return `<c r="${ref}"${s}/>`;
    case "text":
      // An inline string is never parsed: "=1+1" and "@x" stay text, and sharedStrings stays untouched.
      return `<c r="${ref}"${s} t="inlineStr"><is>${tElement("", cell.text.slice(0, MAX_CELL_TEXT))}</is></c>`;
    case "number":
      return Number.isFinite(cell.value) ? `<c r="${ref}"${s}><v>${cell.value}</v></c>` : `<c r="${ref}"${s}/>`;
    case "formula": {
      const f = `<f>${escapeText(cell.formula.replace(/^=/, ""))}</f>`;
      if (typeof cell.result === "number") return `<c r="${ref}"${s}>${f}<v>${cell.result}</v></c>`;
      if (typeof cell.result === "string") return `<c r="${ref}"${s} t="str">${f}<v>${escapeText(cell.result)}</v></c>`;
      return `<c r="${ref}"${s}>${f}</c>`;
    }
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
