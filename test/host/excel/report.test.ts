import type { Diagnostic } from "../../../src/core/types";
import { createExcelHost } from "../../../src/host/excel/excel-host";
import { uniqueSheetName } from "../../../src/core/grid/sheet-name";
import { reportOf } from "../plan-helpers";
import { FIVE_MB, FakeExcel, FakeWorkbook, expectSameState } from "./fake-excel";

const TRICKY = ['=HYPERLINK("http://example.com","点我")', "+1", "-2", "@SUM(A1)", "001", "=1+1", "'quoted"];

/** Rows above the problems: title, summary, a blank row, the header (row 4); the problems start in row 5. */
const FIRST = 5;

function line(i: number, table = `项目${i}`, rule = "funds-budget-sum"): Diagnostic {
  return { rule, messageId: "not-a-message", severity: "error", sheet: "项目表", cell: `B${i + 2}`, related: [], table, data: {} };
}

function projectWorkbook(): FakeWorkbook {
  const workbook = new FakeWorkbook();
  workbook.addSheet("项目表", [["项目名称", "预算数"], ["甲", 1]]);
  return workbook;
}

describe("writeReport", () => {
  test("writes the plan's rows: a title, one row per diagnostic with a link to its cell, everything as text", async () => {
    const workbook = projectWorkbook();
    const fake = new FakeExcel(workbook);
    const lines = TRICKY.map((text, i) => line(i, text, text));
    await createExcelHost({ runtime: fake.runtime }).writeReport(reportOf(lines));

    const report = workbook.sheet("校验报告");
    expect(workbook.formulas()).toEqual([]);
    expect(workbook.cell("校验报告", "A1")!.value).toBe("校验报告（绩效表助手）");
    expect(["A4", "B4", "C4", "D4", "E4", "F4"].map((a) => workbook.cell("校验报告", a)!.value)).toEqual(["单元格", "工作表", "级别", "项目或表", "问题", "规则"]);
    lines.forEach((l, i) => {
      const row = i + FIRST;
      expect(["C", "D", "E", "F"].map((col) => workbook.cell("校验报告", `${col}${row}`)!.value)).toEqual(["错误", l.table, `${l.rule}/not-a-message`, l.rule]);
      for (const col of ["C", "D", "E", "F"]) expect(workbook.cell("校验报告", `${col}${row}`)!.formula).toBeNull();
      const link = workbook.cell("校验报告", `A${row}`)!;
      expect(link.value).toBe(l.cell);
      expect(link.hyperlink).toEqual({ documentReference: `'项目表'!${l.cell}`, textToDisplay: l.cell });
      expect(link.format.font).toMatchObject({ color: "#0563C1", underline: "Single" });
      expect(link.format.fill).toMatchObject({ color: "#FFC7CE", pattern: "Solid" });
    });
    expect(workbook.cell("校验报告", `A${FIRST + lines.length + 1}`)!.value).toBe("各工作表读取情况");
    expect(report.frozenRows).toBe(4);
    expect(workbook.cell("校验报告", "A1")!.format.font).toMatchObject({ bold: true, size: 14 });
    expect(workbook.cell("校验报告", "F4")!.format.font.bold).toBe(true);
    // The report is a single Excel.run with the lookup and one write chunk.
    expect(fake.runs).toBe(1);
    expect(fake.syncs).toBe(2);
    expect(fake.callsOf("Runtime.enableEvents=").map((c) => c.args[0])).toEqual([false, true]);
  });

  test("rewrites its own sheet, even renamed, and never a user's sheet called 校验报告", async () => {
    const workbook = projectWorkbook();
    const host = createExcelHost({ runtime: new FakeExcel(workbook).runtime });
    await host.writeReport(reportOf([line(0), line(1), line(2)]));
    expect(workbook.cell("校验报告", "A10")!.value).toBe("查看的单元格");
    await host.writeReport(reportOf([line(5)]));
    expect(workbook.sheets.map((s) => s.name)).toEqual(["项目表", "校验报告"]);
    expect(workbook.cell("校验报告", "D5")!.value).toBe("项目5");
    expect(workbook.cell("校验报告", "D6")?.value ?? "").toBe("");
    expect(workbook.cell("校验报告", "A7")!.value).toBe("各工作表读取情况");
    expect(workbook.cell("校验报告", "A10")).toBeUndefined();

    // The user renames ours and makes a sheet of their own with the old name.
    workbook.renameSheet("校验报告", "上次的报告");
    const theirs = workbook.addSheet("校验报告", [["我自己的表", 42]]);
    workbook.setFormat("校验报告", "A1", { fill: { color: "#FFFF00", pattern: "Solid" } });
    const before = JSON.stringify([...theirs.cells]);
    await host.writeReport(reportOf([line(7)]));
    expect(JSON.stringify([...theirs.cells])).toBe(before);
    expect(workbook.cell("上次的报告", "D5")!.value).toBe("项目7");
  });

  test("a user's sheet named 校验报告 makes the add-in write 校验报告 (2), and survives reopening", async () => {
    const workbook = projectWorkbook();
    workbook.addSheet("校验报告", [["用户的数据"]]);
    const userState = JSON.stringify(workbook.state());
    await createExcelHost({ runtime: new FakeExcel(workbook).runtime }).writeReport(reportOf([line(0)]));
    expect(workbook.sheets.map((s) => s.name)).toEqual(["项目表", "校验报告", "校验报告 (2)"]);
    expect(workbook.cell("校验报告", "A1")!.value).toBe("用户的数据");

    const reopened = workbook.reopen();
    await createExcelHost({ runtime: new FakeExcel(reopened).runtime }).writeReport(reportOf([line(1), line(2)]));
    expect(reopened.sheets.map((s) => s.name)).toEqual(["项目表", "校验报告", "校验报告 (2)"]);
    expect(reopened.cell("校验报告 (2)", "D6")!.value).toBe("项目2");
    expectSameState((JSON.parse(userState) as { sheets: unknown[] }).sheets[1], (reopened.state() as { sheets: unknown[] }).sheets[1]);
  });

  test("a forged marker name on a user's sheet does not make it ours: it is neither rewritten, nor deleted, nor hidden from the check", async () => {
    const workbook = projectWorkbook();
    const fake = new FakeExcel(workbook);
    workbook.addSheet("校验报告", [["我的校验记录", 42]]);
    await fake.run(async (context) => {
      context.workbook.names.add("_jixiao_report", context.workbook.worksheets.getItem("校验报告").getRange("A1")).visible = false;
      await context.sync();
    });
    const before = JSON.stringify([...workbook.sheet("校验报告").cells]);
    const host = createExcelHost({ runtime: fake.runtime });
    expect((await host.readWorkbook()).sheets.map((g) => g.sheet)).toEqual(["项目表", "校验报告"]);
    expect(await host.deleteReport!()).toBe(false);
    await host.writeReport(reportOf([line(0)]));
    expect(workbook.sheets.map((s) => s.name)).toEqual(["项目表", "校验报告", "校验报告 (2)"]);
    expect(JSON.stringify([...workbook.sheet("校验报告").cells])).toBe(before);
    // The name now marks ours, which is then found, rewritten, skipped by the read and deletable.
    await host.writeReport(reportOf([line(1)]));
    expect(workbook.sheets.map((s) => s.name)).toEqual(["项目表", "校验报告", "校验报告 (2)"]);
    expect(workbook.cell("校验报告 (2)", "D5")!.value).toBe("项目1");
    expect((await host.readWorkbook()).sheets.map((g) => g.sheet)).toEqual(["项目表", "校验报告"]);
    expect(await host.deleteReport!()).toBe(true);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["项目表", "校验报告"]);
  });

  test("after its sheet was deleted the report starts a new one", async () => {
    const workbook = projectWorkbook();
    const fake = new FakeExcel(workbook);
    const host = createExcelHost({ runtime: fake.runtime });
    await host.writeReport(reportOf([line(0)]));
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("校验报告").delete();
      await context.sync();
    });
    await host.writeReport(reportOf([line(3)]));
    expect(workbook.cell("校验报告", "D5")!.value).toBe("项目3");
  });

  test("English labels", async () => {
    const workbook = projectWorkbook();
    await createExcelHost({ runtime: new FakeExcel(workbook).runtime }).writeReport(reportOf([line(0)], [], "en"));
    expect(workbook.cell("Check report", "A1")!.value).toBe("Check report (jixiao)");
    expect(workbook.cell("Check report", "E4")!.value).toBe("Problem");
    expect(workbook.cell("Check report", "C5")!.value).toBe("error");
  });

  test("10,000 lines are written in chunks, each request under 5 MB, one sync per chunk", async () => {
    const workbook = projectWorkbook();
    const fake = new FakeExcel(workbook);
    const lines = Array.from({ length: 10_000 }, (_, i) => line(i, `第${i}项：项目“${"很长的名称".repeat(8)}”的预算数与财政资金、其他资金之和不一致`));
    const report = reportOf(lines);
    await createExcelHost({ runtime: fake.runtime }).writeReport(report);
    expect(workbook.cell("校验报告", "A10004")!.hyperlink).toEqual({ documentReference: "'项目表'!B10001", textToDisplay: "B10001" });
    expect(workbook.cell("校验报告", "D10004")!.value).toBe(lines[9999]!.table);
    expect(fake.syncs).toBeGreaterThan(2);
    for (const request of fake.requests) expect(request.requestBytes).toBeLessThanOrEqual(FIVE_MB);
    // The table goes out once, in blocks of rows; every request after the lookup is one write chunk.
    const blocks = fake.callsOf("Range.values=");
    expect(blocks.reduce((rows, call) => rows + (call.args[0] as unknown[]).length, 0)).toBe(report.rows.length);
    expect(report.rows.length).toBe(10_007);
    const writeRequests = new Set(blocks.map((call) => call.request));
    expect(fake.syncs).toBe(1 + writeRequests.size);
    expect(writeRequests.size).toBeLessThan(blocks.length);
  });

  test("unique sheet names follow Excel's rules", () => {
    expect(uniqueSheetName(["校验报告", "校验报告 (2)"], "校验报告")).toBe("校验报告 (3)");
    expect(uniqueSheetName(["CHECK REPORT"], "Check report")).toBe("Check report (2)");
    expect(uniqueSheetName([], "a/b:c")).toBe("a_b_c");
    expect(uniqueSheetName(["x".repeat(31)], "x".repeat(40))).toBe(`${"x".repeat(27)} (2)`);
  });

  test("deleteReport deletes the add-in's own report sheet, even renamed, and never a user's sheet called 校验报告", async () => {
    const workbook = projectWorkbook();
    const fake = new FakeExcel(workbook);
    const host = createExcelHost({ runtime: fake.runtime });
    expect(await host.deleteReport!()).toBe(false);
    await host.writeReport(reportOf([line(0)]));
    workbook.renameSheet("校验报告", "上次的报告");
    workbook.addSheet("校验报告", [["我自己的表", 42]]);
    expect(await host.deleteReport!()).toBe(true);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["项目表", "校验报告"]);
    expect(workbook.cell("校验报告", "B1")!.value).toBe(42);
    expect(await host.deleteReport!()).toBe(false);
  });
});
