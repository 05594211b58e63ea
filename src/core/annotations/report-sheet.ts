import type { Report } from "../check/check";
import type { SheetReading } from "../model/model";
import { describeSheetReading, sheetStatusLabel } from "../messages/reading";
import { renderMessage, severityLabel, type Locale } from "../messages/render";
import type { Diagnostic } from "../types";
import { MARK_FILL, type MarkColor } from "./marks";

/**
 * The report sheet as data: every row the hosts write, with its style, the cell its first column
 * links to and the tint of that cell. The CLI's package writer and the Office.js host write exactly these rows.
 */

/**
 * A hidden workbook name pointing at A1 of the report sheet the tool wrote. A sheet counts as ours
 * only with this name and our content signature (isOwnReportSheet): a name alone can be forged, and
 * a user's sheet called 校验报告 has neither.
 */
export const REPORT_MARKER = "_jixiao_report";

export type ReportRowStyle = "title" | "summary" | "blank" | "header" | "problem" | "section" | "reading";

export interface ReportLink {
  readonly sheet: string;
  readonly cell: string;
}

export interface PlannedReportRow {
  readonly style: ReportRowStyle;
  readonly cells: readonly string[];
  /** Where the first cell links to, if anywhere. */
  readonly link: ReportLink | null;
  /** The first cell's tint (error and warning problems, sheets not or partly read). */
  readonly fill: MarkColor | null;
}

export interface PlannedReport {
  /** The sheet's name when the host has to add it (the host makes it unique). */
  readonly name: string;
  readonly marker: string;
  /** Row i of the sheet is rows[i]. */
  readonly rows: readonly PlannedReportRow[];
  /** Zero-based row of the problems' header: the rows down to it are frozen, and the filter starts there. */
  readonly headerRow: number;
  readonly problems: number;
  /** Columns the sheet uses. */
  readonly width: number;
  /** Column widths in Excel character units (CJK counts double), for hosts that cannot autofit. */
  readonly widths: readonly number[];
}

interface ReportTexts {
  readonly name: string;
  readonly title: string;
  readonly headers: readonly string[];
  readonly section: string;
  readonly readingHeaders: readonly string[];
}

const TEXTS: Readonly<Record<Locale, ReportTexts>> = {
  "zh-CN": {
    name: "校验报告",
    title: "校验报告（绩效表助手）",
    headers: ["单元格", "工作表", "级别", "项目或表", "问题", "规则"],
    section: "各工作表读取情况",
    readingHeaders: ["查看的单元格", "工作表", "读取情况", "识别的表", "说明"],
  },
  en: {
    name: "Check report",
    title: "Check report (jixiao)",
    headers: ["Cell", "Sheet", "Severity", "Table", "Problem", "Rule"],
    section: "How each sheet was read",
    readingHeaders: ["Cell looked at", "Sheet", "Reading", "Tables read", "Details"],
  },
};

/** Rows above the problems' header: title, summary line, a blank row. */
const HEADER_ROW = 3;

/** The report's sheet name and problem-column headers in a locale. */
export function reportLabels(locale: Locale): { readonly sheetName: string; readonly headers: readonly string[] } {
  return { sheetName: TEXTS[locale].name, headers: TEXTS[locale].headers };
}

export function planReportSheet(report: Pick<Report, "diagnostics" | "stats" | "tables">, locale: Locale): PlannedReport {
  const texts = TEXTS[locale];
  const row = (style: ReportRowStyle, cells: readonly string[], link: ReportLink | null = null, fill: MarkColor | null = null): PlannedReportRow => ({ style, cells, link, fill });
  const rows: PlannedReportRow[] = [row("title", [texts.title]), row("summary", [summaryLine(report, locale)]), row("blank", []), row("header", texts.headers)];
  for (const d of report.diagnostics) rows.push(row("problem", problemCells(d, locale), { sheet: d.sheet, cell: d.cell }, MARK_FILL[d.severity]));
  rows.push(row("blank", []), row("section", [texts.section]), row("header", texts.readingHeaders));
  for (const s of report.stats.sheets) rows.push(row("reading", readingCells(s, locale), s.cell ? { sheet: s.sheet, cell: s.cell } : null, readingFill(s)));
  const width = Math.max(texts.headers.length, texts.readingHeaders.length);
  return { name: texts.name, marker: REPORT_MARKER, rows, headerRow: HEADER_ROW, problems: report.diagnostics.length, width, widths: columnWidths(rows, width) };
}

function problemCells(d: Diagnostic, locale: Locale): string[] {
  return [d.cell, d.sheet, severityLabel(d.severity, locale), d.table, renderMessage(d, locale), d.rule];
}

/** Under the problems' columns: the cell looked at (linked), the sheet, its status, the tables read, and the reading report's sentence. */
function readingCells(s: SheetReading, locale: Locale): string[] {
  return [s.cell ?? "", s.sheet, sheetStatusLabel(s.status, locale), String(s.tables), describeSheetReading(s, locale)];
}

function readingFill(s: SheetReading): MarkColor | null {
  return s.status === "partial" || s.status === "unread" ? MARK_FILL.warning : null;
}

/** The line under the title: counts, and never "no problems" for a workbook in which nothing was read. */
function summaryLine(report: Pick<Report, "diagnostics" | "stats" | "tables">, locale: Locale): string {
  const en = locale === "en";
  const count = (s: Diagnostic["severity"]): number => report.diagnostics.filter((d) => d.severity === s).length;
  const { stats } = report;
  const apart = report.tables.filter((t) => t.kind === "department" || t.kind === "self-evaluation").length;
  const nothingRead = stats.projects + stats.summaries + apart === 0;
  const read = en
    ? `${plural(stats.sheets.length, "sheet")}, ${plural(stats.projects, "project")}, ${plural(stats.summaries, "summary table")}`
    : `共 ${stats.sheets.length} 个工作表，识别项目 ${stats.projects} 个、汇总表 ${stats.summaries} 张`;
  if (nothingRead) return en ? `${read}. No performance target table was recognised: nothing was checked (see each sheet below).` : `${read}。未识别到绩效目标表：本工作簿未作任何校验（各工作表情况见下）。`;
  if (report.diagnostics.length === 0) return en ? `${read}. No problems found.` : `${read}。未发现问题。`;
  return en
    ? `${read}: ${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "note")}.`
    : `${read}；错误 ${count("error")} 个，警告 ${count("warning")} 个，提示 ${count("info")} 个。`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Title, summary and section lines overflow into the empty cells beside them and are not measured. */
function columnWidths(rows: readonly PlannedReportRow[], width: number): number[] {
  const widths = Array.from({ length: width }, () => 0);
  for (const r of rows) {
    if (r.style === "title" || r.style === "summary" || r.style === "section") continue;
    r.cells.forEach((text, col) => (widths[col] = Math.max(widths[col]!, displayWidth(text))));
  }
  return widths.map((w) => Math.min(60, Math.max(8, w + 2)));
}

/** Column width in Excel's character units: CJK and other wide characters count double. */
const WIDE_CHAR = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let longest = 0;
  for (const line of text.split("\n")) {
    let w = 0;
    for (const ch of line) w += WIDE_CHAR.test(ch) ? 2 : 1;
    longest = Math.max(longest, w);
  }
  return longest;
}

/**
 * Whether a sheet's first rows are the tool's report: our title in A1 and our problems' header in
 * the row below the summary, in one language. With REPORT_MARKER this is how a host knows the sheet
 * is its own to rewrite.
 */
export function isOwnReportSheet(values: readonly (readonly unknown[])[]): boolean {
  return Object.values(TEXTS).some((texts) => {
    if (values[0]?.[0] !== texts.title) return false;
    const header = values[HEADER_ROW] ?? [];
    return texts.headers.every((h, i) => header[i] === h);
  });
}

/** Rows and columns isOwnReportSheet reads. */
export const SIGNATURE_ROWS = HEADER_ROW + 1;
export const SIGNATURE_COLUMNS = 6;
