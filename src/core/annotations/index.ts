import type { Report } from "../check/check";
import type { Locale } from "../messages/render";
import { noteLine, planMarks, type PlannedMark } from "./marks";
import { planReportSheet, type PlannedReport } from "./report-sheet";

export { LINK_COLOR, MARK_FILL, NOTE_PREFIX, isOwnNote, noteLine, noteText, ownNoteStart, planMarks, userPartOfNote } from "./marks";
export type { MarkColor, PlannedMark } from "./marks";
export { REPORT_MARKER, SIGNATURE_COLUMNS, SIGNATURE_ROWS, displayWidth, isOwnReportSheet, planReportSheet, reportLabels } from "./report-sheet";
export type { PlannedReport, PlannedReportRow, ReportLink, ReportRowStyle } from "./report-sheet";

/** Everything an annotated workbook shows: the marked cells with their notes, and the report sheet. */
export interface AnnotationPlan {
  readonly marks: readonly PlannedMark[];
  readonly report: PlannedReport;
}

/**
 * One plan for both hosts: the CLI's package writer and the add-in apply it as it is, so colours,
 * notes and the report sheet's rows are the same in either. `report.diagnostics` are the ones to
 * show (the pane passes them without the ignored ones).
 */
export function planAnnotations(report: Pick<Report, "diagnostics" | "stats" | "tables">, locale: Locale): AnnotationPlan {
  const lines = report.diagnostics.map((d) => noteLine(d, locale));
  return { marks: planMarks(report.diagnostics, lines, locale), report: planReportSheet(report, locale) };
}
