/**
 * Where a layout has both 年度指标值 and 实施周期指标值, a blank one of the two takes the other's
 * value: most projects run for one year, so the two targets are the same.
 */
import { a1 } from "../grid/address";
import { cellAt, type WorkbookGrids } from "../grid/grid";
import type { ProjectTable } from "../model/model";
import { isBlank } from "../text/normalize";
import { mergeAt } from "./layout";
import type { CellWrite, FillPlan } from "./plan";
import { EMPTY_PLAN } from "./plan";

export function planPeriodValues(grids: WorkbookGrids, tables: readonly ProjectTable[]): FillPlan {
  const gridOf = new Map(grids.sheets.map((g) => [g.sheet, g]));
  const writes: CellWrite[] = [];
  const seen = new Set<string>();
  for (const table of tables) {
    const grid = gridOf.get(table.sheet);
    for (const ind of table.indicators) {
      // An indicator continued in a second column group has that group's columns.
      const columns = ind.columns ?? table.columns;
      const annual = columns.value;
      const period = columns.periodValue;
      // Split layouts (指标性质 · 指标值 · 度量单位) spread one target over three cells.
      if (!grid || annual === undefined || period === undefined || columns.operator !== undefined || columns.unit !== undefined) continue;
      const key = `${table.sheet}\u0000${ind.row}\u0000${annual}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // A cell under a merged area shows its anchor's value; there is nothing to fill.
      if (underMerge(grid.merges, ind.row, annual) || underMerge(grid.merges, ind.row, period)) continue;
      const a = cellAt(grid, ind.row, annual);
      const p = cellAt(grid, ind.row, period);
      if (isBlank(a) && !isBlank(p)) writes.push({ kind: "fill", sheet: table.sheet, cell: a1(ind.row, annual), from: a, to: p, source: "period-value" });
      else if (isBlank(p) && !isBlank(a)) writes.push({ kind: "fill", sheet: table.sheet, cell: a1(ind.row, period), from: p, to: a, source: "period-value" });
    }
  }
  return { ...EMPTY_PLAN, writes };
}

function underMerge(merges: Parameters<typeof mergeAt>[0], row: number, col: number): boolean {
  const m = mergeAt(merges, row, col);
  return m !== undefined && (m.top !== row || m.left !== col);
}
