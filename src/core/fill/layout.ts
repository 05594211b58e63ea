/**
 * How a sheet writes its indicator rows, read from the rows it has: whether a category cell is merged
 * over its rows, left blank below, or repeated; and which cells formats can be copied from.
 */
import { a1, rangeA1, type CellRange } from "../grid/address";
import { cellAt, type Grid } from "../grid/grid";
import { level1Of, level2Key, type Level1 } from "../model/framework";
import type { IndicatorField, ProjectTable } from "../model/model";
import { fixedDecimals, parseIndicatorValue } from "../value/parse-indicator-value";
import { isBlank } from "../text/normalize";
import { magnitudeWord } from "../value/number-text";
import type { RenderedIndicator } from "./templates";
import { areaAfter, type CellWrite, type MergeEdit, type RowInsertion, type StyleCopy } from "./plan";

export type CategoryStyle = "merge" | "blank" | "repeat";

export function mergeAt(merges: readonly CellRange[], row: number, col: number): CellRange | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** The categories of one indicator row. */
export interface IndicatorRowInfo {
  readonly row: number;
  readonly level1: Level1 | null;
  readonly level2: string | null;
}

export function indicatorRowsOf(table: ProjectTable): IndicatorRowInfo[] {
  return table.indicators.map((ind) => ({
    row: ind.row,
    level1: ind.level1 ? level1Of(ind.level1.value) : null,
    level2: ind.level2 ? level2Key(ind.level2.value) : null,
  }));
}

/**
 * How consecutive rows of one category write the category column: merged, blank below the first
 * row, or repeated on every row; null when no two rows share a category.
 */
export function categoryStyle(grid: Grid, table: ProjectTable, field: "level1" | "level2"): CategoryStyle | null {
  const col = table.columns[field];
  if (col === undefined) return null;
  const votes: Record<CategoryStyle, number> = { merge: 0, blank: 0, repeat: 0 };
  const rows = table.indicators;
  for (let i = 1; i < rows.length; i++) {
    const prev = rows[i - 1]!;
    const cur = rows[i]!;
    const a = prev[field];
    const b = cur[field];
    if (!a || !b || a.value !== b.value || cur.row !== prev.row + 1) continue;
    const merge = mergeAt(grid.merges, cur.row, col);
    if (merge && merge.top < cur.row) votes.merge++;
    else if (isBlank(cellAt(grid, cur.row, col))) votes.blank++;
    else votes.repeat++;
  }
  const best = (Object.keys(votes) as CategoryStyle[]).sort((x, y) => votes[y] - votes[x])[0]!;
  return votes[best] > 0 ? best : null;
}

/** The right-most column of a table's indicator part (header and rows). */
export function indicatorRight(grid: Grid, table: ProjectTable): number {
  let right = Math.max(0, ...Object.values(table.columns).filter((c): c is number => c !== undefined));
  const rows = [table.indicatorHeaderRow, ...table.indicators.map((i) => i.row)].filter((r): r is number => r !== null);
  for (const r of rows) {
    const cells = grid.cells[r] ?? [];
    for (let c = cells.length - 1; c > right; c--) {
      if (!isBlank(cells[c])) {
        right = c;
        break;
      }
    }
    for (const m of grid.merges) if (m.top <= r && m.bottom >= r && m.left <= right && m.right > right) right = m.right;
  }
  return right;
}

/** A target split into 指标性质 · 指标值 · 度量单位, as split layouts write it. */
export function splitValue(text: string): { readonly operator: string; readonly value: string; readonly unit: string } {
  const parsed = parseIndicatorValue(text);
  if (parsed.kind !== "number" || parsed.prefix !== "") return { operator: "定性", value: text, unit: "" };
  const symbol = parsed.operator === null ? "=" : { ">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<" }[parsed.operator];
  const number = `${fixedDecimals(parsed.mantissa, parsed.decimals)}${magnitudeWord(parsed.magnitude)}`;
  return { operator: symbol, value: number, unit: `${parsed.unit ?? ""}${parsed.per.map((p) => `/${p}`).join("")}` };
}

export interface RowsTarget {
  readonly sheet: string;
  readonly columns: Partial<Record<IndicatorField, number>>;
  readonly level1Style: CategoryStyle;
  readonly level2Style: CategoryStyle;
  /** The first new rows continue the 一级 (and 二级) of the rows above: their category cells are not written. */
  readonly continues: { readonly level1: Level1 | null; readonly level2: string | null };
  readonly source: string;
}

/** Cell writes and category merges for new indicator rows starting at `top` (rows after the plan's insertions). */
export function indicatorRowEdits(target: RowsTarget, top: number, rows: readonly RenderedIndicator[]): { writes: CellWrite[]; merges: MergeEdit[] } {
  const writes: CellWrite[] = [];
  const merges: MergeEdit[] = [];
  const cols = target.columns;
  const fill = (row: number, col: number | undefined, value: string | null): void => {
    if (col === undefined || value === null || value === "") return;
    writes.push({ kind: "fill", sheet: target.sheet, cell: a1(row, col), from: null, to: value, source: target.source });
  };
  const categoryRuns = (field: "level1" | "level2", style: CategoryStyle, continued: (r: RenderedIndicator) => boolean, sameGroup: (a: RenderedIndicator, b: RenderedIndicator) => boolean): void => {
    const col = cols[field];
    if (col === undefined) return;
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && sameGroup(rows[i - 1]!, rows[i]!)) continue;
      const first = rows[start]!;
      const text = field === "level1" ? first.level1Text : first.level2Text;
      const isContinued = start === 0 && continued(first);
      if (style === "repeat") for (let k = start; k < i; k++) fill(top + k, col, text);
      else if (!isContinued) {
        fill(top + start, col, text);
        if (style === "merge" && i - start > 1) merges.push({ sheet: target.sheet, range: rangeA1({ top: top + start, left: col, bottom: top + i - 1, right: col }) });
      }
      start = i;
    }
  };
  categoryRuns("level1", target.level1Style, (r) => r.level1 === target.continues.level1, (a, b) => a.level1 === b.level1);
  categoryRuns(
    "level2",
    target.level2Style,
    (r) => r.level1 === target.continues.level1 && r.level2 === target.continues.level2,
    (a, b) => a.level1 === b.level1 && a.level2 === b.level2,
  );
  rows.forEach((r, i) => {
    const row = top + i;
    fill(row, cols.level3, r.level3);
    fill(row, cols.description, r.description);
    fill(row, cols.basis, r.basis);
    if (r.value === null) return;
    if (cols.operator !== undefined || cols.unit !== undefined) {
      const split = splitValue(r.value);
      fill(row, cols.operator, split.operator);
      fill(row, cols.value, split.value);
      fill(row, cols.unit, split.unit);
    } else fill(row, cols.value, r.value);
    fill(row, cols.periodValue, r.value);
  });
  return { writes, merges };
}

/**
 * Format copies for `count` new rows at `top` from the row `sourceRow` (rows after the insertions),
 * over columns [left, right]. `merges` are the sheet's merged areas while formats are copied (moved
 * by the insertions, without the areas about to be extended). A target cell under a merged area gets
 * nothing. A source cell under a taller merged area (copying it would cut the area) is replaced by
 * the nearest cell of its column in `fallbackRows` that no merged area covers, else by the nearest
 * such cell of the source row.
 */
export function styleCopiesForRows(
  sheet: string,
  merges: readonly CellRange[],
  sourceRow: number,
  fallbackRows: readonly number[],
  top: number,
  count: number,
  left: number,
  right: number,
): { styles: StyleCopy[]; merges: MergeEdit[] } {
  const covered = (row: number, col: number): CellRange | undefined => {
    const m = mergeAt(merges, row, col);
    return m && (m.bottom > m.top || m.right > m.left) ? m : undefined;
  };
  const free = (row: number, col: number): boolean => {
    const m = covered(row, col);
    return !m || (m.top === row && m.bottom === row);
  };
  const byDistance = (from: number) => (a: number, b: number) => Math.abs(a - from) - Math.abs(b - from);
  const sourceOf: ({ row: number; col: number } | null)[] = [];
  for (let c = left; c <= right; c++) {
    if (covered(top, c)) sourceOf.push(null);
    else if (free(sourceRow, c)) sourceOf.push({ row: sourceRow, col: c });
    else {
      const row = [...fallbackRows].sort(byDistance(sourceRow)).find((r) => !covered(r, c));
      const col = row === undefined ? range(left, right).sort(byDistance(c)).find((x) => !covered(sourceRow, x)) : c;
      sourceOf.push(row !== undefined ? { row, col: c } : col !== undefined ? { row: sourceRow, col } : null);
    }
  }
  const own = (c: number): boolean => {
    const s = sourceOf[c - left];
    return s !== null && s !== undefined && s.row === sourceRow && s.col === c;
  };
  // A horizontal merge of the source row is copied whole or not at all, and repeated on every new row.
  const rowMerges = merges.filter((m) => m.top === sourceRow && m.bottom === sourceRow && m.right > m.left && m.left >= left && m.right <= right);
  const newMerges: MergeEdit[] = [];
  for (const m of rowMerges) {
    if (!range(m.left, m.right).every(own)) {
      for (let c = m.left; c <= m.right; c++) if (own(c)) sourceOf[c - left] = null;
      continue;
    }
    for (let k = 0; k < count; k++) newMerges.push({ sheet, range: rangeA1({ top: top + k, left: m.left, bottom: top + k, right: m.right }) });
  }
  const styles: StyleCopy[] = [];
  let c = left;
  while (c <= right) {
    const src = sourceOf[c - left];
    if (!src) {
      c++;
      continue;
    }
    let end = c;
    // Neighbouring columns copied from the same row and their own columns go in one copy.
    while (end + 1 <= right && src.col === c && sourceOf[end + 1 - left]?.row === src.row && sourceOf[end + 1 - left]?.col === end + 1) end++;
    styles.push({
      sheet,
      source: rangeA1({ top: src.row, left: src.col, bottom: src.row, right: src.col + (end - c) }),
      target: rangeA1({ top, left: c, bottom: top + count - 1, right: end }),
    });
    c = end + 1;
  }
  return { styles, merges: newMerges };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** The sheet's merged areas after the insertions, without those an edit replaces. */
export function mergesDuringCopy(grid: Grid, insertions: readonly RowInsertion[], replaced: readonly CellRange[]): CellRange[] {
  return grid.merges
    .map((m) => areaAfter(insertions, grid.sheet, m))
    .filter((m) => !replaced.some((r) => r.top === m.top && r.left === m.left && r.bottom === m.bottom && r.right === m.right));
}
