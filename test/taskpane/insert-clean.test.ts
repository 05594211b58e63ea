import { TEMPLATES } from "../../src/core/fill";
import { applyEdits } from "../../src/core/edit";
import type { WorkbookGrids } from "../../src/core/grid/grid";
import type { ProjectLayout, ProjectTable } from "../../src/core/model/model";
import type { Diagnostic } from "../../src/core/types";
import { readWorkbookFile } from "../../src/host/xlsx";
import { checkGrids, insertionTarget, planEdit, type NewProjectForm } from "../../src/taskpane/edit-plans";

const EXAMPLES = ["seed000-tianjin-blocks", "seed001-dongli-department", "seed002-qingdao-plan", "seed003-liwan-list", "seed004-korla-weighted"];
const NOW = new Date(2030, 0, 1);

async function example(name: string): Promise<WorkbookGrids> {
  const read = await readWorkbookFile(`examples/${name}.xlsx`);
  if (!read.ok) throw new Error(read.error.code);
  return read.grids;
}

function usedRows(grids: WorkbookGrids, sheet: string): number {
  const cells = grids.sheets.find((g) => g.sheet === sheet)!.cells;
  for (let r = cells.length - 1; r >= 0; r--) if ((cells[r] ?? []).some((v) => v !== null && String(v).trim() !== "")) return r + 1;
  return 0;
}

const key = (d: Diagnostic): string => `${d.rule} ${d.sheet}!${d.cell} ${d.messageId}`;
const serious = (ds: readonly Diagnostic[]): Diagnostic[] => ds.filter((d) => d.severity !== "info");

/** Inserts with the pane's own planning, typed in 万元, at a blank row a few rows below the content. */
function insertInto(grids: WorkbookGrids, sheet: string, templateId: NewProjectForm["template"], layout: ProjectLayout = "block") {
  const name = `新增测试项目${String(templateId)}`;
  const form: NewProjectForm = { template: templateId, layout, name, budget: "12.5", unit: "万元", agency: "", updateTotals: true };
  const at = { sheet, cell: `C${usedRows(grids, sheet) + 4}` };
  const checked = checkGrids(grids, {});
  const outcome = planEdit({ kind: "insert", form, at }, checked, NOW);
  if (!outcome.ok) throw new Error(`${sheet} ${String(templateId)}: ${outcome.problem.code}`);
  const applied = applyEdits(grids, outcome.plan);
  expect(applied.ok).toBe(true);
  expect(applied.refused).toEqual([]);
  const after = checkGrids(applied.grids, {});
  const project = after.parsed.tables.find((t): t is ProjectTable => t.kind === "project" && t.name.value === name);
  return { before: checked, after, project, outcome };
}

describe("whatever the pane inserts checks clean: every template × every example layout", () => {
  for (const file of EXAMPLES) {
    it(`${file}: each template on each sheet with projects adds a project with no error or warning, and changes no other finding`, async () => {
      const grids = await example(file);
      const base = checkGrids(grids, {});
      const sheets = [...new Set(base.parsed.tables.filter((t): t is ProjectTable => t.kind === "project").map((t) => t.sheet))];
      expect(sheets.length).toBeGreaterThan(0);
      for (const sheet of sheets) {
        const sheetUnit = base.parsed.tables.find((t): t is ProjectTable => t.kind === "project" && t.sheet === sheet)!.unit;
        for (const template of TEMPLATES) {
          const { before, after, project, outcome } = insertInto(grids, sheet, template.id);
          expect(project).toBeDefined();
          // The budget typed as 12.5 万元 is written in the sheet's unit: 125000 on a 元 sheet.
          expect(project!.budget?.total?.value).toBe(sheetUnit === "元" ? 125_000 : 12.5);
          expect(project!.unit).toBe(sheetUnit);
          if (!outcome.ok || outcome.detail.kind !== "insert") throw new Error("not an insertion");
          expect(outcome.detail.target.typed).toEqual(sheetUnit === "元" ? { amount: 12.5, unit: "万元" } : null);
          const own = serious(after.report.diagnostics.filter((d) => d.table === project!.id)).map(key);
          expect([sheet, template.id, own]).toEqual([sheet, template.id, []]);
          // Nothing else changes: the inserted block sits below the content, and list totals count it.
          const others = serious(after.report.diagnostics.filter((d) => d.table !== project!.id)).map(key);
          expect([sheet, template.id, others]).toEqual([sheet, template.id, serious(before.report.diagnostics).map(key)]);
        }
      }
    });
  }

  for (const layout of ["block", "list", "flat"] as const) {
    it(`an empty sheet gets a ${layout} skeleton for each template that checks clean`, async () => {
      const grids: WorkbookGrids = { sheets: [{ sheet: "新表", cells: [], merges: [] }] };
      for (const template of TEMPLATES) {
        const { after, project } = insertInto(grids, "新表", template.id, layout);
        expect(project?.layout).toBe(layout);
        expect([template.id, serious(after.report.diagnostics).map(key)]).toEqual([template.id, []]);
      }
    });
  }
});

describe("insertionTarget", () => {
  it("takes layout and unit from the selected sheet and converts what was typed", async () => {
    const grids = await example("seed001-dongli-department");
    const checked = checkGrids(grids, {});
    const form: NewProjectForm = { template: "auto", layout: "list", name: "甲", budget: "12.5", unit: "万元", agency: "", updateTotals: true };
    const found = insertionTarget(form, { sheet: "绩效目标6", cell: "A200" }, checked);
    expect(found).toEqual({
      ok: true,
      target: { sheet: "绩效目标6", cell: "A200", layout: "block", unit: "元", budget: 125_000, typed: { amount: 12.5, unit: "万元" }, below: true },
    });
  });

  it("reports every problem of the form at once", async () => {
    const checked = checkGrids(await example("seed003-liwan-list"), {});
    const form: NewProjectForm = { template: "auto", layout: "block", name: " ", budget: "十二", unit: "万元", agency: "", updateTotals: true };
    expect(insertionTarget(form, { sheet: "项目支出绩效目标表", cell: "A30" }, checked)).toEqual({
      ok: false,
      problem: {
        code: "form",
        fields: [
          { field: "name", code: "no-name" },
          { field: "budget", code: "bad-budget" },
        ],
      },
    });
  });

  it("writes the budget in the sheet's unit, keeping 元 cents exact in 万元, and one typed in that unit as typed", async () => {
    const grids = await example("seed003-liwan-list");
    const sheet = "项目支出绩效目标表";
    const checked = checkGrids(grids, {});
    const at = { sheet, cell: `A${usedRows(grids, sheet) + 3}` };
    const typed = (budget: string, unit: NewProjectForm["unit"]): unknown => {
      const found = insertionTarget({ template: "auto", layout: "list", name: "新项目", budget, unit, agency: "", updateTotals: true }, at, checked);
      return found.ok ? [found.target.unit, found.target.budget, found.target.typed] : found.problem;
    };
    expect(typed("1234.56", "元")).toEqual(["万元", 0.123456, { amount: 1234.56, unit: "元" }]);
    expect(typed("0.01", "元")).toEqual(["万元", 0.000001, { amount: 0.01, unit: "元" }]);
    expect(typed("7", "万元")).toEqual(["万元", 7, null]);
  });
});
