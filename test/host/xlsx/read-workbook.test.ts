import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookBuffer, readWorkbookFile, worksheetToGrid } from "../../../src/host/xlsx/read-workbook";
import type { ReadResult } from "../../../src/host/xlsx/read-workbook";
import { rawEntryData, readCentralDirectory, writeZip } from "../../../src/host/xlsx/zip";
import type { WorkbookGrids } from "../../../src/core/grid/grid";
import { fakeCompoundFile, noise, rawXlsx, useTempDir, xlsxBytes } from "./fixtures";

const tempDir = useTempDir();

function grids(result: ReadResult): WorkbookGrids {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.detail ?? ""}`);
  return result.grids;
}

function errorCode(result: ReadResult): string {
  return result.ok ? "ok" : result.error.code;
}

/** A target table in the shape of the seeds: merged title, labels, amounts, indicators. */
async function targetTableWorkbook(): Promise<ExcelJS.Workbook> {
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

describe("readWorkbookBuffer: cell values and merges", () => {
  it("turns a target table into the exact grid the core expects", async () => {
    const result = await readWorkbookBuffer(await xlsxBytes(await targetTableWorkbook()));
    const { sheets } = grids(result);
    expect(sheets.map((s) => s.sheet)).toEqual(["绩效目标表", "Sheet 2"]);
    expect(sheets[0]!.cells).toEqual([
      ["项目支出绩效目标表"],
      ["项目名称", "信访事项办理"],
      ["预算数", 571.2, "571.20", 0, "#DIV/0!"],
      ["一级指标"],
      ["产出指标", null, "#REF!", "2024-01-31", "2024-12-31"],
      [null, "政策依据", true, "00123", "≥95%"],
    ]);
    expect(sheets[0]!.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 4, left: 0, bottom: 5, right: 0 },
    ]);
    expect(sheets[1]!.cells).toEqual([[], [null, null, 3]]);
    expect(sheets[1]!.merges).toEqual([]);
  });

  it("returns the exceljs workbook alongside the grids", async () => {
    const result = await readWorkbookBuffer(await xlsxBytes(await targetTableWorkbook()));
    expect(result.ok && result.workbook.worksheets.length).toBe(2);
  });

  it("reads shared strings with runs, inline strings, hyperlinked rich text and falsy cached formula results", async () => {
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
    const rels = `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/>`;
    const result = await readWorkbookBuffer(rawXlsx([{ name: "表", body }], { sharedStrings: shared, worksheetRels: { 1: rels } }));
    expect(grids(result).sheets[0]!.cells).toEqual([
      ["项目名称", "绩效目标", "内联", false],
      // F2 shows an empty string: blank, so the row ends at E2.
      ["合计", true, "#REF!", 3, 0],
      ["链接文本", "#N/A", null, 0.0015],
    ]);
  });

  it("lists sheets in workbook order and leaves chart sheets out", async () => {
    const cell = (text: string): string => `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData>`;
    const bytes = rawXlsx([
      { name: "甲", body: cell("a") },
      { name: "图表", body: "", chart: true },
      { name: "乙", body: cell("b") },
    ]);
    const { sheets } = grids(await readWorkbookBuffer(bytes));
    expect(sheets.map((s) => [s.sheet, s.cells])).toEqual([
      ["甲", [["a"]]],
      ["乙", [["b"]]],
    ]);
  });

  it("keeps leading blank rows and columns so grid indexes match sheet addresses", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("S");
    ws.getCell("C4").value = "x";
    ws.getCell("B6").value = 2;
    const { sheets } = grids(await readWorkbookBuffer(await xlsxBytes(workbook)));
    expect(sheets[0]!.cells).toEqual([[], [], [], [null, null, "x"], [], [null, 2]]);
  });

  it("reports a merged area whose top-left cell is blank", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("S");
    ws.mergeCells("B2:C3");
    ws.getCell("A1").value = 1;
    const { sheets } = grids(await readWorkbookBuffer(await xlsxBytes(workbook)));
    expect(sheets[0]!.cells).toEqual([[1]]);
    expect(sheets[0]!.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
  });

  it("reads a valid empty workbook as one empty grid", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1");
    const { sheets } = grids(await readWorkbookBuffer(await xlsxBytes(workbook)));
    expect(sheets).toEqual([{ sheet: "Sheet1", cells: [], merges: [] }]);
  });

  it("reads a workbook without worksheets as no grids", async () => {
    expect(grids(await readWorkbookBuffer(await xlsxBytes(new ExcelJS.Workbook()))).sheets).toEqual([]);
  });
});

describe("readWorkbookFile: bad inputs are error values, never exceptions", () => {
  async function realXlsx(): Promise<Buffer> {
    return xlsxBytes(await targetTableWorkbook());
  }

  const cases: [string, () => Promise<Buffer>, string][] = [
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

  it.each(cases)("%s", async (_label, bytes, code) => {
    const path = join(tempDir(), `case-${code}-${Math.random().toString(36).slice(2)}.xlsx`);
    writeFileSync(path, await bytes());
    const result = await readWorkbookFile(path);
    expect(errorCode(result)).toBe(code);
    expect(errorCode(await readWorkbookBuffer(await bytes()))).toBe(code);
  });

  it("a path that does not exist", async () => {
    const result = await readWorkbookFile(join(tempDir(), "no-such-file.xlsx"));
    expect(result).toEqual({ ok: false, error: { code: "not-found", detail: join(tempDir(), "no-such-file.xlsx") } });
  });

  it("a directory", async () => {
    const dir = join(tempDir(), "folder.xlsx");
    mkdirSync(dir);
    expect(errorCode(await readWorkbookFile(dir))).toBe("unreadable");
  });
});

describe("too-large guard", () => {
  async function bigSheet(rows: number, cols: number): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("大表");
    for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) ws.getCell(r, c).value = r * c;
    return xlsxBytes(workbook);
  }

  it("refuses a sheet whose declared dimension exceeds maxCells", async () => {
    const result = await readWorkbookBuffer(await bigSheet(5, 4), { maxCells: 19 });
    expect(errorCode(result)).toBe("too-large");
    expect(errorCode(await readWorkbookBuffer(await bigSheet(5, 4), { maxCells: 20 }))).toBe("ok");
  });

  it("refuses a full-sheet <dimension> before exceljs loads anything", async () => {
    const bytes = rawXlsx([{ name: "S", body: `<dimension ref="A1:XFD1048576"/><sheetData/>` }]);
    const started = Date.now();
    const result = await readWorkbookBuffer(bytes);
    expect(result.ok ? "ok" : result.error).toEqual({ code: "too-large", detail: expect.stringContaining("A1:XFD1048576") });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("checks the loaded used range when the sheet declares no dimension", async () => {
    const cells = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    const bytes = rawXlsx([{ name: "S", body: `<sheetData>${cells}</sheetData>` }]);
    expect(errorCode(await readWorkbookBuffer(bytes, { maxCells: 29 }))).toBe("too-large");
    expect(errorCode(await readWorkbookBuffer(bytes, { maxCells: 30 }))).toBe("ok");
  });

  it("worksheetToGrid measures the used range from A1", () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("S");
    ws.getCell("J10").value = 1;
    expect(worksheetToGrid(ws, 99)).toEqual({ code: "too-large", detail: expect.any(String) });
    expect(worksheetToGrid(ws, 100)).toMatchObject({ sheet: "S" });
  });
});

/** Overwrite the middle of one entry's compressed bytes, keeping the zip structure intact. */
function damageEntry(zip: Buffer, name: string): Buffer {
  const directory = readCentralDirectory(zip);
  if (directory.status !== "ok") throw new Error("fixture is not a zip");
  const entry = directory.entries.find((e) => e.name === name)!;
  const raw = rawEntryData(zip, entry);
  const out = Buffer.from(zip);
  const start = raw.byteOffset - zip.byteOffset + Math.floor(raw.length / 3);
  out.fill(0xff, start, start + Math.max(8, Math.floor(raw.length / 3)));
  return out;
}

function rawDocx(): Buffer {
  return writeZip([
    { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
    { name: "word/document.xml", data: Buffer.from("<w:document/>") },
  ]);
}
