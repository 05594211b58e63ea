import { planAnnotations, type AnnotationPlan } from "../core/annotations";
import { checkWorkbook, type Report } from "../core/check/check";
import type { WorkbookGrids } from "../core/grid/grid";
import type { Locale } from "../core/messages/render";
import type { CheckConfig, Diagnostic } from "../core/types";
import { splitIgnored } from "./ignored";

/** A check's report with what the host writes into the workbook, planned once in the user's language. */
export interface CheckRun {
  readonly report: Report;
  /** The report's diagnostics less the ignored ones: what the list shows, the cells marked and the report sheet. */
  readonly diagnostics: readonly Diagnostic[];
  /** How many diagnostics of this check are ignored. */
  readonly ignored: number;
  /** The marks and the report sheet of the shown diagnostics: the core's one plan, as the CLI's annotated copy writes it. */
  readonly annotations: AnnotationPlan;
}

export function runCheck(grids: WorkbookGrids, config: Partial<CheckConfig>, locale: Locale, ignored?: readonly string[]): CheckRun {
  return checkRunOf(checkWorkbook(grids, config).report, locale, ignored);
}

/** A run from a report already made: after 忽略 or 恢复, nothing needs reading again. */
export function checkRunOf(report: Report, locale: Locale, ignored?: readonly string[]): CheckRun {
  const { shown, ignored: ignoredCount } = splitIgnored(report.diagnostics, ignored);
  return { report, diagnostics: shown, ignored: ignoredCount, annotations: planAnnotations({ ...report, diagnostics: shown }, locale) };
}
