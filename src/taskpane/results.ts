import type { Diagnostic, Severity } from "../core/types";
import type { SeverityCounts } from "./i18n";

export type SeverityFilter = "all" | Severity;

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface TableGroup {
  readonly table: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly counts: SeverityCounts;
}

export interface SheetGroup {
  readonly sheet: string;
  readonly tables: readonly TableGroup[];
  readonly counts: SeverityCounts;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): SeverityCounts {
  let error = 0;
  let warning = 0;
  let info = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") error++;
    else if (d.severity === "warning") warning++;
    else info++;
  }
  return { error, warning, info };
}

export function matchesFilter(d: Diagnostic, filter: SeverityFilter): boolean {
  return filter === "all" || d.severity === filter;
}

/**
 * Sheet → table → diagnostic, keeping the order the core sorted them in (sheet order, then row, column);
 * a sheet or table is listed where its first diagnostic falls.
 */
export function groupDiagnostics(diagnostics: readonly Diagnostic[], filter: SeverityFilter): SheetGroup[] {
  const sheets = new Map<string, Map<string, Diagnostic[]>>();
  for (const d of diagnostics) {
    if (!matchesFilter(d, filter)) continue;
    let tables = sheets.get(d.sheet);
    if (tables === undefined) sheets.set(d.sheet, (tables = new Map()));
    let list = tables.get(d.table);
    if (list === undefined) tables.set(d.table, (list = []));
    list.push(d);
  }
  return [...sheets].map(([sheet, tables]) => {
    const groups = [...tables].map(([table, list]): TableGroup => ({ table, diagnostics: list, counts: countBySeverity(list) }));
    return { sheet, tables: groups, counts: countBySeverity(groups.flatMap((g) => g.diagnostics)) };
  });
}

/** A stable key for a diagnostic in a list (the same cell can carry several rules' findings). */
export function diagnosticKey(d: Diagnostic, index: number): string {
  return `${d.sheet}!${d.cell}/${d.rule}/${d.messageId}/${index}`;
}
