/**
 * Re-annotating an annotated copy regenerates the report sheet and our notes in place (issue 15
 * item 5): the report sheet is ours only with the hidden marker name and our title and header, our
 * part of a note starts with NOTE_PREFIX, and a user's sheet or note is never replaced.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { MARK_FILL, NOTE_PREFIX, planAnnotations, type AnnotationPlan, type PlannedMark } from "../../../src/core/annotations";
import { checkWorkbook } from "../../../src/core/check/check";
import type { Severity } from "../../../src/core/types";
import { runCheck } from "../../../src/cli/check-command";
import { annotatePackageWithResult } from "../../../src/host/xlsx/annotate";
import { readGridsFast } from "../../../src/host/xlsx/fast-read";
import { useTempDir, xlsxBytes, zipPart, zipPartNames } from "./fixtures";

const tempDir = useTempDir();
const EXAMPLE = join(__dirname, "../../../examples/seed003-liwan-list.xlsx");
const PREFIX = NOTE_PREFIX["zh-CN"];

function mark(sheet: string, cell: string, severity: Severity, line: string): PlannedMark {
  return { sheet, cell, severity, fill: MARK_FILL[severity], note: `${PREFIX}${line}` };
}

/** The plan the CLI makes for a workbook's bytes. */
function planOf(bytes: Buffer, marks?: readonly PlannedMark[]): AnnotationPlan {
  const read = readGridsFast(bytes);
  if (!read.ok) throw new Error(read.error.code);
  const plan = planAnnotations(checkWorkbook(read.grids).report, "zh-CN");
  return marks ? { ...plan, marks } : plan;
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function notesOf(worksheet: ExcelJS.Worksheet): Record<string, string> {
  const out: Record<string, string> = {};
  worksheet.eachRow((row) =>
    row.eachCell((cell) => {
      const note = cell.note as string | ExcelJS.Comment | undefined;
      if (note) out[cell.address] = typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
    }),
  );
  return out;
}

function valuesOf(worksheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

function definedNames(bytes: Buffer): string[] {
  return [...zipPart(bytes, "xl/workbook.xml")!.matchAll(/<definedName [^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]);
}

function shapes(bytes: Buffer): string[] {
  return zipPartNames(bytes)
    .filter((n) => n.endsWith(".vml"))
    .flatMap((n) => [...zipPart(bytes, n)!.matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)].map((m) => `${m[1]},${m[2]}`))
    .sort();
}

describe("check --annotate of an annotated copy", () => {
  const out = { stdout: (): void => undefined, stderr: (): void => undefined };
  let first: Buffer;
  let second: Buffer;
  const texts: string[] = [];

  beforeAll(async () => {
    const dir = tempDir();
    const capture = { stdout: (t: string): void => void texts.push(t), stderr: out.stderr };
    const options = { format: "text", config: {}, locale: "zh-CN", color: false } as const;
    expect(await runCheck({ ...options, files: [EXAMPLE], annotate: join(dir, "once.xlsx") }, capture)).toBe(1);
    expect(await runCheck({ ...options, files: [join(dir, "once.xlsx")], annotate: join(dir, "twice.xlsx") }, capture)).toBe(1);
    first = readFileSync(join(dir, "once.xlsx"));
    second = readFileSync(join(dir, "twice.xlsx"));
  });

  it("keeps the same sheets and one report sheet", async () => {
    const names = (await workbookOf(second)).worksheets.map((w) => w.name);
    expect(names).toEqual(["项目支出绩效目标表", "校验报告"]);
    expect((await workbookOf(first)).worksheets.map((w) => w.name)).toEqual(names);
    expect(zipPartNames(second).filter((n) => n.startsWith("xl/worksheets/sheet")).sort()).toEqual(zipPartNames(first).filter((n) => n.startsWith("xl/worksheets/sheet")).sort());
  });

  it("writes each note once, the same as the first time, with one shape each", async () => {
    const once = notesOf((await workbookOf(first)).getWorksheet("项目支出绩效目标表")!);
    const twice = notesOf((await workbookOf(second)).getWorksheet("项目支出绩效目标表")!);
    expect(Object.keys(once)).toEqual(["G8", "G11", "G12", "G14", "G15"]);
    expect(twice).toEqual(once);
    for (const text of Object.values(twice)) expect(text.split(PREFIX)).toHaveLength(2);
    expect(shapes(second)).toEqual(shapes(first));
    expect(shapes(second)).toHaveLength(5);
  });

  it("regenerates the same report rows in place, with one marker name and one filter name", async () => {
    const report = (await workbookOf(second)).getWorksheet("校验报告")!;
    expect(valuesOf(report)).toEqual(valuesOf((await workbookOf(first)).getWorksheet("校验报告")!));
    expect(report.getCell("A1").value).toBe("校验报告（绩效表助手）");
    // The report is not read as a sheet of the workbook: one sheet, read, the second time too.
    expect(report.getCell("B15").value).toBe("项目支出绩效目标表");
    expect(report.getCell("B16").value).toBeNull();
    expect(definedNames(second)).toEqual([
      `<definedName name="_jixiao_report" hidden="1">'校验报告'!$A$1</definedName>`,
      `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'校验报告'!$A$4:$F$4</definedName>`,
    ]);
    expect(definedNames(first)).toEqual(definedNames(second));
  });

  it("prints the same report for the copy as for the original", () => {
    expect(texts[1]!.split("\n").slice(1)).toEqual(texts[0]!.split("\n").slice(1));
  });
});

describe("our notes, regenerated", () => {
  let input: Buffer;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("表");
    sheet.getCell("A1").value = "项目名称";
    sheet.getCell("B2").value = 100;
    sheet.getCell("C3").value = 5;
    sheet.getCell("A1").note = "用户批注：请核对";
    input = await xlsxBytes(workbook);
  });

  it("keep the user's text above ours, replace ours, and go with their shape when the cell has nothing now", async () => {
    const once = annotatePackageWithResult(input, planOf(input, [mark("表", "A1", "error", "旧的问题"), mark("表", "B2", "warning", "只在第一次")])).bytes;
    expect(notesOf((await workbookOf(once)).getWorksheet("表")!)).toEqual({ A1: `用户批注：请核对\n${PREFIX}旧的问题`, B2: `${PREFIX}只在第一次` });
    expect(shapes(once)).toEqual(["0,0", "1,1"]);

    const twice = annotatePackageWithResult(once, planOf(once, [mark("表", "A1", "error", "新的问题"), mark("表", "C3", "info", "新的单元格")])).bytes;
    expect(notesOf((await workbookOf(twice)).getWorksheet("表")!)).toEqual({ A1: `用户批注：请核对\n${PREFIX}新的问题`, C3: `${PREFIX}新的单元格` });
    expect(shapes(twice)).toEqual(["0,0", "2,2"]);

    // Nothing to say any more: the user's note is back as it was, ours are gone.
    const thrice = annotatePackageWithResult(twice, planOf(twice, [])).bytes;
    expect(notesOf((await workbookOf(thrice)).getWorksheet("表")!)).toEqual({ A1: "用户批注：请核对" });
    expect(shapes(thrice)).toEqual(["0,0"]);
  });
});

describe("a sheet is our report only with the marker name and our title and header", () => {
  it("a user's 校验报告 with a forged hidden name is kept, and ours gets a name of its own", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("表").getCell("A1").value = "项目名称";
    const theirs = workbook.addWorksheet("校验报告");
    theirs.getCell("A1").value = "我自己的校验记录";
    theirs.getCell("B4").value = 42;
    workbook.definedNames.add("'校验报告'!$A$1", "_jixiao_report");
    const input = await xlsxBytes(workbook);
    const { bytes, result } = annotatePackageWithResult(input, planOf(input, []));
    expect(result).toMatchObject({ reportSheet: "校验报告 (2)", regenerated: false });
    const output = await workbookOf(bytes);
    expect(output.worksheets.map((w) => w.name)).toEqual(["表", "校验报告", "校验报告 (2)"]);
    expect(output.getWorksheet("校验报告")!.getCell("A1").value).toBe("我自己的校验记录");
    // The user's sheet part comes out byte for byte.
    expect(zipPart(bytes, "xl/worksheets/sheet2.xml")).toBe(zipPart(input, "xl/worksheets/sheet2.xml"));
    expect(zipPart(input, "xl/worksheets/sheet2.xml")).toContain("<v>42</v>");
    expect(definedNames(bytes).filter((n) => n.includes("_jixiao_report"))).toEqual([`<definedName name="_jixiao_report" hidden="1">'校验报告 (2)'!$A$1</definedName>`]);
  });

  it("our report without its marker name is not ours either: a copy whose name was removed gets a new report", async () => {
    const dir = tempDir();
    const once = join(dir, "unnamed-once.xlsx");
    await runCheck({ files: [EXAMPLE], annotate: once, format: "json", config: {}, locale: "zh-CN", color: false }, { stdout: () => undefined, stderr: () => undefined });
    const workbook = await workbookOf(readFileSync(once));
    const stripped = join(dir, "unnamed.xlsx");
    workbook.definedNames.remove("'校验报告'!$A$1", "_jixiao_report");
    writeFileSync(stripped, await xlsxBytes(workbook));
    const { result } = annotatePackageWithResult(readFileSync(stripped), planOf(readFileSync(stripped)));
    expect(result).toMatchObject({ reportSheet: "校验报告 (2)", regenerated: false });
  });
});

describe("protected and hidden sheets", () => {
  it("get no marks, as in the add-in, and are named in the result", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("开放").getCell("A1").value = 1;
    const locked = workbook.addWorksheet("受保护");
    locked.getCell("A1").value = 2;
    await locked.protect("", {});
    const hidden = workbook.addWorksheet("隐藏");
    hidden.getCell("A1").value = 3;
    hidden.state = "hidden";
    const input = await xlsxBytes(workbook);
    const marks = [mark("开放", "A1", "error", "一"), mark("受保护", "A1", "error", "二"), mark("隐藏", "A1", "warning", "三")];
    const { bytes, result } = annotatePackageWithResult(input, planOf(input, marks));
    expect(result.skipped).toEqual([
      { sheet: "受保护", reason: "protected" },
      { sheet: "隐藏", reason: "hidden" },
    ]);
    const output = await workbookOf(bytes);
    const fill = (sheet: string): string | undefined => (output.getWorksheet(sheet)!.getCell("A1").fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect([fill("开放"), fill("受保护"), fill("隐藏")]).toEqual(["FFFFC7CE", undefined, undefined]);
    expect(Object.keys(notesOf(output.getWorksheet("受保护")!))).toEqual([]);
    expect(Object.keys(notesOf(output.getWorksheet("隐藏")!))).toEqual([]);
  });
});
