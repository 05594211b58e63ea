import type { Amount, BudgetRow, BudgetTable } from "../model/model";
import { defineRule, type RuleReport } from "./types";
import { a1 } from "../grid/address";
import { amountsAgree, cellsOf, roundMoney, sumOf } from "../money/amounts";
import examples from "./examples/summary-rows-add-up.json";

const MAX_RELATED = 60;

/** 类 = Σ 款, 款 = Σ 项 (by code prefix); 合计 and subtotal rows = the sum of their rows. */
export const summaryRowsAddUp = defineRule({
  scope: "summary",
  id: "summary-rows-add-up",
  category: "funds",
  severity: "error",
  description: ["汇总行（类、款、合计、小计）应等于其明细行之和", "Summary rows (class, section, totals, subtotals) must equal the sum of their rows"],
  messages: {
    codeSum: ["“{code} {label}”的{column} {value} ≠ 下级科目之和 {sum}（差 {diff}）", "“{code} {label}” {column} {value} ≠ sum of its sub-items {sum} (off by {diff})"],
    totalSum: ["“{label}”的{column} {value} ≠ 各行之和 {sum}（差 {diff}）", "“{label}” {column} {value} ≠ sum of the rows {sum} (off by {diff})"],
  },
  examples,
  check(table) {
    if (table.summaryKind === "income-expense") return [];
    const out: RuleReport[] = [];
    const coded = table.rows.filter((r) => r.code && /^\d+$/u.test(r.code.value));
    const byCode = new Map<string, BudgetRow>();
    for (const row of coded) if (!byCode.has(row.code!.value)) byCode.set(row.code!.value, row);
    // A row's parent is the row with the longest code that prefixes its own (201 → 20103 → 2010301).
    const parentOf = new Map<BudgetRow, BudgetRow | null>();
    const childrenOf = new Map<BudgetRow, BudgetRow[]>();
    for (const row of coded) {
      const code = row.code!.value;
      let parent: BudgetRow | null = null;
      for (let len = code.length - 1; len >= 1 && !parent; len--) parent = byCode.get(code.slice(0, len)) ?? null;
      parentOf.set(row, parent);
      if (parent) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), row]);
    }
    for (const row of coded) {
      const children = childrenOf.get(row) ?? [];
      if (children.length > 0) out.push(...compare(table, row, children, "codeSum"));
    }
    const items = table.rows.filter((r) => r.kind === "item");
    const topLevel = coded.length > 0 ? coded.filter((r) => parentOf.get(r) === null) : items;
    for (const row of table.rows) {
      if (row.kind === "total") out.push(...compare(table, row, topLevel, "totalSum"));
    }
    table.rows.forEach((row, i) => {
      if (row.kind !== "subtotal") return;
      const members: BudgetRow[] = [];
      for (let j = i + 1; j < table.rows.length && table.rows[j]!.kind === "item"; j++) members.push(table.rows[j]!);
      if (members.length > 0) out.push(...compare(table, row, members, "totalSum"));
    });
    return out;
  },
});

function compare(table: BudgetTable, row: BudgetRow, parts: readonly BudgetRow[], messageId: "codeSum" | "totalSum"): RuleReport[] {
  const out: RuleReport[] = [];
  for (const column of table.columns) {
    const own = row.amounts.get(column.col) ?? null;
    const partAmounts: (Amount | null)[] = parts.map((p) => p.amounts.get(column.col) ?? null);
    if (!own && partAmounts.every((a) => a === null)) continue;
    const sum = sumOf(partAmounts);
    const value = own?.value ?? 0;
    if (amountsAgree(value, sum, [own, ...partAmounts])) continue;
    out.push({
      messageId,
      cell: own?.cell ?? addressOf(row, column.col),
      related: cellsOf(partAmounts).slice(0, MAX_RELATED),
      data: {
        code: row.code?.value ?? "",
        label: row.label?.value ?? row.code?.value ?? "",
        column: column.path.join("/"),
        value,
        sum,
        diff: roundMoney(value - sum),
      },
    });
  }
  return out;
}

/** Address of a blank amount cell. */
function addressOf(row: BudgetRow, col: number): string {
  return a1(row.row, col);
}
