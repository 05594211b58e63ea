import type { CellRange } from "../grid/address";
import type { CellValue, Grid } from "../grid/grid";
import { indicatorColumnOf, type IndicatorColumn } from "../vocabulary/labels";
import type { Sheet } from "./sheet";

/** Columns from..to, inclusive: one of the tables printed side by side on a sheet. */
export interface ColumnBand {
  readonly from: number;
  readonly to: number;
}

/** Bands and the rows above them that every band shares (a common title, 单位：万元). */
export interface SideBySide {
  readonly bands: readonly ColumnBand[];
  readonly sharedRows: number;
}

/** The level columns a repeated group starts again with: a second 一级, 二级 or 三级 header on one row begins another copy. */
const LEVELS: ReadonlySet<IndicatorColumn> = new Set(["level1", "level2", "level3"]);

/**
 * Where each copy of a row's indicator header starts (一级 | 二级 | 三级 | 指标值 | 一级 | 二级 …, or
 * 一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 指标值 whose second copy has no 一级): at the first level
 * column, and again wherever a level column the copy already has is named once more.
 */
function repeatedHeaderStarts(sheet: Sheet, row: number): number[] {
  const roles = sheet.filledColumns(row).map((c) => ({ c, role: indicatorColumnOf(sheet.key(row, c)) }));
  const starts: number[] = [];
  let seen = new Set<IndicatorColumn>();
  for (const { c, role } of roles) {
    if (role === null || !LEVELS.has(role)) continue;
    if (starts.length === 0 || seen.has(role)) {
      starts.push(c);
      seen = new Set();
    }
    seen.add(role);
  }
  if (starts.length < 2) return [];
  // Each repeat must be a whole header: a 三级 or a value column before the next copy (or the row's end).
  const whole = starts.every((s, i) => {
    const end = starts[i + 1] ?? Infinity;
    return roles.some((r) => r.c > s && r.c < end && (r.role === "level3" || r.role === "value" || r.role === "annualValue"));
  });
  return whole ? starts : [];
}

function leftmostFilled(sheet: Sheet): number {
  let left = Infinity;
  for (let r = 0; r < sheet.height; r++) left = Math.min(left, sheet.filledColumns(r)[0] ?? Infinity);
  return left === Infinity ? 0 : left;
}

function columnBlank(sheet: Sheet, col: number, fromRow: number): boolean {
  for (let r = fromRow; r < sheet.height; r++) {
    if (!sheet.blank(r, col) || sheet.mergeAt(r, col)) return false;
  }
  return true;
}

/**
 * Where band k starts: a blank column between the bands when the sheet has one (the copies then
 * need not be aligned alike), else as far left of its first header column as the first band's is.
 */
function bandStart(sheet: Sheet, start: number, previousStart: number, offset: number, headerRow: number): number {
  for (let c = start - 1; c > previousStart; c--) if (columnBlank(sheet, c, headerRow)) return c + 1;
  // Never before the previous copy's last header column: its 指标值 is its own, not the next table's.
  const previousEnd = Math.max(...sheet.filledColumns(headerRow).filter((c) => c < start && indicatorColumnOf(sheet.key(headerRow, c)) !== null));
  return Math.max(previousStart + 1, previousEnd + 1, start - offset);
}

/** The first row at which two or more bands hold something: the rows above it belong to all. */
function firstRowOfBands(sheet: Sheet, bands: readonly ColumnBand[]): number {
  for (let r = 0; r < sheet.height; r++) {
    const filled = sheet.filledColumns(r);
    const holding = bands.filter((b) => filled.some((c) => c >= b.from && c <= b.to)).length;
    if (holding >= 2) return r;
  }
  return 0;
}

/**
 * Tables side by side, told by an indicator header repeated on one row (一级指标 … 指标值 | 一级指标 …
 * 指标值), as when one landscape page holds two projects: the column bands each copy covers, or null.
 */
export function sideBySideOf(sheet: Sheet): SideBySide | null {
  for (let r = 0; r < sheet.height; r++) {
    if (sheet.filledColumns(r).length < 4) continue;
    const starts = repeatedHeaderStarts(sheet, r);
    if (starts.length < 2) continue;
    const offset = starts[0]! - leftmostFilled(sheet);
    const froms = [0];
    for (let i = 1; i < starts.length; i++) froms.push(bandStart(sheet, starts[i]!, starts[i - 1]!, offset, r));
    const bands = froms.map((from, i) => ({ from, to: (froms[i + 1] ?? sheet.width) - 1 }));
    return { bands, sharedRows: firstRowOfBands(sheet, bands) };
  }
  return null;
}

/** A merged area as one band sees it: clipped to the band, or gone when its anchor is outside. */
function mergeInBand(m: CellRange, band: ColumnBand, sharedRows: number): CellRange | null {
  if (m.top < sharedRows) return m;
  if (m.left < band.from || m.left > band.to) return null;
  return m.right > band.to ? { ...m, right: band.to } : m;
}

/** The sheet as one band sees it: the same addresses, the shared rows whole, other bands' cells blank. */
export function bandGrid(grid: Grid, band: ColumnBand, sharedRows: number): Grid {
  const cells: CellValue[][] = grid.cells.map((row, r) =>
    r < sharedRows ? [...row] : row.slice(0, band.to + 1).map((v, c) => (c >= band.from ? v : null)),
  );
  const merges = grid.merges.map((m) => mergeInBand(m, band, sharedRows)).filter((m): m is CellRange => m !== null);
  return { sheet: grid.sheet, cells, merges };
}
