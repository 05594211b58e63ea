import { existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { AnnotateError, writeAnnotatedCopy } from "../../../src/host/xlsx/annotate";
import { uniqueSheetName } from "../../../src/core/grid/sheet-name";
import { MARK_FILL, REPORT_MARKER, type AnnotationPlan, type PlannedMark, type PlannedReport, type PlannedReportRow } from "../../../src/core/annotations";
import type { Severity } from "../../../src/core/types";
import { sha256, useTempDir, xlsxBytes, zipPart, zipPartNames } from "./fixtures";

const tempDir = useTempDir();

const LABELS = { sheetName: "校验报告", headers: ["位置", "级别", "规则", "说明"] };

/** A mark as the plan gives it: the fill of its severity. */
function mark(sheet: string, cell: string, severity: Severity, note: string): PlannedMark {
  return { sheet, cell, severity, fill: MARK_FILL[severity], note };
}

/** A problem row linking to `sheet`!`cell`, tinted by its severity. */
function row(sheet: string, cell: string, severity: Severity, cells: readonly string[]): PlannedReportRow {
  return { style: "problem", cells, link: { sheet, cell }, fill: MARK_FILL[severity] };
}

/** A report of a header row and `rows`, the shape the plan gives without the title and reading rows. */
function report(rows: readonly PlannedReportRow[]): PlannedReport {
  const header: PlannedReportRow = { style: "header", cells: LABELS.headers, link: null, fill: null };
  return { name: LABELS.sheetName, marker: REPORT_MARKER, rows: [header, ...rows], headerRow: 0, problems: rows.length, width: LABELS.headers.length, widths: [20, 10, 10, 30] };
}

function plan(marks: readonly PlannedMark[], rows: readonly PlannedReportRow[]): AnnotationPlan {
  return { marks, report: report(rows) };
}
const TRICKY_TEXTS = ['=HYPERLINK("x")', "+1", "@x", "-1+2", "=1+1", "\t=SUM(A1)"];

/** An input with a space and an apostrophe in sheet names, a merge, shared styles and an existing report. */
async function writeInput(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const table = workbook.addWorksheet("项目 表");
  table.getCell("A1").value = "项目支出绩效目标表";
  table.mergeCells("A1:D1");
  for (const address of ["B2", "C2", "B3", "C3", "D4"]) {
    table.getCell(address).value = 100;
    table.getCell(address).font = { bold: true, color: { argb: "FF112233" } };
  }
  table.getCell("C3").note = "原有批注";
  const other = workbook.addWorksheet("Bob's");
  other.getCell("A1").value = "x";
  other.getCell("B1").value = { text: "政策依据", hyperlink: "https://example.org/policy" };
  const existing = workbook.addWorksheet("校验报告");
  existing.getCell("A1").value = "上次的报告";
  const path = join(tempDir(), name);
  writeFileSync(path, await xlsxBytes(workbook));
  return path;
}

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
}

function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (!note) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

const MARKS: PlannedMark[] = [
  mark("项目 表", "B2", "warning", "预算数与财政资金加其他资金不一致"),
  mark("项目 表", "B2", "error", "满意度低于 80%"),
  mark("项目 表", "B2", "error", "满意度低于 80%"),
  mark("项目 表", "C3", "warning", "指标值未量化"),
  mark("项目 表", "D4", "info", "与其他项目的指标雷同"),
  mark("项目 表", "C1", "error", "标题与项目名称不符"),
  mark("Bob's", "A1", "error", '=HYPERLINK("x")'),
];

const ROWS: PlannedReportRow[] = [
  row("项目 表", "B2", "error", ["项目 表!B2", "错误", "funds-must-add-up", "满意度低于 80%"]),
  row("Bob's", "$A$1", "warning", ["Bob's!A1", "警告", "value", TRICKY_TEXTS[0]!]),
  ...TRICKY_TEXTS.map((text, i) => row("项目 表", `D${i + 4}`, "info", [text, text, text, text])),
  row("项目 表", "A1:D1", "info", ["项目 表!A1:D1", "提示", "title", "合并区域"]),
  { style: "problem", cells: ["工作簿", "提示", "workbook", "没有位置的诊断"], link: null, fill: null },
];

describe("writeAnnotatedCopy", () => {
  let input = "";
  let output = "";
  let inputHash = "";
  let result: ExcelJS.Workbook;
  let outputBytes: Buffer;

  beforeAll(async () => {
    input = await writeInput("input.xlsx");
    output = join(tempDir(), "output.xlsx");
    inputHash = sha256(readFileSync(input));
    await writeAnnotatedCopy(input, output, plan(MARKS, ROWS));
    outputBytes = readFileSync(output);
    result = await readBack(output);
  });

  it("leaves the input file byte for byte unchanged", () => {
    expect(sha256(readFileSync(input))).toBe(inputHash);
  });

  it("fills marked cells by their most severe mark and keeps their font", () => {
    const table = result.getWorksheet("项目 表")!;
    expect(fillOf(table.getCell("B2"))).toBe("FFFFC7CE");
    expect(fillOf(table.getCell("C3"))).toBe("FFFFEB9C");
    expect(fillOf(table.getCell("D4"))).toBeUndefined();
    expect(table.getCell("B2").font).toMatchObject({ bold: true, color: { argb: "FF112233" } });
    expect(table.getCell("B2").value).toBe(100);
  });

  it("does not leak a fill into cells that shared the marked cell's style", () => {
    const table = result.getWorksheet("项目 表")!;
    expect(fillOf(table.getCell("C2"))).toBeUndefined();
    expect(fillOf(table.getCell("B3"))).toBeUndefined();
    expect(table.getCell("C2").font).toMatchObject({ bold: true });
  });

  it("moves a mark inside a merged area to its top-left cell", () => {
    const table = result.getWorksheet("项目 表")!;
    expect(fillOf(table.getCell("A1"))).toBe("FFFFC7CE");
    expect(noteOf(table.getCell("A1"))).toBe("标题与项目名称不符");
  });

  it("joins the notes of several marks on one cell, once each, after an existing note", () => {
    const table = result.getWorksheet("项目 表")!;
    expect(noteOf(table.getCell("B2"))).toBe("预算数与财政资金加其他资金不一致\n满意度低于 80%");
    expect(noteOf(table.getCell("C3"))).toBe("原有批注\n指标值未量化");
    expect(noteOf(table.getCell("D4"))).toBe("与其他项目的指标雷同");
    expect(noteOf(result.getWorksheet("Bob's")!.getCell("A1"))).toBe('=HYPERLINK("x")');
  });

  it("adds the report as the last sheet without touching an existing one of that name", () => {
    expect(result.worksheets.map((ws) => ws.name)).toEqual(["项目 表", "Bob's", "校验报告", "校验报告 (2)"]);
    const previous = result.getWorksheet("校验报告")!;
    expect(previous.getCell("A1").value).toBe("上次的报告");
    expect(previous.rowCount).toBe(1);
  });

  it("writes a header row and one row per report row, all as plain strings", () => {
    const report = result.getWorksheet("校验报告 (2)")!;
    const rows: unknown[][] = [];
    report.eachRow((row) => {
      const values: unknown[] = [];
      row.eachCell((cell) => values.push(cell.value));
      rows.push(values);
    });
    expect(rows).toEqual([
      LABELS.headers,
      ROWS[0]!.cells,
      ROWS[1]!.cells,
      ...TRICKY_TEXTS.map((t) => [t, t, t, t]),
      ROWS[ROWS.length - 2]!.cells,
      ROWS[ROWS.length - 1]!.cells,
    ]);
    report.eachRow((row) => row.eachCell((cell) => expect(cell.type).toBe(ExcelJS.ValueType.String)));
  });

  it("never writes a formula anywhere", () => {
    for (const name of zipPartNames(outputBytes).filter((n) => n.startsWith("xl/worksheets/sheet"))) {
      expect(zipPart(outputBytes, name)).not.toMatch(/<f[ >]/);
    }
  });

  it("links the first column to the diagnosed cell with an in-workbook location", () => {
    const sheetXml = zipPart(outputBytes, "xl/worksheets/sheet4.xml")!;
    const links = [...sheetXml.matchAll(/<hyperlink\b[^>]*\/>/g)].map((m) => m[0]);
    expect(links).toEqual([
      `<hyperlink ref="A2" location="'项目 表'!B2"/>`,
      `<hyperlink ref="A3" location="'Bob''s'!A1"/>`,
      ...TRICKY_TEXTS.map((_, i) => `<hyperlink ref="A${i + 4}" location="'项目 表'!D${i + 4}"/>`),
      `<hyperlink ref="A${TRICKY_TEXTS.length + 4}" location="'项目 表'!A1:D1"/>`,
    ]);
    const rels = zipPart(outputBytes, "xl/worksheets/_rels/sheet4.xml.rels") ?? "";
    expect(rels).not.toMatch(/hyperlink/);
  });

  it("leaves links to the web alone", () => {
    expect(zipPart(outputBytes, "xl/worksheets/sheet2.xml")).toMatch(/<hyperlink ref="B1" r:id="rId\d+"\/>/);
    expect(zipPart(outputBytes, "xl/worksheets/_rels/sheet2.xml.rels")).toMatch(/Target="https:\/\/example.org\/policy" TargetMode="External"/);
  });

  it("does not make the report the active sheet", () => {
    // No bookViews (or activeTab 0) means Excel opens on the first sheet.
    expect(zipPart(outputBytes, "xl/workbook.xml")).not.toMatch(/activeTab="[1-9]/);
    expect(zipPart(outputBytes, "xl/worksheets/sheet4.xml")).not.toMatch(/tabSelected="1"/);
  });
});

it("keeps whichever sheet the input had active", async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("一");
  workbook.addWorksheet("二");
  workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: "visible" }];
  const input = join(tempDir(), "active-second.xlsx");
  writeFileSync(input, await xlsxBytes(workbook));
  const output = join(tempDir(), "active-second-out.xlsx");
  await writeAnnotatedCopy(input, output, plan([], []));
  const bytes = readFileSync(output);
  expect(zipPart(bytes, "xl/workbook.xml")).toMatch(/activeTab="1"/);
  expect((await readBack(output)).worksheets.map((ws) => ws.name)).toEqual(["一", "二", "校验报告"]);
});

describe("writeAnnotatedCopy refuses", () => {
  it("to write over its input, however the path is spelled", async () => {
    const input = await writeInput("same.xlsx");
    const hash = sha256(readFileSync(input));
    const link = join(tempDir(), "link-to-same.xlsx");
    symlinkSync(input, link);
    for (const output of [input, join(tempDir(), ".", "sub", "..", "same.xlsx"), link]) {
      await expect(writeAnnotatedCopy(input, output, plan(MARKS, ROWS))).rejects.toMatchObject({ code: "same-file" });
    }
    expect(sha256(readFileSync(input))).toBe(hash);
  });

  it("marks on a sheet the workbook does not have, writing nothing", async () => {
    const input = await writeInput("unknown-sheet.xlsx");
    const output = join(tempDir(), "unknown-sheet-out.xlsx");
    const marks = plan([mark("不存在", "A1", "error", "x")], []);
    await expect(writeAnnotatedCopy(input, output, marks)).rejects.toBeInstanceOf(AnnotateError);
    await expect(writeAnnotatedCopy(input, output, marks)).rejects.toMatchObject({ code: "unknown-sheet" });
    expect(existsSync(output)).toBe(false);
  });

  it("a mark whose cell is not an address", async () => {
    const input = await writeInput("bad-address.xlsx");
    const marks = plan([mark("项目 表", "R1C1", "error", "x")], []);
    await expect(writeAnnotatedCopy(input, join(tempDir(), "bad-address-out.xlsx"), marks)).rejects.toMatchObject({ code: "bad-address" });
  });

  it("an input that is not a workbook, with the reader's error code", async () => {
    const input = join(tempDir(), "text.xlsx");
    writeFileSync(input, "not a workbook");
    await expect(writeAnnotatedCopy(input, join(tempDir(), "text-out.xlsx"), plan([], []))).rejects.toMatchObject({ code: "not-xlsx" });
    await expect(writeAnnotatedCopy(join(tempDir(), "missing.xlsx"), join(tempDir(), "missing-out.xlsx"), plan([], []))).rejects.toMatchObject({
      code: "not-found",
    });
  });
});

describe("uniqueSheetName", () => {
  it.each([
    [["Sheet1"], "校验报告", "校验报告"],
    [["校验报告"], "校验报告", "校验报告 (2)"],
    [["校验报告", "校验报告 (2)"], "校验报告", "校验报告 (3)"],
    [["REPORT"], "Report", "Report (2)"],
    [[], "a/b:c?d*e[f]g\\h", "a_b_c_d_e_f_g_h"],
    [[], "'quoted'", "quoted"],
    [[], "", "Report"],
    [["x".repeat(31)], "x".repeat(40), `${"x".repeat(27)} (2)`],
  ])("%j + %s → %s", (existing, wanted, expected) => {
    expect(uniqueSheetName(existing, wanted)).toBe(expected);
  });
});
