import { a1 } from "../grid/address";
import type { Amount, Budget, MoneyUnit } from "../model/model";
import { labelKey, toHalfWidth } from "../text/normalize";
import { parseAmount } from "../value/parse-amount";
import { combinedAmount } from "../money/amounts";
import { fundSourceWordOf, headLabelOf, LABEL_AMOUNT_PAIR, labelByMeaning, withoutPartOpening } from "../vocabulary/labels";
import type { Sheet } from "./sheet";

/**
 * County templates write the money of 项目资金申请 as "label：amount" pairs, in one cell ("总额10606.75万元，
 * 其中：财政拨款：6923.36万元（其中：上级财政资金2000.00万元），自有资金：683.39万元，事业收入：…") or one pair per
 * cell across a row. Sources that are neither the total nor fiscal money add up to 其他资金.
 */

type Source = "total" | "fiscal" | "specialAccount" | "upperLevel" | "other";

function sourceOf(label: string): Source | null {
  const key = withoutPartOpening(labelKey(label));
  const head = headLabelOf(key) ?? labelByMeaning(key);
  if (head === "total" || head === "fiscal" || head === "specialAccount" || head === "upperLevel" || head === "other") return head;
  return fundSourceWordOf(key);
}


interface Pair {
  readonly source: Source;
  readonly amount: Amount;
  /** Written after 其中 ("其中：债券资金30万元"). */
  readonly part: boolean;
}

/** The pieces of a cell, split at commas and semicolons; bracketed notes ("（其中：上级财政资金…）") dropped. */
function pairsIn(text: string, cell: string, unit: MoneyUnit): Pair[] {
  const flat = toHalfWidth(text).replace(/[（(][^（）()]*[）)]/gu, "");
  const out: Pair[] = [];
  for (const raw of flat.split(/[，,；;、。\n]/u)) {
    const piece = withoutPartOpening(raw.trim());
    const part = piece !== raw.trim();
    const m = LABEL_AMOUNT_PAIR.exec(piece);
    if (!m) continue;
    const source = sourceOf(m[1]!);
    const parsed = parseAmount(m[2]!, unit);
    if (source && parsed) out.push({ source, amount: { value: parsed.value, unit, cell, decimals: parsed.decimals, text: piece }, part });
  }
  return out;
}

/**
 * A row of the head (one cell or several) stating a total and at least one source as label：amount
 * pairs, read into a budget; null when no row does. With `totalElsewhere`, a row of sources alone
 * will do (the total is read by its own label), and the budget's total is left null.
 */
export function readFundSources(sheet: Sheet, from: number, to: number, unit: MoneyUnit, totalElsewhere = false): Budget | null {
  const byColumn = new Map<number, { row: number; pairs: Pair[] }[]>();
  for (let r = from; r <= to; r++) {
    const pairs: Pair[] = [];
    for (const c of sheet.filledColumns(r)) {
      const v = sheet.value(r, c);
      const inCell = typeof v === "string" ? pairsIn(v, a1(r, c), unit) : [];
      pairs.push(...inCell);
      if (inCell.length > 0) byColumn.set(c, [...(byColumn.get(c) ?? []), { row: r, pairs: inCell }]);
    }
    const total = pairs.find((p) => p.source === "total");
    if (totalElsewhere ? pairs.length === 0 || total : !total || pairs.length < 2) continue;
    return budgetOfPairs(pairs, total?.amount ?? null);
  }
  return totalElsewhere ? null : stackedPairs(byColumn);
}

/**
 * Pairs stacked down one column, a pair a row ("合计：50" over "财政资金：45" over "其他资金：5"): a run
 * of consecutive rows that opens with the total and holds at least one source besides it.
 */
function stackedPairs(byColumn: ReadonlyMap<number, readonly { row: number; pairs: Pair[] }[]>): Budget | null {
  for (const cells of byColumn.values()) {
    for (let i = 0; i < cells.length; i++) {
      const total = cells[i]!.pairs.length === 1 && cells[i]!.pairs[0]!.source === "total" ? cells[i]!.pairs[0]! : null;
      if (!total) continue;
      const run: Pair[] = [total];
      for (let j = i + 1; j < cells.length && cells[j]!.row === cells[j - 1]!.row + 1 && !cells[j]!.pairs.some((p) => p.source === "total"); j++) run.push(...cells[j]!.pairs);
      if (run.length >= 2) return budgetOfPairs(run, total.amount);
    }
  }
  return null;
}

/**
 * A source's money: the sum of its pairs (本级财力 and 债券资金, both fiscal), or the first alone when a
 * later one opens with 其中 after one that did not (财政资金90万元，其中：债券资金30万元: a part of it).
 */
function kindAmount(pairs: readonly Pair[], source: Source): Amount | null {
  const lines = pairs.filter((p) => p.source === source);
  if (lines.length === 0) return null;
  if (lines.some((p, i) => i > 0 && p.part && !lines[i - 1]!.part)) return lines[0]!.amount;
  return combinedAmount(lines.map((p) => p.amount) as [Amount, ...Amount[]]);
}

function budgetOfPairs(pairs: readonly Pair[], total: Amount | null): Budget {
  const upper = kindAmount(pairs, "upperLevel");
  return {
    total,
    fiscal: kindAmount(pairs, "fiscal"),
    specialAccount: kindAmount(pairs, "specialAccount"),
    other: kindAmount(pairs, "other"),
    ...(upper ? { upperLevel: upper } : {}),
    labelCells: {},
  };
}
