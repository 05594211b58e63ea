import type { Amount, ProjectTable, BudgetColumn, BudgetRow, BudgetTable, Table } from "../model/model";
import { tidy } from "../text/normalize";
import { convertMoney } from "../value/parse-amount";
import { matchByName } from "../text/name-match";
import { amountsAgree, toleranceFor } from "./amounts";

/** A row of a 项目支出表-style list: a project named there with its total. */
export interface ListEntry {
  readonly list: BudgetTable;
  readonly row: BudgetRow;
  readonly name: string;
  readonly total: Amount | null;
}

/** Lists whose rows are not themselves the workbook's projects (those are projects in their own right). */
export function projectLists(tables: readonly Table[]): BudgetTable[] {
  return tables.filter(
    (t): t is BudgetTable => t.kind === "budget-summary" && t.summaryKind === "project-list" && t.rows.some((r) => r.kind === "item" && r.projectId === undefined),
  );
}

/** The leftmost 合计 column of a list. */
export function totalColumn(list: BudgetTable): BudgetColumn | undefined {
  return [...list.columns].sort((a, b) => a.col - b.col).find((c) => c.role === "total");
}

export function listEntries(list: BudgetTable): ListEntry[] {
  const total = totalColumn(list);
  const out: ListEntry[] = [];
  for (const row of list.rows) {
    if (row.kind !== "item" || row.projectId !== undefined) continue;
    const name = tidy(row.texts["项目名称"]?.value ?? row.label?.value ?? "");
    if (name === "") continue;
    out.push({ list, row, name, total: total ? (row.amounts.get(total.col) ?? null) : null });
  }
  return out;
}

/** The project's 预算数 in the list's unit, and whether it agrees within the coarser figure's rounding. */
export function compareWithList(project: ProjectTable, entry: ListEntry): { converted: number; agree: boolean } | null {
  const total = project.budget?.total;
  if (!total || !entry.total) return null;
  const converted = convertMoney(total.value, project.unit, entry.list.unit);
  const tolerance = Math.max(toleranceFor([entry.total]), convertMoney(toleranceFor([total]), project.unit, entry.list.unit));
  return { converted, agree: amountsAgree(converted, entry.total.value, tolerance) };
}

/** Pairs target tables with list rows by name, an agreeing amount breaking ties; the rule and the summary share it. */
export function matchProjectsToLists(projects: readonly ProjectTable[], entries: readonly ListEntry[]): Map<ProjectTable, ListEntry> {
  return matchByName(projects, entries, (p) => p.name.value, (e) => e.name, (p, e) => compareWithList(p, e)?.agree === true);
}
