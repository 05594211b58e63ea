import { decodeXml } from "./package/xml";
import { readCentralDirectory, readEntry, rewriteZip } from "./zip";

const SHEET_RELS = /^xl\/worksheets\/_rels\/([^/]+\.xml)\.rels$/;
const HYPERLINK_REL_TYPE = /\/relationships\/hyperlink$/;

/**
 * exceljs 4.4 writes an in-workbook link ("#'Sheet'!A1") as an external relationship *and* a
 * location, which Excel joins into a broken "#'Sheet'!A1#'Sheet'!A1". Rewrite such links the way
 * Excel itself stores them: a `location` attribute and no relationship.
 */
export function fixInternalHyperlinks(xlsx: Buffer): Buffer {
  const directory = readCentralDirectory(xlsx);
  if (directory.status !== "ok") throw new Error("exceljs wrote an archive this reader cannot parse");

  const edits = new Map<string, string>();
  for (const entry of directory.entries) {
    const match = SHEET_RELS.exec(entry.name);
    if (!match) continue;
    const relsXml = readEntry(xlsx, entry).toString("utf8");
    const locations = new Map<string, string>();
    const keptRels = relsXml.replace(/<Relationship\b[^>]*?\/>/g, (element) => {
      const attrs = attributes(element);
      const target = attrs.get("Target");
      const id = attrs.get("Id");
      if (id === undefined || target === undefined || !target.startsWith("#")) return element;
      if (!HYPERLINK_REL_TYPE.test(attrs.get("Type") ?? "")) return element;
      locations.set(id, target.slice(1));
      return "";
    });
    if (locations.size === 0) continue;

    const sheetName = `xl/worksheets/${match[1]}`;
    const sheetEntry = directory.entries.find((e) => e.name === sheetName);
    if (!sheetEntry) continue;
    const sheetXml = readEntry(xlsx, sheetEntry).toString("utf8");
    const fixedSheet = sheetXml.replace(/<hyperlink\b[^>]*?\/>/g, (element) => {
      const attrs = attributes(element);
      const location = attrs.get("r:id") === undefined ? undefined : locations.get(attrs.get("r:id")!);
      if (location === undefined) return element;
      const ref = attrs.get("ref") ?? "";
      const tooltip = attrs.get("tooltip");
      const tooltipAttr = tooltip === undefined ? "" : ` tooltip="${encodeXml(tooltip)}"`;
      return `<hyperlink ref="${encodeXml(ref)}" location="${encodeXml(location)}"${tooltipAttr}/>`;
    });
    edits.set(entry.name, keptRels);
    edits.set(sheetName, fixedSheet);
  }
  if (edits.size === 0) return xlsx;
  return rewriteZip(xlsx, (name) => {
    const text = edits.get(name);
    return text === undefined ? undefined : Buffer.from(text, "utf8");
  });
}

function attributes(element: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of element.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) out.set(m[1]!, decodeXml(m[2]!));
  return out;
}

function encodeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
