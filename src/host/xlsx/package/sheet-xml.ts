import { a1, columnIndex, parseRangeA1, type CellRange } from "../../../core/grid/address";
import { getAttr, prefixOf, setAttr, TagKind, TagWalker } from "./xml";

/**
 * Edits of one worksheet part made by splicing its text: the cells patched are rewritten, cells and
 * rows that do not exist yet are inserted in order, and everything else is left as it was.
 */

export interface ExistingCell {
  /** The whole element, `<c r="B2" s="3"><v>1</v></c>`. */
  readonly xml: string;
  /** Its start tag. */
  readonly tag: string;
  /** Its style index (0 without s=). */
  readonly style: number;
}

/** Returns the cell's new element, or null to leave it as it is (or not create it). */
export type CellPatch = (existing: ExistingCell | null, ref: string, prefix: string) => string | null;

/** Zero-based row → zero-based column → patch. */
export type CellPatches = Map<number, Map<number, CellPatch>>;

export function addPatch(patches: CellPatches, row: number, col: number, patch: CellPatch): void {
  let cols = patches.get(row);
  if (!cols) patches.set(row, (cols = new Map()));
  cols.set(col, patch);
}

const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function patchCells(xml: string, patches: CellPatches): string {
  if (patches.size === 0) return xml;
  const rows = [...patches.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  let copied = 0;
  let nextRow = 0;
  let prefix = "";
  const walker = new TagWalker(xml);
  let lastRow = -1;

  const newRows = (before: number): string => {
    let text = "";
    while (nextRow < rows.length && rows[nextRow]! < before) {
      const row = rows[nextRow++]!;
      const cells = cellsOf(patches.get(row)!, prefix, row);
      if (cells !== "") text += `<${prefix}row r="${row + 1}">${cells}</${prefix}row>`;
    }
    return text;
  };

  while (walker.next()) {
    if (walker.depth() === 1 && walker.kind() !== TagKind.Close) prefix = prefixOf(walker.qname);
    if (walker.depth() !== 2 || walker.local() !== "sheetData") continue;
    if (walker.kind() === TagKind.Empty) {
      const rowsText = newRows(Infinity);
      out.push(xml.slice(copied, walker.start), `<${walker.qname}>${rowsText}</${walker.qname}>`);
      copied = walker.end;
      break;
    }
    if (walker.kind() === TagKind.Close) {
      out.push(xml.slice(copied, walker.start), newRows(Infinity));
      copied = walker.start;
      break;
    }
    // Inside <sheetData>: rows.
    while (walker.next()) {
      if (walker.kind() === TagKind.Close && walker.depth() === 2) {
        out.push(xml.slice(copied, walker.start), newRows(Infinity));
        copied = walker.start;
        break;
      }
      if (walker.depth() !== 3 || walker.local() !== "row" || walker.kind() === TagKind.Close) continue;
      const r = getAttr(walker.tag, "r");
      const row = r === undefined ? lastRow + 1 : Number(r) - 1;
      lastRow = row;
      const inserted = newRows(row);
      if (inserted !== "") {
        out.push(xml.slice(copied, walker.start), inserted);
        copied = walker.start;
      }
      const cols = patches.get(row);
      if (!cols) {
        walker.skipElement();
        continue;
      }
      nextRow++;
      const rowStart = walker.start;
      const text = patchRow(xml, walker, cols, prefix, row);
      out.push(xml.slice(copied, rowStart), text);
      copied = walker.end;
    }
    break;
  }
  out.push(xml.slice(copied));
  return out.join("");
}

/** The row element from the walker's position with its cells patched; the walker ends past the row. */
function patchRow(xml: string, walker: TagWalker, cols: Map<number, CellPatch>, prefix: string, row: number): string {
  const rowTag = walker.tag;
  const order = [...cols.keys()].sort((a, b) => a - b);
  const added: number[] = [];
  const openTag = (): string => (added.length === 0 ? rowTag : widenSpans(rowTag, added));
  if (walker.kind() === TagKind.Empty) {
    const cells = cellsOf(cols, prefix, row, added);
    if (cells === "") return rowTag;
    return `${openTag().slice(0, -2).trimEnd()}>${cells}</${walker.qname}>`;
  }
  const parts: string[] = [];
  let copied = walker.end;
  let next = 0;
  let lastCol = -1;
  const rowDepth = walker.depth();
  const insertBefore = (col: number): string => {
    let text = "";
    while (next < order.length && order[next]! < col) {
      const c = order[next++]!;
      const element = cols.get(c)!(null, a1(row, c), prefix);
      if (element !== null) {
        text += element;
        added.push(c);
      }
    }
    return text;
  };
  while (walker.next()) {
    if (walker.kind() === TagKind.Close && walker.depth() === rowDepth) {
      parts.push(xml.slice(copied, walker.start), insertBefore(Infinity), walker.tag);
      return openTag() + parts.join("");
    }
    if (walker.depth() !== rowDepth + 1 || walker.local() !== "c" || walker.kind() === TagKind.Close) continue;
    const start = walker.start;
    const tag = walker.tag;
    const r = getAttr(tag, "r");
    const m = r === undefined ? null : CELL_REF.exec(r);
    const col = m ? columnIndex(m[1]!) : lastCol + 1;
    lastCol = col;
    walker.skipElement();
    const before = insertBefore(col);
    if (before !== "") {
      parts.push(xml.slice(copied, start), before);
      copied = start;
    }
    const patch = cols.get(col);
    if (patch) {
      if (order[next] === col) next++;
      const element = xml.slice(start, walker.end);
      const replacement = patch({ xml: element, tag, style: Number(getAttr(tag, "s") ?? 0) || 0 }, a1(row, col), prefix);
      if (replacement !== null) {
        parts.push(xml.slice(copied, start), replacement);
        copied = walker.end;
      }
    }
  }
  throw new Error(`row ${row + 1} is not closed`);
}

function cellsOf(cols: Map<number, CellPatch>, prefix: string, row: number, added: number[] = []): string {
  let text = "";
  for (const col of [...cols.keys()].sort((a, b) => a - b)) {
    const element = cols.get(col)!(null, a1(row, col), prefix);
    if (element !== null) {
      text += element;
      added.push(col);
    }
  }
  return text;
}

/** A row's spans="first:last" hint widened to cover columns added to it. */
function widenSpans(tag: string, added: readonly number[]): string {
  const spans = getAttr(tag, "spans");
  if (spans === undefined) return tag;
  const m = /^(\d+):(\d+)$/.exec(spans.trim());
  if (!m) return setAttr(tag, "spans", undefined);
  const first = Math.min(Number(m[1]), ...added.map((c) => c + 1));
  const last = Math.max(Number(m[2]), ...added.map((c) => c + 1));
  return setAttr(tag, "spans", `${first}:${last}`);
}

/** The merged ranges a worksheet part declares. */
export function readMerges(xml: string): CellRange[] {
  const out: CellRange[] = [];
  const walker = new TagWalker(xml);
  while (walker.next()) {
    if (walker.depth() === 2 && walker.local() === "sheetData" && walker.kind() === TagKind.Open) {
      walker.skipElement();
      continue;
    }
    if (walker.local() !== "mergeCell" || walker.kind() === TagKind.Close) continue;
    const range = parseRangeA1(getAttr(walker.tag, "ref") ?? "");
    if (range) out.push(range);
  }
  return out;
}

/** CT_Worksheet's child order after <sheetData>: where a new child element goes. */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Inserts a child element of <worksheet> at its place in the schema's order. */
export function insertWorksheetChild(xml: string, local: string, element: string): string {
  const after = new Set(WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(local) + 1));
  const walker = new TagWalker(xml);
  while (walker.next()) {
    if (walker.depth() === 1 && walker.kind() === TagKind.Close) return xml.slice(0, walker.start) + element + xml.slice(walker.start);
    if (walker.depth() !== 2 || walker.kind() === TagKind.Close) continue;
    if (after.has(walker.local())) return xml.slice(0, walker.start) + element + xml.slice(walker.start);
    walker.skipElement();
  }
  throw new Error("worksheet part without a root element");
}

/** The start tag of the first child of <worksheet> named `local`, or undefined. */
export function worksheetChild(xml: string, local: string): string | undefined {
  const walker = new TagWalker(xml);
  while (walker.next()) {
    if (walker.depth() !== 2 || walker.kind() === TagKind.Close) continue;
    if (walker.local() === local) return walker.tag;
    walker.skipElement();
  }
  return undefined;
}

export function rootPrefix(xml: string): string {
  const walker = new TagWalker(xml);
  while (walker.next()) if (walker.depth() === 1) return prefixOf(walker.qname);
  return "";
}
