import { parseA1 } from "../../../core/grid/address";
import { CONTENT_TYPE, REL_TYPE, type XlsxPackage } from "./opc";
import { insertWorksheetChild, worksheetChild } from "./sheet-xml";
import { escapeText, getAttr, prefixOf, tElement, TagKind, TagWalker } from "./xml";

/**
 * Notes (legacy comments) added to a worksheet: the text goes into the sheet's comments part and a
 * hidden note shape into its legacy VML drawing, creating either (with relationship, content type
 * and <legacyDrawing>) only when the sheet has none. An existing note keeps its runs and gets the
 * new text appended on a new line.
 */

const VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';
const NOTE_SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
const AUTHOR = "绩效表助手";

/**
 * Appends `notes` (A1 address → text) to the worksheet `sheetPart`, whose current XML is `sheetXml`.
 * Returns the sheet XML (changed only when a <legacyDrawing> had to be added).
 */
export function addNotes(pkg: XlsxPackage, sheetPart: string, sheetXml: string, notes: ReadonlyMap<string, string>): string {
  if (notes.size === 0) return sheetXml;
  const rels = pkg.relationships(sheetPart);
  let commentsPart = pkg.target(
    sheetPart,
    rels.find((r) => r.type === REL_TYPE.comments || r.type.endsWith("/comments")),
  );
  if (commentsPart !== undefined && !pkg.has(commentsPart)) commentsPart = undefined;
  const legacy = worksheetChild(sheetXml, "legacyDrawing");
  const legacyId = legacy === undefined ? undefined : getAttr(legacy, "id");
  let vmlPart = pkg.target(
    sheetPart,
    rels.find((r) => r.id === legacyId),
  );
  if (vmlPart !== undefined && !pkg.has(vmlPart)) vmlPart = undefined;

  let xml = sheetXml;
  if (commentsPart === undefined) {
    commentsPart = pkg.freeName("xl/comments", ".xml");
    pkg.set(
      commentsPart,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors/><commentList/></comments>',
    );
    pkg.addRelationship(sheetPart, REL_TYPE.comments, commentsPart);
    pkg.addOverride(commentsPart, CONTENT_TYPE.comments);
  }
  const fresh = appendComments(pkg, commentsPart, notes);

  if (vmlPart === undefined) {
    vmlPart = pkg.freeName("xl/drawings/vmlDrawing", ".vml");
    const idmap = nextIdmap(pkg);
    pkg.set(vmlPart, `<xml ${VML_NS}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>${NOTE_SHAPE_TYPE}</xml>`);
    const rId = pkg.addRelationship(sheetPart, REL_TYPE.vmlDrawing, vmlPart);
    pkg.ensureDefault("vml", CONTENT_TYPE.vml);
    const p = prefixOf(firstTagName(xml));
    const relPrefix = /xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships"/.test(rootTagOf(xml)) ? "r:" : null;
    const idAttr = relPrefix ? `r:id="${rId}"` : `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${rId}"`;
    xml = insertWorksheetChild(xml, "legacyDrawing", `<${p}legacyDrawing ${idAttr}/>`);
  }
  if (fresh.length > 0) addNoteShapes(pkg, vmlPart, fresh);
  return xml;
}

/** Adds the notes to the comments part; returns the addresses that had no note before. */
function appendComments(pkg: XlsxPackage, part: string, notes: ReadonlyMap<string, string>): string[] {
  const xml = pkg.text(part)!;
  const pending = new Map(notes);
  const edits: { at: number; end: number; text: string }[] = [];
  let prefix = "";
  const authors: string[] = [];
  let authorsEnd = -1;
  let authorsEmpty: { start: number; end: number; qname: string } | null = null;
  let listEnd = -1;
  let listEmpty: { start: number; end: number; qname: string } | null = null;
  const walker = new TagWalker(xml);
  while (walker.next()) {
    if (walker.depth() === 1 && walker.kind() !== TagKind.Close) prefix = prefixOf(walker.qname);
    if (walker.depth() === 2 && walker.local() === "authors") {
      if (walker.kind() === TagKind.Empty) authorsEmpty = { start: walker.start, end: walker.end, qname: walker.qname };
      else if (walker.kind() === TagKind.Close) authorsEnd = walker.start;
      continue;
    }
    if (walker.depth() === 3 && walker.local() === "author" && walker.kind() === TagKind.Open) {
      const start = walker.end;
      walker.skipElement();
      authors.push(xml.slice(start, walker.start));
      continue;
    }
    if (walker.depth() === 2 && walker.local() === "commentList") {
      if (walker.kind() === TagKind.Empty) listEmpty = { start: walker.start, end: walker.end, qname: walker.qname };
      else if (walker.kind() === TagKind.Close) listEnd = walker.start;
      continue;
    }
    if (walker.depth() === 3 && walker.local() === "comment" && walker.kind() === TagKind.Open) {
      const ref = normalRef(getAttr(walker.tag, "ref") ?? "");
      const text = pending.get(ref);
      if (text === undefined) continue;
      pending.delete(ref);
      // Append inside <text>: to its lone <t> when it has one, else as a new run.
      while (walker.next() && !(walker.depth() === 4 && walker.local() === "text"));
      if (walker.kind() === TagKind.Empty) {
        edits.push({ at: walker.start, end: walker.end, text: `<${walker.qname}><${prefix}r>${tElement(prefix, text)}</${prefix}r></${walker.qname}>` });
        continue;
      }
      let loneT: { contentStart: number; contentEnd: number; tag: string } | null = null;
      let runs = 0;
      while (walker.next() && !(walker.depth() === 4 && walker.kind() === TagKind.Close)) {
        if (walker.depth() !== 5 || walker.kind() === TagKind.Close) continue;
        if (walker.local() === "r") runs++;
        if (walker.local() === "t" && walker.kind() === TagKind.Open) {
          const tag = walker.tag;
          const contentStart = walker.end;
          walker.skipElement();
          loneT = { contentStart, contentEnd: walker.start, tag };
          continue;
        }
        walker.skipElement();
      }
      const textEnd = walker.start;
      if (loneT && runs === 0) {
        const tagStart = loneT.contentStart - loneT.tag.length;
        if (!/xml:space=/.test(loneT.tag)) edits.push({ at: tagStart, end: loneT.contentStart, text: `${loneT.tag.slice(0, -1)} xml:space="preserve">` });
        edits.push({ at: loneT.contentEnd, end: loneT.contentEnd, text: escapeNoteText(`\n${text}`) });
      } else {
        edits.push({ at: textEnd, end: textEnd, text: `<${prefix}r>${tElement(prefix, `\n${text}`)}</${prefix}r>` });
      }
    }
  }
  let authorId = authors.findIndex((a) => a === escapeText(AUTHOR));
  let authorsText = "";
  if (pending.size > 0 && authorId < 0) {
    authorId = authors.length;
    authorsText = `<${prefix}author>${escapeText(AUTHOR)}</${prefix}author>`;
  }
  const newComments = [...pending].map(([ref, text]) => `<${prefix}comment ref="${ref}" authorId="${authorId}"><${prefix}text><${prefix}r>${tElement(prefix, text)}</${prefix}r></${prefix}text></${prefix}comment>`).join("");
  const tail = edits;
  if (authorsText !== "") {
    if (authorsEmpty) tail.push({ at: authorsEmpty.start, end: authorsEmpty.end, text: `<${authorsEmpty.qname}>${authorsText}</${authorsEmpty.qname}>` });
    else tail.push({ at: authorsEnd, end: authorsEnd, text: authorsText });
  }
  if (newComments !== "") {
    if (listEmpty) tail.push({ at: listEmpty.start, end: listEmpty.end, text: `<${listEmpty.qname}>${newComments}</${listEmpty.qname}>` });
    else tail.push({ at: listEnd, end: listEnd, text: newComments });
  }
  if (authorsEnd < 0 && !authorsEmpty && authorsText !== "") throw new Error(`${part}: no <authors>`);
  if (listEnd < 0 && !listEmpty && newComments !== "") throw new Error(`${part}: no <commentList>`);
  pkg.set(part, splice(xml, tail));
  return [...pending.keys()];
}

/** Applies non-overlapping edits (replace [at, end) with text), in text order. */
export function splice(xml: string, edits: readonly { at: number; end: number; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  const out: string[] = [];
  let copied = 0;
  for (const e of sorted) {
    if (e.at < copied) throw new Error("overlapping edits");
    out.push(xml.slice(copied, e.at), e.text);
    copied = e.end;
  }
  out.push(xml.slice(copied));
  return out.join("");
}

function escapeNoteText(text: string): string {
  // The text sits inside an existing <t>: the same escaping as a new one, without the element.
  const element = tElement("", text);
  return element.slice(element.indexOf(">") + 1, element.lastIndexOf("<"));
}

function normalRef(ref: string): string {
  return ref.replace(/\$/g, "").toUpperCase();
}

/** One more than the largest o:idmap block any VML part of the package claims. */
function nextIdmap(pkg: XlsxPackage): number {
  let max = 0;
  for (const name of pkg.originalNames) {
    if (!name.toLowerCase().endsWith(".vml")) continue;
    const text = pkg.text(name) ?? "";
    for (const m of text.matchAll(/<o:idmap\b[^>]*\bdata="([^"]*)"/g)) for (const n of m[1]!.split(/[\s,]+/)) if (/^\d+$/.test(n)) max = Math.max(max, Number(n));
  }
  return max + 1;
}

function addNoteShapes(pkg: XlsxPackage, part: string, refs: readonly string[]): void {
  let xml = pkg.text(part)!;
  const idmap = Number(/<o:idmap\b[^>]*\bdata="(\d+)/.exec(xml)?.[1] ?? nextIdmap(pkg));
  let shapeNo = 0;
  for (const m of xml.matchAll(/\bid="_x0000_s(\d+)"/g)) shapeNo = Math.max(shapeNo, Number(m[1]));
  shapeNo = Math.max(shapeNo, idmap * 1024);
  if (!/\bid="_x0000_t202"/.test(xml)) xml = insertAfterShapeLayout(xml, NOTE_SHAPE_TYPE);
  const shapes = refs
    .map((ref) => {
      const cell = parseA1(ref)!;
      shapeNo++;
      const anchor = `${cell.col + 1}, 15, ${Math.max(0, cell.row - 1)}, 10, ${cell.col + 3}, 15, ${cell.row + 3}, 4`;
      return (
        `<v:shape id="_x0000_s${shapeNo}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:144pt;height:79pt;z-index:${shapeNo};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
        `<x:Row>${cell.row}</x:Row><x:Column>${cell.col}</x:Column></x:ClientData></v:shape>`
      );
    })
    .join("");
  const end = xml.lastIndexOf("</xml>");
  if (end < 0) throw new Error(`${part}: not a VML drawing`);
  pkg.set(part, xml.slice(0, end) + shapes + xml.slice(end));
}

function insertAfterShapeLayout(xml: string, element: string): string {
  const layoutEnd = xml.indexOf("</o:shapelayout>");
  if (layoutEnd >= 0) return xml.slice(0, layoutEnd + 16) + element + xml.slice(layoutEnd + 16);
  const root = /<xml\b[^>]*>/.exec(xml);
  if (!root) throw new Error("VML drawing without an <xml> root");
  return xml.slice(0, root.index + root[0].length) + element + xml.slice(root.index + root[0].length);
}

function firstTagName(xml: string): string {
  const walker = new TagWalker(xml);
  while (walker.next()) if (walker.depth() === 1) return walker.qname;
  return "";
}

function rootTagOf(xml: string): string {
  const walker = new TagWalker(xml);
  while (walker.next()) if (walker.depth() === 1) return walker.tag;
  return "";
}
