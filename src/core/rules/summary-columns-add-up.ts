import type { Amount, BudgetColumn, BudgetRow } from "../model/model";
import { defineRule, type RuleReport } from "./types";
import { a1 } from "../grid/address";
import { amountsAgree, cellsOf, roundMoney, sumOf } from "../money/amounts";
import examples from "./examples/summary-columns-add-up.json";

interface ColumnNode {
  readonly name: string;
  column?: BudgetColumn;
  readonly children: ColumnNode[];
}

/** 合计 = 基本支出 + 项目支出, 基本支出 = 人员经费 + 公用经费, 总计 = Σ sources: a total column equals its sibling columns. */
export const summaryColumnsAddUp = defineRule({
  scope: "summary",
  id: "summary-columns-add-up",
  category: "funds",
  severity: "error",
  description: ["合计列应等于其组成列之和", "A total column must equal the sum of its component columns"],
  messages: {
    columnSum: ["“{label}”行的{column} {value} ≠ {parts}之和 {sum}（差 {diff}）", "Row “{label}”: {column} {value} ≠ {parts} summed {sum} (off by {diff})"],
  },
  examples,
  check(table) {
    if (table.summaryKind === "income-expense") return [];
    const root = buildTree(table.columns);
    const checks: { total: BudgetColumn; parts: ColumnNode[] }[] = [];
    collectChecks(root, checks);
    if (checks.length === 0) return [];
    const out: RuleReport[] = [];
    for (const row of table.rows) {
      // Project rows are checked by funds-budget-sum with the project's own words.
      if (row.projectId) continue;
      for (const { total, parts } of checks) {
        const own = row.amounts.get(total.col) ?? null;
        const partAmounts = parts.flatMap((p) => nodeAmounts(p, row));
        if (!own && partAmounts.every((a) => a === null)) continue;
        const sum = sumOf(partAmounts);
        const value = own?.value ?? 0;
        if (amountsAgree(value, sum, [own, ...partAmounts])) continue;
        out.push({
          messageId: "columnSum",
          cell: own?.cell ?? a1(row.row, total.col),
          related: cellsOf(partAmounts),
          data: { label: row.label?.value ?? row.code?.value ?? "", column: total.path.join("/"), parts: parts.map((p) => p.name).join("、"), value, sum, diff: roundMoney(value - sum) },
        });
      }
    }
    return out;
  },
});

function buildTree(columns: readonly BudgetColumn[]): ColumnNode {
  const root: ColumnNode = { name: "", children: [] };
  for (const column of columns) {
    let node = root;
    for (const name of column.path) {
      let child = node.children.find((c) => c.name === name && !c.column);
      if (!child || name === column.path[column.path.length - 1]) {
        child = { name, children: [] };
        node.children.push(child);
      }
      node = child;
    }
    node.column = column;
  }
  return root;
}

function collectChecks(node: ColumnNode, out: { total: BudgetColumn; parts: ColumnNode[] }[]): void {
  const totals = node.children.filter((c) => c.column?.role === "total" && c.children.length === 0);
  if (totals.length === 1 && node.children.length > 1) out.push({ total: totals[0]!.column!, parts: node.children.filter((c) => c !== totals[0]) });
  for (const child of node.children) if (child.children.length > 0) collectChecks(child, out);
}

/** A group contributes its own total column when it has one, otherwise its members. */
function nodeAmounts(node: ColumnNode, row: BudgetRow): (Amount | null)[] {
  if (node.children.length === 0) return node.column ? [row.amounts.get(node.column.col) ?? null] : [];
  const total = node.children.find((c) => c.column?.role === "total" && c.children.length === 0);
  if (total) return [row.amounts.get(total.column!.col) ?? null];
  return node.children.flatMap((c) => nodeAmounts(c, row));
}

