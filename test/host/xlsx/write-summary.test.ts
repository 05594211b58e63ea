import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../../src/core/check/check";
import { buildSummary, SUMMARY_MARKERS, type ConsolidatedSummary } from "../../../src/core/summary";
import { readWorkbookFile } from "../../../src/host/xlsx";
import { ownedSummarySheets, SummaryWriteError, writeSummaryWorkbook } from "../../../src/host/xlsx/write-summary";
import { sha256, useTempDir, zipPart } from "./fixtures";

const tempDir = useTempDir();
const EXAMPLE = "examples/seed004-korla-weighted.xlsx";

type Rows = readonly (readonly (string | number | null)[])[];

async function writeInput(name: string, sheets: Record<string, Rows>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const worksheet = workbook.addWorksheet(sheet);
    rows.forEach((row, r) => row.forEach((value, c) => (worksheet.getCell(r + 1, c + 1).value = value)));
  }
  const path = join(tempDir(), name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const targetTable = (name: string, total: number): Rows => [
  ["项目名称", name],
  ["单位：万元"],
  ["预算数", total, "其中：财政资金", total, "其他资金", 0],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "处理信访事项数量", "≥2000件次"],
  ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
];

/** Reads, leaves out the tool's own sheets (as the CLI does), checks and summarizes files. */
async function summarize(...files: string[]): Promise<ConsolidatedSummary> {
  const inputs = [];
  for (const file of files) {
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error(`${file}: ${read.error.code}`);
    const owned = new Set(Object.values(ownedSummarySheets(read.workbook)));
    const { parsed, report } = checkWorkbook({ sheets: read.grids.sheets.filter((s) => !owned.has(s.sheet)) });
    inputs.push({ file, parsed, diagnostics: report.diagnostics });
  }
  return buildSummary(inputs);
}

/** A loaded table's header row; exceljs keeps the loaded range as tableRef (A7:P14). */
function headerRowOf(worksheet: ExcelJS.Worksheet, index = 0): ExcelJS.Row {
  const table = (worksheet.getTables() as unknown as { table: { tableRef: string } }[])[index];
  if (!table) throw new Error(`no table ${index} on ${worksheet.name}`);
  return worksheet.getRow(Number(/\d+/u.exec(table.table.tableRef)![0]));
}

/** The XML of a worksheet part, found through the id exceljs gives the loaded sheet. */
function sheetXml(file: string, workbook: ExcelJS.Workbook, sheet: string): string {
  const xml = zipPart(readFileSync(file), `xl/worksheets/sheet${workbook.getWorksheet(sheet)!.id}.xml`);
  if (xml === undefined) throw new Error(`no part for ${sheet}`);
  return xml;
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe("summary sheets in a copy of the input", () => {
  it("adds 汇总-项目 and 汇总-分类 after the input's sheets, which stay as they were; the input file is untouched", async () => {
    const before = sha256(readFileSync(EXAMPLE));
    const out = join(tempDir(), "004-summary.xlsx");
    const written = await writeSummaryWorkbook(await summarize(EXAMPLE), out, { base: { path: EXAMPLE } });
    expect(written).toEqual({ projectSheet: "汇总-项目", categorySheet: "汇总-分类", regenerated: [] });
    expect(sha256(readFileSync(EXAMPLE))).toBe(before);

    const workbook = await load(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["绩效目标表", "汇总-项目", "汇总-分类"]);
    const projects = workbook.getWorksheet("汇总-项目")!;
    const tables = projects.getTables() as unknown as ExcelJS.Table[];
    expect(tables.map((t) => t.name)).toEqual(["汇总_项目"]);
    const headerRow = headerRowOf(projects);
    expect(headerRow.getCell(5).value).toBe("合计（万元）");
    const firstProject = projects.getRow(headerRow.number + 1);
    expect(firstProject.getCell(2).value).toBe("部门专项-信访局大楼运行经费");
    expect(firstProject.getCell(5).value).toBe(15);
    expect(firstProject.getCell(5).numFmt).toBe("0.00");
    // The link to the project's first cell is stored the way Excel stores in-workbook links: a location.
    expect(firstProject.getCell(16).value).toBe("绩效目标表!A1");
    expect(sheetXml(out, workbook, "汇总-项目")).toMatch(/<hyperlink ref="P\d+" location="'绩效目标表'!A1"\/>/u);
    const totals = projects.getRow(headerRow.number + 4);
    expect(totals.getCell(1).value).toBe("合计");
    expect(totals.getCell(5).value).toMatchObject({ formula: `SUBTOTAL(109,E${headerRow.number + 1}:E${headerRow.number + 3})`, result: 18 });
  });

  it("marks its sheets with hidden names and asks Excel to recalculate on open", async () => {
    const out = join(tempDir(), "004-marked.xlsx");
    await writeSummaryWorkbook(await summarize(EXAMPLE), out, { base: { path: EXAMPLE } });
    const workbookXml = zipPart(readFileSync(out), "xl/workbook.xml") ?? "";
    expect(workbookXml).toContain(`<definedName name="${SUMMARY_MARKERS.projects}" hidden="1">'汇总-项目'!$A$1</definedName>`);
    expect(workbookXml).toContain(`<definedName name="${SUMMARY_MARKERS.categories}" hidden="1">'汇总-分类'!$A$1</definedName>`);
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/u);
  });

  it("category totals are live formulas over the project table", async () => {
    const out = join(tempDir(), "004-formulas.xlsx");
    await writeSummaryWorkbook(await summarize(EXAMPLE), out, { base: { path: EXAMPLE } });
    const categories = (await load(out)).getWorksheet("汇总-分类")!;
    const formulas: string[] = [];
    categories.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.formula)));
    expect(formulas.some((f) => /^SUMIFS\('汇总-项目'!\$E\$\d+:\$E\$\d+,'汇总-项目'!\$C\$\d+:\$C\$\d+,\$A\d+\)$/u.test(f))).toBe(true);
    expect(formulas.some((f) => /^COUNTIFS\(/u.test(f))).toBe(true);
  });

  it("text that looks like a formula stays text", async () => {
    const names = ["=1+1", "+86-10", "-3", "@SUM(A1)", '=HYPERLINK("http://example.com","点我")'];
    const input = await writeInput(
      "formula-text.xlsx",
      Object.fromEntries(names.map((name, i) => [`项目${i + 1}`, targetTable(name, i + 1)])),
    );
    const summary = await summarize(input);
    expect(summary.projects.map((p) => p.name)).toEqual(names);
    const out = join(tempDir(), "formula-text-summary.xlsx");
    await writeSummaryWorkbook(summary, out, { base: { path: input } });
    const workbook = await load(out);
    const sheet = workbook.getWorksheet("汇总-项目")!;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => {
      const cell = row.getCell(2);
      if (names.includes(String(cell.value))) cells.push(cell);
    });
    expect(cells.map((c) => c.value)).toEqual(names);
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe("@");
    }
    // In the file itself: inline strings, no <f> element in the name column.
    const xml = sheetXml(out, workbook, "汇总-项目");
    expect(xml).toMatch(/<c r="B\d+"[^>]*t="inlineStr"/u);
    expect(xml).not.toMatch(/<c r="B\d+"[^>]*><f>/u);
  });

  it("never overwrites a user's sheet named 汇总-项目; the new one is 汇总-项目 (2)", async () => {
    const input = await writeInput("user-sheet.xlsx", { 目标: targetTable("信访工作经费", 5), "汇总-项目": [["我自己的汇总"], [1, 2, 3]] });
    const out = join(tempDir(), "user-sheet-summary.xlsx");
    const written = await writeSummaryWorkbook(await summarize(input), out, { base: { path: input } });
    expect(written.projectSheet).toBe("汇总-项目 (2)");
    const workbook = await load(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["目标", "汇总-项目", "汇总-项目 (2)", "汇总-分类"]);
    const mine = workbook.getWorksheet("汇总-项目")!;
    expect(mine.getCell("A1").value).toBe("我自己的汇总");
    expect(mine.getCell("C2").value).toBe(3);
    expect(mine.getTables()).toHaveLength(0);
    expect(ownedSummarySheets(workbook)).toEqual({ projects: "汇总-项目 (2)", categories: "汇总-分类" });
  });

  it("running twice regenerates its own sheets in place and does not count them as input", async () => {
    const input = await writeInput("twice.xlsx", { 目标: targetTable("信访工作经费", 5), 其他: [["备注"]] });
    const first = join(tempDir(), "twice-1.xlsx");
    await writeSummaryWorkbook(await summarize(input), first, { base: { path: input } });
    // The user moves on: a new sheet after the summary, and a figure of their own in the old one is gone next time.
    const edited = await load(first);
    edited.addWorksheet("后加的表").getCell("A1").value = "x";
    edited.getWorksheet("汇总-分类")!.getCell("Z1").value = "stale";
    const firstEdited = join(tempDir(), "twice-1-edited.xlsx");
    await edited.xlsx.writeFile(firstEdited);

    const summary = await summarize(firstEdited);
    expect(summary.projects).toHaveLength(1);
    const second = join(tempDir(), "twice-2.xlsx");
    const written = await writeSummaryWorkbook(summary, second, { base: { path: firstEdited } });
    expect(written.regenerated).toEqual(["projects", "categories"]);
    const workbook = await load(second);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["目标", "其他", "汇总-项目", "汇总-分类", "后加的表"]);
    expect(workbook.getWorksheet("汇总-分类")!.getCell("Z1").value).toBeNull();
    expect((workbook.getWorksheet("汇总-项目")!.getTables() as unknown as ExcelJS.Table[]).map((t) => t.name)).toEqual(["汇总_项目"]);
  });

  it("refuses to write over its input", async () => {
    const input = await writeInput("same.xlsx", { 目标: targetTable("信访工作经费", 5) });
    const before = sha256(readFileSync(input));
    await expect(writeSummaryWorkbook(await summarize(input), input, { base: { path: input } })).rejects.toMatchObject({ code: "same-file" });
    await expect(writeSummaryWorkbook(await summarize(input), input, { inputs: [input] })).rejects.toBeInstanceOf(SummaryWriteError);
    expect(sha256(readFileSync(input))).toBe(before);
  });
});

describe("a consolidated summary is a new workbook", () => {
  it("holds only the summary sheets, with a 文件 column and plain-text locations", async () => {
    const files = ["examples/seed000-tianjin-blocks.xlsx", EXAMPLE];
    const out = join(tempDir(), "consolidated.xlsx");
    await writeSummaryWorkbook(await summarize(...files), out, { inputs: files, projectSheet: "项目", categorySheet: "分类" });
    const workbook = await load(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["项目", "分类"]);
    const sheet = workbook.getWorksheet("项目")!;
    const headerRow = headerRowOf(sheet);
    expect(headerRow.getCell(1).value).toBe("文件");
    const first = sheet.getRow(headerRow.number + 1);
    expect(first.getCell(1).value).toBe("examples/seed000-tianjin-blocks.xlsx");
    expect(first.getCell(17).value).toBe("绩效目标表!A1");
  });
});
