import { checkWorkbook } from "../../../src/core/check/check";
import { buildSummary, SUMMARY_MARKERS, totalsBy, type ConsolidatedSummary } from "../../../src/core/summary";
import { findSummarySheets, writeSummarySheets } from "../../../src/host/excel/write-summary";
import { readWorkbookFile } from "../../../src/host/xlsx";
import { FakeBook, fakeRuntime, type FakeSheet } from "./summary-fake";

/** The add-in summarizes the open workbook; several labelled inputs stand in for a consolidated view. */
async function summaryOf(...files: string[]): Promise<ConsolidatedSummary> {
  const inputs = [];
  for (const file of files) {
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error(`${file}: ${read.error.code}`);
    const { parsed, report } = checkWorkbook(read.grids);
    inputs.push({ file: files.length > 1 ? file.replace(/^.*\//u, "") : "", parsed, diagnostics: report.diagnostics });
  }
  return buildSummary(inputs);
}

/** The row (1-based) whose column-A cell reads `text`. */
function rowOf(sheet: FakeSheet, text: string): number {
  for (let row = 1; row < 500; row++) if (sheet.value(`A${row}`) === text) return row;
  throw new Error(`no "${text}" in column A of ${sheet.name}`);
}

describe("writeSummarySheets (Office.js)", () => {
  let summary001: ConsolidatedSummary;
  let summaryMany: ConsolidatedSummary;
  beforeAll(async () => {
    summary001 = await summaryOf("examples/seed001-dongli-department.xlsx");
    summaryMany = await summaryOf("examples/seed000-tianjin-blocks.xlsx", "examples/seed004-korla-weighted.xlsx");
  });

  it("adds both sheets with tables, totals rows, formulas, a chart and hidden marker names in two requests, and activates the first in a third (office-js #930)", async () => {
    const book = new FakeBook();
    book.addSheet("绩效目标表", [["项目名称", "x"]]);
    const runtime = fakeRuntime(book);
    const result = await writeSummarySheets(runtime, summaryMany);
    expect(result).toEqual({ projectSheet: "汇总-项目", categorySheet: "汇总-分类", regenerated: [], syncs: 3 });
    expect(book.sheets.map((s) => s.name)).toEqual(["绩效目标表", "汇总-项目", "汇总-分类"]);
    expect(book.active?.name).toBe("汇总-项目");
    const calls = runtime.contexts[0]!.calls;
    expect(calls.filter((c) => c.call === "worksheet.activate").map((c) => c.sync)).toEqual([Math.max(...calls.filter((c) => c.call === "worksheets.add").map((c) => c.sync)) + 1]);
    expect(book.enableEvents).toBe(true);

    const context = runtime.contexts[0]!;
    const tableCalls = context.calls.filter((c) => c.call === "tables.add").map((c) => c.args[0]);
    expect(tableCalls).toHaveLength(5);
    expect(tableCalls[0]).toMatch(/^'汇总-项目'!A\d+:Q\d+$/u);
    expect(book.allTables().map((t) => [t.name, t.showTotals, t.style])).toEqual([
      ["汇总_项目", true, "TableStyleMedium2"],
      ["汇总_单位", true, "TableStyleMedium2"],
      ["汇总_来源", true, "TableStyleMedium2"],
      ["汇总_类型", true, "TableStyleMedium2"],
      ["汇总_指标", true, "TableStyleMedium2"],
    ]);
    // The first request only looks (sheets, tables, marker names); every write goes in the second, with events off.
    const isLookup = (call: string): boolean => call.endsWith(".load") || call === "names.getItemOrNullObject";
    expect(context.calls.filter((c) => c.sync === 1).every((c) => isLookup(c.call))).toBe(true);
    expect(context.calls.filter((c) => !isLookup(c.call) && c.call !== "worksheet.activate").every((c) => c.sync === 2)).toBe(true);
    expect(context.calls.filter((c) => c.call === "runtime.enableEvents").map((c) => c.args[0])).toEqual([false, true]);

    const names = [...book.names.entries()].map(([name, n]) => [name, n.sheet?.name, n.address, n.visible]);
    expect(names).toEqual([
      [SUMMARY_MARKERS.projects, "汇总-项目", "A1", false],
      [SUMMARY_MARKERS.categories, "汇总-分类", "A1", false],
    ]);

    const categories = book.sheet("汇总-分类");
    const agencyHeader = rowOf(categories, "预算单位");
    expect(categories.cell(`B${agencyHeader + 1}`)?.formula).toMatch(/^=SUMIFS\('汇总-项目'!\$F\$\d+:\$F\$\d+,'汇总-项目'!\$D\$\d+:\$D\$\d+,\$A\d+\)$/u);
    expect(categories.cell(`B${agencyHeader + 1}`)?.numberFormat).toBe("0.00");
    expect(categories.cell(`E${agencyHeader + 1}`)?.formula).toMatch(/^=COUNTIFS\(/u);
    // The totals row Excel adds is overwritten with the plan's formulas.
    expect(categories.value(`A${agencyHeader + 3}`)).toBe("合计");
    expect(categories.cell(`B${agencyHeader + 3}`)?.formula).toBe(`=SUBTOTAL(109,B${agencyHeader + 1}:B${agencyHeader + 2})`);

    expect(categories.charts).toEqual([
      {
        name: "图表 1",
        type: "BarClustered",
        source: `'汇总-分类'!A${agencyHeader}:D${agencyHeader + 2}`,
        seriesBy: "Columns",
        title: "按预算单位汇总（万元）",
        position: [`G${agencyHeader}`, `N${agencyHeader + 15}`],
      },
    ]);

    const projects = book.sheet("汇总-项目");
    const header = rowOf(projects, "文件");
    expect(projects.value(`A${header + 1}`)).toBe("seed000-tianjin-blocks.xlsx");
    expect(projects.frozenRows).toBe(header);
    expect(projects.cell(`Q${header + 1}`)?.hyperlink).toEqual({ documentReference: "'绩效目标表'!A1", textToDisplay: "绩效目标表!A1" });
    expect(projects.cell(`F${header + 1}`)).toMatchObject({ value: 81, numberFormat: "0.00", formula: null });
  });

  it("writes text into cells formatted as text, so formula-like names stay text", async () => {
    const names = ["=1+1", "+86", "-3", "@SUM(A1)"];
    const projects = summaryMany.projects.map((p, i) => ({ ...p, name: names[i % names.length]!, agency: i === 0 ? "=单位" : p.agency }));
    const tricky: ConsolidatedSummary = { ...summaryMany, projects, byCategory: { ...summaryMany.byCategory, agency: totalsBy(projects, (p) => p.agency) } };
    const book = new FakeBook();
    await writeSummarySheets(fakeRuntime(book), tricky);
    const sheet = book.sheet("汇总-项目");
    const header = rowOf(sheet, "文件");
    for (let i = 0; i < names.length; i++) {
      expect(sheet.cell(`C${header + 1 + i}`)).toMatchObject({ value: names[i], formula: null, numberFormat: "@" });
    }
    for (const sheet of book.sheets) for (const cell of sheet.cells.values()) expect(cell.value).not.toBe("#EVALUATED");
    // A key SUMIFS would misread is compared exactly.
    const categories = book.sheet("汇总-分类");
    const agencyHeader = rowOf(categories, "预算单位");
    expect(categories.value(`A${agencyHeader + 1}`)).toBe("=单位");
    expect(categories.cell(`B${agencyHeader + 1}`)?.formula).toMatch(/^=SUMPRODUCT\(--\('汇总-项目'!\$D\$\d+:\$D\$\d+=\$A\d+\),/u);
  });

  it("never touches a user's sheet named 汇总-项目", async () => {
    const book = new FakeBook();
    const mine = book.addSheet("汇总-项目", [["我自己的汇总", 1]]);
    const result = await writeSummarySheets(fakeRuntime(book), summary001);
    expect(result.projectSheet).toBe("汇总-项目 (2)");
    expect(book.sheets.map((s) => s.name)).toEqual(["汇总-项目", "汇总-项目 (2)", "汇总-分类"]);
    expect([...mine.cells.entries()].map(([a, c]) => [a, c.value])).toEqual([
      ["A1", "我自己的汇总"],
      ["B1", 1],
    ]);
    expect(mine.tables).toEqual([]);
  });

  it("regenerates its own sheets in place, renamed or not, in three requests", async () => {
    const book = new FakeBook();
    book.addSheet("绩效目标1");
    const runtime = fakeRuntime(book);
    await writeSummarySheets(runtime, summaryMany);
    book.sheet("汇总-分类").name = "领导看的";
    book.sheet("汇总-项目").touch(0, 30).value = "stale";
    book.addSheet("后加的表");

    const result = await writeSummarySheets(runtime, summary001);
    expect(result).toEqual({ projectSheet: "汇总-项目", categorySheet: "领导看的", regenerated: ["projects", "categories"], syncs: 3 });
    expect(book.sheets.map((s) => s.name)).toEqual(["绩效目标1", "汇总-项目", "领导看的", "后加的表"]);
    expect(book.sheet("汇总-项目").cell("AE1")).toBeUndefined();
    // Old tables and the chart went first; the new ones reuse the names.
    const calls = runtime.contexts[1]!.calls;
    expect(calls.filter((c) => c.call === "table.delete").map((c) => c.args[0])).toEqual(["汇总_项目", "汇总_单位", "汇总_来源", "汇总_类型", "汇总_指标"]);
    expect(calls.filter((c) => c.call === "chart.delete")).toHaveLength(1);
    expect(book.allTables().map((t) => t.name)).toEqual(["汇总_项目", "汇总_单位", "汇总_来源", "汇总_类型", "汇总_功能分类", "汇总_指标"]);
    // One agency and one type in seed 001: the chart shows that agency's money by source.
    expect(book.sheet("领导看的").charts.map((c) => [c.type, c.title])).toEqual([["BarClustered", "按预算单位汇总（万元）"]]);
    expect(await findSummarySheets(runtime)).toEqual({ projects: "汇总-项目", categories: "领导看的" });
  });

  it("the function table's 类 and 款 are SUM formulas of their children", async () => {
    const book = new FakeBook();
    await writeSummarySheets(fakeRuntime(book), summary001);
    const categories = book.sheet("汇总-分类");
    const first = rowOf(categories, "201");
    expect(categories.cell(`D${first}`)?.formula).toBe(`=SUM(D${first + 1},D${first + 3})`);
    expect(categories.cell(`D${first + 1}`)?.formula).toBe(`=SUM(D${first + 2})`);
    expect(categories.cell(`D${first + 2}`)).toMatchObject({ value: 266.16, formula: null });
    expect(categories.value(`A${first}`)).toBe("201");
    expect(categories.cell(`A${first}`)?.numberFormat).toBe("@");
  });

  it("a dangling marker (its sheet deleted) is replaced", async () => {
    const book = new FakeBook();
    const runtime = fakeRuntime(book);
    await writeSummarySheets(runtime, summaryMany);
    book.deleteSheet("汇总-项目");
    book.addSheet("汇总-项目", [["用户新建的"]]);
    const result = await writeSummarySheets(runtime, summaryMany);
    expect(result.projectSheet).toBe("汇总-项目 (2)");
    expect(book.sheet("汇总-项目").value("A1")).toBe("用户新建的");
    expect(book.names.get(SUMMARY_MARKERS.projects)?.sheet?.name).toBe("汇总-项目 (2)");
  });
});
