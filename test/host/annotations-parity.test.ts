/**
 * One plan, two hosts (issue 16 item 3, issue 14's last "done means"): the same workbook annotated by
 * the CLI's package writer and by the add-in (over the fake Excel) shows the same marked cells with
 * the same colours, the same notes and the same report rows, links and tints — and both leave a
 * protected and a hidden sheet unmarked. Re-annotating gives the same again in both.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { planAnnotations, type AnnotationPlan } from "../../src/core/annotations";
import { checkWorkbook } from "../../src/core/check/check";
import { a1 } from "../../src/core/grid/address";
import type { WorkbookGrids } from "../../src/core/grid/grid";
import type { Locale } from "../../src/core/messages/render";
import { createExcelHost } from "../../src/host/excel/excel-host";
import { annotatePackageWithResult } from "../../src/host/xlsx/annotate";
import { readGridsFast } from "../../src/host/xlsx/fast-read";
import { XlsxPackage } from "../../src/host/xlsx/package/opc";
import { FakeExcel, FakeWorkbook } from "./excel/fake-excel";

const EXAMPLES = join(__dirname, "../../examples");

/** What a user sees of an annotation: sheet!cell → colour, sheet!cell → note, and the report sheet's rows. */
interface Seen {
  readonly sheets: readonly string[];
  readonly fills: Record<string, string>;
  readonly notes: Record<string, string>;
  /** Each row's texts without trailing blanks, then the first cell's link and tint. */
  readonly report: readonly (readonly [readonly string[], string | null, string | null])[];
}

const MARK_COLORS = new Set(["#FFC7CE", "#FFEB9C"]);

function gridsOf(bytes: Buffer): WorkbookGrids {
  const read = readGridsFast(bytes);
  if (!read.ok) throw new Error(read.error.code);
  return read.grids;
}

function trimmed(cells: readonly unknown[]): string[] {
  const texts = Array.from(cells, (c) => (c === null || c === undefined ? "" : String(c)));
  while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
  return texts;
}

// ---- the CLI: the package writer, read back with exceljs and the package's own XML

async function seenInXlsx(bytes: Buffer, reportSheet: string): Promise<Seen> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const fills: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const worksheet of workbook.worksheets) {
    if (worksheet.name === reportSheet) continue;
    worksheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        const color = fill?.type === "pattern" && fill.pattern === "solid" ? `#${(fill.fgColor?.argb ?? "").slice(2)}` : "";
        if (MARK_COLORS.has(color)) fills[`${worksheet.name}!${cell.address}`] = color;
        const note = cell.note as string | ExcelJS.Comment | undefined;
        if (note) notes[`${worksheet.name}!${cell.address}`] = typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
      }),
    );
  }
  const pkg = new XlsxPackage(bytes);
  const xml = pkg.text(pkg.sheets().find((s) => s.name === reportSheet)!.part!)!;
  const links = new Map([...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]*)"\/>/g)].map((m) => [m[1]!, m[2]!.replace(/&apos;/g, "'").replace(/&amp;/g, "&")]));
  const report = workbook.getWorksheet(reportSheet)!;
  const rows: [string[], string | null, string | null][] = [];
  for (let r = 1; r <= report.rowCount; r++) {
    const row = report.getRow(r);
    const first = row.getCell(1);
    const fill = first.fill as ExcelJS.FillPattern | undefined;
    const tint = fill?.type === "pattern" && fill.pattern === "solid" ? `#${(fill.fgColor?.argb ?? "").slice(2)}` : null;
    rows.push([trimmed((row.values as unknown[]).slice(1)), links.get(`A${r}`) ?? null, tint]);
  }
  return { sheets: workbook.worksheets.map((w) => w.name), fills, notes, report: rows };
}

// ---- the add-in: the Excel host over the fake, read back from the fake's cells

function seenInFake(workbook: FakeWorkbook, reportSheet: string): Seen {
  const fills: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const sheet of workbook.sheets) {
    if (sheet.name === reportSheet) continue;
    for (const [key, cell] of sheet.cells) {
      const { color, pattern } = cell.format.fill;
      if (pattern === "Solid" && MARK_COLORS.has(color.toUpperCase())) fills[`${sheet.name}!${a1(Math.floor(key / 16384), key % 16384)}`] = color.toUpperCase();
    }
    for (const [key, note] of sheet.notes) notes[`${sheet.name}!${a1(Math.floor(key / 16384), key % 16384)}`] = note.content;
  }
  const report = workbook.sheet(reportSheet);
  const bottom = Math.max(...[...report.cells.keys()].map((key) => Math.floor(key / 16384)));
  const rows: [string[], string | null, string | null][] = [];
  for (let r = 0; r <= bottom; r++) {
    const values = Array.from({ length: 8 }, (_, c) => report.peek(r, c)?.value ?? "");
    const first = report.peek(r, 0);
    const tint = first && first.format.fill.pattern === "Solid" ? first.format.fill.color.toUpperCase() : null;
    rows.push([trimmed(values), first?.hyperlink?.documentReference ?? null, tint]);
  }
  return { sheets: workbook.sheets.map((s) => s.name), fills, notes, report: rows };
}

/** The fake Excel holding the workbook's cells, with the same sheets protected and hidden. */
function fakeOf(grids: WorkbookGrids, locked: readonly string[], hidden: readonly string[]): FakeWorkbook {
  const workbook = FakeWorkbook.fromGrids(grids.sheets);
  for (const name of locked) workbook.sheet(name).protected = true;
  for (const name of hidden) workbook.sheet(name).visibility = "Hidden";
  return workbook;
}

async function annotateInAddin(workbook: FakeWorkbook, locale: Locale): Promise<AnnotationPlan> {
  const host = createExcelHost({ runtime: new FakeExcel(workbook).runtime });
  const plan = planAnnotations(checkWorkbook(await host.readWorkbook()).report, locale);
  await host.highlight(plan.marks);
  await host.writeReport(plan.report);
  return plan;
}

/** seed003's table three times: as it is, on a protected sheet and on a hidden one. */
async function protectedAndHidden(): Promise<Buffer> {
  const source = gridsOf(readFileSync(join(EXAMPLES, "seed003-liwan-list.xlsx"))).sheets[0]!;
  const workbook = new ExcelJS.Workbook();
  for (const name of ["可见", "受保护", "隐藏"]) {
    const worksheet = workbook.addWorksheet(name);
    source.cells.forEach((row, r) => row.forEach((value, c) => value !== null && (worksheet.getCell(r + 1, c + 1).value = value)));
    for (const m of source.merges) worksheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  await workbook.getWorksheet("受保护")!.protect("", {});
  workbook.getWorksheet("隐藏")!.state = "hidden";
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const CASES: readonly { name: string; bytes: () => Promise<Buffer>; locale: Locale; locked: string[]; hidden: string[] }[] = [
  { name: "seed001 (13 sheets, warnings and notes), Chinese", bytes: async () => readFileSync(join(EXAMPLES, "seed001-dongli-department.xlsx")), locale: "zh-CN", locked: [], hidden: [] },
  { name: "seed003 (errors), English", bytes: async () => readFileSync(join(EXAMPLES, "seed003-liwan-list.xlsx")), locale: "en", locked: [], hidden: [] },
  { name: "a protected and a hidden sheet", bytes: protectedAndHidden, locale: "zh-CN", locked: ["受保护"], hidden: ["隐藏"] },
];

describe.each(CASES)("annotated by the CLI and by the add-in: $name", ({ bytes, locale, locked, hidden }) => {
  let cli: Seen;
  let addin: Seen;
  let cliAgain: Seen;
  let addinAgain: Seen;
  let plan: AnnotationPlan;

  beforeAll(async () => {
    const input = await bytes();
    const grids = gridsOf(input);
    plan = planAnnotations(checkWorkbook(grids).report, locale);
    const once = annotatePackageWithResult(input, plan);
    cli = await seenInXlsx(once.bytes, once.result.reportSheet);
    const again = annotatePackageWithResult(once.bytes, planAnnotations(checkWorkbook({ sheets: gridsOf(once.bytes).sheets.filter((g) => g.sheet !== once.result.reportSheet) }).report, locale));
    cliAgain = await seenInXlsx(again.bytes, again.result.reportSheet);

    const workbook = fakeOf(grids, locked, hidden);
    const addinPlan = await annotateInAddin(workbook, locale);
    // The add-in read the same cells and planned the same annotations.
    expect(addinPlan).toEqual(plan);
    addin = seenInFake(workbook, plan.report.name);
    await annotateInAddin(workbook, locale);
    addinAgain = seenInFake(workbook, plan.report.name);
  });

  it("marks the same cells with the same colours", () => {
    expect(addin.fills).toEqual(cli.fills);
    expect(Object.keys(cli.fills).length).toBeGreaterThan(0);
    expect(Object.keys(cli.fills).length).toBe(plan.marks.filter((m) => m.fill !== null && !locked.includes(m.sheet) && !hidden.includes(m.sheet)).length);
  });

  it("writes the same notes", () => {
    expect(addin.notes).toEqual(cli.notes);
    expect(Object.keys(cli.notes)).toEqual(plan.marks.filter((m) => !locked.includes(m.sheet) && !hidden.includes(m.sheet)).map((m) => `${m.sheet}!${m.cell}`));
  });

  it("writes the same report rows, links and tints", () => {
    expect(addin.report).toEqual(cli.report);
    expect(cli.report.map(([texts]) => texts)).toEqual(plan.report.rows.map((r) => trimmed(r.cells)));
    expect(cli.report.filter(([, link]) => link !== null)).toHaveLength(plan.report.rows.filter((r) => r.link !== null && r.cells[0]).length);
  });

  it("leaves protected and hidden sheets unmarked in both", () => {
    for (const sheet of [...locked, ...hidden]) {
      expect(Object.keys(cli.fills).filter((k) => k.startsWith(`${sheet}!`))).toEqual([]);
      expect(Object.keys(cli.notes).filter((k) => k.startsWith(`${sheet}!`))).toEqual([]);
      // Their findings are still in the report.
      expect(plan.report.rows.some((r) => r.style === "problem" && r.cells[1] === sheet)).toBe(locked.length + hidden.length > 0);
    }
  });

  it("annotating again gives the same, with one report sheet, in both", () => {
    expect(cliAgain).toEqual(cli);
    expect(addinAgain).toEqual(addin);
    expect(cli.sheets.filter((s) => s.startsWith(plan.report.name))).toEqual([plan.report.name]);
    expect(addin.sheets).toEqual(cli.sheets);
  });
});
