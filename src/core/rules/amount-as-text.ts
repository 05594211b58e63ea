import type { Amount, ProjectTable } from "../model/model";
import { defineRule, type RuleReport } from "./types";
import examples from "./examples/amount-as-text.json";
import { AMOUNT_SUFFIXES } from "../vocabulary/labels";

/** The characters of the money units an amount may be written with (万, 千元, 百万元 …). */
const UNIT_CHARACTERS = [...new Set(AMOUNT_SUFFIXES.join(""))].join("");
/** Characters an amount typed as text may hold; anything else (a label, 预算数：100) is not just an amount. */
const AMOUNT_TEXT = new RegExp(`^[\\s\\d０-９.．,，+\\-－(（)）¥￥${UNIT_CHARACTERS}]+$`, "u");
const DIGIT = /[\d０-９]/u;
const UNIT_WORD = new RegExp(`[${UNIT_CHARACTERS}]`, "u");

/** A budget amount typed as text ("1,234.50", "１２.００", "150万") does not sum in Excel; the fix writes the number. */
export const amountAsText = defineRule({
  scope: "project",
  id: "amount-as-text",
  category: "funds",
  severity: "warning",
  description: ["金额以文本形式录入，应为数字", "An amount is stored as text instead of a number"],
  messages: {
    text: ["{field}“{text}”是文本，应录入数字 {amount}", "{field} “{text}” is text; enter the number {amount}"],
    textWithUnit: ["{field}“{text}”是带单位的文本（表内单位为{unit}），应录入数字 {amount}", "{field} “{text}” is text with a unit (the table is in {unit}); enter the number {amount}"],
  },
  fixable: true,
  examples,
  check(table) {
    const out: RuleReport[] = [];
    const seen = new Set<string>();
    const labelCells = new Set(Object.values(table.budget?.labelCells ?? {}));
    for (const { amount, field } of amountsOf(table)) {
      const text = amount.text;
      if (text === undefined || seen.has(amount.cell)) continue;
      seen.add(amount.cell);
      // An inline "预算数：100" shares its cell with the label: rewriting it would drop the label.
      if (labelCells.has(amount.cell) || !AMOUNT_TEXT.test(text) || !DIGIT.test(text)) continue;
      out.push({
        messageId: UNIT_WORD.test(text) ? "textWithUnit" : "text",
        cell: amount.cell,
        data: { field, text, amount: amount.value, unit: table.unit },
        fix: { edits: [{ sheet: table.sheet, cell: amount.cell, from: text, to: amount.value }] },
      });
    }
    return out;
  },
});

/** Each amount cell with the template's name for it (the sheet's own label for a plan point). */
function amountsOf(table: ProjectTable): { readonly amount: Amount; readonly field: string }[] {
  const out: { amount: Amount; field: string }[] = [];
  const b = table.budget;
  if (b) {
    const labelled: [Amount | null, string][] = [
      [b.total, "预算数"],
      [b.fiscal, "财政资金"],
      [b.specialAccount, "财政专户"],
      [b.other, "其他资金"],
      [b.upperLevel ?? null, "上级补助"],
    ];
    // A source summed from several lines is fixed line by line, each in its own cell.
    for (const [amount, field] of labelled) for (const line of amount?.parts ?? (amount ? [amount] : [])) out.push({ amount: line, field });
  }
  for (const p of table.plan?.points ?? []) if (p.amount) out.push({ amount: p.amount, field: `资金支出计划（${p.label}）` });
  return out;
}
