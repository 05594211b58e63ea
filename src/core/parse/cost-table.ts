import { a1 } from "../grid/address";
import type { Amount, Budget, CostItem, CostTable, MoneyUnit } from "../model/model";
import { convertMoney } from "../value/parse-amount";
import { headLabelOf, isTotalLabel, unitInLabel } from "../vocabulary/labels";
import type { Sheet } from "./sheet";
import { costColumnWordOf, type CostColumn } from "../vocabulary/cost-table";

/**
 * A cost-composition table written beside a project's indicators: 成本构成 / 测算明细 | 数量 | 单价 |
 * 金额 | 测算依据 (and prior years' actuals), ending in 合计. Found by its header words, wherever it sits.
 */
function costColumnOf(key: string): CostColumn | null {
  const bare = key.replace(/\([^()]*\)$/u, "");
  return costColumnWordOf(bare);
}

export interface CostHeader {
  readonly row: number;
  readonly columns: Partial<Record<CostColumn, number>>;
  readonly priceUnit: MoneyUnit;
  readonly amountUnit: MoneyUnit;
}

/** A cost table's header row: an item column and an amount column named by their words, and one more. */
export function detectCostHeader(sheet: Sheet, row: number, tableUnit: MoneyUnit): CostHeader | null {
  const filled = sheet.filledColumns(row);
  // The item column comes first: one test of the first cell turns away almost every row.
  if (filled.length < 2 || costColumnOf(sheet.key(row, filled[0]!)) !== "item") return null;
  const columns: Partial<Record<CostColumn, number>> = {};
  let known = 0;
  for (const c of filled) {
    const col = costColumnOf(sheet.key(row, c));
    if (col === null) continue;
    known++;
    if (columns[col] === undefined) columns[col] = c;
  }
  if (columns.item === undefined || columns.amount === undefined || known < 2) return null;
  const unitOf = (c: number | undefined, fallback: MoneyUnit): MoneyUnit => (c === undefined ? fallback : unitInLabel(sheet.key(row, c)) ?? fallback);
  return { row, columns, priceUnit: unitOf(columns.price, "元"), amountUnit: unitOf(columns.amount, tableUnit) };
}

/** Reads the items under a cost header up to its 合计 row (included), a blank row or a row of another kind. */
export function readCostTable(sheet: Sheet, header: CostHeader, position: CostTable["position"]): CostTable {
  const itemCol = header.columns.item!;
  const amountCol = header.columns.amount!;
  const items: CostItem[] = [];
  let total: Amount | null = null;
  let totalLabelCell: string | null = null;
  let lastRow = header.row;
  for (let r = header.row + 1; r < sheet.height; r++) {
    if (sheet.rowBlank(r)) break;
    const key = sheet.key(r, itemCol);
    if (key === "" || headLabelOf(key) !== null) break;
    const amount = sheet.amount(r, amountCol, header.amountUnit);
    if (isTotalLabel(key)) {
      total = amount;
      totalLabelCell = a1(r, itemCol);
      lastRow = r;
      break;
    }
    // An item row holds an amount (or leaves it blank); a row of words only belongs to something else.
    if (!amount && !sheet.blank(r, amountCol)) break;
    const q = header.columns.quantity !== undefined ? sheet.value(r, header.columns.quantity) : null;
    const quantity = typeof q === "number" ? { value: q, cell: a1(r, header.columns.quantity!) } : null;
    const price = header.columns.price !== undefined ? sheet.amount(r, header.columns.price, header.priceUnit) : null;
    items.push({ row: r, label: sheet.sourced(r, itemCol)!, quantity, price, amount });
    lastRow = r;
  }
  return { position, headerRow: header.row, items, total, totalLabelCell, lastRow };
}

/**
 * The cost table of a block: one under its indicator rows (directly, or after one blank row), else one
 * in its head, above the indicator header.
 */
export function findCostTable(sheet: Sheet, head: { from: number; to: number }, indicatorsEnd: number, unit: MoneyUnit, isStop: (row: number) => boolean): CostTable | null {
  for (let r = indicatorsEnd + 1; r <= indicatorsEnd + 2 && r < sheet.height; r++) {
    if (sheet.rowBlank(r)) continue;
    if (isStop(r)) break;
    const header = detectCostHeader(sheet, r, unit);
    if (header) return readCostTable(sheet, header, "below");
    break;
  }
  for (let r = head.from; r <= head.to; r++) {
    const header = detectCostHeader(sheet, r, unit);
    if (header) return readCostTable(sheet, header, "above");
  }
  return null;
}

/** A 成本测算 table above the indicators whose 合计 is the only budget the head gives: it is the budget. */
export function budgetWithCostTotal(budget: Budget | null, cost: CostTable | null, unit: MoneyUnit): Budget | null {
  if (!cost || cost.position !== "above" || !cost.total || budget?.total || budget?.fiscal || budget?.other) return budget;
  const t = cost.total;
  const total: Amount = t.unit === unit ? t : { ...t, value: convertMoney(t.value, t.unit, unit), unit };
  return {
    total,
    fiscal: null,
    specialAccount: null,
    other: null,
    labelCells: { ...(budget?.labelCells ?? {}), ...(cost.totalLabelCell ? { total: cost.totalLabelCell } : {}) },
  };
}
