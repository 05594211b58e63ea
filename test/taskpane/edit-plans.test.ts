import { planFixes, suggestionOffers } from "../../src/core/fill";
import { applyEdits } from "../../src/core/edit";
import type { WorkbookGrids } from "../../src/core/grid/grid";
import type { ProjectTable } from "../../src/core/model/model";
import { readWorkbookFile } from "../../src/host/xlsx";
import {
  checkGrids,
  diagnosticRef,
  fixableDiagnostics,
  formProblem,
  needsMarksCleared,
  parseBudget,
  planEdit,
  planningYear,
  projectsMissingCategories,
  sameDiagnostic,
  suggestionRefs,
  templateFor,
  type NewProjectForm,
} from "../../src/taskpane/edit-plans";
import { summarizeChecked } from "../../src/taskpane/summary-run";
import { problemMessage } from "../../src/taskpane/edit-messages";
import { uiStrings } from "../../src/taskpane/i18n";

const zh = uiStrings("zh-CN");
const en = uiStrings("en");

async function example(name: string): Promise<WorkbookGrids> {
  const read = await readWorkbookFile(`examples/${name}.xlsx`);
  if (!read.ok) throw new Error(read.error.code);
  return read.grids;
}

const S = "表";
/** A legacy block lacking 效益 and 满意度, with one OCR artefact; rows below it are empty. */
const block: WorkbookGrids = {
  sheets: [
    {
      sheet: S,
      cells: [
        ["项目名称", "甲项目"],
        ["预算数", 10, "其中：财政资金", 10],
        [],
        ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
        ["产出指标", "数量指标", "人数", "≥1人", "计划标准"],
        [null, "质量指标", "合格率", "$\\geq 95\\%$", "计划标准"],
        [null, "时效指标", "资金使用时间", "2024年1月至12月", "计划标准"],
      ],
      merges: [{ top: 4, left: 0, bottom: 6, right: 0 }],
    },
  ],
};

const FORM: NewProjectForm = { template: "auto", layout: "block", name: "乙项目", budget: "8", unit: "万元", agency: "", updateTotals: true };
const NOW = new Date(2030, 0, 1);

describe("what the fill panel lists", () => {
  test("projects lacking categories, once each, with the categories the check names", () => {
    const { report } = checkGrids(block, {});
    expect(projectsMissingCategories(report.diagnostics)).toEqual([
      { project: { sheet: S, table: "甲项目" }, cell: expect.any(String) as unknown as string, categories: ["效益指标", "满意度指标"] },
    ]);
  });

  test("fixable diagnostics and suggestions in report order, with keys that survive a re-check", async () => {
    const grids = await example("seed001-dongli-department");
    const first = checkGrids(grids, {}).report.diagnostics;
    const again = checkGrids(grids, {}).report.diagnostics;
    expect(fixableDiagnostics(first).map(diagnosticRef)).toEqual(first.filter((d) => d.fix).map(diagnosticRef));
    const refs = suggestionRefs(first);
    expect(refs.map((r) => [r.diagnostic.cell, r.index])).toEqual(suggestionOffers(first).map((o) => [o.diagnostic.cell, o.index]));
    expect(suggestionRefs(again).map((r) => r.key)).toEqual(refs.map((r) => r.key));
    expect(new Set(refs.map((r) => r.key)).size).toBe(refs.length);
  });
});

describe("planEdit", () => {
  test("修复 plans the one diagnostic's fix, found again in the fresh check", () => {
    const checked = checkGrids(block, {});
    const target = checked.report.diagnostics.find((d) => d.rule === "ocr-artefact")!;
    const outcome = planEdit({ kind: "fix", diagnostic: diagnosticRef(target) }, checked, NOW);
    expect(outcome).toEqual({ ok: true, plan: planFixes([target]), detail: { kind: "fix", sheet: S, cell: "D6" } });
  });

  test("a diagnostic that went away meanwhile is reported as gone, not edited", () => {
    const checked = checkGrids(block, {});
    const target = diagnosticRef(checked.report.diagnostics.find((d) => d.rule === "ocr-artefact")!);
    const fixed = applyEdits(block, planFixes(checked.report.diagnostics)).grids;
    expect(planEdit({ kind: "fix", diagnostic: target }, checkGrids(fixed, {}), NOW)).toEqual({ ok: false, problem: { code: "gone" } });
    expect(planEdit({ kind: "fixAll" }, checkGrids(fixed, {}), NOW)).toEqual({ ok: false, problem: { code: "no-fixes" } });
  });

  test("全部修复 plans every safe fix at once", async () => {
    const checked = checkGrids(await example("seed001-dongli-department"), {});
    const outcome = planEdit({ kind: "fixAll" }, checked, NOW);
    const fixable = fixableDiagnostics(checked.report.diagnostics);
    expect(outcome).toEqual({ ok: true, plan: planFixes(fixable), detail: { kind: "fixAll", fixes: fixable.length } });
  });

  test("a suggestion is planned on its own", async () => {
    const checked = checkGrids(await example("seed001-dongli-department"), {});
    const offer = suggestionOffers(checked.report.diagnostics)[0]!;
    const outcome = planEdit({ kind: "suggestion", diagnostic: diagnosticRef(offer.diagnostic), index: offer.index }, checked, NOW);
    expect(outcome.ok && outcome.plan).toEqual(offer.plan);
    expect(outcome.ok && outcome.detail).toEqual({
      kind: "suggestion",
      sheet: offer.diagnostic.sheet,
      cell: offer.diagnostic.cell,
      to: String(offer.suggestion.edits[0]!.to),
    });
    expect(planEdit({ kind: "suggestion", diagnostic: diagnosticRef(offer.diagnostic), index: 99 }, checked, NOW)).toEqual({
      ok: false,
      problem: { code: "gone" },
    });
  });

  test("补全缺失指标 beside another table inserts nothing and says why, in both languages", () => {
    const left = [["项目名称", "甲项目"], ["预算数", 10, "其中：财政资金", 10], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "人数", "≥1人"], ["效益指标", "社会效益指标", "能力", "有效提升"], ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"]];
    const right = [["项目名称", "乙项目"], ["预算数", 5, "其中：财政资金", 5], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "场次", "≥2场"], ["效益指标", "社会效益指标", "影响", "有效提升"]];
    // 甲 in A:F, a blank column, 乙 in H:K on the same rows.
    const cells = left.map((row, r) => [...row, ...Array.from({ length: 7 - row.length }, () => null), ...(right[r] ?? [])]);
    const sideBySide: WorkbookGrids = { sheets: [{ sheet: S, cells, merges: [] }] };
    const checked = checkGrids(sideBySide, {});
    expect(checked.parsed.tables.map((t) => t.id)).toEqual(["甲项目", "乙项目"]);
    const outcome = planEdit({ kind: "complete", project: { sheet: S, table: "乙项目" } }, checked, NOW);
    expect(outcome).toEqual({ ok: false, problem: { code: "nothing-missing", skipped: [], beside: ["满意度指标/服务对象满意度指标"] } });
    if (outcome.ok) return;
    expect(problemMessage(outcome.problem, zh).lines).toEqual(["该项目没有可自动补全的指标类别。", "未添加满意度指标/服务对象满意度指标：同一行旁边还有别的表，插入整行会把它拆开，请手工添加。"]);
    expect(problemMessage(outcome.problem, en).lines[1]).toBe("满意度指标/服务对象满意度指标 not added: another table sits beside this one on the same rows and a whole inserted row would cut it; add them by hand.");
  });

  test("补全缺失指标 adds the missing categories to that project only, and the re-check finds none missing", () => {
    const checked = checkGrids(block, {});
    const outcome = planEdit({ kind: "complete", project: { sheet: S, table: "甲项目" } }, checked, NOW);
    if (!outcome.ok) throw new Error(outcome.problem.code);
    expect(outcome.detail).toMatchObject({ kind: "complete", table: "甲项目", needsInput: 0, skipped: [] });
    expect(outcome.detail.kind === "complete" && outcome.detail.categories.map((c) => c.split("/")[0])).toEqual(
      expect.arrayContaining(["效益指标", "满意度指标"]),
    );
    expect(outcome.plan.insertions).toEqual([{ sheet: S, before: 7, count: 2 }]);
    expect(needsMarksCleared(outcome.plan)).toBe(true);
    const after = applyEdits(block, outcome.plan);
    expect(after.refused).toEqual([]);
    expect(checkGrids(after.grids, {}).report.diagnostics.filter((d) => d.rule === "missing-category")).toEqual([]);
    expect(planEdit({ kind: "complete", project: { sheet: S, table: "甲项目" } }, checkGrids(after.grids, {}), NOW)).toEqual({
      ok: false,
      problem: { code: "nothing-missing", skipped: [] },
    });
    expect(planEdit({ kind: "complete", project: { sheet: S, table: "丙项目" } }, checked, NOW)).toEqual({ ok: false, problem: { code: "gone" } });
  });

  test("a list project is completed by appending to its encoded cell, which moves no format", async () => {
    const checked = checkGrids(await example("seed003-liwan-list"), {});
    const outcome = planEdit({ kind: "complete", project: { sheet: "项目支出绩效目标表", table: "公务接待费" } }, checked, NOW);
    if (!outcome.ok) throw new Error(outcome.problem.code);
    expect(outcome.plan.writes.map((w) => [w.kind, w.cell])).toEqual([["append", "G8"]]);
    expect(needsMarksCleared(outcome.plan)).toBe(false);
  });

  test("插入新项目 goes at the selected row of the selected sheet, and parses back with its budget", () => {
    const checked = checkGrids(block, {});
    const outcome = planEdit({ kind: "insert", form: { ...FORM, template: "it-maintenance", agency: " 某局 " }, at: { sheet: S, cell: "A12" } }, checked, NOW);
    if (!outcome.ok) throw new Error(outcome.problem.code);
    expect(outcome.detail).toEqual({
      kind: "insert",
      name: "乙项目",
      sheet: S,
      cell: "A12",
      template: "it-maintenance",
      layout: "block",
      target: { sheet: S, cell: "A12", layout: "block", unit: "万元", budget: 8, typed: null, below: true },
      rows: { first: 12, last: 21 },
    });
    const after = applyEdits(block, outcome.plan);
    expect(after.refused).toEqual([]);
    const added = checkGrids(after.grids, {}).parsed.tables.find((t): t is ProjectTable => t.kind === "project" && t.name.value === "乙项目");
    expect(added?.range.top).toBe(11);
    expect(added?.budget?.total?.value).toBe(8);
  });

  test("a new project inside a table, in another layout, or with a bad form is refused with a reason", () => {
    const checked = checkGrids(block, {});
    expect(planEdit({ kind: "insert", form: FORM, at: { sheet: S, cell: "B5" } }, checked, NOW)).toEqual({
      ok: false,
      problem: { code: "bad-position", row: 4 },
    });
    // The form's layout is for a sheet without projects: a sheet with blocks gets a block.
    const flat = planEdit({ kind: "insert", form: { ...FORM, layout: "flat" }, at: { sheet: S, cell: "A12" } }, checked, NOW);
    expect(flat.ok && flat.detail.kind === "insert" ? flat.detail.layout : null).toBe("block");
    expect(planEdit({ kind: "insert", form: { ...FORM, name: "  ", budget: "-1" }, at: { sheet: S, cell: "A12" } }, checked, NOW)).toEqual({
      ok: false,
      problem: {
        code: "form",
        fields: [
          { field: "name", code: "no-name" },
          { field: "budget", code: "bad-budget" },
        ],
      },
    });
    // A sheet the host left out of the read (the add-in's own): nothing may go there.
    expect(planEdit({ kind: "insert", form: FORM, at: { sheet: "汇总-项目", cell: "A1" } }, checked, NOW)).toEqual({
      ok: false,
      problem: { code: "own-sheet", sheet: "汇总-项目" },
    });
  });

  test("全部补全 completes every project lacking a category in one plan, and the check then finds none", async () => {
    const grids = await example("seed003-liwan-list");
    const checked = checkGrids(grids, {});
    expect(projectsMissingCategories(checked.report.diagnostics)).toHaveLength(4);
    const outcome = planEdit({ kind: "completeAll" }, checked, NOW);
    if (!outcome.ok) throw new Error(outcome.problem.code);
    expect(outcome.detail).toEqual({ kind: "completeAll", projects: 4, needsInput: 0, skipped: [] });
    const after = applyEdits(grids, outcome.plan);
    expect(after.refused).toEqual([]);
    const again = checkGrids(after.grids, {});
    expect(again.report.diagnostics.filter((d) => d.rule === "missing-category")).toEqual([]);
    expect(planEdit({ kind: "completeAll" }, again, NOW)).toEqual({ ok: false, problem: { code: "nothing-missing", skipped: [] } });
  });

  test("a new list row updates the totals only when asked", async () => {
    const grids = await example("seed003-liwan-list");
    const checked = checkGrids(grids, {});
    const table = checked.parsed.tables.find((t): t is ProjectTable => t.kind === "project" && t.id === "公务接待费")!;
    const at = { sheet: table.sheet, cell: `A${table.range.top + 1}` };
    const withTotals = planEdit({ kind: "insert", form: { ...FORM, layout: "list" }, at }, checked, NOW);
    const without = planEdit({ kind: "insert", form: { ...FORM, layout: "list", updateTotals: false }, at }, checked, NOW);
    if (!withTotals.ok || !without.ok) throw new Error("not planned");
    const totals = withTotals.plan.writes.filter((w) => w.kind === "fix");
    // The list's 合计 rows: 308 plus the new project's 8.
    expect(totals).toEqual(
      ["B4", "C4", "B5", "C5"].map((cell) => ({ kind: "fix", sheet: "项目支出绩效目标表", cell, from: 308, to: 316, source: "new-project" })),
    );
    expect(without.plan.writes.filter((w) => w.kind === "fix")).toEqual([]);
    expect(withTotals.plan.writes.length - without.plan.writes.length).toBe(totals.length);
  });
});

describe("the form and its helpers", () => {
  test("budgets as people type them", () => {
    expect(parseBudget("12.5")).toBe(12.5);
    expect(parseBudget(" 1,200 ")).toBe(1200);
    expect(parseBudget("１２．５")).toBe(12.5);
    expect(parseBudget("0")).toBe(0);
    for (const bad of ["", "-3", "十二", "1e3", "12万", "."]) expect(parseBudget(bad)).toBeNull();
  });

  test("formProblem checks the name and the budget before anything is read", () => {
    expect(formProblem(FORM)).toBeNull();
    expect(formProblem({ ...FORM, name: "" })).toEqual({ code: "form", fields: [{ field: "name", code: "no-name" }] });
    expect(formProblem({ ...FORM, budget: "abc" })).toEqual({ code: "form", fields: [{ field: "budget", code: "bad-budget" }] });
  });

  test("the template: the one picked, or guessed from the name", () => {
    expect(templateFor({ template: "legal-counsel", name: "信息系统运维" }).id).toBe("legal-counsel");
    expect(templateFor({ template: "auto", name: "2024年信息系统运维费" }).id).toBe("it-maintenance");
    expect(templateFor({ template: "auto", name: "某某经费" }).id).toBe("general");
  });

  test("the year of the workbook, else this year", () => {
    expect(planningYear(block, NOW)).toBe(2024);
    expect(planningYear({ sheets: [] }, NOW)).toBe(2030);
  });

  test("diagnostics are matched by rule, message, place and table", () => {
    const d = checkGrids(block, {}).report.diagnostics[0]!;
    expect(sameDiagnostic(d, diagnosticRef(d))).toBe(true);
    expect(sameDiagnostic(d, { ...diagnosticRef(d), cell: "Z99" })).toBe(false);
    expect(sameDiagnostic(d, { ...diagnosticRef(d), table: "other" })).toBe(false);
  });
});

describe("summarizeChecked", () => {
  test("seed 003 adds up to 308.00 万元, seed 001 to 24.34 万元", async () => {
    expect(summarizeChecked(checkGrids(await example("seed003-liwan-list"), {})).totals.total.toFixed(2)).toBe("308.00");
    expect(summarizeChecked(checkGrids(await example("seed001-dongli-department"), {})).totals.total.toFixed(2)).toBe("24.34");
  });
});
