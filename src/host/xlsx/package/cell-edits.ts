import { parseA1, parseRangeA1, rangeA1, type CellRange } from "../../../core/grid/address";
import type { CellValue } from "../../../core/grid/grid";
import { MAX_CELL_TEXT } from "./new-sheet";
import type { XlsxPackage } from "./opc";
import { addPatch, insertWorksheetChild, patchCells, type CellPatches, type ExistingCell } from "./sheet-xml";
import { getAttr, setAttr, tElement, TagKind, TagWalker } from "./xml";

/** Cell values and merged areas written into worksheet parts as they are; nothing else in the sheet moves. */

export interface CellValueWrite {
  readonly cell: string;
  readonly to: CellValue;
}

/** What the sheet holds at `refs`: which of them are formula cells. */
export function formulaCells(xml: string, refs: readonly string[]): Map<string, string> {
  const patches: CellPatches = new Map();
  const found = new Map<string, string>();
  for (const ref of refs) {
    const at = parseA1(ref);
    if (!at) continue;
    addPatch(patches, at.row, at.col, (existing, cellRef) => {
      const formula = existing ? formulaOf(existing) : null;
      if (formula !== null) found.set(cellRef, formula);
      return null;
    });
  }
  patchCells(xml, patches);
  return found;
}

function formulaOf(existing: ExistingCell): string | null {
  const walker = new TagWalker(existing.xml);
  while (walker.next()) {
    if (walker.local() !== "f" || walker.kind() === TagKind.Close) continue;
    if (walker.kind() === TagKind.Empty) return getAttr(walker.tag, "t") === "shared" ? "(shared)" : "";
    const start = walker.end;
    walker.skipElement();
    return existing.xml.slice(start, walker.start) || "(formula)";
  }
  return null;
}

/** A cell element holding `value`, keeping the existing cell's style (and nothing of its old value). */
function valueCell(existing: ExistingCell | null, ref: string, prefix: string, value: CellValue): string {
  const style = existing ? getAttr(existing.tag, "s") : undefined;
  const s = style !== undefined && style !== "0" ? ` s="${style}"` : "";
  const c = `${prefix}c`;
  if (value === null || value === "") return `<${c} r="${ref}"${s}/>`;
  if (typeof value === "number") return `<${c} r="${ref}"${s}><${prefix}v>${String(value)}</${prefix}v></${c}>`;
  if (typeof value === "boolean") return `<${c} r="${ref}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  if (value.length > MAX_CELL_TEXT) throw new Error(`${ref}: text longer than ${MAX_CELL_TEXT} characters`);
  // An inline string is never parsed: text that looks like a formula stays text.
  return `<${c} r="${ref}"${s} t="inlineStr"><${prefix}is>${tElement(prefix, value)}</${prefix}is></${c}>`;
}

export function writeCellValues(xml: string, writes: readonly CellValueWrite[]): string {
  const patches: CellPatches = new Map();
  for (const w of writes) {
    const at = parseA1(w.cell);
    if (!at) throw new Error(`not a cell address: ${w.cell}`);
    addPatch(patches, at.row, at.col, (existing, ref, prefix) => valueCell(existing, ref, prefix, w.to));
  }
  return patchCells(xml, patches);
}

/** Adds merged areas (dropping the ones they replace); creates <mergeCells> where the schema puts it. */
export function editMerges(xml: string, add: readonly string[], drop: readonly string[]): string {
  if (add.length === 0 && drop.length === 0) return xml;
  const dropped = new Set(drop.map((r) => normal(r)));
  const walker = new TagWalker(xml);
  let prefix = "";
  while (walker.next()) {
    if (walker.depth() === 1 && walker.kind() !== TagKind.Close) prefix = walker.qname.includes(":") ? walker.qname.slice(0, walker.qname.indexOf(":") + 1) : "";
    if (walker.depth() !== 2 || walker.kind() === TagKind.Close) continue;
    if (walker.local() !== "mergeCells") {
      walker.skipElement();
      continue;
    }
    const start = walker.start;
    const qname = walker.qname;
    const startTag = walker.kind() === TagKind.Empty ? `${walker.tag.slice(0, -2).trimEnd()}>` : walker.tag;
    const kept: string[] = [];
    if (walker.kind() === TagKind.Open) {
      const depth = walker.depth();
      while (walker.next() && !(walker.depth() === depth && walker.kind() === TagKind.Close)) {
        if (walker.local() !== "mergeCell" || walker.kind() === TagKind.Close) continue;
        const ref = getAttr(walker.tag, "ref") ?? "";
        if (!dropped.has(normal(ref))) kept.push(walker.tag.endsWith("/>") ? walker.tag : `${walker.tag.slice(0, -1)}/>`);
      }
    }
    const open = setAttr(startTag, "count", String(kept.length + add.length));
    const items = [...kept, ...add.map((r) => `<${prefix}mergeCell ref="${r}"/>`)];
    const element = items.length === 0 ? "" : `${open}${items.join("")}</${qname}>`;
    return xml.slice(0, start) + element + xml.slice(walker.end);
  }
  if (add.length === 0) return xml;
  return insertWorksheetChild(xml, "mergeCells", `<${prefix}mergeCells count="${add.length}">${add.map((r) => `<${prefix}mergeCell ref="${r}"/>`).join("")}</${prefix}mergeCells>`);
}

function normal(ref: string): string {
  const range: CellRange | null = parseRangeA1(ref.replace(/\$/g, ""));
  return range ? rangeA1(range) : ref;
}

export function sheetPartsByName(pkg: XlsxPackage): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of pkg.sheets()) if (sheet.part !== null && sheet.type.endsWith("/worksheet") && pkg.has(sheet.part)) out.set(sheet.name, sheet.part);
  return out;
}

/** Style indexes of the cells at `refs` (0 for a missing cell or one without s=). */
export function cellStyles(xml: string, refs: readonly { row: number; col: number }[]): Map<string, number> {
  const patches: CellPatches = new Map();
  const out = new Map<string, number>();
  for (const { row, col } of refs) {
    addPatch(patches, row, col, (existing, ref) => {
      out.set(ref, existing?.style ?? 0);
      return null;
    });
  }
  patchCells(xml, patches);
  return out;
}

/** Sets the style of cells (creating the ones that do not exist), keeping their values. */
export function setCellStyles(xml: string, styles: ReadonlyMap<string, number>): string {
  const patches: CellPatches = new Map();
  for (const [ref, style] of styles) {
    const at = parseA1(ref)!;
    addPatch(patches, at.row, at.col, (existing, cellRef, prefix) => {
      const s = style === 0 ? undefined : String(style);
      if (existing === null) return s === undefined ? null : `<${prefix}c r="${cellRef}" s="${s}"/>`;
      const walker = new TagWalker(existing.xml);
      walker.next();
      return setAttr(existing.tag, "s", s) + existing.xml.slice(walker.end);
    });
  }
  return patchCells(xml, patches);
}

const ROW_LOOK = ["ht", "customHeight"] as const;

/**
 * Each <row> element's opening tag with its zero-based row (a row without r="" follows the one before);
 * the caller skips or copies the element before asking for the next.
 */
function* rowElements(xml: string): Generator<{ readonly walker: TagWalker; readonly row: number }> {
  const walker = new TagWalker(xml);
  let last = -1;
  while (walker.next()) {
    if (walker.kind() === TagKind.Close || walker.local() !== "row") continue;
    const r = getAttr(walker.tag, "r");
    last = r === undefined ? last + 1 : Number(r) - 1;
    yield { walker, row: last };
  }
}

/** Height attributes of rows (zero-based), for the rows that have a <row> element. */
export function rowHeights(xml: string): Map<number, Record<string, string>> {
  const out = new Map<number, Record<string, string>>();
  for (const { walker, row } of rowElements(xml)) {
    const attrs: Record<string, string> = {};
    for (const name of ROW_LOOK) {
      const v = getAttr(walker.tag, name);
      if (v !== undefined) attrs[name] = v;
    }
    out.set(row, attrs);
    walker.skipElement();
  }
  return out;
}

/** Gives rows (zero-based) the height attributes named; rows without a <row> element are left alone. */
export function setRowHeights(xml: string, heights: ReadonlyMap<number, Record<string, string>>): string {
  if (heights.size === 0) return xml;
  const out: string[] = [];
  let copied = 0;
  for (const { walker, row } of rowElements(xml)) {
    const wanted = heights.get(row);
    if (wanted) {
      let tag = walker.tag;
      for (const name of ROW_LOOK) tag = setAttr(tag, name, wanted[name]);
      out.push(xml.slice(copied, walker.start), tag);
      copied = walker.end;
    }
    walker.skipElement();
  }
  out.push(xml.slice(copied));
  return out.join("");
}
