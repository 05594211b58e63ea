import { readCentralDirectory, readEntry } from "../../../src/host/xlsx/zip";

/** Part name → decompressed bytes, in archive order. */
export function parts(zip: Buffer): Map<string, Buffer> {
  const directory = readCentralDirectory(zip);
  if (directory.status !== "ok") throw new Error(`not a readable zip: ${directory.status}`);
  return new Map(directory.entries.map((e) => [e.name, readEntry(zip, e)]));
}

export interface PartComparison {
  readonly identical: string[];
  readonly changed: string[];
  readonly added: string[];
  readonly removed: string[];
}

/** Every part of `before` compared byte for byte with the same part of `after`. */
export function compareParts(before: Buffer, after: Buffer): PartComparison {
  const a = parts(before);
  const b = parts(after);
  const out: PartComparison = { identical: [], changed: [], added: [], removed: [] };
  for (const [name, data] of a) {
    const other = b.get(name);
    if (other === undefined) out.removed.push(name);
    else if (other.equals(data)) out.identical.push(name);
    else out.changed.push(name);
  }
  for (const name of b.keys()) if (!a.has(name)) out.added.push(name);
  return out;
}

export function text(zip: Buffer, name: string): string {
  const data = parts(zip).get(name);
  if (data === undefined) throw new Error(`no part ${name}`);
  return data.toString("utf8");
}

/**
 * Removes the elements whose start tag matches `tag` (a regex over one start tag, anchored by the
 * caller), with their content. Written independently of the package writer's own XML code.
 */
export function dropElements(xml: string, tag: RegExp): string {
  let out = "";
  let i = 0;
  const start = new RegExp(`<(?:[\\w.-]+:)?[\\w.-]+\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, "g");
  for (let m = start.exec(xml); m; m = start.exec(xml)) {
    if (!tag.test(m[0])) continue;
    out += xml.slice(i, m.index);
    if (m[0].endsWith("/>")) i = m.index + m[0].length;
    else {
      const qname = /^<([^\s/>]+)/.exec(m[0])![1]!;
      let depth = 1;
      const re = new RegExp(`<(/?)${qname.replace(/[.]/g, "\\.")}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, "g");
      re.lastIndex = m.index + m[0].length;
      let end = -1;
      for (let n = re.exec(xml); n; n = re.exec(xml)) {
        if (n[1] === "/") depth--;
        else if (!n[0].endsWith("/>")) depth++;
        if (depth === 0) {
          end = n.index + n[0].length;
          break;
        }
      }
      if (end < 0) throw new Error(`unclosed ${qname}`);
      i = end;
    }
    start.lastIndex = i;
  }
  return out + xml.slice(i);
}

/** The whole `<c r="ref">` element of a sheet part, or undefined. */
export function cellElement(xml: string, ref: string): string | undefined {
  const m = new RegExp(`<(?:\\w+:)?c\\b[^>]*\\br="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?c>)`).exec(xml);
  return m?.[0];
}

/** An element's start tag with one attribute removed, for comparing the rest. */
export function withoutAttr(element: string, name: string): string {
  return element.replace(new RegExp(`\\s${name}="[^"]*"`), "");
}
