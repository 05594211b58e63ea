import { attribute, childElements, descendants, parseXml, textOf, XmlError, type XmlElement } from "../../scripts/xml-reader";

function fails(xml: string): XmlError {
  try {
    parseXml(xml);
  } catch (err) {
    if (err instanceof XmlError) return err;
    throw err;
  }
  throw new Error(`parsed without complaint: ${xml}`);
}

describe("parseXml reads well-formed documents", () => {
  it("elements, attributes, text, namespaces and the declaration", () => {
    const doc = parseXml(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- c -->\n<a xmlns="urn:a" xmlns:b="urn:b" b:x="1" y=\'2\'>\n  <b:c>hi</b:c><d/>\n</a>\n',
    );
    expect(doc.declaration).toEqual({ version: "1.0", encoding: "UTF-8", standalone: "yes" });
    const a = doc.root;
    expect(a).toMatchObject({ name: "a", localName: "a", namespace: "urn:a", line: 3, column: 1 });
    expect(attribute(a, "x", "urn:b")?.value).toBe("1");
    expect(attribute(a, "y")?.value).toBe("2");
    const [c, d] = childElements(a) as [XmlElement, XmlElement];
    expect(c).toMatchObject({ prefix: "b", localName: "c", namespace: "urn:b", line: 4, column: 3 });
    expect(textOf(c)).toBe("hi");
    expect(d).toMatchObject({ localName: "d", namespace: "urn:a", children: [] });
    expect(descendants(a).map((e) => e.name)).toEqual(["b:c", "d"]);
  });

  it("references, CDATA, attribute-value normalisation and line ends", () => {
    const root = parseXml('<r a="x&#10;y&#x9;z\tw\r\nv &lt;&amp;&quot;&apos;&gt;">A&amp;B<![CDATA[<&>]]>&#x4E2D;&#25991;\r\nC\rD</r>').root;
    expect(attribute(root, "a")?.value).toBe("x\ny\tz w v <&\"'>");
    expect(textOf(root)).toBe("A&B<&>中文\nC\nD");
  });

  it("counts lines after CR LF and columns in code points", () => {
    const root = parseXml("<r>\r\n\r\n  <𝒳/>绩<s/></r>").root;
    const [x, s] = childElements(root) as [XmlElement, XmlElement];
    expect(x).toMatchObject({ line: 3, column: 3 });
    expect(s).toMatchObject({ line: 3, column: 8 });
  });

  it("scopes namespace declarations to their element, and lets xmlns=\"\" undeclare the default", () => {
    const root = parseXml('<a xmlns="urn:a"><b xmlns="urn:b"><c/></b><d/><e xmlns=""/></a>').root;
    expect(descendants(root).map((e) => `${e.localName}=${e.namespace}`)).toEqual(["b=urn:b", "c=urn:b", "d=urn:a", "e=null"]);
  });

  it("takes a byte-order mark and processing instructions", () => {
    expect(parseXml('\ufeff<?xml version="1.0"?><?pi data?><r/><?pi?>').root.name).toBe("r");
  });
});

describe("parseXml rejects what is not well-formed, saying where", () => {
  const cases: [string, string, RegExp, number, number][] = [
    ["a mismatched end tag", "<a>\n  <b></c>\n</a>", /end tag <\/c> does not match the start tag <b>/, 2, 6],
    ["an unclosed element", "<a><b></b>", /<a> is not closed/, 1, 11],
    ["a duplicate attribute", '<a x="1" x="2"/>', /attribute x appears twice/, 1, 10],
    ["a duplicate expanded attribute", '<a xmlns:p="urn:x" xmlns:q="urn:x" p:y="1" q:y="2"/>', /repeats another attribute/, 1, 44],
    ["an undeclared prefix", "<p:a/>", /prefix "p" in p:a is not declared/, 1, 1],
    ["an undeclared attribute prefix", '<a p:b="1"/>', /prefix "p" in p:b is not declared/, 1, 4],
    ["a bare ampersand", "<a>fish & chips</a>", /"&" must start a reference/, 1, 9],
    ["an unknown entity", "<a>&nbsp;</a>", /entity &nbsp; is not defined/, 1, 4],
    ["a character reference to a forbidden character", "<a>&#0;</a>", /&#0; refers to a character XML does not allow/, 1, 4],
    ["\"<\" in an attribute value", '<a x="1<2"/>', /"<" is not allowed in the value of x/, 1, 8],
    ["an unquoted attribute value", "<a x=1/>", /value of x must be in quotes/, 1, 6],
    ["attributes run together", '<a x="1"y="2"/>', /expected white space/, 1, 9],
    ["a DOCTYPE", '<!DOCTYPE a [<!ENTITY e "boom">]><a>&e;</a>', /DOCTYPE declarations are not allowed/, 1, 1],
    ["two roots", "<a/><b/>", /only one root element/, 1, 5],
    ["text after the root", "<a/>x", /text is not allowed after the root element/, 1, 5],
    ["text before the root", "x<a/>", /expected the root element/, 1, 1],
    ["no root at all", "<!-- nothing -->", /no root element/, 1, 17],
    ["a control character", "<a>\u0001</a>", /U\+0001 is not allowed in XML/, 1, 4],
    ["a lone surrogate", "<a>\ud800</a>", /U\+D800 is not allowed in XML/, 1, 4],
    ["\"--\" in a comment", "<a><!-- a -- b --></a>", /"--" is not allowed inside a comment/, 1, 4],
    ["\"]]>\" in text", "<a>]]></a>", /"]]>" is not allowed in text/, 1, 4],
    ["an XML declaration not at the start", ' <?xml version="1.0"?><a/>', /only allowed at the very start/, 1, 2],
    ["XML 1.1", '<?xml version="1.1"?><a/>', /version "1.1" is not supported/, 1, 22],
    ["an encoding other than UTF-8", '<?xml version="1.0" encoding="GB2312"?><a/>', /encoding "GB2312" is not supported/, 1, 40],
    ["binding the xml prefix elsewhere", '<a xmlns:xml="urn:x"/>', /prefix xml is bound to/, 1, 4],
    ["undeclaring a prefix", '<a xmlns:p=""/>', /cannot be undeclared/, 1, 4],
    ["a malformed qualified name", "<a:/>", /not a valid qualified name/, 1, 1],
    ["an unclosed comment", "<a><!-- x</a>", /comment is not closed/, 1, 4],
    ["an unclosed CDATA section", "<a>\n<![CDATA[x</a>", /CDATA section is not closed/, 2, 1],
  ];

  it.each(cases)("%s", (_what, xml, reason, line, column) => {
    const error = fails(xml);
    expect(error.reason).toMatch(reason);
    expect({ line: error.line, column: error.column }).toEqual({ line, column });
    expect(error.message).toBe(`${line}:${column}: ${error.reason}`);
  });
});
