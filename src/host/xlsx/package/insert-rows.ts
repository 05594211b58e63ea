import { a1, parseA1, parseRangeA1, rangeA1 } from "../../../core/grid/address";
import { areaAfter, rowAfter, type RowInsertion } from "../../../core/fill/plan";
import { rewriteFormulaRefs } from "../formula-refs";
import type { WorkbookSheet, XlsxPackage } from "./opc";
import { decodeXml, escapeText, getAttr, setAttr, TagKind, TagWalker } from "./xml";

/**
 * Rows inserted the way Excel inserts them, in the package: every reference at or below the new
 * rows moves (cells, rows, shared and array formula ranges, merged areas, conditional formats,
 * data validations, hyperlinks, autofilters, sparklines, page breaks, notes and their shapes,
 * drawing anchors, defined names, pivot sources, the calculation chain), in the sheet itself and in
 * every formula of the workbook that points into it. Tables and pivot tables on the sheet are not
 * moved here: such a plan is refused with UnsupportedInsertion and the caller falls back.
 */

export class UnsupportedInsertion extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnsupportedInsertion";
  }
}

/** A formula's references moved by the insertions; `ownSheet` is the sheet unprefixed references mean. */
export function shiftFormulaText(formula: string, ownSheet: string, insertions: readonly RowInsertion[]): string {
  return rewriteFormulaRefs(formula, (ref) => {
    const sheet = ref.sheet ?? ownSheet;
    const own = insertions.filter((i) => i.sheet === sheet);
    if (own.length === 0) return null;
    const area = areaAfter(own, sheet, { top: ref.top, left: 0, bottom: ref.bottom, right: 0 });
    return { top: area.top, bottom: area.bottom };
  });
}

function shiftRef(ref: string, sheet: string, insertions: readonly RowInsertion[]): string {
  const range = parseRangeA1(ref.replace(/\$/g, ""));
  if (!range) return ref;
  const moved = areaAfter(insertions, sheet, range);
  if (moved.top === range.top && moved.bottom === range.bottom) return ref;
  return ref.includes("$") ? shiftFormulaText(ref, sheet, insertions) : rangeA1(moved);
}

function shiftSqref(sqref: string, sheet: string, insertions: readonly RowInsertion[]): string {
  return sqref
    .split(/(\s+)/)
    .map((part) => (/^\s*$/.test(part) ? part : shiftRef(part, sheet, insertions)))
    .join("");
}

const FORMULA_ELEMENTS = new Set(["f", "formula", "formula1", "formula2"]);
/** Attributes holding a cell or range of the sheet, by element. */
const REF_ATTRS: Readonly<Record<string, readonly string[]>> = {
  dimension: ["ref"],
  mergeCell: ["ref"],
  conditionalFormatting: ["sqref"],
  dataValidation: ["sqref"],
  hyperlink: ["ref"],
  autoFilter: ["ref"],
  selection: ["activeCell", "sqref"],
  pane: ["topLeftCell"],
  protectedRange: ["sqref"],
  ignoredError: ["sqref"],
};

interface Splice {
  readonly at: number;
  readonly end: number;
  readonly text: string;
}

function applySplices(xml: string, splices: readonly Splice[]): string {
  if (splices.length === 0) return xml;
  const out: string[] = [];
  let copied = 0;
  for (const s of splices) {
    out.push(xml.slice(copied, s.at), s.text);
    copied = s.end;
  }
  out.push(xml.slice(copied));
  return out.join("");
}

/**
 * One worksheet part with the insertions applied: `target` when the rows go into this sheet (its
 * cells and ranges move), otherwise only its formulas that point into the target sheets change.
 */
export function shiftWorksheetXml(xml: string, sheet: string, insertions: readonly RowInsertion[], target: boolean): string {
  const own = insertions.filter((i) => i.sheet === sheet);
  const splices: Splice[] = [];
  const walker = new TagWalker(xml);
  let inRowBreaks = false;
  while (walker.next()) {
    if (walker.kind() === TagKind.Close) {
      if (walker.local() === "rowBreaks") inRowBreaks = false;
      continue;
    }
    const local = walker.local();
    const tag = walker.tag;
    let newTag = tag;
    if (target) {
      if (local === "row" || local === "c") {
        const r = getAttr(tag, "r");
        if (r !== undefined) {
          if (local === "row") {
            const moved = rowAfter(own, sheet, Number(r) - 1) + 1;
            if (String(moved) !== r) newTag = setAttr(tag, "r", String(moved));
          } else {
            const ref = parseA1(r);
            if (ref) {
              const moved = a1(rowAfter(own, sheet, ref.row), ref.col);
              if (moved !== r) newTag = setAttr(tag, "r", moved);
            }
          }
        }
      } else if (local === "f") {
        const ref = getAttr(tag, "ref");
        if (ref !== undefined) {
          const range = parseRangeA1(ref);
          // A shared formula whose cells the new rows would split apart means something else afterwards.
          if (range && getAttr(tag, "t") === "shared" && own.some((i) => i.before > range.top && i.before <= range.bottom)) {
            throw new UnsupportedInsertion(`${sheet}: rows inserted inside the shared formula ${ref}`);
          }
          newTag = setAttr(newTag, "ref", shiftSqref(ref, sheet, own));
        }
      } else if (local === "rowBreaks") inRowBreaks = walker.kind() === TagKind.Open;
      else if (local === "brk" && inRowBreaks) {
        const id = getAttr(tag, "id");
        if (id !== undefined && /^\d+$/.test(id)) {
          // A break after row `id` (1-based): it moves with the row above it.
          const moved = rowAfter(own, sheet, Number(id) - 1) + 1;
          if (String(moved) !== id) newTag = setAttr(tag, "id", String(moved));
        }
      } else if (local === "sqref" && walker.qname.includes(":") && walker.kind() === TagKind.Open) {
        // x14 conditional formats, validations and sparkline locations keep their ranges as text.
        const start = walker.end;
        walker.skipElement();
        const text = decodeXml(xml.slice(start, walker.start));
        const moved = shiftSqref(text, sheet, own);
        if (moved !== text) splices.push({ at: start, end: walker.start, text: escapeText(moved) });
        continue;
      }
      const attrs = REF_ATTRS[local];
      if (attrs) {
        for (const name of attrs) {
          const value = getAttr(newTag, name);
          if (value === undefined) continue;
          const moved = shiftSqref(value, sheet, own);
          if (moved !== value) newTag = setAttr(newTag, name, moved);
        }
      }
    }
    if (newTag !== tag) splices.push({ at: walker.start, end: walker.end, text: newTag });
    if (walker.kind() === TagKind.Open && FORMULA_ELEMENTS.has(local)) {
      const start = walker.end;
      walker.skipElement();
      const text = decodeXml(xml.slice(start, walker.start));
      const moved = shiftFormulaText(text, sheet, insertions);
      if (moved !== text) splices.push({ at: start, end: walker.start, text: escapeText(moved) });
    }
  }
  return applySplices(xml, splices);
}

/** Text of every element named `local` (a formula) rewritten; the rest of the part as it was. */
function shiftElementText(xml: string, local: string, rewrite: (text: string) => string): string {
  const splices: Splice[] = [];
  const walker = new TagWalker(xml);
  while (walker.next()) {
    if (walker.kind() !== TagKind.Open || walker.local() !== local) continue;
    const start = walker.end;
    walker.skipElement();
    const text = decodeXml(xml.slice(start, walker.start));
    const moved = rewrite(text);
    if (moved !== text) splices.push({ at: start, end: walker.start, text: escapeText(moved) });
  }
  return applySplices(xml, splices);
}

function setIfChanged(pkg: XlsxPackage, part: string, before: string, after: string): void {
  if (after !== before) pkg.set(part, after);
}

/** Applies the insertions to the whole package. Throws UnsupportedInsertion before changing anything it cannot move. */
export function insertRowsInPackage(pkg: XlsxPackage, insertions: readonly RowInsertion[]): void {
  if (insertions.length === 0) return;
  const sheets = pkg.sheets();
  const worksheets = sheets.filter((s) => s.part !== null && s.type.endsWith("/worksheet") && pkg.has(s.part));
  const targets = new Map<string, WorkbookSheet>();
  for (const ins of insertions) {
    const sheet = worksheets.find((s) => s.name === ins.sheet);
    if (!sheet) throw new UnsupportedInsertion(`no worksheet ${ins.sheet}`);
    targets.set(sheet.name, sheet);
  }
  for (const sheet of targets.values()) {
    for (const rel of pkg.relationships(sheet.part!)) {
      if (/\/(table|pivotTable)$/.test(rel.type)) throw new UnsupportedInsertion(`${sheet.name} has a table or pivot table`);
    }
  }

  for (const sheet of worksheets) {
    const part = sheet.part!;
    const xml = pkg.text(part)!;
    setIfChanged(pkg, part, xml, shiftWorksheetXml(xml, sheet.name, insertions, targets.has(sheet.name)));
  }

  for (const sheet of targets.values()) {
    const part = sheet.part!;
    const own = insertions.filter((i) => i.sheet === sheet.name);
    for (const rel of pkg.relationships(part)) {
      const target = pkg.target(part, rel);
      const xml = target === undefined ? undefined : pkg.text(target);
      if (target === undefined || xml === undefined) continue;
      if (rel.type.endsWith("/comments")) setIfChanged(pkg, target, xml, shiftCommentRefs(xml, sheet.name, own));
      else if (rel.type.endsWith("/vmlDrawing")) setIfChanged(pkg, target, xml, shiftVmlRows(xml, sheet.name, own));
      else if (rel.type.endsWith("/drawing")) setIfChanged(pkg, target, xml, shiftElementText(xml, "row", (t) => (/^\d+$/.test(t.trim()) ? String(rowAfter(own, sheet.name, Number(t))) : t)));
    }
  }

  const workbook = pkg.workbookPart;
  const workbookXml = pkg.text(workbook)!;
  setIfChanged(pkg, workbook, workbookXml, shiftElementText(workbookXml, "definedName", (t) => shiftFormulaText(t, "", insertions)));

  for (const name of pkg.originalNames) {
    if (/^xl\/charts\/[^/]+\.xml$/i.test(name)) {
      const xml = pkg.text(name)!;
      setIfChanged(pkg, name, xml, shiftElementText(xml, "f", (t) => shiftFormulaText(t, "", insertions)));
    } else if (/^xl\/pivotCache\/pivotCacheDefinition[^/]*\.xml$/i.test(name)) {
      const xml = pkg.text(name)!;
      setIfChanged(pkg, name, xml, shiftPivotSource(xml, insertions));
    } else if (/^xl\/calcChain\.xml$/i.test(name)) {
      const xml = pkg.text(name)!;
      setIfChanged(pkg, name, xml, shiftCalcChain(xml, sheets, insertions));
    }
  }
}

function shiftCommentRefs(xml: string, sheet: string, own: readonly RowInsertion[]): string {
  const splices: Splice[] = [];
  const walker = new TagWalker(xml);
  while (walker.next()) {
    if (walker.kind() === TagKind.Close || walker.local() !== "comment") continue;
    const ref = getAttr(walker.tag, "ref");
    if (ref === undefined) continue;
    const moved = shiftRef(ref, sheet, own);
    if (moved !== ref) splices.push({ at: walker.start, end: walker.end, text: setAttr(walker.tag, "ref", moved) });
  }
  return applySplices(xml, splices);
}

/** Note shapes: <x:Row> (0-based) and the rows of <x:Anchor> (its 3rd and 7th numbers). */
function shiftVmlRows(xml: string, sheet: string, own: readonly RowInsertion[]): string {
  const moveRow = (t: string): string => (/^\s*\d+\s*$/.test(t) ? String(rowAfter(own, sheet, Number(t))) : t);
  const rows = shiftElementText(xml, "Row", moveRow);
  return shiftElementText(rows, "Anchor", (t) => {
    const n = t.split(",").map((x) => x.trim());
    if (n.length !== 8 || n.some((x) => !/^\d+$/.test(x))) return t;
    n[2] = moveRow(n[2]!);
    n[6] = moveRow(n[6]!);
    return n.join(", ");
  });
}

function shiftPivotSource(xml: string, insertions: readonly RowInsertion[]): string {
  const splices: Splice[] = [];
  const walker = new TagWalker(xml);
  while (walker.next()) {
    if (walker.kind() === TagKind.Close || walker.local() !== "worksheetSource") continue;
    const sheet = getAttr(walker.tag, "sheet");
    const ref = getAttr(walker.tag, "ref");
    if (sheet === undefined || ref === undefined) continue;
    const own = insertions.filter((i) => i.sheet === sheet);
    const moved = own.length === 0 ? ref : shiftRef(ref, sheet, own);
    if (moved !== ref) splices.push({ at: walker.start, end: walker.end, text: setAttr(walker.tag, "ref", moved) });
  }
  return applySplices(xml, splices);
}

/** calcChain entries name a cell and (when it changes) the sheet by its sheetId. */
function shiftCalcChain(xml: string, sheets: readonly WorkbookSheet[], insertions: readonly RowInsertion[]): string {
  const byId = new Map(sheets.map((s) => [String(s.sheetId), s.name]));
  const splices: Splice[] = [];
  const walker = new TagWalker(xml);
  let current = "";
  while (walker.next()) {
    if (walker.kind() === TagKind.Close || walker.local() !== "c") continue;
    const i = getAttr(walker.tag, "i");
    if (i !== undefined) current = byId.get(i) ?? "";
    const r = getAttr(walker.tag, "r");
    const own = insertions.filter((ins) => ins.sheet === current);
    if (r === undefined || own.length === 0) continue;
    const ref = parseA1(r);
    if (!ref) continue;
    const moved = a1(rowAfter(own, current, ref.row), ref.col);
    if (moved !== r) splices.push({ at: walker.start, end: walker.end, text: setAttr(walker.tag, "r", moved) });
  }
  return applySplices(xml, splices);
}

