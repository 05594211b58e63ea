import type { Report } from "../core/check/check";
import { describeSheetReading } from "../core/messages/reading";
import { renderMessage, severityLabel, type Locale } from "../core/messages/render";
import type { Diagnostic } from "../core/types";

export interface TextStyle {
  readonly color: boolean;
  readonly locale: Locale;
}

const COLORS: Record<Diagnostic["severity"], string> = { error: "\u001b[31m", warning: "\u001b[33m", info: "\u001b[36m" };
const BOLD = "\u001b[1m";
const DIM = "\u001b[2m";
const RESET = "\u001b[0m";

/** The report for people: how each sheet was read, then per sheet and table the cell first, in the chosen language. */
export function formatText(file: string, report: Report, style: TextStyle): string {
  const paint = (code: string, s: string): string => (style.color ? `${code}${s}${RESET}` : s);
  const en = style.locale === "en";
  const lines: string[] = [paint(BOLD, file)];
  const { stats } = report;
  // Department-wide tables and self-evaluations are read and checked, but are not projects.
  const apart = report.tables.filter((t) => t.kind === "department" || t.kind === "self-evaluation").length;
  lines.push(
    en
      ? `  ${stats.projects} projects, ${stats.summaries} summary tables${apart > 0 ? `, ${apart} department or self-evaluation tables` : ""} in ${stats.sheets.length} sheets`
      : `  共 ${stats.sheets.length} 个工作表，识别项目 ${stats.projects} 个、汇总表 ${stats.summaries} 张${apart > 0 ? `、部门整体表或自评表 ${apart} 张` : ""}`,
  );
  for (const s of stats.sheets) {
    const line = `    ${en ? `Sheet ${s.sheet}` : `工作表「${s.sheet}」`}${en ? ": " : "："}${describeSheetReading(s, style.locale)}`;
    lines.push(s.status === "unread" || s.status === "partial" ? paint(COLORS.warning, line) : line);
  }
  const bySheet = new Map<string, Map<string, Diagnostic[]>>();
  for (const d of report.diagnostics) {
    let tables = bySheet.get(d.sheet);
    if (!tables) bySheet.set(d.sheet, (tables = new Map()));
    const list = tables.get(d.table) ?? [];
    list.push(d);
    tables.set(d.table, list);
  }
  for (const [sheet, tables] of bySheet) {
    lines.push(`  ${paint(BOLD, en ? `Sheet ${sheet}` : `工作表「${sheet}」`)}`);
    for (const [table, list] of tables) {
      lines.push(`    ${table}`);
      for (const d of list) {
        const sev = paint(COLORS[d.severity], severityLabel(d.severity, style.locale).padEnd(en ? 7 : 2));
        lines.push(`      ${d.cell.padEnd(6)} ${sev} ${renderMessage(d, style.locale)} ${paint(DIM, `[${d.rule}]`)}`);
      }
    }
  }
  const nothingRead = stats.projects + stats.summaries + apart === 0;
  const summary = en
    ? `  ${stats.errors} errors, ${stats.warnings} warnings, ${stats.infos} notes`
    : `  错误 ${stats.errors} 个，警告 ${stats.warnings} 个，提示 ${stats.infos} 个`;
  // "No problems" is said only of a workbook in which something was read.
  if (report.diagnostics.length > 0) lines.push(summary);
  else if (!nothingRead) lines.push(paint(BOLD, en ? "  No problems found." : "  未发现问题。"));
  if (nothingRead) {
    lines.push(
      paint(
        BOLD,
        en
          ? "  No performance target table was recognised in this workbook: nothing was checked (see each sheet above)."
          : "  未识别到绩效目标表：本工作簿未作任何校验（各工作表情况见上）。",
      ),
    );
  }
  return lines.join("\n");
}
