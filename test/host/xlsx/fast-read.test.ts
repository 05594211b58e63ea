/**
 * The fast reader (src/host/xlsx/fast-read.ts) must give exactly the grids the exceljs reader gives,
 * on every workbook we have: the examples, the readers' fixtures, a bench workbook, workbooks saved
 * by LibreOffice, and hand-written packages exceljs would never write itself. Where it knowingly
 * differs (documented in fast-read.ts) the expected grid is spelled out instead.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import type { CellRange } from "../../../src/core/grid/address";
import type { Grid, WorkbookGrids } from "../../../src/core/grid/grid";
import { runSummarize } from "../../../src/cli/summarize-command";
import { formatKind, serialToDate } from "../../../src/core/grid/number-format";
import { readGridsFast, resolveTarget } from "../../../src/host/xlsx/fast-read";
import type { ReadResultLean } from "../../../src/host/xlsx/fast-read";
import { readWorkbookBuffer, readWorkbookFile } from "../../../src/host/xlsx/read-workbook";
import { ownedSummarySheets, ownedSummarySheetsFromNames } from "../../../src/host/xlsx/write-summary";
import { readCentralDirectory, readEntry, writeZip } from "../../../src/host/xlsx/zip";
import { writeWorkbook } from "../../../bench/generate";
import {
  badInputCases,
  bigSheet,
  blankMergeAnchorWorkbook,
  chartSheetXlsx,
  leadingBlanksWorkbook,
  rawXlsx,
  sharedStringsAndFormulasXlsx,
  targetTableWorkbook,
  useTempDir,
  xlsxBytes,
} from "./fixtures";
import { sofficePath } from "../../programs";

const tempDir = useTempDir();
const EXAMPLES = join(__dirname, "..", "..", "..", "examples");
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SOFFICE_TIMEOUT_MS = 180_000;

function byPosition(a: CellRange, b: CellRange): number {
  return a.top - b.top || a.left - b.left || a.bottom - b.bottom || a.right - b.right;
}

/** Grids with each sheet's merges in one order, so that only their content is compared. */
function normalised(grids: WorkbookGrids): WorkbookGrids {
  return { sheets: grids.sheets.map((s): Grid => ({ sheet: s.sheet, cells: s.cells, merges: [...s.merges].sort(byPosition) })) };
}

function fastGrids(result: ReadResultLean): WorkbookGrids {
  if (!result.ok) throw new Error(`fast reader: ${result.error.code}: ${result.error.detail ?? ""}`);
  return result.grids;
}

/** Reads `bytes` with both readers, expects the same grids, and returns them. */
async function expectSameGrids(bytes: Buffer): Promise<WorkbookGrids> {
  const slow = await readWorkbookBuffer(bytes);
  if (!slow.ok) throw new Error(`exceljs reader: ${slow.error.code}: ${slow.error.detail ?? ""}`);
  const fast = readGridsFast(bytes);
  expect(normalised(fastGrids(fast))).toStrictEqual(normalised(slow.grids));
  // Through the host entry point the fast engine must not have needed its fallback.
  const viaHost = await readWorkbookBuffer(bytes, { engine: "fast" });
  expect(viaHost.ok && viaHost.engine).toBe("fast");
  return slow.grids;
}

function code(result: { ok: boolean; error?: { code: string } }): string {
  return result.ok ? "ok" : result.error!.code;
}

// ---------------------------------------------------------------------------------------------
// Workbooks

/** One of each kind of value, format and structure exceljs can write. */
function varietyWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('R&D <预算> "表"');
  const put = (address: string, value: ExcelJS.CellValue, numFmt?: string): void => {
    const cell = ws.getCell(address);
    cell.value = value;
    if (numFmt !== undefined) cell.numFmt = numFmt;
  };
  // Text: whitespace, line breaks, markup characters, astral characters, numbers stored as text.
  put("A1", "  leading and trailing  ");
  put("A2", "第一行\n第二行\r\n第三行");
  put("A3", `<&>"' &amp; literally`);
  put("A4", "emoji 😀 and 𠀀");
  put("A5", "00123");
  put("A6", "1,234.50");
  put("A7", "_x0041_ looks like an escape");
  put("A8", "tab\there");
  // Numbers.
  put("B1", 0);
  put("B2", -1.5);
  put("B3", 0.1 + 0.2);
  put("B4", 1e-10);
  put("B5", 123456789012);
  put("B6", 1e21);
  put("B7", 571.2, "#,##0.00");
  put("B8", 0.95, "0%");
  put("B9", 12, '0.00"天"');
  put("B10", -3, "#,##0.00_);[Red](#,##0.00)");
  put("B11", 45000, "@");
  // Booleans and formulas, with falsy cached results.
  put("C1", true);
  put("C2", false);
  put("C3", { formula: "1=2", result: false });
  put("C4", { formula: "0*1", result: 0 });
  put("C5", { formula: '""&""', result: "" });
  put("C6", { formula: "NOW()", result: undefined } as ExcelJS.CellFormulaValue);
  put("C7", { formula: "B7*2", result: 1142.4 });
  put("C8", { formula: '"合"&"计"', result: "合计" });
  // Shared formulas.
  // exceljs writes a shared formula's master from shareType and ref, which its typings leave out.
  const master: ExcelJS.CellFormulaValue & { shareType: "shared"; ref: string } = { formula: "B1*2", result: 0, shareType: "shared", ref: "C10:C12" };
  put("C10", master);
  put("C11", { sharedFormula: "C10", result: -3 });
  put("C12", { sharedFormula: "C10", result: 0.6000000000000001 });
  // Error values, as values and as cached results.
  ["#N/A", "#VALUE!", "#DIV/0!", "#REF!", "#NAME?", "#NUM!", "#NULL!"].forEach((error, i) => put(`D${i + 1}`, { error } as ExcelJS.CellErrorValue));
  put("D8", { formula: "1/0", result: { error: "#DIV/0!" } });
  // Dates in several formats, as Date values and as serial numbers.
  put("E1", new Date(Date.UTC(2024, 0, 31)));
  put("E2", new Date(Date.UTC(2023, 11, 31, 23, 59, 59)), "yyyy-mm-dd hh:mm:ss");
  put("E3", new Date(Date.UTC(1999, 1, 28)), 'yyyy"年"m"月"d"日"');
  put("E4", 45000, "m/d/yy");
  put("E5", 45000.75, "d-mmm-yy");
  put("E6", 0.5, "h:mm AM/PM");
  put("E7", 0.25, "[h]:mm:ss");
  put("E8", 45292, "[$-804]yyyy年m月d日;@");
  put("E9", 45292, "mmm-yy");
  put("E10", 45292, "[$-F800]dddd, mmmm dd, yyyy");
  put("E11", { formula: "DATE(2024,2,29)", result: 45351 }, "yyyy/m/d");
  put("E12", 61, "yyyy-mm-dd");
  // Rich text.
  put("F1", { richText: [{ text: "绩效", font: { bold: true } }, { text: "" }, { text: "目标", font: { italic: true } }] });
  put("F2", { richText: [{ text: " 空格 " }] });
  // Hyperlinks: external, internal, rich text.
  put("G1", { text: "政策依据", hyperlink: "https://example.org/policy" });
  put("G2", { text: "跳转", hyperlink: "#'Sheet 2'!A1" });
  put("G3", { text: { richText: [{ text: "富" }, { text: "文本" }] }, hyperlink: "https://example.org/rich" } as unknown as ExcelJS.CellHyperlinkValue);
  // Merges: a block, a row and a column, over cells that held values.
  put("H1", "block");
  put("I1", "hidden by the merge");
  ws.mergeCells("H1:I3");
  put("H5", "row");
  ws.mergeCells("H5:L5");
  ws.mergeCells("M1:M9");
  // Far cells: a wide column and a low row.
  put("AB2", "far right");
  put("A40", "far down");

  const second = workbook.addWorksheet("Sheet 2");
  second.getCell("A1").value = "visible";
  const hidden = workbook.addWorksheet("隐藏");
  hidden.state = "hidden";
  hidden.getCell("B2").value = 2;
  const veryHidden = workbook.addWorksheet("很隐藏");
  veryHidden.state = "veryHidden";
  veryHidden.getCell("C3").value = 3;
  const styledOnly = workbook.addWorksheet("只有格式");
  styledOnly.getCell("D4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
  styledOnly.getCell("D4").numFmt = "yyyy-mm-dd";
  return workbook;
}

function date1904Workbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = true;
  const ws = workbook.addWorksheet("1904");
  ws.getCell("A1").value = new Date(Date.UTC(2024, 5, 30));
  ws.getCell("A2").value = 0;
  ws.getCell("A2").numFmt = "yyyy-mm-dd";
  ws.getCell("A3").value = 45000;
  ws.getCell("A3").numFmt = "yyyy-mm-dd";
  return workbook;
}

const STYLES =
  `<numFmts count="6"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="165" formatCode="0.00&quot;天&quot;"/>` +
  `<numFmt numFmtId="166" formatCode="[h]:mm"/><numFmt numFmtId="167" formatCode="[Red]0.00"/><numFmt numFmtId="168" formatCode="#,##0.00_);[Red]\\(#,##0.00\\)"/>` +
  `<numFmt numFmtId="14" formatCode="0.000"/></numFmts>` +
  `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
  `<cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="22"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="168"/><xf numFmtId="14"/><xf numFmtId="45"/></cellXfs>` +
  `<dxfs count="1"><dxf><numFmt numFmtId="169" formatCode="yyyy"/></dxf></dxfs>`;

/** What exceljs cannot write but reads: styles by hand, phonetic runs, inline rich text, odd cells, hyperlinked numbers. */
function handWrittenXlsx(): Buffer {
  const shared =
    `<si><t xml:space="preserve">  两端空格  </t></si>` +
    `<si><r><t>东</t></r><r><rPr><b/></rPr><t>京</t></r><rPh sb="0" eb="2"><t>とうきょう</t></rPh><phoneticPr fontId="1"/></si>` +
    `<si><t>第一行_x000D_\n第二行</t></si>` +
    `<si><t/></si>` +
    `<si><t>&#x4E2D;&#25991; &amp; &lt;tag&gt;</t></si>` +
    `<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>` +
    `<si><r><t>链接</t></r><r><t>富文本</t></r></si>`;
  const sheet =
    `<dimension ref="A1:J9"/><sheetData>` +
    `<row r="1" spans="1:10"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="1"/><c r="D1"/><c r="E1" t="s"><v>2</v></c><c r="F1" t="s"><v>3</v></c><c r="G1" t="s"><v>4</v></c><c r="H1" t="s"><v>5</v></c></row>` +
    `<!-- a comment between rows -->` +
    `<row r="2"><c r="A2" t="inlineStr"><is><t>内联</t></is></c><c r="B2" t="inlineStr"><is><r><t>内</t></r><r><rPr><i/></rPr><t>联</t></r></is></c>` +
    `<c r="C2" t="inlineStr"><is><t xml:space="preserve"> a &amp; b </t></is></c><c r="D2" t="n"><v>42</v></c><c r="E2" t="inlineStr"><is><r><t></t></r></is></c></row>` +
    `<row r="4"><c r="A4" s="1"><v>45000.5</v></c><c r="B4" s="2"><v>45000</v></c><c r="C4" s="3"><v>45000</v></c><c r="D4" s="4"><v>0.5</v></c>` +
    `<c r="E4" s="5"><v>45000</v></c><c r="F4" s="6"><v>45000</v></c><c r="G4" s="7"><v>45000</v></c><c r="H4" s="8"><v>0.01</v></c><c r="I4" s="0"><v>7</v></c><c r="J4" s="99"><v>8</v></c></row>` +
    `<row r="5"><c r="A5"><f t="shared" ref="A5:A7" si="0">B5*2</f><v>4</v></c><c r="B5"><v>2</v></c><c r="C5"><f t="array" ref="C5">SUM(B5:B7)</f><v>9</v></c>` +
    `<c r="D5" t="str"><f>D6</f><v></v></c><c r="E5" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F5" t="b"><f>FALSE()</f><v>0</v></c><c r="G5"><f>RAND()</f></c><c r="H5" s="1"><f>NOW()</f><v>45292.25</v></c></row>` +
    `<row r="6"><c r="A6"><f t="shared" si="0"/><v>6</v></c><c r="B6"><v>3</v></c></row>` +
    `<row r="7"><c r="A7"><f t="shared" si="0"/><v>8</v></c><c r="B7"><v>4</v></c></row>` +
    `<row r="8"><c r="A8"><v>12.5</v></c><c r="B8" t="b"><v>1</v></c><c r="C8"><f>A8*2</f><v>25</v></c><c r="D8" t="s"><v>6</v></c><c r="E8"><v>99</v></c><c r="F8" t="str"><v>文本</v></c></row>` +
    `<row r="9"><c r="A9" t="s"><v>0</v></c><c r="B9"><v>1</v></c><c r="C9"><v>2</v></c><c r="D9"><v>3</v></c></row>` +
    `<row r="10"/>` +
    `</sheetData>` +
    `<mergeCells count="4"><mergeCell ref="B9:D9"/><mergeCell ref="J1"/><mergeCell ref="I6:J7"/><mergeCell ref="A20:C21"/></mergeCells>` +
    `<hyperlinks><hyperlink ref="A8" r:id="rId1"/><hyperlink ref="B8" r:id="rId1"/><hyperlink ref="C8" r:id="rId2"/><hyperlink ref="D8" r:id="rId1"/>` +
    `<hyperlink ref="E8" location="'隐藏'!A1" display="内部"/><hyperlink ref="F8" r:id="rId1"/></hyperlinks>`;
  const rels =
    `<Relationship Id="rId1" Type="${REL_NS}/hyperlink" Target="https://example.org/a?x=1&amp;y=2" TargetMode="External"/>` +
    `<Relationship Id="rId2" Type="${REL_NS}/hyperlink" Target="https://example.org/b" TargetMode="External"/>`;
  return rawXlsx(
    [
      { name: "手写 &amp; 表", body: sheet },
      { name: "隐藏", body: `<sheetData><row r="3"><c r="C3"><v>3</v></c></row></sheetData>`, state: "hidden" },
      { name: "图", body: "", chart: true },
      { name: "很隐藏", body: `<sheetData/>`, state: "veryHidden" },
    ],
    { sharedStrings: shared, styles: STYLES, worksheetRels: { 1: rels } },
  );
}

/** A cell inside <sheetData> of a one-sheet hand-written package, styled with STYLES. */
function oneSheet(rows: string, options: { workbookPr?: string; sharedStrings?: string } = {}): Buffer {
  return rawXlsx([{ name: "S", body: `<sheetData>${rows}</sheetData>` }], { styles: STYLES, ...options });
}

// ---------------------------------------------------------------------------------------------

describe("fast reader: the same grids as exceljs", () => {
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx")).sort();

  it.each(examples)("examples/%s", async (file) => {
    const grids = await expectSameGrids(readFileSync(join(EXAMPLES, file)));
    expect(grids.sheets.length).toBeGreaterThan(0);
  });

  it("the target-table fixture (merges, rich text, formulas with 0 and error results, a hyperlink, a date)", async () => {
    await expectSameGrids(await xlsxBytes(await targetTableWorkbook()));
  });

  it("shared strings with runs, inline strings, hyperlinked rich text, falsy cached results", async () => {
    await expectSameGrids(sharedStringsAndFormulasXlsx());
  });

  it("chart sheets are left out, sheet order kept", async () => {
    const grids = await expectSameGrids(chartSheetXlsx());
    expect(grids.sheets.map((s) => s.sheet)).toEqual(["甲", "乙"]);
  });

  it("leading blank rows and columns, a merge with a blank anchor, empty workbooks", async () => {
    await expectSameGrids(await xlsxBytes(leadingBlanksWorkbook()));
    await expectSameGrids(await xlsxBytes(blankMergeAnchorWorkbook()));
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Sheet1");
    expect((await expectSameGrids(await xlsxBytes(empty))).sheets).toEqual([{ sheet: "Sheet1", cells: [], merges: [] }]);
    expect((await expectSameGrids(await xlsxBytes(new ExcelJS.Workbook()))).sheets).toEqual([]);
  });

  it("every kind of value exceljs writes: text, numbers, booleans, formulas, shared formulas, errors, dates in many formats, rich text, hyperlinks, merges, hidden sheets", async () => {
    const grids = await expectSameGrids(await xlsxBytes(varietyWorkbook()));
    expect(grids.sheets.map((s) => s.sheet)).toEqual(['R&D <预算> "表"', "Sheet 2", "隐藏", "很隐藏", "只有格式"]);
    // Spot checks that the comparison is about something.
    const first = grids.sheets[0]!;
    expect(first.cells[2]![2]).toBe(false);
    expect(first.cells[3]![2]).toBe(0);
    expect(first.cells[0]![4]).toBe("2024-01-31");
    expect(first.cells[0]![7]).toBe("block");
    expect(first.cells[0]).toHaveLength(8);
    expect(first.merges).toContainEqual({ top: 0, left: 12, bottom: 8, right: 12 });
    expect(grids.sheets[4]!.cells).toEqual([]);
  });

  it("a 1904-date workbook", async () => {
    const grids = await expectSameGrids(await xlsxBytes(date1904Workbook()));
    expect(grids.sheets[0]!.cells.map((r) => r[0])).toEqual(["2024-06-30", "1904-01-01", "2027-03-16"]);
  });

  it("hand-written parts: built-in and custom number formats, phonetic runs, _x000D_, entities, inline rich text, styled empty cells, shared and array formulas, hyperlinked numbers and booleans, merges over values", async () => {
    const grids = await expectSameGrids(handWrittenXlsx());
    const sheet = grids.sheets[0]!;
    expect(grids.sheets.map((s) => s.sheet)).toEqual(["手写 & 表", "隐藏", "很隐藏"]);
    expect(sheet.cells[0]).toEqual(["  两端空格  ", "东京", null, null, "第一行\r\n第二行", "", "中文 & <tag>", "漢字"]);
    // [h]:mm is elapsed time (a number), mm:ss a clock time.
    expect(sheet.cells[3]).toEqual(["2023-03-15", "2023-03-15", 45000, 0.5, 45000, 45000, 45000, "00:14:24", 7, 8]);
    expect(sheet.cells[7]).toEqual(["12.5", "true", "25", "链接富文本", 99, "文本"]);
    expect(sheet.cells[8]).toEqual(["  两端空格  ", 1]);
    expect(sheet.merges).toEqual([
      { top: 5, left: 8, bottom: 6, right: 9 },
      { top: 8, left: 1, bottom: 8, right: 3 },
      { top: 19, left: 0, bottom: 20, right: 2 },
    ]);
  });

  it("a bench workbook (bench/generate.ts, 200 projects)", async () => {
    const file = join(tempDir(), "bench-200.xlsx");
    await writeWorkbook(200, file);
    const grids = await expectSameGrids(readFileSync(file));
    expect(grids.sheets.length).toBeGreaterThan(1);
  }, 60_000);
});

function sofficeAvailable(): boolean {
  const soffice = sofficePath();
  return soffice !== null && spawnSync(soffice, ["--version"], { encoding: "utf8", timeout: 60_000 }).status === 0;
}

const withSoffice = sofficeAvailable() ? describe : describe.skip;

withSoffice("fast reader: the same grids as exceljs on workbooks LibreOffice wrote", () => {
  const converted: string[] = [];

  beforeAll(() => {
    const inputs = join(tempDir(), "lo-in");
    const outputs = join(tempDir(), "lo-out");
    mkdirSync(inputs, { recursive: true });
    mkdirSync(outputs, { recursive: true });
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx")).sort().map((f) => join(EXAMPLES, f));
    const variety = join(inputs, "variety.xlsx");
    const handWritten = join(inputs, "hand-written.xlsx");
    return xlsxBytes(varietyWorkbook()).then((bytes) => {
      writeFileSync(variety, bytes);
      writeFileSync(handWritten, handWrittenXlsx());
      const profile = pathToFileURL(join(tempDir(), `lo-fast-${process.pid}`)).href;
      const run = spawnSync(sofficePath() ?? "soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outputs, ...files, variety, handWritten], {
        encoding: "utf8",
        timeout: SOFFICE_TIMEOUT_MS,
      });
      if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
      for (const f of [...files, variety, handWritten]) {
        const out = join(outputs, basename(f));
        if (!existsSync(out)) throw new Error(`soffice wrote no ${out}: ${run.stdout} ${run.stderr}`);
        converted.push(out);
      }
    });
  }, SOFFICE_TIMEOUT_MS + 30_000);

  it("every example, the variety workbook and the hand-written package, saved again by LibreOffice", async () => {
    expect(converted.length).toBeGreaterThanOrEqual(7);
    for (const file of converted) {
      const bytes = readFileSync(file);
      try {
        await expectSameGrids(bytes);
      } catch (err) {
        throw new Error(`${basename(file)}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    // LibreOffice writes its own styles and strings: the qingdao example must still read the same as the original.
    const original = await readWorkbookFile(join(EXAMPLES, "seed002-qingdao-plan.xlsx"), { engine: "fast" });
    const resaved = readGridsFast(readFileSync(converted.find((f) => f.endsWith("seed002-qingdao-plan.xlsx"))!));
    expect(original.ok && normalised(original.grids)).toStrictEqual(normalised(fastGrids(resaved)));
  });
});

describe("fast reader: bad inputs", () => {
  const cases = badInputCases();

  it.each(cases)("%s", async (_label, bytes, expected) => {
    expect(code(readGridsFast(await bytes()))).toBe(expected);
    // With the fast engine the host entry point gives the same code, after trying exceljs where the fast reader gave up.
    expect(code(await readWorkbookBuffer(await bytes(), { engine: "fast" }))).toBe(expected);
  });

  it("the file-level errors (not found, a directory) are the same with either engine", async () => {
    const missing = join(tempDir(), "no-such-file.xlsx");
    expect(await readWorkbookFile(missing, { engine: "fast" })).toEqual({ ok: false, error: { code: "not-found", detail: missing } });
    const dir = join(tempDir(), "folder.xlsx");
    mkdirSync(dir);
    expect(code(await readWorkbookFile(dir, { engine: "fast" }))).toBe("not-a-file");
  });

  it("refuses a sheet whose declared or actual used range exceeds maxCells, as exceljs does", async () => {
    for (const maxCells of [19, 20]) {
      const bytes = await bigSheet(5, 4);
      expect(code(readGridsFast(bytes, { maxCells }))).toBe(code(await readWorkbookBuffer(bytes, { maxCells })));
    }
    const cells = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    const undeclared = rawXlsx([{ name: "S", body: `<sheetData>${cells}</sheetData>` }]);
    expect(code(readGridsFast(undeclared, { maxCells: 29 }))).toBe("too-large");
    expect(code(readGridsFast(undeclared, { maxCells: 30 }))).toBe("ok");
    expect(code(await readWorkbookBuffer(undeclared, { maxCells: 29 }))).toBe("too-large");
    // A merged area counts towards the used range for both readers.
    const merged = rawXlsx([{ name: "S", body: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:J10"/></mergeCells>` }]);
    for (const maxCells of [99, 100]) expect(code(readGridsFast(merged, { maxCells }))).toBe(code(await readWorkbookBuffer(merged, { maxCells })));
  });

  it("refuses a huge merged area without building anything (exceljs would create every cell of it)", () => {
    const bytes = rawXlsx([{ name: "S", body: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>` }]);
    const started = Date.now();
    expect(readGridsFast(bytes)).toEqual({ ok: false, error: { code: "too-large", detail: expect.stringContaining("limit") } });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("refuses a sheet of too many actual cells while scanning, before building its rows", () => {
    const cells = Array.from({ length: 200 }, (_, i) => `<row r="${i + 1}">${Array.from({ length: 50 }, (_, j) => `<c><v>${j}</v></c>`).join("")}</row>`).join("");
    const bytes = rawXlsx([{ name: "S", body: `<sheetData>${cells}</sheetData>` }]);
    expect(code(readGridsFast(bytes, { maxCells: 9_999 }))).toBe("too-large");
    expect(code(readGridsFast(bytes, { maxCells: 10_000 }))).toBe("ok");
  });
});

describe("fast reader: XML it must not trust", () => {
  const cell = (inner: string): Buffer => rawXlsx([{ name: "S", body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${inner}</t></is></c></row></sheetData>` }]);

  it.each([
    ["an unknown entity", cell("&nbsp;")],
    ["an entity named after an object property", cell("&constructor;")],
    ["a bare ampersand", cell("R&D")],
    ["a character reference to NUL", cell("&#0;")],
    ["mismatched tags", rawXlsx([{ name: "S", body: `<sheetData><row r="1"></sheetData></row>` }])],
    ["a DOCTYPE", rawXlsx([{ name: "S", body: `<!DOCTYPE x [<!ENTITY e "boom">]><sheetData/>` }])],
  ])("%s is unreadable to the fast reader", (_label, bytes) => {
    expect(code(readGridsFast(bytes))).toBe("unreadable");
  });
});

describe("fast reader: odd files go to exceljs", () => {
  const odd: [string, Buffer][] = [
    ["rows out of order", rawXlsx([{ name: "S", body: `<sheetData><row r="3"><c r="A3"><v>3</v></c></row><row r="2"><c r="A2"><v>2</v></c></row></sheetData>` }])],
    ["a cell given twice", rawXlsx([{ name: "S", body: `<sheetData><row r="1"><c r="B1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>` }])],
    ["a shared string index without a shared-string table", rawXlsx([{ name: "S", body: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>` }])],
  ];

  it.each(odd)("%s: unreadable to the fast reader, read by exceljs through the fast engine", async (_label, bytes) => {
    expect(code(readGridsFast(bytes))).toBe("unreadable");
    const viaHost = await readWorkbookBuffer(bytes, { engine: "fast" });
    const slow = await readWorkbookBuffer(bytes);
    expect(viaHost.ok && viaHost.engine).toBe("exceljs");
    expect(viaHost.ok && viaHost.grids).toStrictEqual(slow.ok && slow.grids);
  });
});

describe("fast reader: where it reads more faithfully than exceljs", () => {
  function cells(bytes: Buffer): WorkbookGrids["sheets"][number]["cells"] {
    return fastGrids(readGridsFast(bytes)).sheets[0]!.cells;
  }

  it("t=\"d\" cells (ISO 8601) give their date", () => {
    expect(cells(oneSheet(`<row r="1"><c r="A1" t="d"><v>2024-02-29T00:00:00Z</v></c><c r="B1" t="d" s="1"><v>2023-12-31</v></c></row>`))).toEqual([["2024-02-29", "2023-12-31"]]);
  });

  it("serial dates before 1900-03-01 follow Excel's calendar, 29 February 1900 included", () => {
    const row = [1, 59, 60, 61, 45000].map((n, i) => `<c r="${String.fromCharCode(65 + i)}1" s="1"><v>${n}</v></c>`).join("");
    expect(cells(oneSheet(`<row r="1">${row}</row>`))).toEqual([["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "2023-03-15"]]);
    expect(serialToDate(0.5, false)).toBe("1899-12-30");
    expect(serialToDate(Number.NaN, false)).toBeNull();
  });

  it('date1904="true" as well as "1"', () => {
    const row = `<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>1462</v></c></row>`;
    expect(cells(oneSheet(row, { workbookPr: 'date1904="true"' }))).toEqual([["1904-01-02", "1908-01-02"]]);
    expect(cells(oneSheet(row, { workbookPr: 'date1904="false"' }))).toEqual([["1900-01-01", "1904-01-01"]]);
  });

  it("a text, boolean or error result in a date-formatted formula cell stays what it is", () => {
    const row = `<row r="1"><c r="A1" s="1" t="str"><f>TEXT(1,"0")</f><v>已完成</v></c><c r="B1" s="1" t="b"><f>TRUE()</f><v>1</v></c><c r="C1" s="1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`;
    expect(cells(oneSheet(row))).toEqual([["已完成", true, "#DIV/0!"]]);
  });

  it("rows and cells without r= follow the previous one", () => {
    expect(cells(oneSheet(`<row><c><v>1</v></c><c r="C1"><v>3</v></c><c><v>4</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row><row r="5"><c r="B5"><v>5</v></c></row>`))).toEqual([
      [1, null, 3, 4],
      ["x"],
      [],
      [],
      [null, 5],
    ]);
  });

  it("namespace prefixes, CDATA, _xHHHH_ escapes in inline strings, a byte-order mark", () => {
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const body =
      `<x:sheetData xmlns:x="${main}"><x:row x:r="1"><x:c r="A1" t="inlineStr"><x:is><x:t><![CDATA[<b>&]]></x:t></x:is></x:c>` +
      `<x:c r="B1" t="inlineStr"><x:is><x:t>a_x000D_b</x:t></x:is></x:c><x:c r="C1"><x:v>2</x:v></x:c></x:row></x:sheetData>` +
      `<x:mergeCells xmlns:x="${main}"><x:mergeCell ref="D1:E1"/></x:mergeCells>`;
    const bytes = rawXlsx([{ name: "S", body }]);
    expect(fastGrids(readGridsFast(bytes)).sheets[0]).toEqual({ sheet: "S", cells: [["<b>&", "a\rb", 2]], merges: [{ top: 0, left: 3, bottom: 0, right: 4 }] });
  });

  it("recognises date formats case-insensitively, ignoring quoted text, [..] sections, escapes and padding", () => {
    expect(["yyyy-mm-dd", "YYYY/MM/DD", "DD", "mmm-yy", 'yyyy"年"m"月"', "[$-804]yyyy年m月d日;@", "yyyy\\-mm\\-dd", "[$-x-sysdate]dddd, mmmm dd, yyyy"].filter((f) => formatKind(f) !== "date")).toEqual([]);
    expect(["h:mm", "[h]:mm:ss", "[h]", "mm:ss", "h:mm AM/PM", '上午/下午h"时"mm"分"'].filter((f) => formatKind(f) !== "time")).toEqual([]);
    expect(["0.00", "#,##0.00_);[Red](#,##0.00)", '0.00"天"', "[Red]0.00", '#,##0"d"', "0\\d", "_m0.00", "*s0", "0.00E+00"].filter((f) => formatKind(f) !== "number")).toEqual([]);
    expect([formatKind("General"), formatKind("@"), formatKind("0%"), formatKind('"≥"0.0%')]).toEqual(["general", "text", "percent", "percent"]);
  });

  it("resolves relationship targets relative to the workbook or from the package root", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet2.xml")).toBe("xl/worksheets/sheet2.xml");
    expect(resolveTarget("xl/workbook.xml", "./worksheets/../worksheets/s.xml")).toBe("xl/worksheets/s.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/d.xml")).toBe("xl/drawings/d.xml");
  });

  it("reads worksheet parts wherever the relationships put them", () => {
    const bytes = rawXlsx([{ name: "S", body: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` }]);
    // Rename the part and point the relationship at it with an absolute target.
    const patched = rewritePackage(bytes, (name, text) => {
      if (name === "xl/worksheets/sheet1.xml") return { name: "xl/worksheets/数据.xml", text };
      if (name === "xl/_rels/workbook.xml.rels") return { name, text: text.replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/数据.xml"') };
      return { name, text };
    });
    expect(fastGrids(readGridsFast(patched)).sheets).toEqual([{ sheet: "S", cells: [[1]], merges: [] }]);
  });
});

describe("summary sheets found without exceljs", () => {
  it("ownedSummarySheetsFromNames agrees with ownedSummarySheets on a workbook `jixiao summarize --out` wrote", async () => {
    const out = join(tempDir(), "with-summary.xlsx");
    const sink = { stdout: (): void => undefined, stderr: (): void => undefined };
    const status = await runSummarize({ files: [join(EXAMPLES, "seed000-tianjin-blocks.xlsx")], out, format: "json", config: {}, locale: "zh-CN" }, sink);
    expect(status).toBe(0);
    const slow = await readWorkbookFile(out);
    const fast = await readWorkbookFile(out, { engine: "fast" });
    if (!slow.ok || !fast.ok || fast.engine !== "fast") throw new Error("cannot read the summary workbook");
    const expected = ownedSummarySheets(slow.workbook);
    expect(Object.keys(expected).sort()).toEqual(["categories", "projects"]);
    expect(ownedSummarySheetsFromNames(fast.definedNames, fast.grids.sheets.map((s) => s.sheet))).toEqual(expected);
    expect(normalised(fast.grids)).toStrictEqual(normalised(slow.grids));
  });

  it("reads defined names: quoted sheets, several references, local names, the last definition winning", () => {
    const names =
      `<definedName name="_jixiao_summary_projects">'汇总, 项目'!$A$1,Other!$B$2</definedName>` +
      `<definedName name="_jixiao_summary_categories" localSheetId="0">Gone!$A$1</definedName>` +
      `<definedName name="_jixiao_summary_categories">'It''s'!$A$1</definedName>` +
      `<definedName name="other">1+1</definedName>`;
    const sheet = (name: string): { name: string; body: string } => ({ name, body: "<sheetData/>" });
    const result = readGridsFast(rawXlsx([sheet("汇总, 项目"), sheet("It&apos;s")], { definedNames: names }));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.definedNames).toEqual([
      { name: "_jixiao_summary_projects", formula: "'汇总, 项目'!$A$1,Other!$B$2" },
      { name: "_jixiao_summary_categories", localSheetId: 0, formula: "Gone!$A$1" },
      { name: "_jixiao_summary_categories", formula: "'It''s'!$A$1" },
      { name: "other", formula: "1+1" },
    ]);
    expect(ownedSummarySheetsFromNames(result.definedNames, ["汇总, 项目", "It's"])).toEqual({ projects: "汇总, 项目", categories: "It's" });
    expect(ownedSummarySheetsFromNames(result.definedNames, ["It's"])).toEqual({ categories: "It's" });
  });
});

/** Copies a package, renaming or rewriting its text parts. */
function rewritePackage(bytes: Buffer, edit: (name: string, text: string) => { name: string; text: string }): Buffer {
  const directory = readCentralDirectory(bytes);
  if (directory.status !== "ok") throw new Error("not a zip");
  return writeZip(
    directory.entries.map((entry) => {
      const { name, text } = edit(entry.name, readEntry(bytes, entry).toString("utf8"));
      return { name, data: Buffer.from(text, "utf8") };
    }),
  );
}
