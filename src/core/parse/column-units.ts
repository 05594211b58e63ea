import type { Amount, MoneyUnit } from "../model/model";
import { amountIn } from "../money/amounts";
import { unitInLabel } from "../vocabulary/labels";
import { DEFAULT_MONEY_UNIT } from "../vocabulary/units";
import type { Sheet } from "./sheet";

/** The money unit a column's header states: its own words (资金总额（元）) or a group's over it (项目资金（元）), the nearest first. */
export function unitOfColumn(path: readonly string[]): MoneyUnit | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const unit = unitInLabel(path[i]!);
    if (unit) return unit;
  }
  return null;
}

/** A table's money columns, read by the units their headers state. */
export interface MoneyColumns {
  /** The table's unit: the one every money column states, else the one stated above the table, else the first a column states. */
  readonly unit: MoneyUnit;
  /** True when neither a column's header nor a line above the table states a unit: the default was taken. */
  readonly assumed: boolean;
  /** The amount a cell of a money column holds, in the table's unit. */
  amount(sheet: Sheet, row: number, col: number): Amount | null;
}

/**
 * A unit in a money column's header states that column's unit, nearer than a 单位：万元 line above the table;
 * a column that states none is in the unit stated above, else in the one its neighbours state (资金总额（元） |
 * 财政资金 | 其他资金). A column of another unit than the table's is read in its own and converted.
 */
export function moneyColumns(columns: readonly { readonly col: number; readonly path: readonly string[] }[], above: MoneyUnit | null): MoneyColumns {
  const stated = new Map<number, MoneyUnit>();
  for (const c of columns) {
    const unit = unitOfColumn(c.path);
    if (unit) stated.set(c.col, unit);
  }
  const units = new Set(stated.values());
  const first = stated.values().next().value;
  const unstated = above ?? first ?? DEFAULT_MONEY_UNIT;
  const unit = units.size === 1 && stated.size === columns.length ? first! : unstated;
  return {
    unit,
    assumed: above === null && first === undefined,
    amount(sheet, row, col) {
      const read = sheet.amount(row, col, stated.get(col) ?? unstated);
      return read && amountIn(read, unit);
    },
  };
}
