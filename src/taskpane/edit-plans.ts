/**
 * What the 填充模板 panel's buttons ask for, turned into fill plans on freshly read grids. Pure: the
 * pane reads the workbook through the host, calls planEdit, and hands the plan back to the host.
 * A request names its diagnostic or project as the last check listed it; it is found again in the
 * fresh check, so a problem that went away meanwhile is reported as gone rather than edited blindly.
 */
import { checkWorkbook, type Report } from "../core/check/check";
import {
  EMPTY_PLAN,
  concatPlans,
  findTemplate,
  guessTemplate,
  isEmptyPlan,
  planFill,
  planFixes,
  planNewProject,
  planSuggestion,
  workbookYear,
  type FillPlan,
  type NewProjectError,
  type ProjectTemplate,
  type SkippedCategory,
  type TemplateId,
} from "../core/fill";
import { parseA1 } from "../core/grid/address";
import { moneyIn } from "../core/money/amounts";
import type { WorkbookGrids } from "../core/grid/grid";
import type { MoneyUnit, ParsedWorkbook, ProjectLayout, ProjectTable } from "../core/model/model";
import type { CheckConfig, Diagnostic } from "../core/types";
import type { SelectionCell } from "../host/excel/host-actions";

/** A diagnostic as the pane names it: enough to find it again in a later check. */
export interface DiagnosticRef {
  readonly rule: string;
  readonly messageId: string;
  readonly sheet: string;
  readonly cell: string;
  readonly table: string;
}

export interface ProjectRef {
  readonly sheet: string;
  readonly table: string;
}

/** The 插入新项目 form as typed. */
export interface NewProjectForm {
  /** A template id, or "auto" to guess from the project's name. */
  readonly template: TemplateId | "auto";
  /** For a sheet without projects; a sheet with projects keeps its own layout. */
  readonly layout: ProjectLayout;
  readonly name: string;
  /** As typed; checked when the project is planned. */
  readonly budget: string;
  /** The unit the budget is typed in; it is converted to the sheet's unit. */
  readonly unit: MoneyUnit;
  readonly agency: string;
  /** List layouts: also add the new amounts to the 合计 (and subtotal) rows. */
  readonly updateTotals: boolean;
}

export type EditRequest =
  | { readonly kind: "fix"; readonly diagnostic: DiagnosticRef }
  | { readonly kind: "fixAll" }
  | { readonly kind: "complete"; readonly project: ProjectRef }
  | { readonly kind: "suggestion"; readonly diagnostic: DiagnosticRef; readonly index: number }
  | { readonly kind: "insert"; readonly form: NewProjectForm; readonly at: SelectionCell }
  | { readonly kind: "completeAll" };

/** What a planned edit is about, for the sentence shown once it is applied. */
export type EditDetail =
  | { readonly kind: "fix"; readonly cell: string; readonly sheet: string }
  | { readonly kind: "fixAll"; readonly fixes: number }
  | {
      readonly kind: "complete";
      readonly table: string;
      readonly categories: readonly string[];
      /** Targets left blank because the project has no 预算数. */
      readonly needsInput: number;
      /** Categories not added because the project files its costs the other framework's way. */
      readonly skipped: readonly string[];
      /** Categories not added because another table sits beside the project on its rows. */
      readonly beside?: readonly string[];
    }
  | { readonly kind: "suggestion"; readonly cell: string; readonly sheet: string; readonly to: string }
  | { readonly kind: "completeAll"; readonly projects: number; readonly needsInput: number; readonly skipped: readonly string[]; readonly beside?: readonly string[] }
  | {
      readonly kind: "insert";
      readonly name: string;
      readonly sheet: string;
      readonly cell: string;
      readonly template: TemplateId;
      readonly layout: ProjectLayout;
      readonly target: InsertionTarget;
      /** One-based rows the new project takes (to delete it by hand: inserted rows are not undone). */
      readonly rows: { readonly first: number; readonly last: number };
    };

/** Why nothing could be planned. */
export type EditProblem =
  /** The diagnostic or project is no longer in the check (fixed or changed meanwhile). */
  | { readonly code: "gone" }
  /** The project lacks nothing that can be added. */
  | { readonly code: "nothing-missing"; readonly skipped: readonly string[]; readonly beside?: readonly string[] }
  | { readonly code: "no-fixes" }
  | { readonly code: "no-name" }
  /** Several things wrong with the 插入新项目 form, all reported at once. */
  | { readonly code: "form"; readonly fields: readonly FormProblem[] }
  /** The selection is on a sheet the host leaves out of its reads: the add-in's report or summary sheets. */
  | { readonly code: "own-sheet"; readonly sheet: string }
  | NewProjectError;

export type EditOutcome = { readonly ok: true; readonly plan: FillPlan; readonly detail: EditDetail } | { readonly ok: false; readonly problem: EditProblem };

/** Grids checked with the pane's settings: what every plan is made from. */
export interface CheckedGrids {
  readonly grids: WorkbookGrids;
  readonly parsed: ParsedWorkbook;
  readonly report: Report;
  readonly config: Partial<CheckConfig>;
}

export function checkGrids(grids: WorkbookGrids, config: Partial<CheckConfig>): CheckedGrids {
  const { parsed, report } = checkWorkbook(grids, config);
  return { grids, parsed, report, config };
}

export function diagnosticRef(d: Diagnostic): DiagnosticRef {
  return { rule: d.rule, messageId: d.messageId, sheet: d.sheet, cell: d.cell, table: d.table };
}

export function sameDiagnostic(d: DiagnosticRef, ref: DiagnosticRef): boolean {
  return d.rule === ref.rule && d.messageId === ref.messageId && d.sheet === ref.sheet && d.cell === ref.cell && d.table === ref.table;
}

/** Diagnostics with a safe fix, in report order. */
export function fixableDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.fix !== undefined && d.fix.edits.length > 0);
}

/** One offer per suggestion, in report order: what the panel shows one at a time. */
export interface SuggestionRef {
  readonly diagnostic: Diagnostic;
  readonly index: number;
  /** Stable across re-checks while the diagnostic stays. */
  readonly key: string;
}

export function suggestionRefs(diagnostics: readonly Diagnostic[]): SuggestionRef[] {
  return diagnostics.flatMap((d) =>
    (d.suggestions ?? []).map((_, index) => ({ diagnostic: d, index, key: `${d.sheet}!${d.cell}/${d.rule}/${d.messageId}/${index}` })),
  );
}

/** A project the check found lacking required 一级 categories. */
export interface MissingProject {
  readonly project: ProjectRef;
  /** Where the check reported it. */
  readonly cell: string;
  /** The categories as the check names them (效益指标, 满意度指标). */
  readonly categories: readonly string[];
}

/** The projects lacking a required 一级 category, once each, in report order. */
export function projectsMissingCategories(diagnostics: readonly Diagnostic[]): MissingProject[] {
  const byKey = new Map<string, { project: ProjectRef; cell: string; categories: string[] }>();
  for (const d of diagnostics) {
    if (d.rule !== "missing-category") continue;
    const key = `${d.sheet}\u0000${d.table}`;
    let entry = byKey.get(key);
    if (entry === undefined) byKey.set(key, (entry = { project: { sheet: d.sheet, table: d.table }, cell: d.cell, categories: [] }));
    const category = d.data.category;
    if (typeof category === "string" && !entry.categories.includes(category)) entry.categories.push(category);
  }
  return [...byKey.values()];
}

/** The year templates write ("{年度}年1月至12月"): the workbook's, else this year. */
export function planningYear(grids: WorkbookGrids, now: Date = new Date()): number {
  return workbookYear(grids) ?? now.getFullYear();
}

/** A budget as typed: "12.5", "１２", "1,200" (full-width digits and separators are common in pasted text). */
export function parseBudget(text: string): number | null {
  const halfWidth = text.replace(/[０-９．，]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,\s]/gu, "");
  if (!/^\d+(?:\.\d+)?$/u.test(halfWidth)) return null;
  const n = Number(halfWidth);
  return Number.isFinite(n) ? n : null;
}

export function templateFor(form: Pick<NewProjectForm, "template" | "name">): ProjectTemplate {
  return (form.template === "auto" ? null : findTemplate(form.template)) ?? guessTemplate(form.name);
}

/** The plan for one request, made on `checked` (grids read just now). */
export function planEdit(request: EditRequest, checked: CheckedGrids, now: Date = new Date()): EditOutcome {
  const diagnostics = checked.report.diagnostics;
  switch (request.kind) {
    case "fix": {
      const found = diagnostics.find((d) => d.fix !== undefined && sameDiagnostic(d, request.diagnostic));
      if (!found) return { ok: false, problem: { code: "gone" } };
      return { ok: true, plan: planFixes([found]), detail: { kind: "fix", sheet: found.sheet, cell: found.cell } };
    }
    case "fixAll": {
      const fixable = fixableDiagnostics(diagnostics);
      if (fixable.length === 0) return { ok: false, problem: { code: "no-fixes" } };
      return { ok: true, plan: planFixes(fixable), detail: { kind: "fixAll", fixes: fixable.length } };
    }
    case "suggestion": {
      const found = diagnostics.find((d) => sameDiagnostic(d, request.diagnostic) && d.suggestions?.[request.index] !== undefined);
      if (!found) return { ok: false, problem: { code: "gone" } };
      const plan = planSuggestion(found, request.index);
      const to = plan.writes[0]?.to;
      return { ok: true, plan, detail: { kind: "suggestion", sheet: found.sheet, cell: found.cell, to: to === null || to === undefined ? "" : String(to) } };
    }
    case "complete":
      return planCompletion(request.project, checked, now);
    case "completeAll":
      return planCompleteAll(checked, now);
    case "insert":
      return planInsertion(request.form, request.at, checked, now);
  }
}

/** The categories a fill left out, by why: costs filed elsewhere, or a table beside the project (only when there is one). */
function notAdded(skipped: readonly SkippedCategory[]): { skipped: string[]; beside: { beside?: string[] } } {
  const of = (reason: SkippedCategory["reason"]): string[] => [...new Set(skipped.filter((s) => s.reason === reason).map((s) => s.category))];
  const beside = of("beside-another-table");
  return { skipped: of("cost-elsewhere"), beside: beside.length > 0 ? { beside } : {} };
}

function planCompletion(project: ProjectRef, checked: CheckedGrids, now: Date): EditOutcome {
  const exists = checked.parsed.tables.some((t) => t.kind === "project" && t.sheet === project.sheet && t.id === project.table);
  if (!exists) return { ok: false, problem: { code: "gone" } };
  const fill = planFill(checked.grids, {
    config: checked.config,
    fixes: false,
    year: planningYear(checked.grids, now),
    tables: (t) => t.sheet === project.sheet && t.id === project.table,
  });
  const { skipped, beside } = notAdded(fill.skipped);
  if (isEmptyPlan(fill.plan)) return { ok: false, problem: { code: "nothing-missing", skipped, ...beside } };
  return {
    ok: true,
    plan: fill.plan,
    detail: { kind: "complete", table: project.table, categories: fill.added.flatMap((a) => a.categories), needsInput: fill.needsInput.length, skipped, ...beside },
  };
}

/** 全部补全: every project the check found lacking a category, in one plan. */
function planCompleteAll(checked: CheckedGrids, now: Date): EditOutcome {
  const lacking = new Set(projectsMissingCategories(checked.report.diagnostics).map((m) => `${m.project.sheet}\u0000${m.project.table}`));
  if (lacking.size === 0) return { ok: false, problem: { code: "nothing-missing", skipped: [] } };
  const fill = planFill(checked.grids, {
    config: checked.config,
    fixes: false,
    year: planningYear(checked.grids, now),
    tables: (t) => lacking.has(`${t.sheet}\u0000${t.id}`),
  });
  const { skipped, beside } = notAdded(fill.skipped);
  if (isEmptyPlan(fill.plan)) return { ok: false, problem: { code: "nothing-missing", skipped, ...beside } };
  return { ok: true, plan: fill.plan, detail: { kind: "completeAll", projects: fill.added.length, needsInput: fill.needsInput.length, skipped, ...beside } };
}

export type FormField = "name" | "budget";

export interface FormProblem {
  readonly field: FormField;
  readonly code: "no-name" | "bad-budget";
}

/** Everything wrong with the form as typed, before the workbook is even read; empty when it can be planned. */
export function formProblems(form: NewProjectForm): FormProblem[] {
  const problems: FormProblem[] = [];
  if (form.name.trim() === "") problems.push({ field: "name", code: "no-name" });
  if (parseBudget(form.budget) === null) problems.push({ field: "budget", code: "bad-budget" });
  return problems;
}

/** The form's problems as one EditProblem; null when there are none. */
export function formProblem(form: NewProjectForm): EditProblem | null {
  const fields = formProblems(form);
  return fields.length === 0 ? null : { code: "form", fields };
}

/** Where a new project goes and in what terms: the selected sheet's layout and unit, the budget converted into it. */
export interface InsertionTarget {
  readonly sheet: string;
  readonly cell: string;
  readonly layout: ProjectLayout;
  /** The sheet's unit, which the budget is written in. */
  readonly unit: MoneyUnit;
  readonly budget: number;
  /** What the user typed, when it was in another unit. */
  readonly typed: { readonly amount: number; readonly unit: MoneyUnit } | null;
  /** The selection was a blank row below the sheet's content: the project goes right after it. */
  readonly below: boolean;
}

/** Rows of a sheet holding anything. */
function usedRows(checked: CheckedGrids, sheet: string): number {
  const grid = checked.grids.sheets.find((g) => g.sheet === sheet);
  if (!grid) return 0;
  for (let r = grid.cells.length - 1; r >= 0; r--)
    if ((grid.cells[r] ?? []).some((v) => v !== null && v !== undefined && String(v).trim() !== "")) return r + 1;
  return 0;
}

/** The selected sheet decides layout and unit; the workbook's first project decides the unit of an empty sheet. */
export function insertionTarget(
  form: NewProjectForm,
  at: SelectionCell,
  checked: CheckedGrids,
): { readonly ok: true; readonly target: InsertionTarget } | { readonly ok: false; readonly problem: EditProblem } {
  const problem = formProblem(form);
  if (problem !== null) return { ok: false, problem };
  if (parseA1(at.cell) === null) return { ok: false, problem: { code: "bad-position", row: -1 } };
  if (!checked.grids.sheets.some((g) => g.sheet === at.sheet)) return { ok: false, problem: { code: "own-sheet", sheet: at.sheet } };
  const projects = checked.parsed.tables.filter((t): t is ProjectTable => t.kind === "project");
  const onSheet = projects.filter((t) => t.sheet === at.sheet);
  const last = onSheet.reduce<ProjectTable | null>((a, b) => (a === null || b.range.top >= a.range.top ? b : a), null);
  const layout = last?.layout ?? form.layout;
  const unit = last?.unit ?? projects[0]?.unit ?? form.unit;
  const typed = parseBudget(form.budget)!;
  const row = parseA1(at.cell)!.row;
  return {
    ok: true,
    target: {
      sheet: at.sheet,
      cell: at.cell,
      layout,
      unit,
      budget: moneyIn(typed, form.unit, unit),
      typed: form.unit === unit ? null : { amount: typed, unit: form.unit },
      below: row >= usedRows(checked, at.sheet),
    },
  };
}

function planInsertion(form: NewProjectForm, at: SelectionCell, checked: CheckedGrids, now: Date): EditOutcome {
  const found = insertionTarget(form, at, checked);
  if (!found.ok) return found;
  const target = found.target;
  const name = form.name.trim();
  const template = templateFor(form);
  const agency = form.agency.trim();
  const profile = checked.config.profile;
  const planned = planNewProject(
    checked.grids,
    checked.parsed,
    // A block goes where it was asked; a list row or flat run must follow the content, so any blank row below it means "after it".
    target.below && target.layout !== "block"
      ? { sheet: at.sheet, layout: target.layout }
      : { sheet: at.sheet, layout: target.layout, at: parseA1(at.cell)!.row },
    {
      name,
      budget: target.budget,
      unit: target.unit,
      ...(agency !== "" ? { agency } : {}),
      year: planningYear(checked.grids, now),
      template,
      ...(profile === "2021" || profile === "legacy" ? { framework: profile } : {}),
    },
  );
  if (!planned.ok) return { ok: false, problem: planned.error };
  const totals = form.updateTotals ? planned.value.totals : [];
  const plan = totals.length > 0 ? concatPlans(planned.value.plan, { ...EMPTY_PLAN, writes: totals }) : planned.value.plan;
  const { top, bottom } = planned.value.rows;
  return {
    ok: true,
    plan,
    detail: {
      kind: "insert",
      name,
      sheet: at.sheet,
      cell: `A${top + 1}`,
      template: template.id,
      layout: target.layout,
      target,
      rows: { first: top + 1, last: bottom + 1 },
    },
  };
}

/**
 * Plans that insert rows or copy formats. The highlight's marks are cleared before these: inserted
 * rows move the marked cells away from where the snapshot of their formats says they are, and a
 * format copied from a marked row would carry the mark into cells the snapshot does not know.
 */
export function needsMarksCleared(plan: FillPlan): boolean {
  return plan.insertions.length > 0 || plan.styles.length > 0;
}
