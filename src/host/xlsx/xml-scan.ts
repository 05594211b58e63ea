/**
 * A pull scanner over one XML part held as a string: tags and text spans, nothing else. It builds
 * no tree, so the fast workbook reader keeps only the values it wants. Namespace prefixes are
 * matched by local name (`x:c` is `c`), which is how SpreadsheetML is read in practice.
 *
 * It checks what a workbook part needs to be trusted (tags nest and close, attributes are quoted,
 * entity references are the five XML ones or character references) and throws XmlScanError
 * otherwise. It refuses DOCTYPE declarations: no part of an xlsx has one, and refusing them means
 * no entity expansion of any kind.
 */

export class XmlScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlScanError";
  }
}

export const Token = { End: 0, Open: 1, Close: 2, Text: 3 } as const;
export type Token = (typeof Token)[keyof typeof Token];

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** A scanning step that produced no token (a comment, a processing instruction, whitespace outside the root). */
const SKIPPED = -1;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

const NAMED: ReadonlyMap<string, string> = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** Resolves the five predefined entities and character references; anything else is an error. */
export function decodeEntities(raw: string): string {
  let i = raw.indexOf("&");
  if (i < 0) return raw;
  let out = "";
  let last = 0;
  while (i >= 0) {
    const semi = raw.indexOf(";", i + 1);
    if (semi < 0 || semi - i > 12) throw new XmlScanError("bad entity reference");
    const ref = raw.slice(i + 1, semi);
    out += raw.slice(last, i) + resolveReference(ref);
    last = semi + 1;
    i = raw.indexOf("&", last);
  }
  return out + raw.slice(last);
}

function resolveReference(ref: string): string {
  const named = NAMED.get(ref);
  if (named !== undefined) return named;
  let code = NaN;
  if (/^#x[0-9A-Fa-f]+$/.test(ref)) code = parseInt(ref.slice(2), 16);
  else if (/^#[0-9]+$/.test(ref)) code = Number(ref.slice(1));
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) throw new XmlScanError(`bad entity reference &${ref};`);
  return String.fromCodePoint(code);
}

const XSTRING_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Undoes the _xHHHH_ escapes SpreadsheetML uses for characters XML cannot carry (e.g. _x000D_). */
export function decodeXstring(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(XSTRING_ESCAPE, (_m: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export class XmlScanner {
  private pos = 0;
  /** Qualified names of the open elements, to check end tags; `locals` holds their local names. */
  private readonly stack: string[] = [];
  private readonly locals: string[] = [];
  private rootSeen = false;
  /** Local name of the element just opened or closed. */
  name = "";
  /** The element just opened has no content (`<x/>`); no Close token follows for it. */
  selfClosing = false;
  /** Local name of the parent of the element just opened ("" for the root). */
  parentName = "";
  private attrStart = 0;
  private attrEnd = 0;
  private textStart = 0;
  private textEnd = 0;
  /** The text span is a CDATA section: taken as is, no references. */
  private cdata = false;
  /** The last colon of the tag name being read (-1: none). */
  private colon = -1;

  constructor(private readonly xml: string) {
    if (xml.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** Local name of the n-th ancestor of the element just opened (1: its parent, 2: grandparent), "" above the root. */
  ancestor(n: number): string {
    const top = this.locals.length - (this.selfClosing ? 0 : 1);
    return this.locals[top - n] ?? "";
  }

  next(): Token {
    const xml = this.xml;
    for (;;) {
      const p = this.pos;
      if (p >= xml.length) return this.endOfInput();
      let token: Token | typeof SKIPPED;
      if (xml.charCodeAt(p) !== LT) token = this.textUpToTag(p);
      else {
        const c1 = xml.charCodeAt(p + 1);
        if (c1 === SLASH) return this.endTag(p);
        if (c1 === QUESTION) token = this.processingInstruction(p);
        else if (c1 === BANG) token = this.markupDeclaration(p);
        else return this.startTag(p);
      }
      if (token !== SKIPPED) return token;
    }
  }

  private endOfInput(): Token {
    if (this.stack.length > 0) throw new XmlScanError(`unclosed <${this.stack[this.stack.length - 1]!}>`);
    if (!this.rootSeen) throw new XmlScanError("no root element");
    return Token.End;
  }

  /** Character data up to the next '<'; outside the root only whitespace, which is skipped. */
  private textUpToTag(p: number): Token | typeof SKIPPED {
    const xml = this.xml;
    let q = xml.indexOf("<", p);
    if (q < 0) q = xml.length;
    this.pos = q;
    if (this.stack.length === 0) {
      for (let i = p; i < q; i++) if (!isSpace(xml.charCodeAt(i))) throw new XmlScanError("text outside the root element");
      return SKIPPED;
    }
    this.textStart = p;
    this.textEnd = q;
    this.cdata = false;
    return Token.Text;
  }

  private endTag(p: number): Token {
    const xml = this.xml;
    const q = xml.indexOf(">", p + 2);
    if (q < 0) throw new XmlScanError("unterminated end tag");
    const qname = xml.slice(p + 2, q).trimEnd();
    const open = this.stack.pop();
    const local = this.locals.pop();
    if (open !== qname) throw new XmlScanError(`</${qname}> does not close <${open ?? ""}>`);
    this.name = local!;
    this.pos = q + 1;
    return Token.Close;
  }

  private processingInstruction(p: number): typeof SKIPPED {
    const q = this.xml.indexOf("?>", p + 2);
    if (q < 0) throw new XmlScanError("unterminated processing instruction");
    this.pos = q + 2;
    return SKIPPED;
  }

  /** `<!`: a comment is skipped, a CDATA section is text; a DOCTYPE (or anything else) is refused. */
  private markupDeclaration(p: number): Token | typeof SKIPPED {
    const xml = this.xml;
    if (xml.startsWith("<!--", p)) {
      const q = xml.indexOf("-->", p + 4);
      if (q < 0) throw new XmlScanError("unterminated comment");
      this.pos = q + 3;
      return SKIPPED;
    }
    if (!xml.startsWith("<![CDATA[", p)) throw new XmlScanError("DOCTYPE or unknown markup declaration");
    const q = xml.indexOf("]]>", p + 9);
    if (q < 0 || this.stack.length === 0) throw new XmlScanError("bad CDATA section");
    this.textStart = p + 9;
    this.textEnd = q;
    this.cdata = true;
    this.pos = q + 3;
    return Token.Text;
  }

  /** A start tag: its name, then its attributes up to an unquoted '>' (read later by attrs). */
  private startTag(p: number): Token {
    const xml = this.xml;
    const nameEnd = this.tagNameEnd(p + 1);
    if (nameEnd === p + 1) throw new XmlScanError("bad start tag");
    const qname = xml.slice(p + 1, nameEnd);
    const close = this.startTagEnd(nameEnd, qname);
    const selfClosing = xml.charCodeAt(close - 1) === SLASH;
    if (this.stack.length === 0 && this.rootSeen) throw new XmlScanError("second root element");
    this.rootSeen = true;
    const name = this.colon < 0 ? qname : xml.slice(this.colon + 1, nameEnd);
    this.name = name;
    this.parentName = this.locals[this.locals.length - 1] ?? "";
    this.selfClosing = selfClosing;
    this.attrStart = nameEnd;
    this.attrEnd = selfClosing ? close - 1 : close;
    this.pos = close + 1;
    if (!selfClosing) {
      this.stack.push(qname);
      this.locals.push(name);
    }
    return Token.Open;
  }

  /** Where a tag's qualified name ends; its last colon, for the local name, is left in `colon`. */
  private tagNameEnd(from: number): number {
    const xml = this.xml;
    const len = xml.length;
    let i = from;
    this.colon = -1;
    while (i < len) {
      const c = xml.charCodeAt(i);
      if (isSpace(c) || c === SLASH || c === GT) break;
      if (c === COLON) this.colon = i;
      i++;
    }
    return i;
  }

  /** The position of the '>' that ends a start tag, past quoted attribute values. */
  private startTagEnd(from: number, qname: string): number {
    const xml = this.xml;
    const len = xml.length;
    let quote = 0;
    let i = from;
    for (; i < len; i++) {
      const c = xml.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
        else if (c === LT) throw new XmlScanError("'<' in an attribute value");
      } else if (c === DQUOTE || c === SQUOTE) quote = c;
      else if (c === GT) break;
      else if (c === LT) throw new XmlScanError("unterminated start tag");
    }
    if (i >= len) throw new XmlScanError(`unterminated start tag <${qname}`);
    return i;
  }

  /** The current text span: line ends normalised to \n as XML requires, then references resolved. */
  text(): string {
    let raw = this.xml.slice(this.textStart, this.textEnd);
    if (raw.indexOf("\r") >= 0) raw = raw.replace(/\r\n?/g, "\n");
    return this.cdata ? raw : decodeEntities(raw);
  }

  /** The current text span has at least one character. */
  get hasText(): boolean {
    return this.textEnd > this.textStart;
  }

  /**
   * Values of the wanted attributes of the element just opened, by local name (`r:id` is `id`),
   * references resolved. One pass over the tag; malformed attributes throw.
   */
  attrs<const K extends readonly string[]>(names: K): { [I in keyof K]: string | undefined } {
    const out: (string | undefined)[] = new Array<string | undefined>(names.length).fill(undefined);
    const xml = this.xml;
    let i = this.attrStart;
    const end = this.attrEnd;
    for (;;) {
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      if (i >= end) break;
      const nameStart = i;
      let colon = -1;
      while (i < end) {
        const c = xml.charCodeAt(i);
        if (c === EQUALS || isSpace(c)) break;
        if (c === COLON) colon = i;
        i++;
      }
      const nameEnd = i;
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      if (nameEnd === nameStart || xml.charCodeAt(i) !== EQUALS) throw new XmlScanError("bad attribute");
      i++;
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== DQUOTE && quote !== SQUOTE) throw new XmlScanError("unquoted attribute value");
      const valueEnd = xml.indexOf(quote === DQUOTE ? '"' : "'", i + 1);
      if (valueEnd < 0 || valueEnd >= end) throw new XmlScanError("unterminated attribute value");
      const localStart = colon < 0 ? nameStart : colon + 1;
      const localLength = nameEnd - localStart;
      for (let k = 0; k < names.length; k++) {
        const wanted = names[k]!;
        if (wanted.length === localLength && out[k] === undefined && xml.startsWith(wanted, localStart)) {
          out[k] = attributeValue(xml.slice(i + 1, valueEnd));
          break;
        }
      }
      i = valueEnd + 1;
    }
    return out as { [I in keyof K]: string | undefined };
  }
}

/** Attribute-value normalisation (literal tabs and line ends become spaces), then references. */
function attributeValue(raw: string): string {
  if (!NEEDS_WORK.test(raw)) return raw;
  return decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, " "));
}

const NEEDS_WORK = /[\t\n\r&]/;
