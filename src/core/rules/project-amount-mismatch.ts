import { defineRule, type RuleReport } from "./types";
import type { Amount, ProjectTable, BudgetColumn, BudgetTable, Table } from "../model/model";
import { convertMoney } from "../value/parse-amount";
import { amountsAgree, roundMoney, toleranceFor } from "../money/amounts";
import { compareWithList, listEntries, matchProjectsToLists, projectLists, totalColumn } from "../money/project-list";
import examples from "./examples/project-amount-mismatch.json";

type Report = RuleReport & { readonly table: Table };

/** A related cell, qualified by its sheet when that is not the reported table's ("表10!D6"). */
const at = (sheet: string, cell: string, home: string): string => (sheet === home ? cell : `${sheet}!${cell}`);

/** The list column that a function-class table's 项目支出 corresponds to, by what the table covers. */
function listColumnFor(fn: BudgetTable, list: BudgetTable): BudgetColumn | undefined {
  if (/政府性基金|国有资本|财政拨款/u.test(fn.name)) return undefined;
  if (/一般公共预算/u.test(fn.name)) {
    const current = list.columns.filter((c) => c.path.some((p) => /一般公共预算/u.test(p)) && !c.path.some((p) => /结转|结余/u.test(p)));
    return current.length === 1 ? current[0] : undefined;
  }
  return totalColumn(list);
}

/** The 合计 row's amount in a column (a blank sub-header row read as 合计 is passed over). */
function totalOf(table: BudgetTable, col: number): Amount | null {
  for (const row of table.rows) {
    const amount = row.kind === "total" ? row.amounts.get(col) : null;
    if (amount) return amount;
  }
  return null;
}

/** 项目支出 in a function-class summary (合计 row) equals the project list's total in the matching column. */
function listVsFunction(tables: readonly Table[], lists: readonly BudgetTable[]): Report[] {
  const out: Report[] = [];
  const functionTables = tables.filter((t): t is BudgetTable => t.kind === "budget-summary" && t.summaryKind === "function-class");
  for (const list of lists) {
    for (const fn of functionTables) {
      const projectCol = fn.columns.find((c) => c.role === "project");
      const listCol = listColumnFor(fn, list);
      if (!projectCol || !listCol) continue;
      const fnAmount = totalOf(fn, projectCol.col);
      const listAmount = totalOf(list, listCol.col);
      if (!fnAmount || !listAmount) continue;
      const converted = convertMoney(fnAmount.value, fn.unit, list.unit);
      const tolerance = Math.max(toleranceFor([listAmount]), convertMoney(toleranceFor([fnAmount]), fn.unit, list.unit));
      if (amountsAgree(converted, listAmount.value, tolerance)) continue;
      out.push({
        table: list,
        messageId: "listVsFunction",
        cell: listAmount.cell,
        related: [at(fn.sheet, fnAmount.cell, list.sheet)],
        data: {
          list: list.name,
          column: listCol.path.join("/"),
          listAmount: listAmount.value,
          functionTable: fn.name,
          functionAmount: fnAmount.value,
          unit: list.unit,
          diff: roundMoney(listAmount.value - converted),
        },
      });
    }
  }
  return out;
}

/** A project's 预算数 in its target table (often 元) equals its row in 项目支出表 (often 万元). */
export const projectAmountMismatch = defineRule({
  scope: "workbook",
  id: "project-amount-mismatch",
  category: "cross-table",
  severity: "error",
  description: ["绩效目标表的预算数应与项目支出表一致", "A target table's budget must match the project expenditure list"],
  messages: {
    mismatch: [
      "预算数 {amount}{unit}（折合 {converted}{listUnit}）与{list}中“{listName}”的 {listAmount}{listUnit} 不一致（差 {diff}{listUnit}）",
      "Budget {amount} {unit} ({converted} {listUnit}) differs from “{listName}” in {list}: {listAmount} {listUnit} (off by {diff} {listUnit})",
    ],
    unmatched: [
      "项目“{project}”在{list}中找不到对应的项目：请核对两处的项目名称是否一致，或在{list}中补列该项目",
      "Project “{project}” has no matching row in {list}: check that both give the project the same name, or add it to {list}",
      "info",
    ],
    listVsFunction: [
      "{list}“{column}”合计 {listAmount}{unit} 与{functionTable}的项目支出 {functionAmount}{unit} 不一致（差 {diff}{unit}）",
      "{list} “{column}” total {listAmount} {unit} differs from the project expenditure in {functionTable}: {functionAmount} {unit} (off by {diff} {unit})",
    ],
  },
  examples,
  check(context) {
    const tables = context.workbook.tables;
    const lists = projectLists(tables);
    if (lists.length === 0) return [];
    const listed = new Set<string>();
    for (const t of tables) if (t.kind === "budget-summary") for (const r of t.rows) if (r.projectId !== undefined) listed.add(r.projectId);
    const projects = tables.filter((t): t is ProjectTable => t.kind === "project" && !listed.has(t.id));
    const entries = lists.flatMap(listEntries);
    const matches = matchProjectsToLists(projects, entries);
    const out: Report[] = [];
    for (const project of projects) {
      const entry = matches.get(project);
      if (!entry) {
        out.push({
          table: project,
          messageId: "unmatched",
          cell: project.name.cell,
          related: lists.flatMap((l) => (l.titleCell ? [at(l.sheet, l.titleCell, project.sheet)] : [])),
          data: { project: project.name.value, list: lists[0]!.name },
        });
        continue;
      }
      const result = compareWithList(project, entry);
      if (!result || result.agree) continue;
      out.push({
        table: project,
        messageId: "mismatch",
        cell: project.budget!.total!.cell,
        related: [at(entry.list.sheet, entry.total!.cell, project.sheet)],
        data: {
          amount: project.budget!.total!.value,
          unit: project.unit,
          converted: roundMoney(result.converted),
          list: entry.list.name,
          listName: entry.name,
          listAmount: entry.total!.value,
          listUnit: entry.list.unit,
          diff: roundMoney(result.converted - entry.total!.value),
        },
      });
    }
    out.push(...listVsFunction(tables, lists));
    return out;
  },
});
