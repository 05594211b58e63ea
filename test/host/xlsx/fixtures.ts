import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { readCentralDirectory, readEntry, writeZip } from "../../../src/host/xlsx/zip";

/** A fresh temp directory per test file, removed after it. */
export function useTempDir(): () => string {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "jixiao-xlsx-"));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

export async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Text of one part of a zip package, or undefined when the part is missing. */
export function zipPart(zip: Buffer, name: string): string | undefined {
  const directory = readCentralDirectory(zip);
  if (directory.status !== "ok") throw new Error(`not a readable zip: ${directory.status}`);
  const entry = directory.entries.find((e) => e.name === name);
  return entry ? readEntry(zip, entry).toString("utf8") : undefined;
}

export function zipPartNames(zip: Buffer): string[] {
  const directory = readCentralDirectory(zip);
  if (directory.status !== "ok") throw new Error(`not a readable zip: ${directory.status}`);
  return directory.entries.map((e) => e.name);
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface RawSheet {
  readonly name: string;
  /** Inner XML of <worksheet>, e.g. `<dimension ref="A1"/><sheetData>…</sheetData>`. */
  readonly body: string;
  /** A chart sheet: listed in the workbook, stored under xl/chartsheets/. */
  readonly chart?: boolean;
}

/**
 * A minimal hand-written xlsx package, for shapes exceljs will not write itself
 * (chart sheets, missing <dimension>, rich shared strings behind hyperlinks, odd sheet order).
 */
export function rawXlsx(sheets: readonly RawSheet[], options: { sharedStrings?: string; styles?: string; worksheetRels?: Record<number, string> } = {}): Buffer {
  const parts: { name: string; data: Buffer }[] = [];
  const text = (name: string, xml: string): void => {
    parts.push({ name, data: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`, "utf8") });
  };
  const overrides: string[] = [];
  const workbookRels: string[] = [];
  const sheetElements: string[] = [];
  let worksheetNo = 0;
  let chartNo = 0;
  sheets.forEach((sheet, i) => {
    const rId = `rId${i + 1}`;
    if (sheet.chart) {
      chartNo++;
      const part = `xl/chartsheets/sheet${chartNo}.xml`;
      text(part, `<chartsheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`);
      overrides.push(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>`);
      workbookRels.push(`<Relationship Id="${rId}" Type="${REL_NS}/chartsheet" Target="chartsheets/sheet${chartNo}.xml"/>`);
    } else {
      worksheetNo++;
      const part = `xl/worksheets/sheet${worksheetNo}.xml`;
      text(part, `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${sheet.body}</worksheet>`);
      overrides.push(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
      workbookRels.push(`<Relationship Id="${rId}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${worksheetNo}.xml"/>`);
      const rels = options.worksheetRels?.[worksheetNo];
      if (rels) text(`xl/worksheets/_rels/sheet${worksheetNo}.xml.rels`, `<Relationships xmlns="${PKG_REL_NS}">${rels}</Relationships>`);
    }
    sheetElements.push(`<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="${rId}"/>`);
  });
  if (options.sharedStrings !== undefined) {
    text("xl/sharedStrings.xml", `<sst xmlns="${MAIN_NS}">${options.sharedStrings}</sst>`);
    overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`);
    workbookRels.push(`<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (options.styles !== undefined) {
    text("xl/styles.xml", `<styleSheet xmlns="${MAIN_NS}">${options.styles}</styleSheet>`);
    overrides.push(`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`);
    workbookRels.push(`<Relationship Id="rIdT" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  }
  text(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `${overrides.join("")}</Types>`,
  );
  text("_rels/.rels", `<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  text("xl/workbook.xml", `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheetElements.join("")}</sheets></workbook>`);
  text("xl/_rels/workbook.xml.rels", `<Relationships xmlns="${PKG_REL_NS}">${workbookRels.join("")}</Relationships>`);
  // Content types first, as Office writes them; the order does not matter to readers.
  const first = parts.filter((p) => p.name === "[Content_Types].xml");
  return writeZip([...first, ...parts.filter((p) => p.name !== "[Content_Types].xml")]);
}

/** A compound-file (OLE) header followed by directory entry names, as .xls and encrypted .xlsx start. */
export function fakeCompoundFile(streamNames: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  const entries = streamNames.map((name) => {
    const entry = Buffer.alloc(128);
    Buffer.from(`${name}\0`, "utf16le").copy(entry, 0);
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    entry[66] = 2;
    return entry;
  });
  return Buffer.concat([header, ...entries]);
}

/** Deterministic noise that starts with neither a zip nor an OLE signature. */
export function noise(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >>> 16;
  }
  out[0] = 0x13;
  return out;
}
