import type { PlanApplyResult } from "../host/excel/host-actions";
import type { EditDetail, EditProblem } from "./edit-plans";
import type { UiStrings } from "./i18n";

/** A notice about an edit: how it reads, and whether anything went in. */
export interface EditMessage {
  readonly intent: "success" | "warning";
  readonly lines: readonly string[];
}

function place(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

function categoryList(categories: readonly string[], t: UiStrings): string {
  return categories.join(t.listSeparator);
}

/** What an applied edit changed: what it was, the cells written and rows inserted, what was refused, what is left to do. */
export function editedMessage(detail: EditDetail, result: PlanApplyResult, t: UiStrings): EditMessage {
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
    case "insert":
      lines.push(e.insert(detail.name, place(detail.sheet, detail.cell), t.fillPanel.templateNames[detail.template], t.fillPanel.layouts[detail.layout]));
      break;
  }
  lines.push(e.written(result.applied, result.insertedRows));
  if (result.refused > 0) lines.push(e.refused(result.refused));
  if (detail.kind === "complete") {
    if (detail.needsInput > 0) lines.push(e.needsInput(detail.needsInput));
    if (detail.skipped.length > 0) lines.push(e.skipped(categoryList(detail.skipped, t)));
  }
  lines.push(e.rechecked);
  return { intent: result.refused > 0 ? "warning" : "success", lines };
}

/** Why nothing was planned, in the user's words. */
export function problemMessage(problem: EditProblem, t: UiStrings): EditMessage {
  const p = t.problem;
  switch (problem.code) {
    case "gone":
      return { intent: "warning", lines: [p.gone] };
    case "nothing-missing":
      return { intent: "warning", lines: problem.skipped.length > 0 ? [p.nothingMissing, t.edited.skipped(categoryList(problem.skipped, t))] : [p.nothingMissing] };
    case "no-fixes":
      return { intent: "warning", lines: [p.noFixes] };
    case "no-name":
      return { intent: "warning", lines: [p.noName] };
    case "bad-budget":
      return { intent: "warning", lines: [p.badBudget] };
    case "bad-position":
      return { intent: "warning", lines: [p.badPosition] };
    case "own-sheet":
      return { intent: "warning", lines: [p.ownSheet(problem.sheet)] };
    case "layout-mismatch":
      return { intent: "warning", lines: [p.layoutMismatch(t.fillPanel.layouts[problem.sheetLayout])] };
    case "unit-mismatch":
      return { intent: "warning", lines: [p.unitMismatch(t.fillPanel.units[problem.sheetUnit])] };
  }
}
