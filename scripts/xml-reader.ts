/**
 * A small, strict, non-validating XML 1.0 reader with namespaces, enough for add-in manifests.
 *
 * It rejects anything that is not well-formed (mismatched or unclosed tags, duplicate attributes,
 * undeclared prefixes, bad character or entity references, characters XML forbids, text outside
 * the root) and, deliberately, DOCTYPE declarations: a manifest has no use for them, and refusing
 * them means no entity expansion of any kind. Positions are 1-based lines and columns counted in
 * Unicode code points after line-end normalisation.
 */

export const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
export const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

export interface XmlPosition {
  readonly line: number;
  readonly column: number;
}

export interface XmlAttribute extends XmlPosition {
  /** The name as written, e.g. `xsi:type`. */
  readonly name: string;
  readonly prefix: string | null;
  readonly localName: string;
  /** Namespace URI; null for unprefixed attributes (they are in no namespace). */
  readonly namespace: string | null;
  readonly value: string;
}

export interface XmlText extends XmlPosition {
  readonly kind: "text";
  /** Character data with references resolved; CDATA sections are merged in as plain text. */
  readonly text: string;
}

export interface XmlComment extends XmlPosition {
  readonly kind: "comment";
  readonly text: string;
}

export interface XmlElement extends XmlPosition {
  readonly kind: "element";
  readonly name: string;
  readonly prefix: string | null;
  readonly localName: string;
  readonly namespace: string | null;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlNode[];
  /** The in-scope prefix → namespace bindings (the default namespace under the key ""). */
  readonly scope: ReadonlyMap<string, string>;
}

export type XmlNode = XmlElement | XmlText | XmlComment;

export interface XmlDocument {
  readonly root: XmlElement;
  readonly declaration: { readonly version: string; readonly encoding: string | null; readonly standalone: string | null } | null;
}

export class XmlError extends Error implements XmlPosition {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${line}:${column}: ${reason}`);
    this.name = "XmlError";
  }
}

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

function isNameStartChar(cp: number): boolean {
  return (
    cp === 0x3a || // ":"
    (cp >= 0x41 && cp <= 0x5a) ||
    cp === 0x5f ||
    (cp >= 0x61 && cp <= 0x7a) ||
    (cp >= 0xc0 && cp <= 0xd6) ||
    (cp >= 0xd8 && cp <= 0xf6) ||
    (cp >= 0xf8 && cp <= 0x2ff) ||
    (cp >= 0x370 && cp <= 0x37d) ||
    (cp >= 0x37f && cp <= 0x1fff) ||
    (cp >= 0x200c && cp <= 0x200d) ||
    (cp >= 0x2070 && cp <= 0x218f) ||
    (cp >= 0x2c00 && cp <= 0x2fef) ||
    (cp >= 0x3001 && cp <= 0xd7ff) ||
    (cp >= 0xf900 && cp <= 0xfdcf) ||
    (cp >= 0xfdf0 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0xeffff)
  );
}

function isNameChar(cp: number): boolean {
  return (
    isNameStartChar(cp) ||
    cp === 0x2d || // "-"
    cp === 0x2e || // "."
    (cp >= 0x30 && cp <= 0x39) ||
    cp === 0xb7 ||
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x203f && cp <= 0x2040)
  );
}

const isSpace = (ch: string | undefined): boolean => ch === " " || ch === "\t" || ch === "\n" || ch === "\r";

interface RawAttribute extends XmlPosition {
  readonly name: string;
  readonly value: string;
}

/** Splits a qualified name; a name with a colon must be exactly prefix:local, both non-empty. */
function splitQName(name: string, where: XmlPosition, what: string): { prefix: string | null; localName: string } {
  const colon = name.indexOf(":");
  if (colon === -1) return { prefix: null, localName: name };
  const prefix = name.slice(0, colon);
  const localName = name.slice(colon + 1);
  if (prefix === "" || localName === "" || localName.includes(":")) {
    throw new XmlError(`${what} name "${name}" is not a valid qualified name`, where.line, where.column);
  }
  return { prefix, localName };
}

class Reader {
  private pos = 0;
  private line = 1;
  private column = 1;

  constructor(private readonly src: string) {}

  parse(): XmlDocument {
    if (this.src.startsWith("\ufeff")) this.advance(1);
    const declaration = this.src.startsWith("<?xml", this.pos) && isSpace(this.src[this.pos + 5]) ? this.readDeclaration() : null;
    this.readMisc();
    if (this.atEnd()) this.fail("the document has no root element");
    if (!this.src.startsWith("<", this.pos) || this.src.startsWith("</", this.pos)) this.fail("expected the root element");
    const root = this.readElement(new Map([["xml", XML_NAMESPACE]]));
    this.readMisc();
    if (!this.atEnd()) {
      this.fail(this.src.startsWith("<", this.pos) ? "only one root element is allowed" : "text is not allowed after the root element");
    }
    return { root, declaration };
  }

  // ---- low-level cursor ----

  private atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  private here(): XmlPosition {
    return { line: this.line, column: this.column };
  }

  private fail(reason: string, at: XmlPosition = this.here()): never {
    throw new XmlError(reason, at.line, at.column);
  }

  /** Moves over `count` UTF-16 units, checking that each character is one XML allows. */
  private advance(count: number): void {
    const end = this.pos + count;
    while (this.pos < end) {
      const cp = this.src.codePointAt(this.pos)!;
      if (!isXmlChar(cp) || (cp >= 0xd800 && cp <= 0xdfff)) {
        this.fail(`character U+${cp.toString(16).toUpperCase().padStart(4, "0")} is not allowed in XML`);
      }
      const width = cp > 0xffff ? 2 : 1;
      if (cp === 0xa || (cp === 0xd && this.src[this.pos + 1] !== "\n")) {
        this.line++;
        this.column = 1;
      } else if (cp !== 0xd) {
        this.column++;
      }
      this.pos += width;
    }
  }

  private expect(text: string, what = `"${text}"`): void {
    if (!this.src.startsWith(text, this.pos)) this.fail(`expected ${what}`);
    this.advance(text.length);
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (isSpace(this.src[this.pos])) this.advance(1);
    return this.pos > start;
  }

  /** Text up to (not including) `terminator`, with line ends normalised; fails at end of input. */
  private readUntil(terminator: string, what: string, start: XmlPosition = this.here()): string {
    const end = this.src.indexOf(terminator, this.pos);
    if (end === -1) this.fail(`${what} is not closed with "${terminator}"`, start);
    const raw = this.src.slice(this.pos, end);
    this.advance(end - this.pos);
    this.advance(terminator.length);
    return normaliseLineEnds(raw);
  }

  private readName(what: string): string {
    const start = this.pos;
    const first = this.src.codePointAt(this.pos);
    if (first === undefined || !isNameStartChar(first)) this.fail(`expected ${what}`);
    let end = this.pos;
    for (;;) {
      const cp = this.src.codePointAt(end);
      if (cp === undefined || !isNameChar(cp)) break;
      end += cp > 0xffff ? 2 : 1;
    }
    this.advance(end - start);
    return this.src.slice(start, end);
  }

  // ---- prolog and misc ----

  private readDeclaration(): XmlDocument["declaration"] {
    this.advance(5);
    const attrs = new Map<string, string>();
    const order: string[] = [];
    for (;;) {
      const spaced = this.skipSpace();
      if (this.src.startsWith("?>", this.pos)) {
        this.advance(2);
        break;
      }
      if (!spaced) this.fail("expected white space between the XML declaration's pseudo-attributes");
      const name = this.readName("a pseudo-attribute of the XML declaration");
      this.skipSpace();
      this.expect("=");
      this.skipSpace();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`expected a quoted value for ${name}`);
      this.advance(1);
      const value = this.readUntil(quote, `the value of ${name}`);
      if (attrs.has(name)) this.fail(`"${name}" appears twice in the XML declaration`);
      attrs.set(name, value);
      order.push(name);
    }
    const allowedOrder = ["version", "encoding", "standalone"];
    if (order[0] !== "version") this.fail("the XML declaration must start with version");
    let last = -1;
    for (const name of order) {
      const index = allowedOrder.indexOf(name);
      if (index === -1) this.fail(`"${name}" is not allowed in the XML declaration`);
      if (index <= last) this.fail("the XML declaration's pseudo-attributes must be in the order version, encoding, standalone");
      last = index;
    }
    const version = attrs.get("version")!;
    if (version !== "1.0") this.fail(`XML version "${version}" is not supported; use 1.0`);
    const encoding = attrs.get("encoding") ?? null;
    if (encoding !== null && !/^utf-?8$/i.test(encoding)) this.fail(`encoding "${encoding}" is not supported; save the file as UTF-8`);
    const standalone = attrs.get("standalone") ?? null;
    if (standalone !== null && standalone !== "yes" && standalone !== "no") this.fail(`standalone must be "yes" or "no", not "${standalone}"`);
    return { version, encoding, standalone };
  }

  /** Comments, processing instructions and white space between the prolog, the root and the end. */
  private readMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.src.startsWith("<!--", this.pos)) this.readComment();
      else if (this.src.startsWith("<?", this.pos)) this.readProcessingInstruction();
      else if (this.src.startsWith("<!DOCTYPE", this.pos)) this.fail("DOCTYPE declarations are not allowed in a manifest");
      else return;
    }
  }

  private readComment(): XmlComment {
    const at = this.here();
    this.advance(4);
    const text = this.readUntil("-->", "a comment", at);
    if (text.includes("--") || text.endsWith("-")) this.fail('"--" is not allowed inside a comment', at);
    return { kind: "comment", text, ...at };
  }

  private readProcessingInstruction(): void {
    const at = this.here();
    this.advance(2);
    const target = this.readName("a processing instruction target");
    if (target.toLowerCase() === "xml") this.fail("the XML declaration is only allowed at the very start of the file", at);
    if (!this.src.startsWith("?>", this.pos) && !this.skipSpace()) this.fail("expected white space after the processing instruction target");
    this.readUntil("?>", "a processing instruction", at);
  }

  // ---- elements ----

  private readElement(parentScope: ReadonlyMap<string, string>): XmlElement {
    const at = this.here();
    this.expect("<");
    const name = this.readName("an element name");
    const raw: RawAttribute[] = [];
    let selfClosing = false;
    for (;;) {
      const spaced = this.skipSpace();
      if (this.src.startsWith("/>", this.pos)) {
        this.advance(2);
        selfClosing = true;
        break;
      }
      if (this.src.startsWith(">", this.pos)) {
        this.advance(1);
        break;
      }
      if (this.atEnd()) this.fail(`the start tag <${name}> is not closed`, at);
      if (!spaced) this.fail(`expected white space, ">" or "/>" in the start tag <${name}>`);
      const attrAt = this.here();
      const attrName = this.readName("an attribute name");
      this.skipSpace();
      this.expect("=", `"=" after the attribute ${attrName}`);
      this.skipSpace();
      const value = this.readAttributeValue(attrName);
      if (raw.some((a) => a.name === attrName)) this.fail(`the attribute ${attrName} appears twice on <${name}>`, attrAt);
      raw.push({ name: attrName, value, ...attrAt });
    }

    const scope = this.bindNamespaces(raw, parentScope);
    const qname = splitQName(name, at, "element");
    const namespace = this.resolve(qname.prefix, scope, at, name, true);
    const attributes: XmlAttribute[] = [];
    const expanded = new Set<string>();
    for (const a of raw) {
      const q = splitQName(a.name, a, "attribute");
      const ns = a.name === "xmlns" || q.prefix === "xmlns" ? XMLNS_NAMESPACE : q.prefix === null ? null : this.resolve(q.prefix, scope, a, a.name, false);
      const key = `{${ns ?? ""}}${q.localName}`;
      if (expanded.has(key)) this.fail(`the attribute ${a.name} on <${name}> repeats another attribute of the same namespace and name`, a);
      expanded.add(key);
      attributes.push({ ...a, prefix: q.prefix, localName: q.localName, namespace: ns });
    }

    const children: XmlNode[] = selfClosing ? [] : this.readContent(name, scope);
    return { kind: "element", name, prefix: qname.prefix, localName: qname.localName, namespace, attributes, children, scope, ...at };
  }

  private bindNamespaces(raw: readonly RawAttribute[], parentScope: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
    const declarations = raw.filter((a) => a.name === "xmlns" || a.name.startsWith("xmlns:"));
    if (declarations.length === 0) return parentScope;
    const scope = new Map(parentScope);
    for (const d of declarations) {
      const prefix = d.name === "xmlns" ? "" : d.name.slice(6);
      if (prefix === "xmlns") this.fail("the prefix xmlns must not be declared", d);
      if (prefix === "xml" ? d.value !== XML_NAMESPACE : d.value === XML_NAMESPACE) this.fail(`the prefix xml is bound to ${XML_NAMESPACE} and nothing else`, d);
      if (d.value === XMLNS_NAMESPACE) this.fail(`${XMLNS_NAMESPACE} must not be declared`, d);
      if (prefix !== "" && d.value === "") this.fail(`the prefix ${prefix} cannot be undeclared (xmlns:${prefix}="") in XML 1.0`, d);
      if (prefix === "") {
        if (d.value === "") scope.delete("");
        else scope.set("", d.value);
      } else {
        scope.set(prefix, d.value);
      }
    }
    return scope;
  }

  private resolve(prefix: string | null, scope: ReadonlyMap<string, string>, at: XmlPosition, name: string, isElement: boolean): string | null {
    if (prefix === null) return isElement ? (scope.get("") ?? null) : null;
    if (prefix === "xmlns") this.fail(`the prefix xmlns is reserved and cannot name ${isElement ? "an element" : "an attribute"} (${name})`, at);
    const ns = scope.get(prefix);
    if (ns === undefined) this.fail(`the namespace prefix "${prefix}" in ${name} is not declared`, at);
    return ns;
  }

  private readAttributeValue(attrName: string): string {
    const quote = this.src[this.pos];
    if (quote !== '"' && quote !== "'") this.fail(`the value of ${attrName} must be in quotes`);
    this.advance(1);
    let value = "";
    for (;;) {
      if (this.atEnd()) this.fail(`the value of ${attrName} is not closed`);
      const ch = this.src[this.pos]!;
      if (ch === quote) {
        this.advance(1);
        return value;
      }
      if (ch === "<") this.fail(`"<" is not allowed in the value of ${attrName}; write &lt;`);
      if (ch === "&") {
        value += this.readReference();
      } else if (ch === "\r") {
        // CR LF and a lone CR are both one line end, which becomes a space in an attribute value.
        this.advance(this.src[this.pos + 1] === "\n" ? 2 : 1);
        value += " ";
      } else if (ch === "\n" || ch === "\t") {
        this.advance(1);
        value += " ";
      } else {
        const cp = this.src.codePointAt(this.pos)!;
        const width = cp > 0xffff ? 2 : 1;
        this.advance(width);
        value += this.src.slice(this.pos - width, this.pos);
      }
    }
  }

  /** `&name;`, `&#N;` or `&#xH;` at the cursor. */
  private readReference(): string {
    const at = this.here();
    const end = this.src.indexOf(";", this.pos);
    const body = end === -1 ? "" : this.src.slice(this.pos + 1, end);
    if (end === -1 || body.length === 0 || body.length > 12) this.fail('"&" must start a reference such as &amp; (write &amp; for a literal "&")', at);
    let text: string;
    if (body.startsWith("#x")) {
      if (!/^#x[0-9a-fA-F]+$/.test(body)) this.fail(`&${body}; is not a valid character reference`, at);
      text = this.charFromCode(parseInt(body.slice(2), 16), body, at);
    } else if (body.startsWith("#")) {
      if (!/^#[0-9]+$/.test(body)) this.fail(`&${body}; is not a valid character reference`, at);
      text = this.charFromCode(parseInt(body.slice(1), 10), body, at);
    } else {
      const entity = PREDEFINED_ENTITIES[body];
      if (entity === undefined) this.fail(`the entity &${body}; is not defined (only &lt; &gt; &amp; &apos; &quot; are)`, at);
      text = entity;
    }
    this.advance(end + 1 - this.pos);
    return text;
  }

  private charFromCode(code: number, body: string, at: XmlPosition): string {
    if (!isXmlChar(code) || (code >= 0xd800 && code <= 0xdfff)) this.fail(`&${body}; refers to a character XML does not allow`, at);
    return String.fromCodePoint(code);
  }

  private readContent(name: string, scope: ReadonlyMap<string, string>): XmlNode[] {
    const children: XmlNode[] = [];
    let text = "";
    let textAt: XmlPosition | null = null;
    const flush = (): void => {
      if (textAt !== null) children.push({ kind: "text", text, ...textAt });
      text = "";
      textAt = null;
    };
    for (;;) {
      if (this.atEnd()) this.fail(`<${name}> is not closed`);
      if (this.src.startsWith("</", this.pos)) {
        flush();
        const at = this.here();
        this.advance(2);
        const closing = this.readName("an element name in the end tag");
        this.skipSpace();
        this.expect(">", `">" to close </${closing}>`);
        if (closing !== name) this.fail(`the end tag </${closing}> does not match the start tag <${name}>`, at);
        return children;
      }
      if (this.src.startsWith("<!--", this.pos)) {
        flush();
        children.push(this.readComment());
      } else if (this.src.startsWith("<![CDATA[", this.pos)) {
        const at = this.here();
        textAt ??= at;
        this.advance(9);
        text += this.readUntil("]]>", "a CDATA section", at);
      } else if (this.src.startsWith("<?", this.pos)) {
        flush();
        this.readProcessingInstruction();
      } else if (this.src.startsWith("<!", this.pos)) {
        this.fail(this.src.startsWith("<!DOCTYPE", this.pos) ? "DOCTYPE declarations are not allowed in a manifest" : 'unexpected "<!"');
      } else if (this.src.startsWith("<", this.pos)) {
        flush();
        children.push(this.readElement(scope));
      } else {
        textAt ??= this.here();
        const ch = this.src[this.pos]!;
        if (ch === "&") {
          text += this.readReference();
        } else if (this.src.startsWith("]]>", this.pos)) {
          this.fail('"]]>" is not allowed in text; write ]]&gt;');
        } else if (ch === "\r") {
          this.advance(this.src[this.pos + 1] === "\n" ? 2 : 1);
          text += "\n";
        } else {
          const cp = this.src.codePointAt(this.pos)!;
          const width = cp > 0xffff ? 2 : 1;
          this.advance(width);
          text += this.src.slice(this.pos - width, this.pos);
        }
      }
    }
  }
}

function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** Parses a whole document; throws XmlError with a position for anything that is not well-formed. */
export function parseXml(source: string): XmlDocument {
  return new Reader(source).parse();
}

// ---- helpers for walking the tree ----

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => c.kind === "element");
}

/** The concatenated character data directly inside an element. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (c.kind === "text" ? c.text : "")).join("");
}

export function attribute(element: XmlElement, localName: string, namespace: string | null = null): XmlAttribute | undefined {
  return element.attributes.find((a) => a.localName === localName && a.namespace === namespace);
}

/** Every element below (not including) `element`, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const child of childElements(e)) {
      out.push(child);
      walk(child);
    }
  };
  walk(element);
  return out;
}
