import { PlanStaleError } from "../../src/host/excel/apply-plan";
import { changesLine, conversionText, editedMessage, placeOf, problemMessage, undoneMessage } from "../../src/taskpane/edit-messages";
import type { EditDetail } from "../../src/taskpane/edit-plans";
import { describeHostError, staleCells } from "../../src/taskpane/host-errors";
import { uiStrings } from "../../src/taskpane/i18n";

const zh = uiStrings("zh-CN");
const en = uiStrings("en");

describe("the notice after an edit", () => {
  const fix = { kind: "fix", sheet: "绩效目标1", cell: "F9", from: "$\\geq 95\\%$", to: "≥95%", source: "ocr-artefact" } as const;

  test("a fix says where, and in one line what the cell held and holds now", () => {
    const detail: EditDetail = { kind: "fix", sheet: "绩效目标1", cell: "F9" };
    expect(editedMessage(detail, { applied: 1, insertedRows: 0, refused: 0 }, zh, [fix])).toEqual({
      intent: "success",
      lines: ["已修复 绩效目标1!F9。", "F9：$\\geq 95\\%$ → ≥95%"],
    });
    expect(editedMessage(detail, { applied: 1, insertedRows: 0, refused: 0 }, en, [fix]).lines).toEqual(["Fixed 绩效目标1!F9.", "F9：$\\geq 95\\%$ → ≥95%"]);
  });

  test("many fixes show the first three and count the rest; a blank cell reads as blank", () => {
    const writes = ["F8", "F9", "F10", "F11", "F12"].map((cell) => ({ ...fix, cell }));
    const line = editedMessage({ kind: "fixAll", fixes: 5 }, { applied: 5, insertedRows: 0, refused: 0 }, zh, writes).lines[1];
    expect(line).toBe("F8：$\\geq 95\\%$ → ≥95%；F9：$\\geq 95\\%$ → ≥95%；F10：$\\geq 95\\%$ → ≥95%，另有 2 处");
    expect(
      changesLine(
        [
          { ...fix, sheet: "甲", to: null },
          { ...fix, sheet: "乙" },
        ],
        en,
      ),
    ).toBe("甲!F9：$\\geq 95\\%$ → (blank)；乙!F9：$\\geq 95\\%$ → ≥95%");
  });

  test("a completion names its categories and what is left for a person; no row count when none was inserted", () => {
    const detail: EditDetail = {
      kind: "complete",
      table: "甲项目",
      categories: ["效益指标/社会效益指标", "满意度指标/服务对象满意度指标"],
      needsInput: 1,
      skipped: ["成本指标"],
    };
    expect(editedMessage(detail, { applied: 9, insertedRows: 2, refused: 0 }, zh).lines).toEqual([
      "已为“甲项目”补全：效益指标/社会效益指标、满意度指标/服务对象满意度指标。",
      "已写入 9 个单元格，插入 2 行。",
      "1 个指标值需要填写预算数后补充。",
      "未添加成本指标：成本已按另一框架填报，请调整其一级、二级指标。",
    ]);
    expect(editedMessage(detail, { applied: 1, insertedRows: 0, refused: 0 }, zh).lines[1]).toBe("已写入 1 个单元格。");
    expect(editedMessage(detail, { applied: 1, insertedRows: 0, refused: 0 }, en).lines[1]).toBe("Wrote 1 cell.");
  });

  test("an insertion shows the conversion, and how to remove the rows; refusals turn it into a warning", () => {
    const target = { sheet: "表", cell: "A12", layout: "block", unit: "元", budget: 125_000, typed: { amount: 12.5, unit: "万元" }, below: true } as const;
    const detail: EditDetail = {
      kind: "insert",
      name: "乙项目",
      sheet: "表",
      cell: "A12",
      template: "it-maintenance",
      layout: "block",
      target,
      rows: { first: 12, last: 24 },
    };
    const partly = editedMessage(detail, { applied: 20, insertedRows: 0, refused: 2 }, zh);
    expect(partly.intent).toBe("warning");
    expect(partly.lines).toEqual([
      "已在 表!A12 插入新项目“乙项目”（信息系统运维模板，分块版式）。",
      "预算数已按工作表的单位写入：12.5 万元 = 125,000.00 元。",
      "已写入 20 个单元格。",
      "另有 2 处修改未写入（单元格已变化，或与其他修改重叠）。",
      "插入的行不能在此撤销；如需删除，请删除“表”第 12–24 行。",
    ]);
    expect(conversionText(1234.56, "元", 0.123456, "万元", en)).toBe("1,234.56 元 = 0.123456 万元");
    expect(editedMessage(detail, { applied: 0, insertedRows: 0, refused: 1 }, zh)).toEqual({
      intent: "warning",
      lines: ["没有写入任何内容：1 处修改与工作簿现状冲突。", "已重新校验。"],
    });
  });

  test("a total kept as a formula that does not take in the new rows is a warning at its cell, with 转到 for each", () => {
    const target = { sheet: "项目表!1", cell: "A16", layout: "list", unit: "万元", budget: 20, typed: null, below: true } as const;
    const detail: EditDetail = { kind: "insert", name: "丙项目", sheet: "项目表!1", cell: "A16", template: "general", layout: "list", target, rows: { first: 16, last: 16 } };
    const result = {
      applied: 6,
      insertedRows: 0,
      refused: 0,
      formulasKept: ["项目表!1!B4", "项目表!1!C4"],
      totalsNotCovering: [
        { cell: "项目表!1!B4", formula: "=SUM(B6:B15)", expected: 328.5, found: 308.5 },
        { cell: "项目表!1!C4", formula: "=C5+C6", expected: 1200, found: null },
      ],
    };
    expect(editedMessage(detail, result, zh, [], true)).toEqual({
      intent: "warning",
      lines: [
        "已在 项目表!1!A16 插入新项目“丙项目”（通用模板，列表版式）。",
        "已写入 6 个单元格。",
        "项目表!1!B4 的合计公式 =SUM(B6:B15) 没有算入新写入的行：现为 308.5，应为 328.5。请把公式的范围扩大到新行。",
        "项目表!1!C4 的合计公式 =C5+C6 没有算入新写入的行：现为 （空），应为 1,200。请把公式的范围扩大到新行。",
      ],
      cells: [
        { sheet: "项目表!1", cell: "B4" },
        { sheet: "项目表!1", cell: "C4" },
      ],
    });
    expect(editedMessage(detail, result, en, [], true).lines[2]).toBe(
      "The total in 项目表!1!B4, =SUM(B6:B15), does not count the new rows: it shows 308.5 where 328.5 is expected. Widen the formula's range to take them in.",
    );
    // Kept formulas that do add up are not news: the notice stays a success and offers no 转到.
    expect(editedMessage(detail, { ...result, totalsNotCovering: [] }, zh, [], true)).toEqual({
      intent: "success",
      lines: ["已在 项目表!1!A16 插入新项目“丙项目”（通用模板，列表版式）。", "已写入 6 个单元格。"],
    });
  });

  test("a reference splits at its last !, since a sheet's name may hold one", () => {
    expect([placeOf("表!B4"), placeOf("a!b!C9"), placeOf("B4"), placeOf("表!"), placeOf("!B4")]).toEqual([
      { sheet: "表", cell: "B4" },
      { sheet: "a!b", cell: "C9" },
      null,
      null,
      null,
    ]);
  });

  test("an undo says what was put back and which cells it left because they changed since", () => {
    const back = { ...fix, from: "≥95%", to: "$\\geq 95\\%$", source: "undo" };
    expect(undoneMessage([back], [], zh)).toEqual({ intent: "success", lines: ["已撤销 1 处修改：", "F9：≥95% → $\\geq 95\\%$"] });
    expect(undoneMessage([], [{ ...fix, cell: "F10" }], zh)).toEqual({
      intent: "warning",
      lines: ["没有撤销任何内容：写入的单元格在此后都已被改动。", "F10 共 1 个单元格在写入后又被改动，为避免覆盖，没有撤销。"],
    });
  });

  test("every problem reads as a sentence in both languages", () => {
    const problems = [
      { code: "gone" },
      { code: "nothing-missing", skipped: ["成本指标"] },
      { code: "no-fixes" },
      { code: "no-name" },
      { code: "bad-budget" },
      {
        code: "form",
        fields: [
          { field: "name", code: "no-name" },
          { field: "budget", code: "bad-budget" },
        ],
      },
      { code: "bad-position", row: 3 },
      { code: "own-sheet", sheet: "汇总-项目" },
      { code: "layout-mismatch", sheetLayout: "list" },
      { code: "unit-mismatch", sheetUnit: "元" },
      { code: "text-indicators" },
    ] as const;
    for (const problem of problems) {
      const zhLines = problemMessage(problem, zh).lines;
      const enLines = problemMessage(problem, en).lines;
      expect(zhLines.length).toBeGreaterThan(0);
      expect(zhLines.join("")).toMatch(/[\u4e00-\u9fff]/u);
      expect(enLines.join("")).not.toBe(zhLines.join(""));
    }
    expect(problemMessage({ code: "layout-mismatch", sheetLayout: "list" }, zh).lines).toEqual(["所选工作表中的项目是“列表”版式，请改选该版式。"]);
    expect(problemMessage({ code: "nothing-missing", skipped: ["成本指标"] }, zh).lines).toHaveLength(2);
    expect(
      problemMessage(
        {
          code: "form",
          fields: [
            { field: "name", code: "no-name" },
            { field: "budget", code: "bad-budget" },
          ],
        },
        zh,
      ).lines,
    ).toEqual(["请填写项目名称。", "请填写有效的预算数（不小于 0 的数字）。"]);
  });
});

describe("a stale plan in plain words", () => {
  test("names the changed cells and says nothing was written, without the developer message", () => {
    const error = new PlanStaleError([{ sheet: "绩效目标1", cell: "F10", expected: "$\\geq 95\\%$", found: "≥96%" }]);
    expect(staleCells(error)).toEqual(["绩效目标1!F10"]);
    const view = describeHostError(error, "zh-CN");
    expect(view).toEqual({ sentence: "准备修改期间，单元格 绩效目标1!F10 已被改动。为避免覆盖，本次没有写入任何内容。已重新校验，请再试一次。", code: null });
    expect(view.sentence).not.toContain("≥96%");
    expect(describeHostError(error, "en").sentence).toMatch(/^Cell 绩效目标1!F10 changed while/u);
  });

  test("many cells are cut short, and a look-alike from another bundle is recognised by name", () => {
    const cells = ["F8", "F9", "F10", "F11", "F12"].map((cell) => ({ sheet: "表", cell, expected: null, found: "x" }));
    expect(describeHostError(new PlanStaleError(cells), "zh-CN").sentence).toContain("单元格 表!F8、表!F9、表!F10 等 5 处已被改动。");
    expect(describeHostError(new PlanStaleError(cells), "en").sentence).toContain("Cell 表!F8, 表!F9, 表!F10 and 2 more changed");
    const foreign = Object.assign(new Error("x"), { name: "PlanStaleError", cells: [{ sheet: "表", cell: "A1" }] });
    expect(staleCells(foreign)).toEqual(["表!A1"]);
    expect(staleCells(Object.assign(new Error("x"), { name: "PlanStaleError" }))).toEqual([]);
    expect(describeHostError(Object.assign(new Error("x"), { name: "PlanStaleError" }), "zh-CN").sentence).toMatch(/^准备修改期间，工作簿已被改动。/u);
    expect(staleCells(new Error("x"))).toBeNull();
    expect(staleCells({ name: "PlanStaleError" })).toBeNull();
  });
});
