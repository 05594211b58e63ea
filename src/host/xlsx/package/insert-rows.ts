import { a1, parseA1, parseRangeA1, rangeA1 } from "../../../core/grid/address";
import { areaAfter, rowAfter, type RowInsertion } from "../../../core/fill/plan";
import { rewriteFormulaRefs, translateFormula } from "../formula-refs";
import type { WorkbookSheet, XlsxPackage } from "./opc";
import { decodeXml, escapeText, getAttr, setAttr, TagKind, TagWalker } from "./xml";

/**
 * Rows inserted the way Excel inserts them, in the package: every reference at or below the new
 * rows moves (cells, rows, shared and array formula ranges, merged areas, conditional formats,
 * data validations, hyperlinks, autofilters, sparklines, page breaks, notes and their shapes,
 * drawing anchors, defined names, pivot sources, the calculation chain), in the sheet itself and in
 * every formula of the workbook that points into it; tables (their ranges, autofilters and column
 * formulas) and pivot tables on the sheet move too, and shared formulas the new rows would change
 * the meaning of become one formula per cell. What Excel itself refuses (rows through an array
 * formula or a pivot table) throws UnsupportedInsertion and the caller falls back.
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

/** A shared formula's master cell (as it was) and its text. */
interface SharedMaster {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** A member of a shared formula as its own formula: the master's text as that cell reads it, then moved by the insertions. */
function memberFormula(master: SharedMaster, row: number, col: number, sheet: string, insertions: readonly RowInsertion[]): string {
  return shiftFormulaText(translateFormula(master.text, row - master.row, col - master.col), sheet, insertions);
}

const SHARED = /\bt\s*=\s*["']shared["']/;

/**
 * The shared formulas of a sheet that cannot stay shared after the insertions: new rows inside
 * their range, or a member whose own references move differently from the master's (a range that
 * straddles the new rows). Their cells get each its own formula instead.
 */
function sharedFormulasToWrite(xml: string, sheet: string, insertions: readonly RowInsertion[], own: readonly RowInsertion[]): Map<string, SharedMaster> {
  const toWrite = new Map<string, SharedMaster>();
  if (!SHARED.test(xml)) return toWrite;
  const masters = new Map<string, SharedMaster & { readonly ref: string }>();
  const members = new Map<string, { row: number; col: number }[]>();
  const walker = new TagWalker(xml);
  let cell: { row: number; col: number } | null = null;
  while (walker.next()) {
    if (walker.kind() === TagKind.Close) continue;
    const tag = walker.tag;
    if (walker.local() === "c") cell = parseA1(getAttr(tag, "r") ?? "");
    if (walker.local() !== "f" || getAttr(tag, "t") !== "shared" || !cell) continue;
    const si = getAttr(tag, "si");
    const ref = getAttr(tag, "ref");
    if (si === undefined) continue;
    if (ref !== undefined && walker.kind() === TagKind.Open) {
      const start = walker.end;
      walker.skipElement();
      masters.set(si, { row: cell.row, col: cell.col, text: decodeXml(xml.slice(start, walker.start)), ref });
    } else members.set(si, [...(members.get(si) ?? []), cell]);
  }
  for (const [si, master] of masters) {
    const range = parseRangeA1(master.ref.replace(/\$/g, ""));
    const split = range !== null && own.some((i) => i.before > range.top && i.before <= range.bottom);
    const moved = shiftFormulaText(master.text, sheet, insertions);
    const masterRow = rowAfter(own, sheet, master.row);
    const differs = (m: { row: number; col: number }): boolean =>
      memberFormula(master, m.row, m.col, sheet, insertions) !== translateFormula(moved, rowAfter(own, sheet, m.row) - masterRow, m.col - master.col);
    if (split || (members.get(si) ?? []).some(differs)) toWrite.set(si, master);
  }
  return toWrite;
}

/** Moves what one worksheet part holds; `target` when the rows go into this sheet. */
class WorksheetShift {
  readonly splices: Splice[] = [];
  private readonly own: readonly RowInsertion[];
  private readonly unshare: Map<string, SharedMaster>;
  private readonly walker: TagWalker;
  private cell: { row: number; col: number } | null = null;
  private inRowBreaks = false;

  constructor(
    private readonly xml: string,
    private readonly sheet: string,
    private readonly insertions: readonly RowInsertion[],
    private readonly target: boolean,
  ) {
    this.own = insertions.filter((i) => i.sheet === sheet);
    this.unshare = sharedFormulasToWrite(xml, sheet, insertions, this.own);
    this.walker = new TagWalker(xml);
  }

  run(): string {
    const walker = this.walker;
    while (walker.next()) {
      if (walker.kind() === TagKind.Close) {
        if (walker.local() === "rowBreaks") this.inRowBreaks = false;
        continue;
      }
      const local = walker.local();
      if (local === "c") this.cell = parseA1(getAttr(walker.tag, "r") ?? "");
      if (local === "f" && this.unshareFormula()) continue;
      if (this.target && local === "sqref" && walker.qname.includes(":") && walker.kind() === TagKind.Open) {
        // x14 conditional formats, validations and sparkline locations keep their ranges as text.
        this.rewriteContent((text) => shiftSqref(text, this.sheet, this.own));
        continue;
      }
      const tag = walker.tag;
      const newTag = this.target ? this.movedTag(local, tag) : tag;
      if (newTag !== tag) this.splices.push({ at: walker.start, end: walker.end, text: newTag });
      if (walker.kind() === TagKind.Open && FORMULA_ELEMENTS.has(local)) this.rewriteContent((text) => shiftFormulaText(text, this.sheet, this.insertions));
    }
    return applySplices(this.xml, this.splices);
  }

  /** The open element's text rewritten (the walker then stands on its end tag). */
  private rewriteContent(rewrite: (text: string) => string): void {
    const walker = this.walker;
    const start = walker.end;
    walker.skipElement();
    const text = decodeXml(this.xml.slice(start, walker.start));
    const moved = rewrite(text);
    if (moved !== text) this.splices.push({ at: start, end: walker.start, text: escapeText(moved) });
  }

  /** A member or master of a shared formula that cannot stay shared: written as the cell's own formula. */
  private unshareFormula(): boolean {
    const walker = this.walker;
    const tag = walker.tag;
    const master = getAttr(tag, "t") === "shared" ? this.unshare.get(getAttr(tag, "si") ?? "") : undefined;
    if (!master || !this.cell) return false;
    const at = walker.start;
    walker.skipElement();
    const open = ["t", "ref", "si"].reduce((t, name) => setAttr(t, name, undefined), tag.replace(/\s*\/>$/, ">"));
    const formula = memberFormula(master, this.cell.row, this.cell.col, this.sheet, this.insertions);
    this.splices.push({ at, end: walker.end, text: `${open}${escapeText(formula)}</${walker.qname}>` });
    return true;
  }

  /** The tag with the rows and ranges it names moved. */
  private movedTag(local: string, tag: string): string {
    const { sheet, own } = this;
    let newTag = tag;
    const r = local === "row" || local === "c" ? getAttr(tag, "r") : undefined;
    if (r !== undefined && local === "row") newTag = setIfMoved(tag, "r", r, String(rowAfter(own, sheet, Number(r) - 1) + 1));
    else if (r !== undefined) {
      const ref = parseA1(r);
      if (ref) newTag = setIfMoved(tag, "r", r, a1(rowAfter(own, sheet, ref.row), ref.col));
    } else if (local === "f") {
      const ref = getAttr(tag, "ref");
      if (ref !== undefined) {
        const range = parseRangeA1(ref);
        // An array formula's cells cannot be pulled apart (Excel refuses the insertion too).
        if (range && getAttr(tag, "t") === "array" && own.some((i) => i.before > range.top && i.before <= range.bottom)) {
          throw new UnsupportedInsertion(`${sheet}: rows inserted inside the array formula ${ref}`);
        }
        newTag = setAttr(newTag, "ref", shiftSqref(ref, sheet, own));
      }
    } else if (local === "rowBreaks") this.inRowBreaks = this.walker.kind() === TagKind.Open;
    else if (local === "brk" && this.inRowBreaks) {
      const id = getAttr(tag, "id");
      // A break after row `id` (1-based): it moves with the row above it.
      if (id !== undefined && /^\d+$/.test(id)) newTag = setIfMoved(tag, "id", id, String(rowAfter(own, sheet, Number(id) - 1) + 1));
    }
    for (const name of REF_ATTRS[local] ?? []) {
      const value = getAttr(newTag, name);
      if (value !== undefined) newTag = setIfMoved(newTag, name, value, shiftSqref(value, sheet, own));
    }
    return newTag;
  }
}

function setIfMoved(tag: string, name: string, before: string, after: string): string {
  return after === before ? tag : setAttr(tag, name, after);
}

/**
 * One worksheet part with the insertions applied: `target` when the rows go into this sheet (its
 * cells and ranges move), otherwise only its formulas that point into the target sheets change.
 */
export function shiftWorksheetXml(xml: string, sheet: string, insertions: readonly RowInsertion[], target: boolean): string {
  return new WorksheetShift(xml, sheet, insertions, target).run();
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
  const pivots = [...targets.values()].flatMap((sheet) => relatedParts(pkg, sheet, "/pivotTable").map((p) => ({ ...p, sheet })));
  for (const pivot of pivots) refuseInsideLocation(pivot.xml, pivot.sheet.name, insertions);

  for (const sheet of worksheets) {
    const part = sheet.part!;
    const xml = pkg.text(part)!;
    const target = targets.has(sheet.name);
    setIfChanged(pkg, part, xml, shiftWorksheetXml(xml, sheet.name, insertions, target));
    for (const table of relatedParts(pkg, sheet, "/table")) setIfChanged(pkg, table.part, table.xml, shiftTableXml(table.xml, sheet.name, insertions, target));
  }
  for (const pivot of pivots) setIfChanged(pkg, pivot.part, pivot.xml, shiftPivotLocation(pivot.xml, pivot.sheet.name, insertions));
  for (const sheet of targets.values()) shiftSheetAnnexes(pkg, sheet, insertions.filter((i) => i.sheet === sheet.name));

  const workbook = pkg.workbookPart;
  const workbookXml = pkg.text(workbook)!;
  setIfChanged(pkg, workbook, workbookXml, shiftElementText(workbookXml, "definedName", (t) => shiftFormulaText(t, "", insertions)));
  for (const name of pkg.originalNames) {
    const xml = (): string => pkg.text(name)!;
    if (/^xl\/charts\/[^/]+\.xml$/i.test(name)) setIfChanged(pkg, name, xml(), shiftElementText(xml(), "f", (t) => shiftFormulaText(t, "", insertions)));
    else if (/^xl\/pivotCache\/pivotCacheDefinition[^/]*\.xml$/i.test(name)) setIfChanged(pkg, name, xml(), shiftPivotSource(xml(), insertions));
    else if (/^xl\/calcChain\.xml$/i.test(name)) setIfChanged(pkg, name, xml(), shiftCalcChain(xml(), sheets, insertions));
  }
}

/** The parts a worksheet's relationships of a kind (table, pivotTable) point to, with their text. */
function relatedParts(pkg: XlsxPackage, sheet: WorkbookSheet, kind: string): { part: string; xml: string }[] {
  const found: { part: string; xml: string }[] = [];
  for (const rel of pkg.relationships(sheet.part!)) {
    if (!rel.type.endsWith(kind)) continue;
    const part = pkg.target(sheet.part!, rel);
    const xml = part === undefined ? undefined : pkg.text(part);
    if (part !== undefined && xml !== undefined) found.push({ part, xml });
  }
  return found;
}

/** Notes, their shapes and drawing anchors of a sheet that receives rows. */
function shiftSheetAnnexes(pkg: XlsxPackage, sheet: WorkbookSheet, own: readonly RowInsertion[]): void {
  const part = sheet.part!;
  for (const rel of pkg.relationships(part)) {
    const target = pkg.target(part, rel);
    const xml = target === undefined ? undefined : pkg.text(target);
    if (target === undefined || xml === undefined) continue;
    if (rel.type.endsWith("/comments")) setIfChanged(pkg, target, xml, shiftCommentRefs(xml, sheet.name, own));
    else if (rel.type.endsWith("/vmlDrawing")) setIfChanged(pkg, target, xml, shiftVmlRows(xml, sheet.name, own));
    else if (rel.type.endsWith("/drawing")) setIfChanged(pkg, target, xml, shiftElementText(xml, "row", (t) => (/^\d+$/.test(t.trim()) ? String(rowAfter(own, sheet.name, Number(t))) : t)));
  }
}

/** Elements of a table part holding a range of its sheet. */
const TABLE_REF_ELEMENTS = new Set(["table", "autoFilter", "sortState", "sortCondition"]);
const TABLE_FORMULAS = new Set(["calculatedColumnFormula", "totalsRowFormula"]);

/**
 * A table (ListObject) of a sheet: on the sheet that receives rows its range, autofilter and sort
 * ranges move or grow as Excel moves them (rows inserted inside the table make it taller); on any
 * sheet, its column formulas that point into the moved rows follow them.
 */
export function shiftTableXml(xml: string, sheet: string, insertions: readonly RowInsertion[], target: boolean): string {
  const own = insertions.filter((i) => i.sheet === sheet);
  const splices: Splice[] = [];
  const walker = new TagWalker(xml);
  while (walker.next()) {
    if (walker.kind() === TagKind.Close) continue;
    const local = walker.local();
    const ref = target && TABLE_REF_ELEMENTS.has(local) ? getAttr(walker.tag, "ref") : undefined;
    if (ref !== undefined) {
      const moved = shiftSqref(ref, sheet, own);
      if (moved !== ref) splices.push({ at: walker.start, end: walker.end, text: setAttr(walker.tag, "ref", moved) });
    }
    if (walker.kind() !== TagKind.Open || !TABLE_FORMULAS.has(local)) continue;
    const start = walker.end;
    walker.skipElement();
    const text = decodeXml(xml.slice(start, walker.start));
    const moved = shiftFormulaText(text, sheet, insertions);
    if (moved !== text) splices.push({ at: start, end: walker.start, text: escapeText(moved) });
  }
  return applySplices(xml, splices);
}

/** The range a pivot table occupies on its sheet. */
function pivotLocation(xml: string): { at: number; end: number; tag: string; ref: string } | null {
  const walker = new TagWalker(xml);
  while (walker.next()) {
    if (walker.kind() === TagKind.Close || walker.local() !== "location") continue;
    const ref = getAttr(walker.tag, "ref");
    return ref === undefined ? null : { at: walker.start, end: walker.end, tag: walker.tag, ref };
  }
  return null;
}

/** Excel will not insert rows through a pivot table ("cannot change this part of a PivotTable report"). */
function refuseInsideLocation(xml: string, sheet: string, insertions: readonly RowInsertion[]): void {
  const location = pivotLocation(xml);
  const range = location ? parseRangeA1(location.ref) : null;
  if (range && insertions.some((i) => i.sheet === sheet && i.before > range.top && i.before <= range.bottom)) {
    throw new UnsupportedInsertion(`${sheet}: rows inserted inside the pivot table at ${location!.ref}`);
  }
}

/** A pivot table below the new rows moves down with them. */
function shiftPivotLocation(xml: string, sheet: string, insertions: readonly RowInsertion[]): string {
  const location = pivotLocation(xml);
  if (!location) return xml;
  const moved = shiftRef(location.ref, sheet, insertions.filter((i) => i.sheet === sheet));
  return moved === location.ref ? xml : applySplices(xml, [{ at: location.at, end: location.end, text: setAttr(location.tag, "ref", moved) }]);
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

