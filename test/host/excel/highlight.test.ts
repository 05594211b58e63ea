import { generateGrids } from "../../../bench/generate";
import { noteText, planMarks, type PlannedMark } from "../../../src/core/annotations";
import { a1 } from "../../../src/core/grid/address";
import type { Diagnostic, Severity } from "../../../src/core/types";
import { ExcelHostError } from "../../../src/host/excel/excel-runtime";
import { createExcelHost } from "../../../src/host/excel/excel-host";
import { MARKS_NAMESPACE } from "../../../src/host/excel/apply-marks";
import { MARKS_SHEET } from "../../../src/host/excel/own-sheets";
import { FIVE_MB, FakeExcel, FakeWorkbook, expectSameState } from "./fake-excel";

function diagnostic(sheet: string, cell: string, severity: Severity = "error", rule = "funds-budget-sum"): Diagnostic {
  return { rule, messageId: "m", severity, sheet, cell, related: [], table: "项目", data: {} };
}

/** A small workbook whose cells carry every kind of format the highlight must leave as it found. */
function formattedWorkbook(): FakeWorkbook {
  const workbook = new FakeWorkbook();
  workbook.addSheet("项目表", [
    ["项目名称", "预算数", "财政资金", "其他资金"],
    ["甲", 100, 60, 30],
    ["乙", 200, 150, 50],
    ["丙", 300, 100, 100],
  ]);
  workbook.addSheet("Other sheet", [["x", 1]]);
  workbook.setFormat("项目表", "A1:D1", { fill: { color: "#DDEBF7", pattern: "Solid" }, font: { bold: true, color: "#1F4E78" }, borders: { bottom: { style: "Continuous", weight: "Medium" } } });
  workbook.setFormat("项目表", "B2:D4", { numberFormat: "#,##0.00", font: { italic: true } });
  workbook.setFormat("项目表", "C3", { fill: { color: "#FFFF00", pattern: "Gray50", patternColor: "#FF0000", tintAndShade: 0.4 } });
  workbook.setFormat("项目表", "D4", { fill: { color: "#C6EFCE", pattern: "Solid", tintAndShade: -0.25 }, borders: { left: { style: "Dash", color: "#00B050" } } });
  workbook.addNote("项目表", "A3", "用户自己的批注");
  return workbook;
}

const DIAGNOSTICS: Diagnostic[] = [
  diagnostic("项目表", "B2"),
  diagnostic("项目表", "C3", "warning"),
  diagnostic("项目表", "D4", "error"),
  diagnostic("项目表", "D4", "info", "other-rule"),
  diagnostic("项目表", "A3", "error"),
  diagnostic("项目表", "A1:B1", "info"),
  diagnostic("Other sheet", "B1", "warning"),
  diagnostic("Deleted sheet", "A1"),
];
const MESSAGES = DIAGNOSTICS.map((d, i) => `${d.rule} 第${i}条：预算数与资金来源合计不符`);

/** The plan's marks for `diagnostics` with `lines[i]` as diagnostic i's line, as planAnnotations makes them. */
function marked(diagnostics: readonly Diagnostic[], lines: readonly string[]): PlannedMark[] {
  return planMarks(diagnostics, lines, "zh-CN");
}

/** The note the plan writes for these lines. */
function note(...lines: string[]): string {
  return noteText(lines, "zh-CN");
}

/**
 * The document as the user sees it: everything but the add-in's snapshot part, which stays once made
 * (created once, then only rewritten) and must be empty when nothing is marked.
 */
function userState(workbook: FakeWorkbook): unknown {
  const state = workbook.state() as { customXmlParts: { xml: string }[] };
  const ours = state.customXmlParts.filter((part) => part.xml.includes(`xmlns="${MARKS_NAMESPACE}"`));
  return { ...state, customXmlParts: state.customXmlParts.filter((part) => !ours.includes(part)) };
}

function marksPart(workbook: FakeWorkbook): string | undefined {
  return workbook.customXmlParts.find((part) => part.xml.includes(`xmlns="${MARKS_NAMESPACE}"`))?.xml;
}

/** Whether each request from `from` to `to` only read, only wrote, or did both. */
function requestKinds(fake: FakeExcel, from: number, to: number): ("read" | "write" | "mixed")[] {
  const kinds: ("read" | "write" | "mixed")[] = [];
  for (let request = from; request < to; request++) {
    const calls = fake.calls.filter((c) => c.request === request);
    const writes = calls.some((c) => c.call.endsWith("=") || /\.(add|delete|clear|setCellProperties|format\.fill\.clear)$/.test(c.call));
    const reads = calls.some((c) => c.call.endsWith(".load") || c.call.endsWith(".getCellProperties"));
    kinds.push(writes && reads ? "mixed" : writes ? "write" : "read");
  }
  return kinds;
}

describe("highlight and clear", () => {
  test("a cell with a threaded comment gets its fill but no note; the other cells get both", async () => {
    const workbook = formattedWorkbook();
    workbook.addComment("项目表", "B2", "请核对预算数");
    const fake = new FakeExcel(workbook);
    const before = userState(workbook);
    const host = createExcelHost({ runtime: fake.runtime });
    await expect(host.highlight(marked(DIAGNOSTICS, MESSAGES))).resolves.toEqual({ marked: 6, notes: true });
    expect(fake.requests.filter((r) => r.error)).toEqual([]);
    expect(workbook.cell("项目表", "B2")!.format.fill.color).toBe("#FFC7CE");
    expect(workbook.sheet("项目表").notes.has(1 * 16384 + 1)).toBe(false);
    expect(workbook.sheet("项目表").notes.get(3 * 16384 + 3)!.content).toBe(note(MESSAGES[2]!, MESSAGES[3]!));
    expect(workbook.sheet("Other sheet").notes.get(1)!.content).toBe(note(MESSAGES[6]!));
    await host.clearMarks();
    expectSameState(userState(workbook), before);
  });

  test("with ExcelApi 1.20 a highlight and a clear are one undo step each; the old sheet's removal, which cannot be grouped, runs ungrouped", async () => {
    const workbook = formattedWorkbook();
    const before = userState(workbook);
    const fake = new FakeExcel(workbook, { apiVersion: "1.20" });
    const host = createExcelHost({ runtime: fake.runtime });
    await host.highlight(marked(DIAGNOSTICS, MESSAGES));
    expect(fake.groupedRuns).toBe(1);
    expect(fake.undoCleared).toEqual([]);
    const column = JSON.parse(marksPart(workbook)!.replace(/^<marks[^>]*>|<\/marks>$/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")) as string[];
    workbook.customXmlParts.length = 0;
    workbook.addSheet(MARKS_SHEET, column.map((text) => [text])).visibility = "VeryHidden";
    await expect(host.clearMarks()).resolves.toEqual({ restored: 6 });
    expect(fake.requests.map((r) => r.error).filter(Boolean)).toEqual(["UndoNotSupported"]);
    expect(workbook.findSheet(MARKS_SHEET)).toBeUndefined();
    expectSameState(userState(workbook), before);
  });

  test("a protected sheet and a hidden sheet are skipped and named; every other sheet gets its marks", async () => {
    const workbook = formattedWorkbook();
    workbook.addSheet("受保护", [["项目名称", "丁"]]).protected = true;
    workbook.addSheet("隐藏", [["项目名称", "戊"]]).visibility = "Hidden";
    const fake = new FakeExcel(workbook);
    const host = createExcelHost({ runtime: fake.runtime });
    const result = await host.highlight(marked([...DIAGNOSTICS, diagnostic("受保护", "B1"), diagnostic("隐藏", "B1")], [...MESSAGES, "m", "m"]));
    expect(result).toEqual({
      marked: 6,
      notes: true,
      skipped: [
        { sheet: "受保护", reason: "protected" },
        { sheet: "隐藏", reason: "hidden" },
      ],
    });
    expect(fake.requests.filter((r) => r.error)).toEqual([]);
    expect(workbook.cell("项目表", "B2")!.format.fill.color).toBe("#FFC7CE");
    expect(workbook.cell("受保护", "B1")!.format.fill.pattern).toBe("None");
    expect(workbook.cell("隐藏", "B1")!.format.fill.pattern).toBe("None");
  });

  test("marks on a sheet protected after the highlight stay recorded and are cleared once it is unprotected", async () => {
    const workbook = formattedWorkbook();
    const before = userState(workbook);
    const host = createExcelHost({ runtime: new FakeExcel(workbook).runtime });
    await host.highlight(marked(DIAGNOSTICS, MESSAGES));
    workbook.sheet("Other sheet").protected = true;
    await expect(host.clearMarks()).resolves.toEqual({ restored: 5 });
    expect(workbook.cell("Other sheet", "B1")!.format.fill.color).toBe("#FFEB9C");
    workbook.sheet("Other sheet").protected = false;
    await expect(host.clearMarks()).resolves.toEqual({ restored: 1 });
    expectSameState(userState(workbook), before);
  });

  test("No Fill (reported with null pattern and tint) comes back as No Fill, white as white, and no null is sent", async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet("表", [["a", "b"]]);
    workbook.setFormat("表", "B1", { fill: { color: "#FFFFFF", pattern: "Solid", tintAndShade: 0 } });
    const before = userState(workbook);
    const fake = new FakeExcel(workbook);
    const host = createExcelHost({ runtime: fake.runtime });
    await host.highlight(marked([diagnostic("表", "A1"), diagnostic("表", "B1")], ["m", "m"]));
    expect(workbook.cell("表", "A1")!.format.fill).toMatchObject({ color: "#FFC7CE", pattern: "Solid" });
    await host.clearMarks();
    expect(workbook.cell("表", "A1")!.format.fill.pattern).toBe("None");
    expect(workbook.cell("表", "B1")!.format.fill).toMatchObject({ color: "#FFFFFF", pattern: "Solid", tintAndShade: 0 });
    expectSameState(userState(workbook), before);
    expect(fake.callsOf("RangeAreas.format.fill.clear").map((c) => c.target)).toEqual(["表!A1"]);
  });

  test("highlight then clear leaves every cell exactly as before", async () => {
    const workbook = formattedWorkbook();
    const before = userState(workbook);
    const fake = new FakeExcel(workbook);
    const host = createExcelHost({ runtime: fake.runtime });

    const result = await host.highlight(marked(DIAGNOSTICS, MESSAGES));
    expect(result).toEqual({ marked: 6, notes: true });
    const sheet = workbook.sheet("项目表");
    expect(workbook.cell("项目表", "B2")!.format.fill).toMatchObject({ color: "#FFC7CE", pattern: "Solid" });
    expect(workbook.cell("项目表", "C3")!.format.fill).toMatchObject({ color: "#FFEB9C", pattern: "Solid", tintAndShade: 0 });
    // An error and an info on one cell: the error's colour, both messages in the note.
    expect(workbook.cell("项目表", "D4")!.format.fill.color).toBe("#FFC7CE");
    expect(sheet.notes.get(3 * 16384 + 3)!.content).toBe(note(MESSAGES[2]!, MESSAGES[3]!));
    // Info only: a note, no fill. The user's own note on A3 is left alone.
    expect(workbook.cell("项目表", "A1")!.format.fill.color).toBe("#DDEBF7");
    expect(sheet.notes.get(0)!.content).toBe(note(MESSAGES[5]!));
    expect(sheet.notes.get(2 * 16384)!.content).toBe("用户自己的批注");
    expect(workbook.cell("项目表", "A3")!.format.fill.color).toBe("#FFC7CE");
    // The snapshot is a custom XML part, not a sheet: nothing that clears the user's undo stack.
    expect(workbook.findSheet(MARKS_SHEET)).toBeUndefined();
    expect(marksPart(workbook)).toContain("jixiao-marks");
    expect(fake.undoCleared).toEqual([]);
    expect(userState(workbook)).not.toEqual(before);

    const cleared = await host.clearMarks();
    expect(cleared).toEqual({ restored: 6 });
    expectSameState(userState(workbook), before);
    expect(marksPart(workbook)).toBe(`<marks xmlns="${MARKS_NAMESPACE}">[]</marks>`);
    expect(workbook.customXmlParts).toHaveLength(1);
    expect(fake.undoCleared).toEqual([]);
  });

  test("highlighting again does not take the add-in's own marks for the user's formats", async () => {
    const workbook = formattedWorkbook();
    const before = userState(workbook);
    const host = createExcelHost({ runtime: new FakeExcel(workbook).runtime });

    await host.highlight(marked(DIAGNOSTICS, MESSAGES));
    await host.highlight(marked(DIAGNOSTICS, MESSAGES));
    // Severity changes, one cell drops out, one comes in.
    await host.highlight(marked(
      [diagnostic("项目表", "B2", "warning"), diagnostic("项目表", "C3", "info"), diagnostic("项目表", "B4"), diagnostic("项目表", "A2")],
      ["一", "二", "三", "四"],
    ));
    expect(workbook.cell("项目表", "B2")!.format.fill.color).toBe("#FFEB9C");
    expect(workbook.cell("项目表", "C3")!.format.fill).toMatchObject({ color: "#FFFF00", pattern: "Gray50" });
    expect(workbook.cell("项目表", "D4")!.format.fill).toMatchObject({ color: "#C6EFCE", tintAndShade: -0.25 });
    expect(workbook.sheet("项目表").notes.get(1 * 16384 + 1)!.content).toBe(note("一"));

    await host.clearMarks();
    expectSameState(userState(workbook), before);
  });

  test("the snapshot survives closing and reopening the workbook", async () => {
    const workbook = formattedWorkbook();
    const before = userState(workbook);
    await createExcelHost({ runtime: new FakeExcel(workbook).runtime }).highlight(marked(DIAGNOSTICS, MESSAGES));

    const reopened = workbook.reopen();
    const host = createExcelHost({ runtime: new FakeExcel(reopened).runtime });
    expect(await host.clearMarks()).toEqual({ restored: 6 });
    expectSameState(userState(reopened), before);
  });

  test("without ExcelApi 1.18 the cells are filled and no note is touched", async () => {
    const workbook = formattedWorkbook();
    const before = userState(workbook);
    const fake = new FakeExcel(workbook, { apiVersion: "1.17" });
    const host = createExcelHost({ runtime: fake.runtime });
    expect(await host.highlight(marked(DIAGNOSTICS, MESSAGES))).toEqual({ marked: 5, notes: false });
    expect(fake.calls.filter((c) => c.call.startsWith("Note"))).toEqual([]);
    expect(workbook.cell("项目表", "B2")!.format.fill.color).toBe("#FFC7CE");
    await host.clearMarks();
    expectSameState(userState(workbook), before);
  });

  test("what the user changed after the highlight is kept by clear", async () => {
    const workbook = formattedWorkbook();
    const fake = new FakeExcel(workbook);
    const host = createExcelHost({ runtime: fake.runtime });
    await host.highlight(marked(DIAGNOSTICS, MESSAGES));
    // The user recolours a marked cell and edits the add-in's note on another.
    workbook.setFormat("项目表", "B2", { fill: { color: "#00B0F0" } });
    workbook.sheet("项目表").notes.get(3 * 16384 + 3)!.content += "（已核实）";

    await host.clearMarks();
    expect(workbook.cell("项目表", "B2")!.format.fill.color).toBe("#00B0F0");
    expect(workbook.sheet("项目表").notes.get(3 * 16384 + 3)!.content).toBe(`${note(MESSAGES[2]!, MESSAGES[3]!)}（已核实）`);
    expect(workbook.cell("项目表", "D4")!.format.fill).toMatchObject({ color: "#C6EFCE", tintAndShade: -0.25 });
    expect(workbook.sheet("项目表").notes.has(0)).toBe(false);
  });

  test("a small highlight: the snapshot and sheets, the current formats, the snapshot write, one request per marked sheet, the notes", async () => {
    const fake = new FakeExcel(formattedWorkbook());
    await createExcelHost({ runtime: fake.runtime }).highlight(marked(DIAGNOSTICS, MESSAGES));
    expect(requestKinds(fake, 0, fake.syncs)).toEqual(["read", "read", "write", "write", "write", "write"]);
    expect(fake.runs).toBe(1);
  });

  test("events are off while the add-in writes", async () => {
    const workbook = formattedWorkbook();
    const fake = new FakeExcel(workbook);
    await createExcelHost({ runtime: fake.runtime }).highlight(marked(DIAGNOSTICS, MESSAGES));
    const toggles = fake.callsOf("Runtime.enableEvents=").map((c) => c.args[0]);
    expect(toggles).toEqual([false, true]);
    const firstWrite = fake.calls.findIndex((c) => c.call.endsWith("=") && !c.call.startsWith("Runtime"));
    const off = fake.calls.findIndex((c) => c.call === "Runtime.enableEvents=");
    expect(off).toBeLessThan(firstWrite);
    expect(fake.enableEvents).toBe(true);
  });

  test("a user's sheet that merely shares the old snapshot sheet's name is neither read nor removed", async () => {
    const workbook = formattedWorkbook();
    workbook.addSheet(MARKS_SHEET, [["someone else's data"]]);
    const host = createExcelHost({ runtime: new FakeExcel(workbook).runtime });
    await expect(host.highlight(marked(DIAGNOSTICS, MESSAGES))).resolves.toEqual({ marked: 6, notes: true });
    expect(workbook.cell(MARKS_SHEET, "A1")!.value).toBe("someone else's data");
  });

  test("marks left by an earlier version in its very hidden sheet are cleared, and that sheet is removed once", async () => {
    const workbook = formattedWorkbook();
    const before = userState(workbook);
    const fake = new FakeExcel(workbook);
    const host = createExcelHost({ runtime: fake.runtime });
    await host.highlight(marked(DIAGNOSTICS, MESSAGES));
    // What the earlier version stored: the same snapshot as a column of text in a very hidden sheet.
    const column = JSON.parse(marksPart(workbook)!.replace(/^<marks[^>]*>|<\/marks>$/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")) as string[];
    workbook.customXmlParts.length = 0;
    const legacy = workbook.addSheet(MARKS_SHEET, column.map((text) => [text]));
    legacy.visibility = "VeryHidden";
    await host.clearMarks();
    expectSameState(userState(workbook), { ...(before as object), sheets: (before as { sheets: unknown[] }).sheets });
    expect(workbook.findSheet(MARKS_SHEET)).toBeUndefined();
    expect(fake.undoCleared).toEqual(["Worksheet.visibility", "Worksheet.delete"]);
  });

  test("an unreadable snapshot is reported and discarded, and the next highlight works", async () => {
    const workbook = formattedWorkbook();
    const host = createExcelHost({ runtime: new FakeExcel(workbook).runtime });
    await host.highlight(marked(DIAGNOSTICS, MESSAGES));
    workbook.customXmlParts[0]!.xml = `<marks xmlns="${MARKS_NAMESPACE}">[&quot;{broken</marks>`;
    const error = await host.clearMarks().catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ExcelHostError);
    expect(error).toMatchObject({ code: "snapshot-unreadable" });
    expect(marksPart(workbook)).toBe(`<marks xmlns="${MARKS_NAMESPACE}">[]</marks>`);
    // With the snapshot discarded, the info-only A1 still carries the first run's note: its prefix says it is ours, so it is
    // taken back (6 cells, as the first time) and still holds one copy of its text.
    await expect(host.highlight(marked(DIAGNOSTICS, MESSAGES))).resolves.toEqual({ marked: 6, notes: true });
    expect(workbook.sheet("项目表").notes.get(0)!.content).toBe(note(MESSAGES[5]!));
  });

  test("10,000 marked cells: one sync per write chunk, every request under 5 MB, and clear restores them", async () => {
    const generated = generateGrids(2000, 11);
    const workbook = FakeWorkbook.fromGrids(generated.sheets);
    // Some of the cells to be marked already carry formats of their own.
    workbook.setFormat(generated.sheets[0]!.sheet, "A1:H40", { fill: { color: "#E2EFDA", pattern: "Solid" }, font: { bold: true } });
    const diagnostics: Diagnostic[] = [];
    const severities: Severity[] = ["error", "warning", "info"];
    for (const grid of generated.sheets) {
      grid.cells.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null && diagnostics.length < 10_000 && (r * 7 + c) % 3 === 0) diagnostics.push(diagnostic(grid.sheet, a1(r, c), severities[diagnostics.length % 3]!));
        }),
      );
    }
    expect(diagnostics).toHaveLength(10_000);
    const messages = diagnostics.map((d, i) => `第${i}项：${d.sheet} 的预算数与财政资金、其他资金之和不一致，请核对（${d.cell}）`);
    const before = userState(workbook);

    const fake = new FakeExcel(workbook);
    const host = createExcelHost({ runtime: fake.runtime });
    const result = await host.highlight(marked(diagnostics, messages));
    expect(result.marked).toBe(10_000);
    const highlightRequests = [...fake.requests];
    const kinds = requestKinds(fake, 0, highlightRequests.length);
    // The stored snapshot, then the current formats, then the writes: a write request only writes.
    expect(kinds[0]).toBe("read");
    const writeChunks = kinds.filter((k) => k === "write").length;
    expect(kinds.filter((k) => k === "mixed")).toEqual([]);
    expect(kinds.indexOf("write")).toBeGreaterThan(kinds.lastIndexOf("read"));
    // The snapshot, then each marked sheet's fills in a request of its own, then the notes in chunks.
    const markedSheets = new Set(diagnostics.map((d) => d.sheet)).size;
    expect(writeChunks).toBeGreaterThanOrEqual(2 + markedSheets);
    expect(writeChunks).toBeLessThanOrEqual(3 + markedSheets);
    for (const request of highlightRequests) {
      expect(request.requestBytes).toBeLessThanOrEqual(FIVE_MB);
      expect(request.responseBytes).toBeLessThanOrEqual(FIVE_MB);
    }

    const mark = fake.syncs;
    const cleared = await host.clearMarks();
    expect(cleared.restored).toBe(10_000);
    for (const request of fake.requestsSince(mark)) expect(request.requestBytes).toBeLessThanOrEqual(FIVE_MB);
    expectSameState(userState(workbook), before);
  });
});
