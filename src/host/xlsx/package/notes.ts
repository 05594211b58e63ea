import { parseA1 } from "../../../core/grid/address";
import { NOTE_PREFIX, ownNoteStart, userPartOfNote } from "../../../core/annotations";
import { CONTENT_TYPE, REL_TYPE, type XlsxPackage } from "./opc";
import { insertWorksheetChild, worksheetChild } from "./sheet-xml";
import { decodeXml, escapeText, getAttr, prefixOf, tElement, TagKind, TagWalker } from "./xml";

/**
 * Notes (legacy comments) of a worksheet: the text goes into the sheet's comments part and a
 * hidden note shape into its legacy VML drawing, creating either (with relationship, content type
 * and <legacyDrawing>) only when the sheet has none. A user's note keeps its runs and gets our text
 * appended on a new line. Our own part of a note (from a line starting with NOTE_PREFIX) is
 * regenerated: replaced by the new text, or removed with its shape when the cell has no finding now.
 */

const VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';
const NOTE_SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
const AUTHOR = "绩效表助手";

interface NoteParts {
  commentsPart: string | undefined;
  vmlPart: string | undefined;
}

function notePartsOf(pkg: XlsxPackage, sheetPart: string, sheetXml: string): NoteParts {
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
  return { commentsPart, vmlPart };
}

/** Whether the sheet has a note with a part the tool wrote (a quick test on the comments part's text). */
export function hasOwnNotes(pkg: XlsxPackage, sheetPart: string, sheetXml: string): boolean {
  const { commentsPart } = notePartsOf(pkg, sheetPart, sheetXml);
  const xml = commentsPart === undefined ? undefined : pkg.text(commentsPart);
  return xml !== undefined && Object.values(NOTE_PREFIX).some((prefix) => xml.includes(escapeText(prefix.trim())));
}

/**
 * Writes `notes` (A1 address → our text) into the worksheet `sheetPart`, whose current XML is
 * `sheetXml`, and regenerates the notes we wrote before. Returns the sheet XML (changed only when a
 * <legacyDrawing> had to be added).
 */
export function writeNotes(pkg: XlsxPackage, sheetPart: string, sheetXml: string, notes: ReadonlyMap<string, string>): string {
  const parts = notePartsOf(pkg, sheetPart, sheetXml);
  if (notes.size === 0 && !hasOwnNotes(pkg, sheetPart, sheetXml)) return sheetXml;
  let xml = sheetXml;
  if (parts.commentsPart === undefined) {
    parts.commentsPart = pkg.freeName("xl/comments", ".xml");
    pkg.set(
      parts.commentsPart,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors/><commentList/></comments>',
    );
    pkg.addRelationship(sheetPart, REL_TYPE.comments, parts.commentsPart);
    pkg.addOverride(parts.commentsPart, CONTENT_TYPE.comments);
  }
  const { fresh, removed } = rewriteComments(pkg, parts.commentsPart, notes);
  if (parts.vmlPart === undefined && fresh.length > 0) {
    parts.vmlPart = pkg.freeName("xl/drawings/vmlDrawing", ".vml");
    xml = addVmlDrawing(pkg, sheetPart, xml, parts.vmlPart);
  }
  if (parts.vmlPart !== undefined && removed.length > 0) removeNoteShapes(pkg, parts.vmlPart, removed);
  if (parts.vmlPart !== undefined && fresh.length > 0) addNoteShapes(pkg, parts.vmlPart, fresh);
  return xml;
}

/** A new VML drawing for the sheet's note shapes, with its relationship, content type and <legacyDrawing>. */
function addVmlDrawing(pkg: XlsxPackage, sheetPart: string, sheetXml: string, vmlPart: string): string {
  const idmap = nextIdmap(pkg);
  pkg.set(vmlPart, `<xml ${VML_NS}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>${NOTE_SHAPE_TYPE}</xml>`);
  const rId = pkg.addRelationship(sheetPart, REL_TYPE.vmlDrawing, vmlPart);
  pkg.ensureDefault("vml", CONTENT_TYPE.vml);
  const p = prefixOf(firstTagName(sheetXml));
  const relPrefix = /xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships"/.test(rootTagOf(sheetXml)) ? "r:" : null;
  const idAttr = relPrefix ? `r:id="${rId}"` : `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${rId}"`;
  return insertWorksheetChild(sheetXml, "legacyDrawing", `<${p}legacyDrawing ${idAttr}/>`);
}

interface Edit {
  readonly at: number;
  readonly end: number;
  readonly text: string;
}

interface Slot {
  readonly start: number;
  readonly end: number;
  readonly qname: string;
}

/** A <t> of a note's text: its content's place, the run around it (or the <t> itself) and its decoded text. */
interface TextNode {
  readonly tag: string;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly containerEnd: number;
  readonly inRun: boolean;
  readonly text: string;
}

interface CommentEntry {
  readonly ref: string;
  readonly start: number;
  readonly end: number;
  /** End of the <text> start tag, start of </text>; -1 when the comment has none. */
  readonly textOpenEnd: number;
  readonly textClose: number;
  readonly emptyText: Slot | null;
  readonly nodes: readonly TextNode[];
  readonly runs: number;
}

interface CommentsScan {
  readonly prefix: string;
  readonly authors: readonly string[];
  readonly authorsEnd: number;
  readonly authorsEmpty: Slot | null;
  readonly listEnd: number;
  readonly listEmpty: Slot | null;
  readonly comments: readonly CommentEntry[];
}

function slotOf(walker: TagWalker): Slot {
  return { start: walker.start, end: walker.end, qname: walker.qname };
}

/** The comments part read once: its authors, where new authors and comments go, and every comment's text. */
function scanComments(xml: string): CommentsScan {
  let prefix = "";
  const authors: string[] = [];
  let authorsEnd = -1;
  let authorsEmpty: Slot | null = null;
  let listEnd = -1;
  let listEmpty: Slot | null = null;
  const comments: CommentEntry[] = [];
  const walker = new TagWalker(xml);
  while (walker.next()) {
    const depth = walker.depth();
    const kind = walker.kind();
    if (depth === 1 && kind !== TagKind.Close) prefix = prefixOf(walker.qname);
    if (depth === 2 && walker.local() === "authors") {
      if (kind === TagKind.Empty) authorsEmpty = slotOf(walker);
      else if (kind === TagKind.Close) authorsEnd = walker.start;
    } else if (depth === 3 && walker.local() === "author" && kind === TagKind.Open) {
      const start = walker.end;
      walker.skipElement();
      authors.push(xml.slice(start, walker.start));
    } else if (depth === 2 && walker.local() === "commentList") {
      if (kind === TagKind.Empty) listEmpty = slotOf(walker);
      else if (kind === TagKind.Close) listEnd = walker.start;
    } else if (depth === 3 && walker.local() === "comment" && kind === TagKind.Open) {
      comments.push(scanComment(walker, xml));
    }
  }
  return { prefix, authors, authorsEnd, authorsEmpty, listEnd, listEmpty, comments };
}

/** One <comment>, from its start tag (where `walker` stands) to its end tag (where it leaves `walker`). */
function scanComment(walker: TagWalker, xml: string): CommentEntry {
  const start = walker.start;
  const ref = normalRef(getAttr(walker.tag, "ref") ?? "");
  const nodes: TextNode[] = [];
  let textOpenEnd = -1;
  let textClose = -1;
  let emptyText: Slot | null = null;
  let runs = 0;
  while (walker.next() && !(walker.depth() === 3 && walker.kind() === TagKind.Close)) {
    const depth = walker.depth();
    const kind = walker.kind();
    if (depth === 4 && walker.local() === "text") {
      if (kind === TagKind.Empty) emptyText = slotOf(walker);
      else if (kind === TagKind.Open) textOpenEnd = walker.end;
      else textClose = walker.start;
    } else if (depth === 5 && kind === TagKind.Open && walker.local() === "r") {
      runs++;
      const found: Omit<TextNode, "containerEnd">[] = [];
      while (walker.next() && !(walker.depth() === 5 && walker.kind() === TagKind.Close)) {
        if (walker.depth() === 6 && walker.kind() === TagKind.Open && walker.local() === "t") found.push(textNode(walker, xml, true));
        else if (walker.kind() === TagKind.Open) walker.skipElement();
      }
      for (const node of found) nodes.push({ ...node, containerEnd: walker.end });
    } else if (depth === 5 && kind === TagKind.Open && walker.local() === "t") {
      const node = textNode(walker, xml, false);
      nodes.push({ ...node, containerEnd: walker.end });
    } else if (depth === 5 && kind === TagKind.Open) {
      walker.skipElement();
    }
  }
  return { ref, start, end: walker.end, textOpenEnd, textClose, emptyText, nodes, runs };
}

function textNode(walker: TagWalker, xml: string, inRun: boolean): Omit<TextNode, "containerEnd"> {
  const tag = walker.tag;
  const contentStart = walker.end;
  walker.skipElement();
  const contentEnd = walker.start;
  return { tag, contentStart, contentEnd, inRun, text: decodeXstring(xml.slice(contentStart, contentEnd)) };
}

/** Text of a <t> as Excel reads it: entities, then the _xHHHH_ escapes. */
function decodeXstring(raw: string): string {
  return decodeXml(raw).replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Writes our notes into the comments part: appended to a user's note, replacing our earlier part of
 * a note, removing a note that was wholly ours when the cell has nothing now, new comments for the
 * rest. Returns the addresses that got a new comment (they need a shape) and those whose comment went.
 */
function rewriteComments(pkg: XlsxPackage, part: string, notes: ReadonlyMap<string, string>): { fresh: string[]; removed: string[] } {
  const xml = pkg.text(part)!;
  const scan = scanComments(xml);
  const pending = new Map(notes);
  const edits: Edit[] = [];
  const removed: string[] = [];
  for (const comment of scan.comments) {
    const wanted = pending.get(comment.ref);
    pending.delete(comment.ref);
    const plain = comment.nodes.map((n) => n.text).join("");
    if (ownNoteStart(plain) < 0) {
      if (wanted !== undefined) edits.push(...appendEdits(comment, scan.prefix, wanted));
      continue;
    }
    const user = userPartOfNote(plain);
    if (user === "" && wanted === undefined) {
      edits.push({ at: comment.start, end: comment.end, text: "" });
      removed.push(comment.ref);
    } else {
      edits.push(...regenerateEdits(comment, scan.prefix, user, wanted));
    }
  }
  edits.push(...newCommentEdits(scan, pending, part));
  pkg.set(part, splice(xml, edits));
  return { fresh: [...pending.keys()], removed };
}

/** A user's note gets our text on a new line: in its lone <t> when it has one, else as a new run. */
function appendEdits(comment: CommentEntry, prefix: string, text: string): Edit[] {
  if (comment.emptyText) {
    const { start, end, qname } = comment.emptyText;
    return [{ at: start, end, text: `<${qname}><${prefix}r>${tElement(prefix, text)}</${prefix}r></${qname}>` }];
  }
  if (comment.textClose < 0) return [];
  const lone = comment.nodes[0];
  if (lone && comment.runs === 0 && comment.nodes.length === 1) {
    return [...preserveSpace(lone), { at: lone.contentEnd, end: lone.contentEnd, text: escapeNoteText(`\n${text}`) }];
  }
  return [{ at: comment.textClose, end: comment.textClose, text: `<${prefix}r>${tElement(prefix, `\n${text}`)}</${prefix}r>` }];
}

function preserveSpace(node: TextNode): Edit[] {
  if (/xml:space=/.test(node.tag)) return [];
  const tagStart = node.contentStart - node.tag.length;
  return [{ at: tagStart, end: node.contentStart, text: `${node.tag.slice(0, -1)} xml:space="preserve">` }];
}

/** Our earlier part of a note cut off (the user's text above it and its runs kept), and the new text put in its place. */
function regenerateEdits(comment: CommentEntry, prefix: string, user: string, wanted: string | undefined): Edit[] {
  if (user === "") return [{ at: comment.textOpenEnd, end: comment.textClose, text: `<${prefix}r>${tElement(prefix, wanted ?? "")}</${prefix}r>` }];
  let before = 0;
  const index = comment.nodes.findIndex((n) => {
    if (before + n.text.length >= user.length) return true;
    before += n.text.length;
    return false;
  });
  const node = comment.nodes[index]!;
  const kept = node.text.slice(0, user.length - before);
  const lone = comment.runs === 0 && comment.nodes.length === 1;
  const content = lone && wanted !== undefined ? `${kept}\n${wanted}` : kept;
  const edits: Edit[] = content === node.text ? [] : [...(lone && wanted !== undefined ? preserveSpace(node) : []), { at: node.contentStart, end: node.contentEnd, text: escapeNoteText(content) }];
  const run = wanted === undefined || lone ? "" : `<${prefix}r>${tElement(prefix, `\n${wanted}`)}</${prefix}r>`;
  edits.push({ at: node.containerEnd, end: comment.textClose, text: run });
  return edits;
}

/** New <comment> elements for the cells that had none, with our author added once. */
function newCommentEdits(scan: CommentsScan, pending: ReadonlyMap<string, string>, part: string): Edit[] {
  const { prefix } = scan;
  let authorId = scan.authors.findIndex((a) => a === escapeText(AUTHOR));
  let authorsText = "";
  if (pending.size > 0 && authorId < 0) {
    authorId = scan.authors.length;
    authorsText = `<${prefix}author>${escapeText(AUTHOR)}</${prefix}author>`;
  }
  const newComments = [...pending].map(([ref, text]) => `<${prefix}comment ref="${ref}" authorId="${authorId}"><${prefix}text><${prefix}r>${tElement(prefix, text)}</${prefix}r></${prefix}text></${prefix}comment>`).join("");
  const edits: Edit[] = [];
  if (authorsText !== "") {
    if (scan.authorsEmpty) edits.push({ at: scan.authorsEmpty.start, end: scan.authorsEmpty.end, text: `<${scan.authorsEmpty.qname}>${authorsText}</${scan.authorsEmpty.qname}>` });
    else if (scan.authorsEnd >= 0) edits.push({ at: scan.authorsEnd, end: scan.authorsEnd, text: authorsText });
    else throw new Error(`${part}: no <authors>`);
  }
  if (newComments !== "") {
    if (scan.listEmpty) edits.push({ at: scan.listEmpty.start, end: scan.listEmpty.end, text: `<${scan.listEmpty.qname}>${newComments}</${scan.listEmpty.qname}>` });
    else if (scan.listEnd >= 0) edits.push({ at: scan.listEnd, end: scan.listEnd, text: newComments });
    else throw new Error(`${part}: no <commentList>`);
  }
  return edits;
}

/** Removes the note shapes of `refs` from a VML drawing (Excel writes them as v:shape with x:ClientData ObjectType="Note"). */
function removeNoteShapes(pkg: XlsxPackage, part: string, refs: readonly string[]): void {
  const xml = pkg.text(part);
  if (xml === undefined) return;
  const cells = new Set(
    refs.map((ref) => {
      const cell = parseA1(ref)!;
      return `${cell.row},${cell.col}`;
    }),
  );
  const next = xml.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g, (shape) => {
    if (!/ObjectType="Note"/.test(shape)) return shape;
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
    return row !== undefined && col !== undefined && cells.has(`${row},${col}`) ? "" : shape;
  });
  if (next !== xml) pkg.set(part, next);
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
