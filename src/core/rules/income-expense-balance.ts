import type { Amount, BudgetRow } from "../model/model";
import { defineRule, type RuleReport } from "./types";
import { labelKey } from "../text/normalize";
import { a1 } from "../grid/address";
import { OUTLINE_NUMERALS } from "../vocabulary/categories";
import { amountsAgree, cellsOf, roundMoney, sumOf } from "../money/amounts";
import examples from "./examples/income-expense-balance.json";

/** The outline numbers of the two item levels: 一、 for an item, (一) or (1) for its sub-items. */
const ITEM1 = new RegExp(`^[${OUTLINE_NUMERALS}]+、`, "u");
const ITEM2 = new RegExp(`^\\((?:[${OUTLINE_NUMERALS}]+|\\d+)\\)`, "u");

type Level = "item1" | "item2" | "total" | "grand" | "plain";

interface SideRow {
  readonly row: BudgetRow;
  /** The side's amount cell on this row, blank or not. */
  readonly amountCell: string;
  readonly label: string;
  readonly level: Level;
  readonly amount: Amount | null;
}

/** 收入合计 = 支出合计, 收入总计 = 支出总计, and each side's totals equal its items. */
export const incomeExpenseBalance = defineRule({
  scope: "summary",
  id: "income-expense-balance",
  category: "funds",
  severity: "error",
  description: ["收支总表中收入合计应等于支出合计，且各合计等于其明细", "In an income/expense table income must equal expenditure and each total its items"],
  messages: {
    sidesDiffer: ["{incomeLabel} {income} ≠ {expenseLabel} {expense}（差 {diff}）", "{incomeLabel} {income} ≠ {expenseLabel} {expense} (off by {diff})"],
    sideSum: ["“{label}” {value} ≠ 其明细之和 {sum}（差 {diff}）", "“{label}” {value} ≠ the sum of its items {sum} (off by {diff})"],
  },
  examples,
  check(table) {
    if (table.summaryKind !== "income-expense" || !table.sides) return [];
    const out: RuleReport[] = [];
    const bySide = new Map<string, SideRow[]>();
    for (const side of table.sides) {
      const key = side.side === "income" ? "收入" : "支出";
      const rows: SideRow[] = [];
      for (const row of table.rows) {
        const label = row.texts[key]?.value ?? (side.side === "income" ? row.label?.value : undefined);
        if (!label) continue;
        rows.push({ row, label, level: levelOf(label), amount: row.amounts.get(side.amountCol) ?? null, amountCell: a1(row.row, side.amountCol) });
      }
      bySide.set(side.side, rows);
      out.push(...checkSide(rows));
    }
    const income = bySide.get("income") ?? [];
    const expense = bySide.get("expense") ?? [];
    for (const level of ["total", "grand"] as const) {
      const i = income.find((r) => r.level === level);
      const e = expense.find((r) => r.level === level);
      if (!i || !e || (!i.amount && !e.amount)) continue;
      const iv = i.amount?.value ?? 0;
      const ev = e.amount?.value ?? 0;
      if (!amountsAgree(iv, ev, [i.amount, e.amount])) {
        out.push({
          messageId: "sidesDiffer",
          cell: e.amount?.cell ?? e.amountCell,
          related: cellsOf([i.amount]),
          data: { incomeLabel: i.label, income: iv, expenseLabel: e.label, expense: ev, diff: roundMoney(iv - ev) },
        });
      }
    }
    return out;
  },
});

function levelOf(label: string): Level {
  const k = labelKey(label);
  if (/^(?:本年)?(?:收入|支出)合计$|^合计$/u.test(k)) return "total";
  if (/^(?:收入|支出)总计$|^总计$/u.test(k)) return "grand";
  if (ITEM1.test(k)) return "item1";
  if (ITEM2.test(k)) return "item2";
  return "plain";
}

function checkSide(rows: readonly SideRow[]): RuleReport[] {
  const out: RuleReport[] = [];
  const report = (target: SideRow, parts: readonly SideRow[]): void => {
    const amounts = parts.map((p) => p.amount);
    if (!target.amount && amounts.every((a) => a === null)) return;
    const sum = sumOf(amounts);
    const value = target.amount?.value ?? 0;
    if (amountsAgree(value, sum, [target.amount, ...amounts])) return;
    out.push({
      messageId: "sideSum",
      cell: target.amount?.cell ?? target.amountCell,
      related: cellsOf(amounts),
      data: { label: target.label, value, sum, diff: roundMoney(value - sum) },
    });
  };
  // 一、 items with (一)/(1) sub-items equal their sub-items.
  rows.forEach((r, i) => {
    if (r.level !== "item1") return;
    const subs: SideRow[] = [];
    for (let j = i + 1; j < rows.length && rows[j]!.level === "item2"; j++) subs.push(rows[j]!);
    if (subs.length > 0 && subs.some((s) => s.amount)) report(r, subs);
  });
  const totalIndex = rows.findIndex((r) => r.level === "total");
  const grandIndex = rows.findIndex((r) => r.level === "grand");
  if (totalIndex >= 0) report(rows[totalIndex]!, rows.slice(0, totalIndex).filter((r) => r.level === "item1"));
  if (grandIndex >= 0) {
    const parts = totalIndex >= 0 && totalIndex < grandIndex
      ? [rows[totalIndex]!, ...rows.slice(totalIndex + 1, grandIndex).filter((r) => r.level === "item1" || r.level === "plain")]
      : rows.slice(0, grandIndex).filter((r) => r.level === "item1");
    report(rows[grandIndex]!, parts);
  }
  return out;
}

