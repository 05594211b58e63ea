import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { rawEntryData, readCentralDirectory, readEntry, writeZip } from "../../../src/host/xlsx/zip";

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
  /** The sheet's state attribute in the workbook: hidden or veryHidden. */
  readonly state?: string;
}

export interface RawXlsxOptions {
  readonly sharedStrings?: string;
  readonly styles?: string;
  readonly worksheetRels?: Record<number, string>;
  /** Attributes of <workbookPr>, e.g. `date1904="1"`. */
  readonly workbookPr?: string;
  /** Inner XML of <definedNames>. */
  readonly definedNames?: string;
}

/**
 * A minimal hand-written xlsx package, for shapes exceljs will not write itself
 * (chart sheets, missing <dimension>, rich shared strings behind hyperlinks, odd sheet order).
 */
export function rawXlsx(sheets: readonly RawSheet[], options: RawXlsxOptions = {}): Buffer {
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
    sheetElements.push(`<sheet name="${sheet.name}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="${rId}"/>`);
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
  const workbookPr = options.workbookPr === undefined ? "" : `<workbookPr ${options.workbookPr}/>`;
  const definedNames = options.definedNames === undefined ? "" : `<definedNames>${options.definedNames}</definedNames>`;
  text("xl/workbook.xml", `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${workbookPr}<sheets>${sheetElements.join("")}</sheets>${definedNames}</workbook>`);
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

// ---------------------------------------------------------------------------------------------
// Workbooks for the readers (read-workbook.test.ts and fast-read.test.ts)

/** A target table in the shape of the seeds: merged title, labels, amounts, indicators. */
export async function targetTableWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("绩效目标表");
  ws.getCell("A1").value = "项目支出绩效目标表";
  ws.mergeCells("A1:E1");
  ws.getCell("A2").value = "项目名称";
  ws.getCell("B2").value = { richText: [{ text: "信访", font: { bold: true } }, { text: "事项办理" }] };
  ws.mergeCells("B2:E2");
  ws.getCell("A3").value = "预算数";
  ws.getCell("B3").value = { formula: "C3+D3", result: 571.2 };
  ws.getCell("C3").value = "571.20";
  ws.getCell("D3").value = { formula: "0*B3", result: 0 };
  ws.getCell("E3").value = { formula: "B3/0", result: { error: "#DIV/0!" } };
  ws.getCell("A4").value = "一级指标";
  ws.getCell("A5").value = "产出指标";
  ws.mergeCells("A5:A6");
  ws.getCell("B5").value = { formula: "Sheet9!A1", result: undefined };
  ws.getCell("C5").value = { error: "#REF!" };
  ws.getCell("D5").value = new Date(Date.UTC(2024, 0, 31));
  ws.getCell("E5").value = { formula: "DATE(2024,12,31)", result: new Date(Date.UTC(2024, 11, 31)) };
  ws.getCell("E5").numFmt = "yyyy-mm-dd";
  ws.getCell("B6").value = { text: "政策依据", hyperlink: "https://example.org/policy" };
  ws.getCell("C6").value = true;
  ws.getCell("D6").value = "00123";
  ws.getCell("E6").value = "≥95%";
  // Formatting without values must not widen the grid.
  ws.getCell("H6").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("B9").border = { top: { style: "thin" } };
  const second = workbook.addWorksheet("Sheet 2");
  second.getCell("C2").value = 3;
  return workbook;
}

/** Shared strings with runs, an inline string, hyperlinked rich text and falsy cached formula results. */
export function sharedStringsAndFormulasXlsx(): Buffer {
  const body =
    `<dimension ref="A1:F3"/><sheetData>` +
    `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>内联</t></is></c><c r="D1" t="b"><f>1=2</f><v>0</v></c></row>` +
    `<row r="2"><c r="A2" t="str"><f>"合"&amp;"计"</f><v>合计</v></c><c r="B2" t="b"><f>1=1</f><v>1</v></c>` +
    `<c r="C2" t="e"><f>#REF!+1</f><v>#REF!</v></c><c r="D2"><f>SUM(1,2)</f><v>3</v></c><c r="E2"><f>0*1</f><v>0</v></c><c r="F2" t="str"><f>""</f><v></v></c></row>` +
    `<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="e"><v>#N/A</v></c><c r="D3"><v>1.5E-3</v></c></row>` +
    `</sheetData><hyperlinks><hyperlink ref="A3" r:id="rId1"/></hyperlinks>`;
  const shared =
    `<si><t>项目名称</t></si>` +
    `<si><r><rPr><b/></rPr><t>绩效</t></r><r><t>目标</t></r></si>` +
    `<si><r><t>链接</t></r><r><t>文本</t></r></si>`;
  const rels = `<Relationship Id="rId1" Type="${REL_NS}/hyperlink" Target="https://example.org" TargetMode="External"/>`;
  return rawXlsx([{ name: "表", body }], { sharedStrings: shared, worksheetRels: { 1: rels } });
}

/** Two worksheets around a chart sheet. */
export function chartSheetXlsx(): Buffer {
  const cell = (text: string): string => `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData>`;
  return rawXlsx([
    { name: "甲", body: cell("a") },
    { name: "图表", body: "", chart: true },
    { name: "乙", body: cell("b") },
  ]);
}

export function leadingBlanksWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("S");
  ws.getCell("C4").value = "x";
  ws.getCell("B6").value = 2;
  return workbook;
}

export function blankMergeAnchorWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("S");
  ws.mergeCells("B2:C3");
  ws.getCell("A1").value = 1;
  return workbook;
}

export async function bigSheet(rows: number, cols: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("大表");
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) ws.getCell(r, c).value = r * c;
  return xlsxBytes(workbook);
}

/** Overwrite the middle of one entry's compressed bytes, keeping the zip structure intact. */
export function damageEntry(zip: Buffer, name: string): Buffer {
  const directory = readCentralDirectory(zip);
  if (directory.status !== "ok") throw new Error("fixture is not a zip");
  const entry = directory.entries.find((e) => e.name === name)!;
  const raw = rawEntryData(zip, entry);
  const out = Buffer.from(zip);
  const start = raw.byteOffset - zip.byteOffset + Math.floor(raw.length / 3);
  out.fill(0xff, start, start + Math.max(8, Math.floor(raw.length / 3)));
  return out;
}

export function rawDocx(): Buffer {
  return writeZip([
    { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
    { name: "word/document.xml", data: Buffer.from("<w:document/>") },
  ]);
}

/** Inputs no reader may turn into grids: [label, bytes, the error code expected]. */
export function badInputCases(): [string, () => Promise<Buffer>, string][] {
  const realXlsx = async (): Promise<Buffer> => xlsxBytes(await targetTableWorkbook());
  return [
    ["zero bytes", async () => Buffer.alloc(0), "not-xlsx"],
    ["random bytes", async () => noise(4096), "not-xlsx"],
    ["a text file renamed .xlsx", async () => Buffer.from("项目名称,预算数\n信访,571.20\n", "utf8"), "not-xlsx"],
    ["an HTML page saved as .xlsx", async () => Buffer.from("<html><body><table><tr><td>1</td></tr></table></body></html>"), "not-xlsx"],
    ["the first half of a real xlsx", async () => (await realXlsx()).subarray(0, Math.floor((await realXlsx()).length / 2)), "truncated"],
    ["all but the last byte of a real xlsx", async () => (await realXlsx()).subarray(0, (await realXlsx()).length - 1), "truncated"],
    ["a password-protected xlsx (OLE with EncryptedPackage)", async () => fakeCompoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]), "encrypted"],
    ["a legacy .xls (OLE with a Workbook stream)", async () => fakeCompoundFile(["Root Entry", "Workbook", "\u0005SummaryInformation"]), "legacy-xls"],
    ["a zip that is not a workbook (docx)", async () => rawDocx(), "not-xlsx"],
    ["an xlsx whose worksheet XML is garbage", async () => rawXlsx([{ name: "S", body: "<sheetData><row r=" }]), "unreadable"],
    ["a real xlsx with damaged compressed data", async () => damageEntry(await realXlsx(), "xl/worksheets/sheet1.xml"), "unreadable"],
    ["an xlsx with overlapping merges", async () => rawXlsx([{ name: "S", body: `<sheetData/><mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>` }]), "unreadable"],
  ];
}
