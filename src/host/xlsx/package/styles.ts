import type { XlsxPackage } from "./opc";
import { getAttr, prefixOf, setAttr, TagKind, TagWalker } from "./xml";

/**
 * styles.xml opened for appending: new fonts, fills and cell formats (xf) go after the existing
 * ones and the counts follow; no existing entry is changed, so every cell keeps its look.
 */

const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

type ListName = "fonts" | "fills" | "borders" | "cellXfs" | "numFmts";

interface List {
  /** Whole elements of the list's items, in order. */
  readonly items: string[];
  readonly added: string[];
}

export interface XfChange {
  readonly fill?: string;
  readonly font?: string;
  /** A number format code; reuses a built-in or existing id when one has this code. */
  readonly numFmt?: string;
  readonly border?: string;
  /** An <alignment> element replacing the format's own. */
  readonly alignment?: string;
}

const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };

export class StyleBook {
  private readonly xml: string;
  private readonly prefix: string;
  private readonly lists = new Map<ListName, List>();
  private readonly memo = new Map<string, number>();
  private readonly created: boolean;

  constructor(xml: string | undefined) {
    this.created = xml === undefined;
    this.xml = xml ?? EMPTY_STYLES;
    const root = new TagWalker(this.xml);
    while (root.next() && root.depth() !== 1);
    this.prefix = prefixOf(root.qname);
    for (const name of ["fonts", "fills", "borders", "cellXfs", "numFmts"] as const) this.lists.set(name, { items: itemsOf(this.xml, name), added: [] });
  }

  /** True when the package had no styles part and this one was made up. */
  get isNew(): boolean {
    return this.created;
  }

  get changed(): boolean {
    return [...this.lists.values()].some((l) => l.added.length > 0) || this.created;
  }

  /** Font 0 (the workbook's default font) as an element, for deriving fonts that match it. */
  get defaultFont(): string {
    return this.lists.get("fonts")!.items[0] ?? `<${this.prefix}font><${this.prefix}sz val="11"/></${this.prefix}font>`;
  }

  get p(): string {
    return this.prefix;
  }

  /** Appends `element` to a list (or reuses an entry appended before with the same text); its index. */
  private add(list: ListName, element: string): number {
    const key = `${list}\u0000${element}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const l = this.lists.get(list)!;
    l.added.push(element);
    const index = l.items.length + l.added.length - 1;
    this.memo.set(key, index);
    return index;
  }

  solidFill(argb: string): string {
    const p = this.prefix;
    return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  }

  /** The default font with `extra` child elements in front and the children named in `drop` removed. */
  fontLike(extra: string, drop: readonly string[]): string {
    const base = this.defaultFont;
    const walker = new TagWalker(base);
    let open = "";
    let close = "";
    const kept: string[] = [];
    while (walker.next()) {
      if (walker.depth() === 1) {
        if (walker.kind() === TagKind.Close) close = walker.tag;
        else open = walker.tag;
        if (walker.kind() === TagKind.Empty) return `${open.slice(0, -2)}>${extra}</${walker.qname}>`;
        continue;
      }
      const start = walker.start;
      walker.skipElement();
      if (walker.depth() === 2 && !drop.includes(walker.local())) kept.push(base.slice(start, walker.end));
    }
    return `${open}${extra}${kept.join("")}${close}`;
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const l = this.lists.get("numFmts")!;
    for (const item of [...l.items, ...l.added]) if (getAttr(item, "formatCode") === code) return Number(getAttr(item, "numFmtId"));
    const used = [...l.items, ...l.added].map((item) => Number(getAttr(item, "numFmtId") ?? 0));
    const id = Math.max(163, ...used) + 1;
    l.added.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${code.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")}"/>`);
    return id;
  }

  /** A new cell format: a copy of format `base` (or 0) with the change applied; the same request gives the same index. */
  deriveXf(base: number, change: XfChange): number {
    const key = `xf\u0000${base}\u0000${change.fill ?? ""}\u0000${change.font ?? ""}\u0000${change.numFmt ?? ""}\u0000${change.border ?? ""}\u0000${change.alignment ?? ""}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const xfs = this.lists.get("cellXfs")!;
    const source = xfs.items[base] ?? xfs.items[0] ?? `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const walker = new TagWalker(source);
    walker.next();
    let tag = walker.tag;
    if (change.fill !== undefined) tag = setAttr(setAttr(tag, "fillId", String(this.add("fills", change.fill))), "applyFill", "1");
    if (change.font !== undefined) tag = setAttr(setAttr(tag, "fontId", String(this.add("fonts", change.font))), "applyFont", "1");
    if (change.numFmt !== undefined) tag = setAttr(setAttr(tag, "numFmtId", String(this.numFmtId(change.numFmt))), "applyNumberFormat", "1");
    if (change.border !== undefined) tag = setAttr(setAttr(tag, "borderId", String(this.add("borders", change.border))), "applyBorder", "1");
    let body = source.slice(walker.end);
    if (change.alignment !== undefined) {
      tag = setAttr(tag, "applyAlignment", "1");
      const withoutOld = body.replace(/<(?:\w+:)?alignment\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?alignment>)/, "");
      if (tag.endsWith("/>")) {
        tag = `${tag.slice(0, -2).trimEnd()}>`;
        body = `${change.alignment}</${walker.qname}>`;
      } else body = change.alignment + withoutOld;
    }
    const index = this.add("cellXfs", tag + body);
    this.memo.set(key, index);
    return index;
  }

  toString(): string {
    let xml = this.xml;
    // Later lists first, so earlier offsets stay valid; numFmts may need creating.
    for (const name of ["cellXfs", "borders", "fills", "fonts"] as const) xml = appendToList(xml, name, this.lists.get(name)!, this.prefix);
    const numFmts = this.lists.get("numFmts")!;
    if (numFmts.added.length > 0) {
      if (numFmts.items.length > 0 || hasList(xml, "numFmts")) xml = appendToList(xml, "numFmts", numFmts, this.prefix);
      else {
        const root = new TagWalker(xml);
        while (root.next() && root.depth() !== 1);
        const list = `<${this.prefix}numFmts count="${numFmts.added.length}">${numFmts.added.join("")}</${this.prefix}numFmts>`;
        xml = xml.slice(0, root.end) + list + xml.slice(root.end);
      }
    }
    return xml;
  }
}

function hasList(xml: string, name: ListName): boolean {
  const walker = new TagWalker(xml);
  while (walker.next()) if (walker.depth() === 2 && walker.local() === name) return true;
  return false;
}

function itemsOf(xml: string, name: ListName): string[] {
  const walker = new TagWalker(xml);
  const items: string[] = [];
  let inside = false;
  while (walker.next()) {
    if (walker.depth() === 2 && walker.local() === name) {
      if (walker.kind() === TagKind.Open) inside = true;
      else if (walker.kind() === TagKind.Close) return items;
      else return items;
      continue;
    }
    if (inside && walker.depth() === 3 && walker.kind() !== TagKind.Close) {
      const start = walker.start;
      walker.skipElement();
      items.push(xml.slice(start, walker.end));
    }
  }
  return items;
}

function appendToList(xml: string, name: ListName, list: List, prefix: string): string {
  if (list.added.length === 0) return xml;
  const walker = new TagWalker(xml);
  while (walker.next()) {
    if (walker.depth() !== 2 || walker.local() !== name) continue;
    const count = String(list.items.length + list.added.length);
    if (walker.kind() === TagKind.Empty) {
      const open = setAttr(walker.tag, "count", count).slice(0, -2).trimEnd();
      return `${xml.slice(0, walker.start)}${open}>${list.added.join("")}</${walker.qname}>${xml.slice(walker.end)}`;
    }
    const openStart = walker.start;
    const openEnd = walker.end;
    const open = getAttr(walker.tag, "count") === undefined ? walker.tag : setAttr(walker.tag, "count", count);
    walker.skipElement();
    return xml.slice(0, openStart) + open + xml.slice(openEnd, walker.start) + list.added.join("") + xml.slice(walker.start);
  }
  // A styles part without this list: add it where the schema puts it, before the lists that follow.
  const order = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
  const after = order.slice(order.indexOf(name) + 1);
  const element = `<${prefix}${name} count="${list.added.length}">${list.added.join("")}</${prefix}${name}>`;
  const scan = new TagWalker(xml);
  while (scan.next()) {
    if ((scan.depth() === 2 && scan.kind() !== TagKind.Close && after.includes(scan.local())) || (scan.depth() === 1 && scan.kind() === TagKind.Close)) {
      return xml.slice(0, scan.start) + element + xml.slice(scan.start);
    }
  }
  return xml;
}

const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** The package's styles part opened for appending; save() writes it back only when something was added. */
export function openStyles(pkg: XlsxPackage): { readonly book: StyleBook; save(): void } {
  const workbook = pkg.workbookPart;
  const rel = pkg.relationships(workbook).find((r) => r.type === STYLES_REL || r.type.endsWith("/styles"));
  const part = pkg.target(workbook, rel) ?? "xl/styles.xml";
  const book = new StyleBook(pkg.text(part));
  return {
    book,
    save(): void {
      if (!book.changed) return;
      pkg.set(part, book.toString());
      if (book.isNew) {
        if (!rel) pkg.addRelationship(workbook, STYLES_REL, part);
        pkg.addOverride(part, STYLES_TYPE);
      }
    },
  };
}
