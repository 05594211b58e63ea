import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookBuffer, readWorkbookFile, worksheetToGrid } from "../../../src/host/xlsx/read-workbook";
import type { ReadResult } from "../../../src/host/xlsx/read-workbook";
import type { WorkbookGrids } from "../../../src/core/grid/grid";
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

const tempDir = useTempDir();

function grids(result: ReadResult): WorkbookGrids {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.detail ?? ""}`);
  return result.grids;
}

function errorCode(result: ReadResult): string {
  return result.ok ? "ok" : result.error.code;
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
    const result = await readWorkbookBuffer(sharedStringsAndFormulasXlsx());
    expect(grids(result).sheets[0]!.cells).toEqual([
      ["项目名称", "绩效目标", "内联", false],
      // F2 shows an empty string: blank, so the row ends at E2.
      ["合计", true, "#REF!", 3, 0],
      ["链接文本", "#N/A", null, 0.0015],
    ]);
  });

  it("lists sheets in workbook order and leaves chart sheets out", async () => {
    const { sheets } = grids(await readWorkbookBuffer(chartSheetXlsx()));
    expect(sheets.map((s) => [s.sheet, s.cells])).toEqual([
      ["甲", [["a"]]],
      ["乙", [["b"]]],
    ]);
  });

  it("keeps leading blank rows and columns so grid indexes match sheet addresses", async () => {
    const { sheets } = grids(await readWorkbookBuffer(await xlsxBytes(leadingBlanksWorkbook())));
    expect(sheets[0]!.cells).toEqual([[], [], [], [null, null, "x"], [], [null, 2]]);
  });

  it("reports a merged area whose top-left cell is blank", async () => {
    const { sheets } = grids(await readWorkbookBuffer(await xlsxBytes(blankMergeAnchorWorkbook())));
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
  const cases = badInputCases();

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
    expect(errorCode(await readWorkbookFile(dir))).toBe("not-a-file");
  });
});

describe("too-large guard", () => {
  it("refuses a sheet whose declared dimension exceeds maxCells", async () => {
    const result = await readWorkbookBuffer(await bigSheet(5, 4), { maxCells: 19 });
    expect(errorCode(result)).toBe("too-large");
    expect(errorCode(await readWorkbookBuffer(await bigSheet(5, 4), { maxCells: 20 }))).toBe("ok");
  });

  it("reads a sheet whose <dimension> claims the whole grid: the cells that exist count, not the claim", async () => {
    const bytes = rawXlsx([{ name: "S", body: `<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` }]);
    const result = await readWorkbookBuffer(bytes);
    expect(result.ok ? result.grids.sheets[0]!.cells : result.error).toEqual([[1]]);
  });

  it("checks the loaded used range when the sheet declares no dimension", async () => {
    const cells = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    const bytes = rawXlsx([{ name: "S", body: `<sheetData>${cells}</sheetData>` }]);
    expect(errorCode(await readWorkbookBuffer(bytes, { maxCells: 29 }))).toBe("too-large");
    expect(errorCode(await readWorkbookBuffer(bytes, { maxCells: 30 }))).toBe("ok");
  });

  it("worksheetToGrid counts the cells that exist, not the rectangle from A1", () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("S");
    ws.getCell("J10").value = 1;
    ws.getCell("XFD1").value = 2;
    const grid = worksheetToGrid(ws, 10);
    if ("code" in grid) throw new Error(grid.code);
    expect([grid.cells.length, grid.cells[0]!.length, grid.cells[0]![16_383], grid.cells[9]![9]]).toEqual([10, 16_384, 2, 1]);
    ws.getCell("A2").value = 3;
    ws.getCell("B2").value = 4;
    expect(worksheetToGrid(ws, 10)).toMatchObject({ sheet: "S" });
    expect(worksheetToGrid(ws, 3)).toEqual({ code: "too-large", detail: expect.any(String) });
  });
});
