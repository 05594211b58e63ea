/**
 * Position-keeping XML helpers for patching package parts in place: a tag walker that reports
 * where each tag starts and ends (so edits splice the original text and leave the rest byte for
 * byte), attribute get/set on one tag's text, and escaping for text we write.
 */

export const TagKind = { Open: 0, Close: 1, Empty: 2 } as const;
export type TagKind = (typeof TagKind)[keyof typeof TagKind];

export class TagWalker {
  /** Offset of the tag's '<' and just past its '>'. */
  start = 0;
  end = 0;
  qname = "";
  private tagKind: TagKind = TagKind.Open;
  private localName = "";
  private tagDepth = 0;
  private pos: number;
  private level = 0;

  constructor(
    readonly xml: string,
    from = 0,
  ) {
    this.pos = from;
  }

  /** Moves to the next start, end or empty-element tag; false at the end of the text. */
  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const p = xml.indexOf("<", this.pos);
      if (p < 0) return false;
      const c1 = xml.charCodeAt(p + 1);
      if (c1 === 0x3f /* ? */) {
        this.pos = skipPast(xml, "?>", p + 2);
        continue;
      }
      if (c1 === 0x21 /* ! */) {
        if (xml.startsWith("<!--", p)) this.pos = skipPast(xml, "-->", p + 4);
        else if (xml.startsWith("<![CDATA[", p)) this.pos = skipPast(xml, "]]>", p + 9);
        else this.pos = skipPast(xml, ">", p + 2);
        continue;
      }
      const close = c1 === 0x2f; /* / */
      let i = p + (close ? 2 : 1);
      const nameStart = i;
      while (i < xml.length) {
        const c = xml.charCodeAt(i);
        if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e) break;
        i++;
      }
      this.qname = xml.slice(nameStart, i);
      const colon = this.qname.indexOf(":");
      this.localName = colon < 0 ? this.qname : this.qname.slice(colon + 1);
      let quote = 0;
      for (; i < xml.length; i++) {
        const c = xml.charCodeAt(i);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === 0x3e) break;
      }
      if (i >= xml.length) throw new Error(`unterminated tag <${this.qname}`);
      this.start = p;
      this.end = i + 1;
      this.pos = this.end;
      if (close) {
        this.tagKind = TagKind.Close;
        this.tagDepth = this.level--;
      } else if (xml.charCodeAt(i - 1) === 0x2f) {
        this.tagKind = TagKind.Empty;
        this.tagDepth = this.level + 1;
      } else {
        this.tagKind = TagKind.Open;
        this.tagDepth = ++this.level;
      }
      return true;
    }
  }

  // Methods, not fields: TypeScript would keep a field narrowed across next().
  kind(): TagKind {
    return this.tagKind;
  }

  local(): string {
    return this.localName;
  }

  /** Nesting depth of the tag: 1 for the root element and its end tag. */
  depth(): number {
    return this.tagDepth;
  }

  /** The current tag's text, `<c r="A1" s="2">`. */
  get tag(): string {
    return this.xml.slice(this.start, this.end);
  }

  /** Skips to the end tag of the element just opened; `end` is then past it. No-op for an empty element. */
  skipElement(): void {
    if (this.tagKind !== TagKind.Open) return;
    if (this.jumpToEnd()) return;
    const depth = this.tagDepth;
    while (this.next()) if (this.kind() === TagKind.Close && this.tagDepth === depth) return;
    throw new Error(`unclosed <${this.qname}>`);
  }

  /**
   * The quick way past a large element (a sheet's <sheetData> holds millions of tags): straight to
   * the first end tag of its name, when nothing between could make that the wrong one (no element
   * of the same name opens inside, no comment, CDATA or processing instruction). False otherwise,
   * and nothing moved.
   */
  private jumpToEnd(): boolean {
    const xml = this.xml;
    const close = xml.indexOf(`</${this.qname}`, this.end);
    if (close < 0) return false;
    const gt = xml.indexOf(">", close);
    const inner = xml.slice(this.end, close);
    const nameEnd = xml.charCodeAt(close + 2 + this.qname.length);
    if (gt < 0 || !(nameEnd === 0x3e || isSpace(nameEnd))) return false;
    if (inner.includes("<!") || inner.includes("<?") || new RegExp(`<${this.qname.replace(/[.]/g, "\\.")}[\\s/>]`).test(inner)) return false;
    this.start = close;
    this.end = gt + 1;
    this.pos = this.end;
    this.tagKind = TagKind.Close;
    this.tagDepth = this.level--;
    return true;
  }
}

function skipPast(xml: string, marker: string, from: number): number {
  const q = xml.indexOf(marker, from);
  if (q < 0) throw new Error(`unterminated ${marker === "?>" ? "processing instruction" : marker === "-->" ? "comment" : "markup"}`);
  return q + marker.length;
}

/** The prefix of a qualified name with its colon ("x:" for "x:c"), or "". */
export function prefixOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? "" : qname.slice(0, colon + 1);
}

const ATTRIBUTE = /([^\s=<>/]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** The value of an attribute of one tag's text, matched by qualified name, or by local name when `name` has no prefix. */
export function getAttr(tag: string, name: string): string | undefined {
  // indexOf rather than a regex: this runs for every row and cell of a patched sheet.
  const local = !name.includes(":");
  for (let i = tag.indexOf(name, 1); i >= 0; i = tag.indexOf(name, i + 1)) {
    const before = tag.charCodeAt(i - 1);
    let j = i + name.length;
    while (isSpace(tag.charCodeAt(j))) j++;
    if (tag.charCodeAt(j) !== 0x3d /* = */) continue;
    if (!isSpace(before)) {
      if (!local || before !== 0x3a /* : */) continue;
      let k = i - 1;
      while (k > 0 && !isSpace(tag.charCodeAt(k - 1))) k--;
      if (tag.startsWith("xmlns", k)) continue;
    }
    j++;
    while (isSpace(tag.charCodeAt(j))) j++;
    const quote = tag[j];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = tag.indexOf(quote, j + 1);
    if (end < 0) return undefined;
    return decodeXml(tag.slice(j + 1, end));
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** The tag with the attribute set (replaced in place, or added before the end); undefined removes it. */
export function setAttr(tag: string, name: string, value: string | undefined): string {
  for (const m of tag.matchAll(ATTRIBUTE)) {
    if (m[1] !== name) continue;
    const at = m.index;
    if (value === undefined) {
      let from = at;
      while (from > 0 && /\s/.test(tag[from - 1]!)) from--;
      return tag.slice(0, from) + tag.slice(at + m[0].length);
    }
    return `${tag.slice(0, at)}${name}="${escapeAttr(value)}"${tag.slice(at + m[0].length)}`;
  }
  if (value === undefined) return tag;
  const endAt = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  let cut = endAt;
  while (cut > 0 && /\s/.test(tag[cut - 1]!)) cut--;
  return `${tag.slice(0, cut)} ${name}="${escapeAttr(value)}"${tag.slice(endAt)}`;
}

export function decodeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    switch (entity) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    }
  });
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

// Characters XML 1.0 cannot carry at all; SpreadsheetML writes them as _xHHHH_.
// eslint-disable-next-line no-control-regex -- these are exactly the characters to escape
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Text for a SpreadsheetML string element (<t>): a literal "_x0041_" would be read back as "A",
 * so its underscore is escaped first, then characters XML cannot hold become _xHHHH_.
 */
export function escapeXstring(text: string): string {
  const guarded = text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  const encoded = guarded.replace(NOT_XML_CHAR, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  return escapeText(encoded).replace(/\r/g, "&#13;");
}

/** `<t>` with xml:space="preserve" when the text needs it (edge spaces, tabs, line ends). */
export function tElement(prefix: string, text: string): string {
  const preserve = /^\s|\s$|[\n\t]/.test(text) ? ' xml:space="preserve"' : "";
  return `<${prefix}t${preserve}>${escapeXstring(text)}</${prefix}t>`;
}
