import { a1 } from "../grid/address";
import type { MoneyUnit, Sourced } from "../model/model";
import type { Statements } from "../layouts/types";
import { labelKey, tidy } from "../text/normalize";
import { headLabelOf, splitInlineLabel, trailingUnitStatement, unitStatement } from "../vocabulary/labels";
import type { Sheet } from "./sheet";

/** What one cell states: a unit (单位：万元, or trailing "…单位：元"), an agency ("预算单位：…"), or nothing. */
function statementIn(sheet: Sheet, row: number, col: number): { unit?: MoneyUnit; department?: Sourced<string> } {
  const k = sheet.key(row, col);
  const u = unitStatement(k);
  if (u) return { unit: u };
  if (!k.includes(":") && !k.includes("(")) return {};
  let text = sheet.text(row, col);
  const trailing = trailingUnitStatement(text);
  if (trailing) text = trailing.before;
  const inline = splitInlineLabel(text);
  const department = inline && headLabelOf(labelKey(inline.label)) === "agency" ? { value: tidy(inline.value), cell: a1(row, col) } : undefined;
  return { ...(trailing ? { unit: trailing.unit } : {}), ...(department ? { department } : {}) };
}

/** The unit and agency in force at every row of a sheet: the last ones stated at or above it. */
export function statementsOf(sheet: Sheet): Statements {
  const units: (MoneyUnit | null)[] = new Array(sheet.height).fill(null);
  const departments: (Sourced<string> | null)[] = new Array(sheet.height).fill(null);
  let unit: MoneyUnit | null = null;
  let department: Sourced<string> | null = null;
  for (let r = 0; r < sheet.height; r++) {
    for (const c of sheet.filledColumns(r)) {
      const stated = statementIn(sheet, r, c);
      unit = stated.unit ?? unit;
      department = stated.department ?? department;
    }
    units[r] = unit;
    departments[r] = department;
  }
  return { unitAbove: (row) => units[row] ?? null, departmentAbove: (row) => departments[row] ?? null };
}
