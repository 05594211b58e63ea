/**
 * Crafted hostile and careless inputs (issue 15), built on demand so that none is committed: each
 * builder writes its files into a directory and returns the CLI arguments that exercise it.
 * Used by test/security/hostile.test.ts (exit code and the one stderr line) and bench/hostile.ts
 * (time and peak memory).
 */
import { createDeflateRaw, deflateRawSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "../src/host/xlsx/zip";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface RawEntry {
  readonly name: string;
  /** Stored (deflated) bytes. */
  readonly data: Buffer;
  readonly crc: number;
  /** What the directory claims the part inflates to (may lie). */
  readonly declaredSize: number;
}

export function entry(name: string, content: Buffer | string): RawEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, data: deflateRawSync(bytes), crc: crc32(bytes), declaredSize: bytes.length };
}

/** A zip of the entries as given (sizes as declared); with `zip64`, behind ZIP64 end records. */
export function zipOf(entries: readonly RawEntry[], zip64 = false): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(Math.min(e.declaredSize, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(Math.min(e.declaredSize, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const tail: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(centralSize), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + centralSize), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  eocd.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  eocd.writeUInt32LE(zip64 ? 0xffffffff : centralSize, 12);
  eocd.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, ...centrals, ...tail, eocd]);
}

/** The parts of a one-sheet workbook around `sheetXml` (plus `extra` parts), as entries. */
export function workbookEntries(sheetXml: string | RawEntry, options: { sharedStrings?: RawEntry; sheetName?: string; contentTypes?: boolean } = {}): RawEntry[] {
  const sheet = typeof sheetXml === "string" ? entry("xl/worksheets/sheet1.xml", sheetXml) : sheetXml;
  const shared = options.sharedStrings;
  const sheetName = options.sheetName ?? "绩效目标表";
  const parts = [
    entry(
      "[Content_Types].xml",
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${shared ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ""}</Types>`,
    ),
    entry("_rels/.rels", `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    entry("xl/workbook.xml", `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    entry(
      "xl/_rels/workbook.xml.rels",
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>${shared ? `<Relationship Id="rId2" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
    ),
    sheet,
    ...(shared ? [shared] : []),
  ];
  return options.contentTypes === false ? parts.slice(1) : parts;
}

/** A small target table: a title and a few labelled cells, enough for the checker to read. */
export function smallSheetXml(extraRows = ""): string {
  const cell = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>` +
    `<row r="1">${cell("A1", "项目支出绩效目标表")}</row>` +
    `<row r="2">${cell("A2", "项目名称")}${cell("B2", "信访接待")}</row>` +
    `<row r="3">${cell("A3", "预算数")}<c r="B3"><v>10</v></c></row>` +
    `${extraRows}</sheetData></worksheet>`
  );
}

/** A deflated part of `size` bytes of one repeated byte, streamed so that no buffer of that size exists. */
export async function repeatedPart(name: string, head: string, fill: string, size: number, tail: string, declaredSize?: number): Promise<RawEntry> {
  const chunk = Buffer.alloc(1 << 20, fill);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  const headBytes = Buffer.from(head, "utf8");
  const tailBytes = Buffer.from(tail, "utf8");
  let crc = crcUpdate(0xffffffff, headBytes);
  deflate.write(headBytes);
  let left = size - headBytes.length - tailBytes.length;
  while (left > 0) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crcUpdate(crc, piece);
    if (!deflate.write(piece)) await new Promise((r) => deflate.once("drain", r));
    left -= piece.length;
  }
  crc = crcUpdate(crc, tailBytes);
  deflate.end(tailBytes);
  await done;
  return { name, data: Buffer.concat(out), crc: (crc ^ 0xffffffff) >>> 0, declaredSize: declaredSize ?? size };
}

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crcUpdate(c: number, data: Uint8Array): number {
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return c >>> 0;
}

export interface HostileCase {
  /** The issue-15 item it exercises. */
  readonly item: number;
  readonly name: string;
  /** Writes its files under `dir` and returns the CLI arguments (paths inside `dir`). */
  readonly build: (dir: string) => Promise<string[]>;
  readonly code: number;
  /** The one stderr line expected, or null for none. */
  readonly stderr: RegExp | null;
}

// Just over MAX_WRITER_SHEET_BYTES (64 MiB), at every scale: it deflates to about 65 kB.
const WRITER_SHEETS = 65 * 1024 * 1024;

/** `scale` shrinks the bombs for the tests (1 = the sizes of the issue, for the benchmark). */
export function hostileCases(scale = 1): HostileCase[] {
  const bomb = Math.round(3.5 * 1024 * 1024 * 1024 * scale);
  return [
    {
      item: 6,
      name: `a part declaring 2,000 bytes that inflates to ${mib(bomb)}`,
      build: async (dir) => {
        const part = await repeatedPart("xl/worksheets/sheet1.xml", `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>`, " ", bomb, "</sheetData></worksheet>", 2_000);
        return [write(dir, "lying-size.xlsx", zipOf(workbookEntries(part))), "--format", "json"];
      },
      code: 2,
      stderr: /^jixiao: .*lying-size\.xlsx: 文件已损坏或格式无法识别 \/ the file is damaged/u,
    },
    {
      item: 6,
      name: `the same bomb behind ZIP64 end records`,
      build: async (dir) => {
        const part = await repeatedPart("xl/worksheets/sheet1.xml", `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>`, " ", bomb, "</sheetData></worksheet>", 2_000);
        return [write(dir, "zip64-bomb.xlsx", zipOf(workbookEntries(part), true))];
      },
      code: 2,
      stderr: /^jixiao: .*zip64-bomb\.xlsx: 文件已损坏或格式无法识别 \/ the file is damaged/u,
    },
    {
      item: 9,
      name: `--annotate on worksheets declaring ${mib(WRITER_SHEETS)} (over what a copy can be written for), refused before inflating`,
      build: async (dir) => {
        const part = await repeatedPart("xl/worksheets/sheet1.xml", `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>`, " ", WRITER_SHEETS, "</sheetData></worksheet>");
        return [write(dir, "big-sheets.xlsx", zipOf(workbookEntries(part))), "--annotate", join(dir, "big-sheets.校验.xlsx")];
      },
      code: 2,
      stderr: /^jixiao: .*big-sheets\.xlsx: 工作表过大，超出可处理的单元格数量 \/ a worksheet is too large to process$/u,
    },
    {
      item: 6,
      name: "an honest workbook behind ZIP64 end records is read",
      build: async (dir) => [write(dir, "zip64.xlsx", zipOf(workbookEntries(smallSheetXml()), true)), "--format", "json"],
      code: 0,
      stderr: null,
    },
    {
      item: 6,
      name: `an unreferenced part that honestly declares ${mib(Math.max(bomb, 129 << 20))}`,
      build: async (dir) => {
        const junk = await repeatedPart("xl/media/junk.bin", "", "\u0000", Math.max(bomb, 129 << 20), "");
        return [write(dir, "unreferenced.xlsx", zipOf([...workbookEntries(smallSheetXml()), junk]))];
      },
      code: 2,
      stderr: /^jixiao: .*unreferenced\.xlsx: 文件或其中的部件过大/u,
    },
    {
      item: 7,
      name: "a shared string of 1,000,000 characters (Excel's limit is 32,767)",
      build: async (dir) => {
        const shared = entry("xl/sharedStrings.xml", `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="1" uniqueCount="1"><si><t>${"１".repeat(1_000_000)}</t></si></sst>`);
        const sheet = smallSheetXml('<row r="4"><c r="A4" t="s"><v>0</v></c></row>');
        return [write(dir, "long-string.xlsx", zipOf(workbookEntries(sheet, { sharedStrings: shared })))];
      },
      code: 2,
      stderr: /^jixiao: .*long-string\.xlsx: 文件已损坏（内容与其声明不符，或超出 Excel 的限制）/u,
    },
    {
      item: 7,
      name: `an inline string of ${mib(Math.round(150 * 1024 * 1024 * scale))} of digits in one cell`,
      build: async (dir) => {
        const size = Math.round(150 * 1024 * 1024 * scale);
        const part = await repeatedPart("xl/worksheets/sheet1.xml", `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`, "9", size, "</t></is></c></row></sheetData></worksheet>");
        return [write(dir, "huge-string.xlsx", zipOf(workbookEntries(part)))];
      },
      code: 2,
      stderr: /^jixiao: .*huge-string\.xlsx: (文件已损坏（内容与其声明不符|文件或其中的部件过大)/u,
    },
    {
      item: 8,
      name: "check /dev/zero",
      build: async () => ["/dev/zero"],
      code: 2,
      stderr: /^jixiao: \/dev\/zero: 不是普通文件（可能是目录或设备） \/ not a regular file/u,
    },
    {
      item: 10,
      name: "one stray value in XFD1 on a 400-row sheet is read",
      build: async (dir) => {
        const rows = Array.from({ length: 400 }, (_, i) => `<row r="${i + 5}"><c r="A${i + 5}"><v>${i}</v></c></row>`).join("");
        const sheet = smallSheetXml(rows).replace("</t></is></c></row>", '</t></is></c><c r="XFD1"><v>1</v></c></row>');
        return [write(dir, "stray-xfd1.xlsx", zipOf(workbookEntries(sheet))), "--format", "json"];
      },
      code: 0,
      stderr: null,
    },
    {
      item: 13,
      name: "a package without [Content_Types].xml",
      build: async (dir) => [write(dir, "no-content-types.xlsx", zipOf(workbookEntries(smallSheetXml(), { contentTypes: false })))],
      code: 2,
      stderr: /^jixiao: .*no-content-types\.xlsx: 文件已损坏（/u,
    },
    {
      item: 13,
      name: "invalid UTF-8 in a cell",
      build: async (dir) => {
        const xml = Buffer.concat([Buffer.from(smallSheetXml().replace("信访接待", "信访\u0001"), "utf8")]);
        const bad = Buffer.from(xml.toString("latin1").replace("\u0001", "\u00ff\u00fe"), "latin1");
        return [write(dir, "bad-utf8.xlsx", zipOf(workbookEntries(entry("xl/worksheets/sheet1.xml", bad))))];
      },
      code: 2,
      stderr: /^jixiao: .*bad-utf8\.xlsx: 文件已损坏（/u,
    },
  ];
}

function mib(bytes: number): string {
  return bytes >= 1 << 30 ? `${(bytes / (1 << 30)).toFixed(1)} GiB` : `${Math.round(bytes / (1 << 20))} MiB`;
}

function write(dir: string, name: string, bytes: Buffer): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}
