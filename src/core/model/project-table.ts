import type { CellRange } from "../grid/address";
import type { ProjectTable } from "./model";

/** The fields every layout reads; everything else starts empty. */
type Required = "layout" | "sheet" | "name" | "unit" | "indicators" | "range";

/**
 * One project table from what a layout read: the id is the name (made unique per workbook later),
 * fields a layout has no place for are null, and nothing is missing unless the layout says so.
 */
export function projectTable(fields: Pick<ProjectTable, Required> & Partial<Omit<ProjectTable, Required | "kind">>): ProjectTable {
  return {
    kind: "project",
    id: fields.name.value,
    title: null,
    code: null,
    agency: null,
    projectType: null,
    unitCell: null,
    budget: null,
    plan: null,
    goal: null,
    use: null,
    indicatorHeaderRow: null,
    columns: {},
    missing: [],
    ...fields,
  };
}

/**
 * A blank copy of the form: no name, no budget, not one indicator filled (only the printed 一级/二级
 * and empty template rows). It is no project; its sheet is reported as a blank form.
 */
export function isBlankForm(table: ProjectTable): boolean {
  const missing = new Set(table.missing.map((m) => m.field));
  return table.indicators.length === 0 && missing.has("name") && missing.has("budget");
}

/** The rectangle of a table spanning a sheet's full width over rows top..bottom. */
export function fullWidth(top: number, bottom: number, width: number): CellRange {
  return { top, left: 0, bottom, right: Math.max(0, width - 1) };
}
