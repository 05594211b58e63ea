import { generateGrids } from "../../../bench/generate";
import type { CellValue, Grid } from "../../../src/core/grid/grid";
import { createExcelHost } from "../../../src/host/excel/excel-host";
import { mergeBands, toGrid } from "../../../src/host/excel/read-workbook";
import { describeHostError } from "../../../src/taskpane/host-errors";
import { FIVE_MB, FakeExcel, FakeWorkbook } from "./fake-excel";
import { diagnostic, marks, reportOf } from "../plan-helpers";

/** A grid as a reader should return it: non-anchor merge cells null, no trailing nulls or empty rows. */
function normalized(grid: Grid): Grid {
  const rows = grid.cells.map((row) => [...row]);
  for (const m of grid.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && rows[r] && c < rows[r]!.length) rows[r]![c] = null;
  }
  const cells: CellValue[][] = rows.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === "")) end--;
    return row.slice(0, end).map((v) => (v === "" ? null : v));
  });
  while (cells.length > 0 && cells[cells.length - 1]!.length === 0) cells.pop();
  const merges = [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  return { sheet: grid.sheet, cells, merges };
}

async function read(workbook: FakeWorkbook, apiVersion = "1.18", limits: { maxResponseBytes?: number; maxMergedAreas?: number } = {}) {
  const fake = new FakeExcel(workbook, { apiVersion, ...limits });
  const progress: [number, number][] = [];
  /** The requests sent when each progress call came. */
  const progressAt: number[] = [];
  const grids = await createExcelHost({ runtime: fake.runtime }).readWorkbook((done, total) => {
    progress.push([done, total]);
    progressAt.push(fake.syncs);
  });
  return { fake, grids, progress, progressAt };
}

describe("readWorkbook", () => {
  test("places values from A1, drops empty text, nulls merged non-anchor cells", async () => {
    const workbook = new FakeWorkbook();
    const sheet = workbook.addSheet("Data");
    sheet.touch(2, 1).value = "项目名称";
    sheet.touch(2, 2).value = "hidden under the merge";
    sheet.touch(3, 3).value = 12.5;
    sheet.touch(4, 1).value = true;
    sheet.touch(5, 4).value = "";
    sheet.merges = [{ top: 2, left: 1, bottom: 2, right: 3 }];
    // Formatting alone widens the used range but not the values read.
    workbook.setFormat("Data", "H20", { fill: { color: "#FF0000", pattern: "Solid" } });
    workbook.addSheet("Empty");

    const { grids, progress } = await read(workbook);
    expect(grids.sheets).toEqual([
      { sheet: "Data", cells: [[], [], [null, "项目名称"], [null, null, null, 12.5], [null, true]], merges: [{ top: 2, left: 1, bottom: 2, right: 3 }] },
      { sheet: "Empty", cells: [], merges: [] },
    ]);
    // The empty sheet is read as soon as its used range is known; the other after the request with its cells.
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  test("the requests follow the size of the workbook, not its number of sheets: 2,000 projects on one sheet or fifty, each under 5 MB, none refused", async () => {
    const small = generateGrids(40, 7, { projectsPerSheet: 40 });
    const one = generateGrids(2000, 7, { projectsPerSheet: 2000 });
    const many = generateGrids(2000, 7);
    expect(one.sheets).toHaveLength(1);
    expect(many.sheets).toHaveLength(50);

    const few = await read(FakeWorkbook.fromGrids(small.sheets));
    const single = await read(FakeWorkbook.fromGrids(one.sheets));
    const large = await read(FakeWorkbook.fromGrids(many.sheets));

    expect(few.fake.syncs).toBe(3);
    // Values with their number formats weigh about 7 MB: names, used ranges, then three reads.
    expect(large.fake.syncs).toBe(5);
    expect(single.fake.syncs).toBe(large.fake.syncs);
    expect(large.fake.runs).toBe(1);
    for (const request of large.fake.requests) {
      expect(request.error).toBeUndefined();
      expect(request.requestBytes).toBeLessThanOrEqual(FIVE_MB);
      expect(request.responseBytes).toBeLessThanOrEqual(FIVE_MB);
    }
    expect(large.grids.sheets).toEqual(many.sheets.map(normalized));
    expect(few.grids.sheets).toEqual(small.sheets.map(normalized));
    // Merged areas are read once per sheet for the whole used range, 512 areas or more alike.
    expect(Math.max(...many.sheets.map((s) => s.merges.length))).toBeGreaterThan(512);
    expect(large.fake.callsOf("Range.getMergedAreasOrNullObject")).toHaveLength(50);
    expect(single.fake.callsOf("Range.getMergedAreasOrNullObject").map((c) => c.target)).toEqual([`${one.sheets[0]!.sheet}!A1:${"ABCDEFGHIJ"[one.sheets[0]!.cells.reduce((w, r) => Math.max(w, r.length), 0) - 1]}${one.sheets[0]!.cells.length}`]);
    // Progress advances with each of the three value requests, not all at once after the last.
    expect(large.progressAt).toEqual([2, 3, 4, 5]);
    expect(large.progress.map(([, total]) => total)).toEqual([50, 50, 50, 50]);
    expect(large.progress[0]![0]).toBe(0);
    expect(large.progress[1]![0]).toBeGreaterThan(0);
    expect(large.progress[2]![0]).toBeGreaterThan(large.progress[1]![0]);
    expect(large.progress[3]).toEqual([50, 50]);
  });

  test("when Excel refuses the merged areas of a whole used range, that read is made again in bands and nothing is lost", async () => {
    const generated = generateGrids(2000, 7, { projectsPerSheet: 2000 });
    const merges = generated.sheets[0]!.merges.length;
    expect(merges).toBeGreaterThan(600);
    const { fake, grids } = await read(FakeWorkbook.fromGrids(generated.sheets), "1.18", { maxMergedAreas: 600 });
    expect(grids.sheets).toEqual(generated.sheets.map(normalized));
    expect(fake.requests.filter((r) => r.error).map((r) => r.error)).toEqual(["GeneralException"]);
    // The refused request (the whole used range) is followed by one request of bands of at most 1,024 cells.
    const refused = fake.requests.findIndex((r) => r.error !== undefined);
    const calls = fake.callsOf("Range.getMergedAreasOrNullObject");
    expect(new Set(calls.map((c) => c.request))).toEqual(new Set([refused + 1]));
    expect(calls).toHaveLength(mergeBands({ top: 0, left: 0, bottom: generated.sheets[0]!.cells.length - 1, right: 6 }).length);
  });

  test("a response too large for Excel on the web is read again in halves", async () => {
    const generated = generateGrids(200, 3);
    const { fake, grids } = await read(FakeWorkbook.fromGrids(generated.sheets), "1.18", { maxResponseBytes: 60_000 });
    expect(grids.sheets).toEqual(generated.sheets.map(normalized));
    const refused = fake.requests.filter((r) => r.error === "ResponsePayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThan(0);
    for (const request of fake.requests.filter((r) => !r.error)) expect(request.responseBytes).toBeLessThanOrEqual(60_000);
  });

  test("without ExcelApi 1.13 the values are read and merges left out", async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet("S", [["a", null], ["b", "c"]], ["A1:B1"]);
    const { grids, fake } = await read(workbook, "1.12");
    expect(grids.sheets[0]).toEqual({ sheet: "S", cells: [["a"], ["b", "c"]], merges: [] });
    expect(fake.callsOf("Range.getMergedAreasOrNullObject")).toHaveLength(0);
  });

  test("a stray value in XFD1048576 is refused after the used-range request, as the CLI refuses it, before any value is read", async () => {
    const workbook = new FakeWorkbook();
    const sheet = workbook.addSheet("项目表", [["项目名称", "甲"]]);
    sheet.touch(1_048_575, 16_383).value = "x";
    const fake = new FakeExcel(workbook);
    const reading = createExcelHost({ runtime: fake.runtime }).readWorkbook();
    await expect(reading).rejects.toMatchObject({ name: "ExcelHostError", code: "too-large" });
    expect(fake.syncs).toBe(2);
    expect(fake.callsOf("Range.getMergedAreasOrNullObject")).toEqual([]);
    const error = await reading.catch((err: unknown) => err);
    expect(describeHostError(error, "zh-CN").sentence).toMatch(/^涉及的单元格太多/u);
  });

  test("the add-in's own sheets are not read", async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet("项目表", [["x"]]);
    const fake = new FakeExcel(workbook);
    const host = createExcelHost({ runtime: fake.runtime });
    await host.highlight(marks([{ rule: "r", messageId: "m", severity: "error", sheet: "项目表", cell: "A1", related: [], table: "t", data: {} }], ["m"]));
    await host.writeReport(reportOf([diagnostic("项目表", "A1", "t")]));
    workbook.renameSheet("校验报告", "my report");
    expect(workbook.sheets.map((s) => s.name)).toEqual(["项目表", "my report"]);
    const grids = await host.readWorkbook();
    expect(grids.sheets.map((g) => g.sheet)).toEqual(["项目表"]);
  });
});

describe("read helpers", () => {
  test("merge bands hold at most 1,024 cells and cover the area", () => {
    const bands = mergeBands({ top: 3, left: 2, bottom: 900, right: 13 });
    expect(bands.every((b) => (b.bottom - b.top + 1) * (b.right - b.left + 1) <= 1024)).toBe(true);
    expect(bands[0]).toEqual({ top: 3, left: 2, bottom: 87, right: 13 });
    expect(bands[bands.length - 1]!.bottom).toBe(900);
    const wide = mergeBands({ top: 0, left: 0, bottom: 1, right: 3000 });
    expect(wide).toHaveLength(6);
    expect(wide.every((b) => b.bottom === b.top)).toBe(true);
  });

  test("toGrid keeps numbers, booleans and text, and only the anchor of a merge", () => {
    const grid = toGrid("S", [{ top: 1, left: 1, values: [["", 0, false], ["x", "y", ""]] }], [{ top: 2, left: 1, bottom: 2, right: 2 }]);
    expect(grid).toEqual({ sheet: "S", cells: [[], [null, null, 0, false], [null, "x"]], merges: [{ top: 2, left: 1, bottom: 2, right: 2 }] });
  });
});
