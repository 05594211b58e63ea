import { buildSummary, type ConsolidatedSummary } from "../core/summary";
import type { CheckedGrids } from "./edit-plans";

/** The summary of the open workbook, from grids checked with the pane's settings (the add-in's own sheets left out by the host). */
export function summarizeChecked(checked: CheckedGrids): ConsolidatedSummary {
  return buildSummary([{ file: "", parsed: checked.parsed, diagnostics: checked.report.diagnostics }]);
}
