import { resolveTarget } from "../fast-read";
import { WORKBOOK_PART } from "../preflight";
import { readCentralDirectory, readEntry, rewriteZip, type ZipEntry } from "../zip";
import { decodeXml, escapeAttr, escapeText, getAttr, prefixOf, setAttr, TagKind, TagWalker } from "./xml";

/**
 * An xlsx package opened for patching: parts are read on demand, the ones set are written anew and
 * every other part is copied still compressed, so it comes out byte for byte as it went in.
 */

const CONTENT_TYPES = "[Content_Types].xml";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = {
  worksheet: `${REL_NS}/worksheet`,
  comments: `${REL_NS}/comments`,
  vmlDrawing: `${REL_NS}/vmlDrawing`,
  table: `${REL_NS}/table`,
} as const;
export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageError";
  }
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  /** The sheet's part, null when its relationship is missing or external. */
  readonly part: string | null;
  readonly type: string;
}

export class XlsxPackage {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly changed = new Map<string, Buffer>();
  /** Parts added, in the order they were added (written after the original parts). */
  private readonly added: string[] = [];
  private readonly removed = new Set<string>();

  constructor(private readonly buf: Buffer) {
    const directory = readCentralDirectory(buf);
    if (directory.status !== "ok") throw new PackageError(`zip: ${directory.status === "no-eocd" ? "no end of central directory" : directory.reason}`);
    for (const entry of directory.entries) this.entries.set(entry.name, entry);
  }

  /** Original part names in archive order. */
  get originalNames(): string[] {
    return [...this.entries.keys()];
  }

  /** The stored name of a part, matched case-insensitively as OPC part names are. */
  resolve(name: string): string | undefined {
    const bare = name.startsWith("/") ? name.slice(1) : name;
    if (this.changed.has(bare) || this.entries.has(bare)) return bare;
    const folded = bare.toLowerCase();
    for (const key of [...this.changed.keys(), ...this.entries.keys()]) if (key.toLowerCase() === folded) return key;
    return undefined;
  }

  has(name: string): boolean {
    return this.resolve(name) !== undefined;
  }

  read(name: string): Buffer | undefined {
    const stored = this.resolve(name);
    if (stored === undefined) return undefined;
    const changed = this.changed.get(stored);
    if (changed) return changed;
    const entry = this.entries.get(stored)!;
    const data = readEntry(this.buf, entry);
    if (data.length !== entry.uncompressedSize) throw new PackageError(`${stored}: ${data.length} bytes, the zip says ${entry.uncompressedSize}`);
    return data;
  }

  text(name: string): string | undefined {
    const data = this.read(name);
    if (data === undefined) return undefined;
    if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return data.toString("utf16le", 2);
    return data.toString("utf8");
  }

  /** Replaces a part, or adds it when the package has none of that name. */
  set(name: string, content: string | Buffer): void {
    const stored = this.resolve(name) ?? name;
    if (!this.entries.has(stored) && !this.changed.has(stored)) this.added.push(stored);
    this.changed.set(stored, typeof content === "string" ? Buffer.from(content, "utf8") : content);
  }

  /** Parts set so far, original ones first. */
  get touched(): string[] {
    return [...this.changed.keys()];
  }

  write(): Buffer {
    return rewriteZip(
      this.buf,
      (name) => (this.removed.has(name) ? null : this.changed.get(name)),
      this.added.map((name) => ({ name, data: this.changed.get(name)! })),
    );
  }

  /** A part name not yet used, `${stem}${n}${ext}` with the smallest n ≥ 1. */
  freeName(stem: string, ext: string): string {
    for (let n = 1; ; n++) if (!this.has(`${stem}${n}${ext}`)) return `${stem}${n}${ext}`;
  }

  relationships(part: string): Relationship[] {
    const xml = this.text(relsPartOf(part));
    if (xml === undefined) return [];
    const out: Relationship[] = [];
    const walker = new TagWalker(xml);
    while (walker.next()) {
      if (walker.kind() === TagKind.Close || walker.local() !== "Relationship") continue;
      const tag = walker.tag;
      const id = getAttr(tag, "Id");
      if (id === undefined) continue;
      out.push({ id, type: getAttr(tag, "Type") ?? "", target: getAttr(tag, "Target") ?? "", external: getAttr(tag, "TargetMode") === "External" });
    }
    return out;
  }

  /** Part a relationship of `part` points at, resolved; undefined for external or missing ones. */
  target(part: string, rel: Relationship | undefined): string | undefined {
    if (!rel || rel.external) return undefined;
    return resolveTarget(part, rel.target);
  }

  /** Adds a relationship from `part` to `targetPart` and returns its id. */
  addRelationship(part: string, type: string, targetPart: string): string {
    const relsName = relsPartOf(part);
    const existing = this.text(relsName);
    const ids = new Set(this.relationships(part).map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const element = `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(relativeTarget(part, targetPart))}"/>`;
    if (existing === undefined) {
      this.set(relsName, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${element}</Relationships>`);
      this.ensureDefault("rels", CONTENT_TYPE.rels);
    } else {
      this.set(relsName, insertBeforeRootEnd(existing, element));
    }
    return id;
  }

  contentTypeOf(part: string): string | undefined {
    const xml = this.text(CONTENT_TYPES) ?? "";
    const name = `/${part}`.toLowerCase();
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    let byDefault: string | undefined;
    const walker = new TagWalker(xml);
    while (walker.next()) {
      if (walker.kind() === TagKind.Close) continue;
      if (walker.local() === "Override" && getAttr(walker.tag, "PartName")?.toLowerCase() === name) return getAttr(walker.tag, "ContentType");
      if (walker.local() === "Default" && getAttr(walker.tag, "Extension")?.toLowerCase() === ext) byDefault = getAttr(walker.tag, "ContentType");
    }
    return byDefault;
  }

  addOverride(part: string, contentType: string): void {
    const xml = this.text(CONTENT_TYPES);
    if (xml === undefined) throw new PackageError(`no ${CONTENT_TYPES}`);
    this.set(CONTENT_TYPES, insertBeforeRootEnd(xml, `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`));
  }

  ensureDefault(ext: string, contentType: string): void {
    const xml = this.text(CONTENT_TYPES);
    if (xml === undefined) throw new PackageError(`no ${CONTENT_TYPES}`);
    const walker = new TagWalker(xml);
    while (walker.next()) {
      if (walker.kind() !== TagKind.Close && walker.local() === "Default" && getAttr(walker.tag, "Extension")?.toLowerCase() === ext) return;
    }
    // Defaults come before overrides in every package we know; after the root tag keeps them there.
    const root = new TagWalker(xml);
    while (root.next() && root.depth() !== 1);
    this.set(CONTENT_TYPES, `${xml.slice(0, root.end)}<Default Extension="${escapeAttr(ext)}" ContentType="${escapeAttr(contentType)}"/>${xml.slice(root.end)}`);
  }

  get workbookPart(): string {
    return WORKBOOK_PART;
  }

  sheets(): WorkbookSheet[] {
    const xml = this.text(WORKBOOK_PART);
    if (xml === undefined) throw new PackageError(`no ${WORKBOOK_PART}`);
    const rels = new Map(this.relationships(WORKBOOK_PART).map((r) => [r.id, r]));
    const out: WorkbookSheet[] = [];
    const walker = new TagWalker(xml);
    while (walker.next()) {
      if (walker.kind() === TagKind.Close || walker.local() !== "sheet") continue;
      const tag = walker.tag;
      const rId = getAttr(tag, "id") ?? "";
      const rel = rels.get(rId);
      out.push({
        name: getAttr(tag, "name") ?? "",
        sheetId: Number(getAttr(tag, "sheetId") ?? 0),
        rId,
        part: this.target(WORKBOOK_PART, rel) ?? null,
        type: rel?.type ?? "",
      });
    }
    return out;
  }

  /**
   * Adds a worksheet at the end of the workbook: its part, the workbook's relationship to it, its
   * content-type override and its <sheet> entry. Returns the part name and its 0-based position.
   */
  addWorksheet(name: string, xml: string, part = this.freeName("xl/worksheets/sheet", ".xml")): { part: string; index: number } {
    const sheets = this.sheets();
    this.set(part, xml);
    const rId = this.addRelationship(WORKBOOK_PART, REL_TYPE.worksheet, part);
    this.addOverride(part, CONTENT_TYPE.worksheet);
    const sheetId = sheets.reduce((max, s) => Math.max(max, s.sheetId), 0) + 1;
    const workbook = this.text(WORKBOOK_PART)!;
    const walker = new TagWalker(workbook);
    let sheetsClose = -1;
    let sheetQname = "";
    let rootTag = "";
    while (walker.next()) {
      if (walker.depth() === 1 && walker.kind() === TagKind.Open) rootTag = walker.tag;
      if (walker.local() === "sheet" && walker.kind() !== TagKind.Close) sheetQname = walker.qname;
      if (walker.local() === "sheets" && walker.kind() === TagKind.Close && walker.depth() === 2) {
        sheetsClose = walker.start;
        break;
      }
    }
    if (sheetsClose < 0) throw new PackageError(`${WORKBOOK_PART}: no <sheets>`);
    const relPrefix = namespacePrefix(rootTag, REL_NS);
    const idAttr = relPrefix === null ? `r:id="${rId}" xmlns:r="${REL_NS}"` : `${relPrefix}id="${rId}"`;
    const element = `<${sheetQname || `${prefixOf(new TagWalker(workbook).qname)}sheet`} name="${escapeAttr(name)}" sheetId="${sheetId}" ${idAttr}/>`;
    this.set(WORKBOOK_PART, workbook.slice(0, sheetsClose) + element + workbook.slice(sheetsClose));
    return { part, index: sheets.length };
  }

  /** Drops a part (and its content-type override) from the package. */
  remove(name: string): void {
    const stored = this.resolve(name);
    if (stored === undefined) return;
    this.entries.delete(stored);
    this.changed.delete(stored);
    const at = this.added.indexOf(stored);
    if (at >= 0) this.added.splice(at, 1);
    this.removed.add(stored);
    const types = this.text(CONTENT_TYPES);
    if (types === undefined) return;
    const partName = `/${stored}`.toLowerCase();
    const walker = new TagWalker(types);
    while (walker.next()) {
      if (walker.kind() === TagKind.Close || walker.local() !== "Override") continue;
      if (getAttr(walker.tag, "PartName")?.toLowerCase() !== partName) continue;
      this.set(CONTENT_TYPES, types.slice(0, walker.start) + types.slice(walker.end));
      return;
    }
  }

  /** The workbook's defined names with where each element sits in workbook.xml. */
  definedNames(): { name: string; localSheetId?: number; formula: string; hidden: boolean; start: number; end: number }[] {
    const xml = this.text(WORKBOOK_PART)!;
    const out: { name: string; localSheetId?: number; formula: string; hidden: boolean; start: number; end: number }[] = [];
    const walker = new TagWalker(xml);
    while (walker.next()) {
      if (walker.kind() === TagKind.Close || walker.local() !== "definedName") continue;
      const tag = walker.tag;
      const start = walker.start;
      const contentStart = walker.end;
      walker.skipElement();
      const local = getAttr(tag, "localSheetId");
      const hidden = getAttr(tag, "hidden");
      out.push({
        name: getAttr(tag, "name") ?? "",
        ...(local !== undefined && /^\d+$/.test(local) ? { localSheetId: Number(local) } : {}),
        formula: walker.kind() === TagKind.Empty && walker.start === start ? "" : decodeXml(xml.slice(contentStart, walker.start)),
        hidden: hidden === "1" || hidden === "true",
        start,
        end: walker.end,
      });
    }
    return out;
  }

  /** Points a workbook-level name at `formula` (hidden), replacing its last definition or adding one. */
  setHiddenName(name: string, formula: string): void {
    const existing = this.definedNames().filter((n) => n.name === name && n.localSheetId === undefined);
    const last = existing[existing.length - 1];
    if (last && last.formula === formula && last.hidden) return;
    if (!last) return this.addDefinedName(name, formula, { hidden: true });
    const xml = this.text(WORKBOOK_PART)!;
    const qname = /^<([^\s/>]+)/.exec(xml.slice(last.start))![1]!;
    this.set(WORKBOOK_PART, `${xml.slice(0, last.start)}<${qname} name="${escapeAttr(name)}" hidden="1">${escapeText(formula)}</${qname}>${xml.slice(last.end)}`);
  }

  /** Sets one attribute of workbook.xml's first child element named `local`, if there is one. */
  setWorkbookAttr(local: string, name: string, value: string): boolean {
    const xml = this.text(WORKBOOK_PART)!;
    const walker = new TagWalker(xml);
    while (walker.next()) {
      if (walker.depth() !== 2 || walker.kind() === TagKind.Close) continue;
      if (walker.local() === local) {
        const tag = walker.tag;
        const changed = setAttr(tag, name, value);
        if (changed !== tag) this.set(WORKBOOK_PART, xml.slice(0, walker.start) + changed + xml.slice(walker.end));
        return true;
      }
      walker.skipElement();
    }
    return false;
  }

  /** Inserts a child of <workbook> before the children CT_Workbook puts after `local`. */
  insertWorkbookChild(local: string, element: string): void {
    const order = ["fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];
    const after = new Set(order.slice(order.indexOf(local) + 1));
    const xml = this.text(WORKBOOK_PART)!;
    const walker = new TagWalker(xml);
    while (walker.next()) {
      const last = walker.depth() === 1 && walker.kind() === TagKind.Close;
      if (last || (walker.depth() === 2 && walker.kind() !== TagKind.Close && after.has(walker.local()))) {
        const p = prefixOf(walker.qname);
        this.set(WORKBOOK_PART, xml.slice(0, walker.start) + element.replace(/^<(?!\/)/, `<${p}`) + xml.slice(walker.start));
        return;
      }
      if (walker.depth() === 2) walker.skipElement();
    }
  }

  /** Appends a defined name to workbook.xml (creating <definedNames> where the schema puts it). */
  addDefinedName(name: string, formula: string, options: { readonly localSheetId?: number; readonly hidden?: boolean } = {}): void {
    const xml = this.text(WORKBOOK_PART)!;
    const walker = new TagWalker(xml);
    let p = "";
    let at = -1;
    let listClose = -1;
    const after = new Set(["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"]);
    while (walker.next()) {
      if (walker.depth() === 1 && walker.kind() !== TagKind.Close) p = prefixOf(walker.qname);
      if (walker.depth() === 1 && walker.kind() === TagKind.Close && at < 0) at = walker.start;
      if (walker.depth() !== 2 || walker.kind() === TagKind.Close) continue;
      if (walker.local() === "definedNames") {
        if (walker.kind() === TagKind.Open) {
          walker.skipElement();
          listClose = walker.start;
        } else at = walker.start;
        break;
      }
      if (after.has(walker.local())) {
        at = walker.start;
        break;
      }
      walker.skipElement();
    }
    const local = options.localSheetId === undefined ? "" : ` localSheetId="${options.localSheetId}"`;
    const hidden = options.hidden ? ' hidden="1"' : "";
    const element = `<${p}definedName name="${escapeAttr(name)}"${local}${hidden}>${escapeText(formula)}</${p}definedName>`;
    if (listClose >= 0) this.set(WORKBOOK_PART, xml.slice(0, listClose) + element + xml.slice(listClose));
    else if (at >= 0) {
      // A self-closing <definedNames/> is replaced; otherwise the list is new.
      const empty = xml.slice(at).match(/^<(?:[\w.-]+:)?definedNames\s*\/>/);
      const end = empty ? at + empty[0].length : at;
      this.set(WORKBOOK_PART, `${xml.slice(0, at)}<${p}definedNames>${element}</${p}definedNames>${xml.slice(end)}`);
    } else throw new PackageError(`${WORKBOOK_PART}: no root element`);
  }
}

/** The prefix (with colon, "" for the default namespace) a start tag binds to `ns`, or null. */
export function namespacePrefix(tag: string, ns: string): string | null {
  for (const m of tag.matchAll(/xmlns(?::([\w.-]+))?\s*=\s*"([^"]*)"/g)) if (m[2] === ns) return m[1] === undefined ? "" : `${m[1]}:`;
  return null;
}

export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export { resolveTarget };

/** `targetPart` relative to the folder of `sourcePart`, as Excel writes targets. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = targetPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** Inserts `element` just before the root's end tag. */
export function insertBeforeRootEnd(xml: string, element: string): string {
  const walker = new TagWalker(xml);
  let at = -1;
  while (walker.next()) {
    if (walker.depth() !== 1) continue;
    if (walker.kind() === TagKind.Close) at = walker.start;
    else if (walker.kind() === TagKind.Empty) {
      // <Relationships/>: open it up.
      const open = walker.tag.slice(0, -2).trimEnd();
      return `${xml.slice(0, walker.start)}${open}>${element}</${walker.qname}>${xml.slice(walker.end)}`;
    }
  }
  if (at < 0) throw new PackageError("part without a root element");
  return xml.slice(0, at) + element + xml.slice(at);
}
