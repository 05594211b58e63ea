import type { Diagnostic } from "../../../src/core/types";
import { addressLists, cellKey, rangeOfAddress, rowRuns, sheetOfAddress } from "../../../src/host/excel/addresses";
import { groupBySize, utf8Length } from "../../../src/host/excel/batches";
import type { MarkedCell, MarksSnapshot } from "../../../src/host/excel/marks";
import { CHUNK_CHARS, decodeSnapshot, encodeSnapshot, markTargets, noteHashOf, planMarks } from "../../../src/host/excel/marks";
import { noteText } from "../../../src/core/annotations";
import { marks } from "../plan-helpers";

function d(cell: string, severity: Diagnostic["severity"], sheet = "S"): Diagnostic {
  return { rule: "r", messageId: "m", severity, sheet, cell, related: [], table: "t", data: {} };
}

describe("mark planning", () => {
  test("the plan's marks keyed by cell: one target per top-left cell, the worst severity, every distinct message", () => {
    const targets = markTargets(marks([d("B2", "info"), d("B2:C4", "error"), d("B2", "warning"), d("C1", "info"), d("bad", "error")], ["i", "e", "w", "only info", "x"]));
    expect([...targets.get("S")!.values()]).toEqual([
      { key: cellKey(1, 1), fill: "#FFC7CE", note: "【绩效表助手】i\ne\nw" },
      { key: cellKey(0, 2), fill: null, note: "【绩效表助手】only info" },
    ]);
  });

  test("a note with our prefix and no snapshot (the CLI wrote it) is ours: rewritten below the user's text, or removed", () => {
    const target = markTargets(marks([d("A1", "error"), d("B1", "error")], ["新", "新"]));
    const notes: Record<number, string> = { 0: "【绩效表助手】旧", 1: "用户的话\n[jixiao] old" };
    const current = (_sheet: string, key: number) => ({ fill: { color: "#FFFFFF", pattern: "None" }, note: { kind: "text" as const, text: notes[key]! } });
    const plan = planMarks(new Map(), target, current, true);
    expect(plan.updateNotes).toEqual([
      { sheet: "S", key: 0, text: "【绩效表助手】新" },
      { sheet: "S", key: 1, text: "用户的话\n【绩效表助手】新" },
    ]);
    expect(plan.addNotes).toEqual([]);
    expect(plan.snapshot.get("S")!.get(1)!.noteHash).toBe(noteHashOf("用户的话\n【绩效表助手】新"));

    // 清除标记 afterwards: the user's text stays, a note wholly ours goes.
    const written: Record<number, string> = { 0: "【绩效表助手】新", 1: "用户的话\n【绩效表助手】新" };
    const cleared = planMarks(plan.snapshot, new Map(), (_sheet, key) => ({ fill: { color: "#FFC7CE", pattern: "Solid", tintAndShade: 0 }, note: { kind: "text", text: written[key]! } }), true);
    expect(cleared.deleteNotes).toEqual([{ sheet: "S", key: 0 }]);
    expect(cleared.updateNotes).toEqual([{ sheet: "S", key: 1, text: "用户的话" }]);
  });

  test("clear restores only what still wears the add-in's mark and deletes only its unedited notes", () => {
    const original = { color: "#FFFFFF", pattern: "None" };
    const previous: MarksSnapshot = new Map([
      [
        "S",
        new Map<number, MarkedCell>([
          [1, { key: 1, original, mark: "#FFC7CE", noteHash: noteHashOf("n1") }],
          [2, { key: 2, original, mark: "#FFEB9C", noteHash: noteHashOf("n2") }],
        ]),
      ],
    ]);
    const plan = planMarks(
      previous,
      new Map(),
      (_sheet, key) =>
        key === 1
          ? { fill: { color: "#ffc7ce", pattern: "Solid", tintAndShade: 0 }, note: { kind: "text", text: "n1" } }
          : { fill: { color: "#00B0F0", pattern: "Solid" }, note: { kind: "text", text: "n2 edited" } },
      true,
    );
    expect(plan.restoreFills).toEqual([{ sheet: "S", key: 1, fill: original }]);
    expect(plan.deleteNotes).toEqual([{ sheet: "S", key: 1 }]);
    expect(plan.snapshot.size).toBe(0);
    expect(plan.restored).toBe(1);
  });

  test("a gradient fill is left alone and gets a note only", () => {
    const targets = markTargets(marks([d("A1", "error")], ["m"]));
    const plan = planMarks(new Map(), targets, () => ({ fill: { pattern: "LinearGradient", color: "#FF0000" }, note: { kind: "none" } }), true);
    expect(plan.markFills).toEqual([]);
    expect(plan.addNotes).toEqual([{ sheet: "S", key: 0, text: noteText(["m"], "zh-CN") }]);
    expect(plan.snapshot.get("S")!.get(0)).toEqual({ key: 0, original: null, mark: null, noteHash: noteHashOf(noteText(["m"], "zh-CN")) });
  });
});

describe("snapshot storage", () => {
  test("round trip, in chunks Excel can hold in a cell", () => {
    const cells = new Map<number, MarkedCell>();
    for (let i = 0; i < 5000; i++) {
      const key = cellKey(i, i % 30);
      cells.set(key, { key, original: { color: i % 2 ? "#FFFFFF" : "#DDEBF7", pattern: i % 2 ? "None" : "Solid" }, mark: i % 3 ? "#FFC7CE" : "#FFEB9C", noteHash: i % 4 ? noteHashOf(String(i)) : null });
    }
    const snapshot: MarksSnapshot = new Map([["表 '1'", cells]]);
    const column = encodeSnapshot(snapshot);
    expect(column.length).toBeGreaterThan(3);
    expect(column.every((text) => text.length <= CHUNK_CHARS)).toBe(true);
    const decoded = decodeSnapshot(column);
    expect(decoded.status).toBe("ok");
    expect(decoded.status === "ok" && decoded.snapshot).toEqual(snapshot);
  });

  test("a foreign sheet and a damaged snapshot are told apart", () => {
    expect(decodeSnapshot(["hello"])).toEqual({ status: "foreign" });
    expect(decodeSnapshot([])).toEqual({ status: "foreign" });
    const column = encodeSnapshot(new Map([["S", new Map([[0, { key: 0, original: null, mark: null, noteHash: "abc" }]])]]));
    expect(decodeSnapshot(column.slice(0, 1)).status).toBe("unreadable");
    expect(decodeSnapshot([column[0], column[1]!.slice(1)]).status).toBe("unreadable");
    expect(decodeSnapshot([column[0]!.replace('"version":1', '"version":9'), column[1]]).status).toBe("unreadable");
  });
});

describe("addresses and batches", () => {
  test("row runs join neighbours in a row only", () => {
    expect(rowRuns([cellKey(0, 0), cellKey(0, 1), cellKey(0, 3), cellKey(1, 1)])).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 0, left: 3, bottom: 0, right: 3 },
      { top: 1, left: 1, bottom: 1, right: 1 },
    ]);
  });

  test("address lists stay under Excel's limits", () => {
    const runs = Array.from({ length: 3000 }, (_, i) => ({ top: i * 2, left: 0, bottom: i * 2, right: 1 }));
    const lists = addressLists(runs);
    expect(lists.every((list) => list.length <= 4000 && list.split(", ").length <= 400)).toBe(true);
    expect(lists.join(", ").split(", ")).toHaveLength(3000);
  });

  test("sheet-qualified addresses", () => {
    expect(sheetOfAddress("'It''s 表'!A1:B2")).toBe("It's 表");
    expect(sheetOfAddress("Sheet1!C3")).toBe("Sheet1");
    expect(sheetOfAddress("C3")).toBeNull();
    expect(rangeOfAddress("'a!b'!$B$2:$C$4")).toEqual({ top: 1, left: 1, bottom: 3, right: 2 });
  });

  test("sizes", () => {
    expect(utf8Length("a表😀")).toBe(1 + 3 + 4);
    expect(groupBySize([{ bytes: 5 }, { bytes: 5 }, { bytes: 5 }, { bytes: 20 }], 10).map((g) => g.length)).toEqual([2, 1, 1]);
  });
});
