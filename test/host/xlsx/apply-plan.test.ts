import { existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { EMPTY_PLAN, type FillPlan } from "../../../src/core/fill";
import { ApplyPlanError, applyPlanToWorkbook, shiftFormula, writePlannedCopy } from "../../../src/host/xlsx/apply-plan";
import { workbookToGrids } from "../../../src/host/xlsx/read-workbook";
import { sha256, useTempDir, xlsxBytes } from "./fixtures";

const tempDir = useTempDir();
const S = "项目 表";

describe("shiftFormula", () => {
  const ins = [{ sheet: S, before: 4, count: 2 }];
  it.each([
    ["SUM(B2:B4)", "SUM(B2:B4)"],
    ["SUM(B2:B5)", "SUM(B2:B7)"],
    ["B5*2+$C$9", "B7*2+$C$11"],
    ["SUM(B5:B9)", "SUM(B7:B11)"],
    ['IF(A5="B5",LOG10(A7),0)', 'IF(A7="B5",LOG10(A9),0)'],
    ["'项目 表'!A6+其他!A6", "'项目 表'!A8+其他!A6"],
    // Whole rows move and grow; whole columns and names are not row references.
    ["SUM(5:6)+SUM(3:9)+SUM(B:B)", "SUM(7:8)+SUM(3:11)+SUM(B:B)"],
    ["本表预算+TAX_A5+Budget5", "本表预算+TAX_A5+Budget5"],
    // Errors, numbers, booleans, structured and external references are left alone.
    ["IFERROR(#REF!,1E5)+TRUE*A5", "IFERROR(#REF!,1E5)+TRUE*A7"],
    ["SUM(T1[预算数])+[1]Sheet1!A5+'[2]项目 表'!A5", "SUM(T1[预算数])+[1]Sheet1!A5+'[2]项目 表'!A5"],
    // A 3D reference spans sheets: left alone.
    ["SUM(一:三!A5)+SUM('a b:c'!A5)", "SUM(一:三!A5)+SUM('a b:c'!A5)"],
    ["\"A5\"&\"\"\"A5\"&A5", "\"A5\"&\"\"\"A5\"&A7"],
    ["$A$5:$B$4", "$A$7:$B$4"],
    ["A5#+B$5-$B5", "A7#+B$7-$B7"],
  ])("%s → %s on the sheet with the new rows", (formula, expected) => {
    expect(shiftFormula(formula, S, ins)).toBe(expected);
  });
  it("moves references from other sheets into the sheet that got rows", () => {
    expect(shiftFormula("'项目 表'!B5+B5", "其他", ins)).toBe("'项目 表'!B7+B5");
  });
});

/** A sheet with a merged 一级 cell, a styled row, a shared formula and a 合计 formula below. */
function input(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(S);
  const rows: (string | number | null)[][] = [
    ["一级指标", "二级指标", "三级指标", "金额"],
    ["产出指标", "数量指标", "人数", 1],
    [null, "质量指标", "合格率", 2],
    ["效益指标", "社会效益指标", "稳定", 3],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (sheet.getCell(i + 1, j + 1).value = v)));
  sheet.mergeCells("A2:A3");
  sheet.getRow(3).height = 30;
  for (let c = 1; c <= 4; c++) sheet.getCell(3, c).font = { bold: true, color: { argb: "FF123456" } };
  sheet.getCell("E2").value = { formula: "D2*2", result: 2, shareType: "shared", ref: "E2:E4" } as ExcelJS.CellFormulaValue;
  sheet.getCell("E3").value = { sharedFormula: "E2", result: 4 } as ExcelJS.CellSharedFormulaValue;
  sheet.getCell("E4").value = { sharedFormula: "E2", result: 6 } as ExcelJS.CellSharedFormulaValue;
  sheet.getCell("D6").value = { formula: "SUM(D2:D4)", result: 6 };
  const other = workbook.addWorksheet("其他");
  other.getCell("A1").value = { formula: "'项目 表'!D6", result: 6 };
  return workbook;
}

const plan: FillPlan = {
  ...EMPTY_PLAN,
  insertions: [{ sheet: S, before: 3, count: 1 }],
  styles: [{ sheet: S, source: "B3:D3", target: "B4:D4" }],
  merges: [{ sheet: S, range: "A2:A4", replaces: "A2:A3" }],
  writes: [
    { kind: "fill", sheet: S, cell: "B4", from: null, to: "时效指标", source: "t" },
    { kind: "fill", sheet: S, cell: "C4", from: null, to: "及时率", source: "t" },
    { kind: "fill", sheet: S, cell: "D4", from: null, to: 4, source: "t" },
  ],
};

describe("applyPlanToWorkbook", () => {
  it("inserts rows with merges, formats, heights and formulas moved, and reads back as applyEdits computed", () => {
    const workbook = input();
    const result = applyPlanToWorkbook(workbook, plan);
    expect(result.ok).toBe(true);
    const sheet = workbook.getWorksheet(S)!;
    expect((sheet.model as unknown as { merges: string[] }).merges).toEqual(["A2:A4"]);
    expect(sheet.getCell("C4").font).toEqual({ bold: true, color: { argb: "FF123456" } });
    expect(sheet.getRow(4).height).toBe(30);
    expect(sheet.getCell("D7").formula).toBe("SUM(D2:D5)");
    expect(sheet.getCell("E5").formula).toBe("D5*2");
    expect(workbook.getWorksheet("其他")!.getCell("A1").formula).toBe("'项目 表'!D7");
    expect(sheet.getCell("B5").value).toBe("社会效益指标");
    const grids = workbookToGrids(workbook);
    expect(grids.ok && grids.grids).toEqual(result.grids);
  });

  it("applies nothing when the plan's structure is refused, and leaves refused writes out", () => {
    const workbook = input();
    const refused = applyPlanToWorkbook(workbook, { ...plan, merges: [{ sheet: S, range: "A1:B1" }] });
    expect(refused.ok).toBe(false);
    expect(workbook.getWorksheet(S)!.getCell("B4").value).toBe("社会效益指标");
    const partly = applyPlanToWorkbook(input(), { ...EMPTY_PLAN, writes: [{ kind: "fill", sheet: S, cell: "C2", from: null, to: "覆盖", source: "t" }] });
    expect(partly.refused.map((r) => r.reason)).toEqual(["not-blank"]);
  });
});

describe("writePlannedCopy", () => {
  it("writes a copy and never the input, even through a link", async () => {
    const source = join(tempDir(), "输入.xlsx");
    writeFileSync(source, await xlsxBytes(input()));
    const before = sha256(readFileSync(source));
    const output = join(tempDir(), "输出.xlsx");
    await writePlannedCopy(source, output, plan);
    expect(sha256(readFileSync(source))).toBe(before);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(output);
    expect(back.getWorksheet(S)!.getCell("C4").value).toBe("及时率");
    await expect(writePlannedCopy(source, source, plan)).rejects.toMatchObject({ code: "same-file" });
    const link = join(tempDir(), "链接.xlsx");
    symlinkSync(source, link);
    await expect(writePlannedCopy(source, link, plan)).rejects.toBeInstanceOf(ApplyPlanError);
    expect(sha256(readFileSync(source))).toBe(before);
  });

  it("starts a new workbook when there is no input", async () => {
    const output = join(tempDir(), "新建.xlsx");
    await writePlannedCopy(null, output, { ...EMPTY_PLAN, newSheets: [{ name: "表", columnWidths: [10, 20] }], looks: [{ sheet: "表", range: "A1:B1", look: "header" }], writes: [{ kind: "fill", sheet: "表", cell: "A1", from: null, to: "一级指标", source: "t" }] });
    expect(existsSync(output)).toBe(true);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(output);
    expect(back.getWorksheet("表")!.getCell("A1").font?.bold).toBe(true);
    expect(back.getWorksheet("表")!.getColumn(2).width).toBe(20);
  });
});
