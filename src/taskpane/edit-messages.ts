import type { CellWrite } from "../core/fill";
import type { CellValue } from "../core/grid/grid";
import type { PlanApplyResult, RowBlock } from "../host/excel/host-actions";
import type { EditDetail, EditProblem, FormProblem } from "./edit-plans";
import type { UiStrings } from "./i18n";
import type { CellPlace } from "./pane-types";
import { changeLine } from "./undo";

/** A notice about an edit: how it reads, whether anything went in, and the cells it asks the user to look at (转到). */
export interface EditMessage {
  readonly intent: "success" | "warning" | "info";
  readonly lines: readonly string[];
  readonly cells?: readonly CellPlace[];
}

/** "表!B4" as a place; a sheet's name may hold "!", a cell address never does. */
export function placeOf(reference: string): CellPlace | null {
  const bang = reference.lastIndexOf("!");
  return bang <= 0 || bang === reference.length - 1 ? null : { sheet: reference.slice(0, bang), cell: reference.slice(bang + 1) };
}

/** A cell's value as the notice shows it: an amount as a 财务人员 reads it, a blank as blank. */
function valueText(value: CellValue, t: UiStrings): string {
  if (value === null || value === "") return t.edited.blank;
  return typeof value === "number" ? formatMoney(value, t.locale, true) : String(value);
}

/** Each kept formula total that does not take in the new rows, with the place to go to. */
function totalsLines(result: PlanApplyResult, t: UiStrings): { readonly lines: string[]; readonly cells: CellPlace[] } {
  const totals = result.totalsNotCovering ?? [];
  return {
    lines: totals.map((x) => t.edited.totalNotCovering(x.cell, x.formula, valueText(x.found, t), valueText(x.expected, t))),
    cells: totals.flatMap((x) => placeOf(x.cell) ?? []),
  };
}

function place(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

function categoryList(categories: readonly string[], t: UiStrings): string {
  return categories.join(t.listSeparator);
}

/** Why categories were not added: costs filed the other framework's way, or a table beside the project. */
function notAddedLines(from: { readonly skipped: readonly string[]; readonly beside?: readonly string[] }, t: UiStrings): string[] {
  const lines: string[] = [];
  if (from.skipped.length > 0) lines.push(t.edited.skipped(categoryList(from.skipped, t)));
  if (from.beside && from.beside.length > 0) lines.push(t.edited.beside(categoryList(from.beside, t)));
  return lines;
}

/** "125,000.00": an amount as a 财务人员 reads it, with two decimals or as many as it has (`asTyped`: none added). */
export function formatMoney(n: number, locale: "zh-CN" | "en" = "zh-CN", asTyped = false): string {
  return n.toLocaleString(locale === "en" ? "en-US" : "zh-CN", { minimumFractionDigits: asTyped ? 0 : 2, maximumFractionDigits: 6 });
}

/** The cells an edit changed, in one line ("F8：$\geq 95\%$ → ≥95%"). */
export function changesLine(writes: readonly CellWrite[], t: UiStrings): string {
  return changeLine(writes, { blank: t.edited.blank, more: t.edited.more });
}

/** What an applied edit changed: what it was, the cells written and rows inserted, what was refused, what is left to do. */
export function editedMessage(detail: EditDetail, result: PlanApplyResult, t: UiStrings, changes: readonly CellWrite[] = [], undoable = false): EditMessage {
  const e = t.edited;
  const wroteNothing = result.applied === 0 && result.insertedRows === 0;
  if (wroteNothing && result.refused > 0) return { intent: "warning", lines: [e.nothingWritten(result.refused), e.rechecked] };
  const lines: string[] = [];
  switch (detail.kind) {
    case "fix":
      lines.push(e.fix(place(detail.sheet, detail.cell)));
      break;
    case "fixAll":
      lines.push(e.fixAll(detail.fixes));
      break;
    case "suggestion":
      lines.push(e.suggestion(place(detail.sheet, detail.cell), detail.to));
      break;
    case "complete":
      lines.push(e.complete(detail.table, categoryList(detail.categories, t)));
      break;
    case "completeAll":
      lines.push(e.completeAll(detail.projects));
      break;
    case "insert":
      lines.push(e.insert(detail.name, place(detail.sheet, detail.cell), t.fillPanel.templateNames[detail.template], t.fillPanel.layouts[detail.layout]));
      if (detail.target.typed !== null) {
        lines.push(e.converted(conversionText(detail.target.typed.amount, detail.target.typed.unit, detail.target.budget, detail.target.unit, t)));
      }
      break;
  }
  const fixLike = detail.kind === "fix" || detail.kind === "fixAll" || detail.kind === "suggestion";
  if (fixLike && changes.length > 0) lines.push(changesLine(changes, t));
  else lines.push(e.written(result.applied, result.insertedRows));
  const totals = totalsLines(result, t);
  lines.push(...totals.lines);
  if (result.refused > 0) lines.push(e.refused(result.refused));
  if (detail.kind === "complete" || detail.kind === "completeAll") {
    if (detail.needsInput > 0) lines.push(e.needsInput(detail.needsInput));
    lines.push(...notAddedLines(detail, t));
  }
  if (detail.kind === "insert" && !undoable && result.insertedRows + result.applied > 0) lines.push(e.removeRows(detail.sheet, detail.rows.first, detail.rows.last));
  const intent = result.refused > 0 || totals.lines.length > 0 ? "warning" : "success";
  return totals.cells.length > 0 ? { intent, lines, cells: totals.cells } : { intent, lines };
}

/** "12.5 万元 = 125,000.00 元" */
export function conversionText(amount: number, from: string, to: number, toUnit: string, t: UiStrings): string {
  return `${formatMoney(amount, t.locale, true)} ${from} = ${formatMoney(to, t.locale)} ${toUnit}`;
}

function cellList(cells: readonly string[], t: UiStrings): string {
  return cells.slice(0, 5).join(t.listSeparator);
}

/**
 * After 撤销: what was put back and the rows deleted, and the cells left alone because the user
 * changed them since; when the added rows were changed, that nothing was undone and which cells.
 */
export function undoneMessage(
  changes: readonly CellWrite[],
  changed: readonly CellWrite[],
  t: UiStrings,
  rows: readonly RowBlock[] = [],
  rowsChanged: readonly string[] = [],
): EditMessage {
  const u = t.undone;
  if (rowsChanged.length > 0) return { intent: "warning", lines: [u.rowsChanged(cellList(rowsChanged, t), rowsChanged.length)] };
  const lines: string[] = rows.map((b) => u.rowsDeleted(b.sheet, b.first + 1, b.first + b.count));
  if (changes.length > 0) lines.push(u.done(changes.length), changesLine(changes, t));
  else if (rows.length === 0) lines.push(u.nothing);
  if (changed.length > 0)
    lines.push(
      u.changed(
        changed
          .map((w) => w.cell)
          .slice(0, 5)
          .join(t.listSeparator),
        changed.length,
      ),
    );
  return { intent: changed.length > 0 ? "warning" : "success", lines };
}

export function fieldProblem(problem: FormProblem, t: UiStrings): string {
  return problem.code === "no-name" ? t.problem.noName : t.problem.badBudget;
}

/** Why nothing was planned, in the user's words. */
export function problemMessage(problem: EditProblem, t: UiStrings): EditMessage {
  const p = t.problem;
  switch (problem.code) {
    case "gone":
      return { intent: "warning", lines: [p.gone] };
    case "nothing-missing":
      return {
        intent: "warning",
        lines: [p.nothingMissing, ...notAddedLines(problem, t)],
      };
    case "no-fixes":
      return { intent: "warning", lines: [p.noFixes] };
    case "no-name":
      return { intent: "warning", lines: [p.noName] };
    case "bad-budget":
      return { intent: "warning", lines: [p.badBudget] };
    case "form":
      return { intent: "warning", lines: problem.fields.map((f) => fieldProblem(f, t)) };
    case "bad-position":
      return { intent: "warning", lines: [p.badPosition] };
    case "own-sheet":
      return { intent: "warning", lines: [p.ownSheet(problem.sheet)] };
    case "layout-mismatch":
      return { intent: "warning", lines: [p.layoutMismatch(t.fillPanel.layouts[problem.sheetLayout])] };
    case "unit-mismatch":
      return { intent: "warning", lines: [p.unitMismatch(t.fillPanel.units[problem.sheetUnit])] };
    case "text-indicators":
      return { intent: "warning", lines: [p.textIndicators] };
  }
}
