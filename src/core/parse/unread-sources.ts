import { a1, parseA1 } from "../grid/address";
import type { Budget, MoneyUnit, Sourced } from "../model/model";
import { labelKey } from "../text/normalize";
import { headLabelOf, isTotalLabel, labelByMeaning, withoutBracketedUnit, withoutPartOpening } from "../vocabulary/labels";
import type { Sheet } from "./sheet";

/**
 * Labels on the budget's rows that hold an amount but name no source the vocabulary knows
 * ("市级配套 | 1,500,000" where 配套 is new): money the funds check would leave out. The reader
 * reports them instead of adding up the sources it did understand.
 */
export function unreadSources(sheet: Sheet, budget: Budget | null, unit: MoneyUnit): Sourced<string>[] {
  if (!budget) return [];
  const rows = new Set<number>();
  // The budget's own labels are read, whatever their words (a bare 合计 closing a list of sources).
  const own = new Set<string>(Object.values(budget.labelCells).filter((c): c is string => typeof c === "string"));
  const columns = new Set<number>();
  for (const cell of Object.values(budget.labelCells)) {
    const at = cell ? parseA1(cell) : null;
    if (at) {
      rows.add(at.row);
      columns.add(at.col);
    }
  }
  // A list of sources one under another goes on below its last known line (上年结转 | 3.5 under 其他资金).
  for (const col of columns) {
    let r = Math.max(...[...rows]) + 1;
    while (r < sheet.height && isLabelText(sheet.text(r, col)) && sheet.filledColumns(r).some((c) => c > col && sheet.amount(r, c, unit) !== null)) rows.add(r++);
  }
  const out: Sourced<string>[] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const cols = sheet.filledColumns(r);
    cols.forEach((c, i) => {
      if (own.has(a1(r, c)) || !isUnknownLabel(sheet, r, c)) return;
      const next = cols[i + 1];
      const beside = next !== undefined && !(typeof sheet.value(r, next) === "string" && isLabelText(sheet.text(r, next))) && sheet.amount(r, next, unit) !== null;
      // In a grid of sources the amount sits under its label.
      const below = sheet.bottomEdge(r, c) + 1;
      const under = below < sheet.height && typeof sheet.value(below, c) === "number";
      if (beside || under) out.push({ value: sheet.text(r, c), cell: a1(r, c) });
    });
  }
  return out;
}

function isUnknownLabel(sheet: Sheet, r: number, c: number): boolean {
  const v = sheet.value(r, c);
  if (typeof v !== "string" || !isLabelText(v)) return false;
  const key = labelKey(v);
  // A bare 合计 over its amount (合计（万元） too) is the budget's total, whichever way the reader came to the total.
  return headLabelOf(key) === null && labelByMeaning(key) === null && !isTotalLabel(withoutBracketedUnit(key));
}

/** A short run of Chinese words, perhaps after 其中 and before a unit in brackets: the shape of a label. */
function isLabelText(text: string): boolean {
  const t = withoutBracketedUnit(withoutPartOpening(text.trim()).replace(/[:：]$/u, ""));
  return /^[\u4e00-\u9fa5]{2,12}$/u.test(t);
}
