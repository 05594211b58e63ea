import { planMarks, planReportSheet, type PlannedMark, type PlannedReport } from "../../src/core/annotations";
import type { Report } from "../../src/core/check/check";
import type { Locale } from "../../src/core/messages/render";
import type { SheetReading } from "../../src/core/model/model";
import type { Diagnostic } from "../../src/core/types";

/** The annotation plan's marks for `diagnostics`, `lines[i]` being diagnostic i's line of the note. */
export function marks(diagnostics: readonly Diagnostic[], lines: readonly string[], locale: Locale = "zh-CN"): PlannedMark[] {
  return planMarks(diagnostics, lines, locale);
}

/** The annotation plan's report sheet for `diagnostics` and the sheets' reading. */
export function reportOf(diagnostics: readonly Diagnostic[], sheets: readonly SheetReading[] = [], locale: Locale = "zh-CN"): PlannedReport {
  const stats = { sheets, projects: 1, summaries: 0, errors: 0, warnings: 0, infos: 0 } as unknown as Report["stats"];
  return planReportSheet({ diagnostics, stats, tables: [] }, locale);
}

export function diagnostic(sheet: string, cell: string, table = "甲", severity: Diagnostic["severity"] = "error"): Diagnostic {
  return { rule: "r", messageId: "m", severity, sheet, cell, related: [], table, data: {} };
}
