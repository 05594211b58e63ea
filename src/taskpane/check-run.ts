import { checkWorkbook, type Report } from "../core/check/check";
import type { WorkbookGrids } from "../core/grid/grid";
import { renderMessage, ruleDescription, severityLabel, type Locale } from "../core/messages/render";
import type { CheckConfig, Diagnostic } from "../core/types";
import type { ReportLabels, ReportLine } from "../host/excel/host-actions";
import { splitIgnored } from "./ignored";

/** A check's report with the texts the host writes into the workbook, rendered once in the user's language. */
export interface CheckRun {
  readonly report: Report;
  /** The report's diagnostics less the ignored ones: what the list shows, the cells marked and the report sheet. */
  readonly diagnostics: readonly Diagnostic[];
  /** How many diagnostics of this check are ignored. */
  readonly ignored: number;
  /** One note per shown diagnostic, in the same order, for host.highlight. */
  readonly notes: readonly string[];
  readonly reportLines: readonly ReportLine[];
  readonly reportLabels: ReportLabels;
}

/** The report sheet's name and headers, as the CLI's annotated copy writes them. */
const REPORT_LABELS: Readonly<Record<Locale, Required<ReportLabels>>> = {
  "zh-CN": { sheetName: "校验报告", headers: ["单元格", "工作表", "级别", "项目或表", "问题", "规则"] },
  en: { sheetName: "Check report", headers: ["Cell", "Sheet", "Severity", "Table", "Problem", "Rule"] },
};

/** The cell note: severity, message and the rule it breaks, as the CLI's annotated copy writes it. */
export function noteText(d: Diagnostic, locale: Locale): string {
  const separator = locale === "en" ? ": " : "：";
  const rule = locale === "en" ? ` (${ruleDescription(d.rule, locale)})` : `（${ruleDescription(d.rule, locale)}）`;
  return `${severityLabel(d.severity, locale)}${separator}${renderMessage(d, locale)}${rule}`;
}

export function reportLine(d: Diagnostic, locale: Locale): ReportLine {
  return {
    sheet: d.sheet,
    cell: d.cell,
    severity: severityLabel(d.severity, locale),
    table: d.table,
    message: renderMessage(d, locale),
    rule: d.rule,
  };
}

export function runCheck(grids: WorkbookGrids, config: Partial<CheckConfig>, locale: Locale, ignored?: readonly string[]): CheckRun {
  return checkRunOf(checkWorkbook(grids, config).report, locale, ignored);
}

/** A run from a report already made: after 忽略 or 恢复, nothing needs reading again. */
export function checkRunOf(report: Report, locale: Locale, ignored?: readonly string[]): CheckRun {
  const { shown, ignored: ignoredCount } = splitIgnored(report.diagnostics, ignored);
  return {
    report,
    diagnostics: shown,
    ignored: ignoredCount,
    notes: shown.map((d) => noteText(d, locale)),
    reportLines: shown.map((d) => reportLine(d, locale)),
    reportLabels: REPORT_LABELS[locale],
  };
}
