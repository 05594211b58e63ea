import type { CellRange } from "../../core/grid/address";
import { a1, parseRangeA1, rangeA1 } from "../../core/grid/address";

/** Excel's widest sheet; keys below are row * MAX_COLUMNS + col. */
export const MAX_COLUMNS = 16384;

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

export function keyCol(key: number): number {
  return key % MAX_COLUMNS;
}

export function keyAddress(key: number): string {
  return a1(keyRow(key), keyCol(key));
}

/** The range part of an Office.js address such as "'Sheet 1'!B2:C4" (a sheet name may hold "!", a range never does). */
export function rangeOfAddress(address: string): CellRange | null {
  const bang = address.lastIndexOf("!");
  return parseRangeA1(bang < 0 ? address : address.slice(bang + 1));
}

/** The sheet part of an Office.js address, unquoted; null when the address has none. */
export function sheetOfAddress(address: string): string | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return null;
  const sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) return sheet.slice(1, -1).replace(/''/g, "'");
  return sheet;
}

/** Cells joined into horizontal runs, so a row of neighbouring marks costs one range instead of many. */
export function rowRuns(keys: Iterable<number>): CellRange[] {
  const sorted = [...keys].sort((a, b) => a - b);
  const runs: CellRange[] = [];
  let current: { top: number; left: number; bottom: number; right: number } | null = null;
  for (const key of sorted) {
    const row = keyRow(key);
    const col = keyCol(key);
    if (current && current.top === row && current.right === col - 1) {
      current.right = col;
      continue;
    }
    if (current) runs.push(current);
    current = { top: row, left: col, bottom: row, right: col };
  }
  if (current) runs.push(current);
  return runs;
}

/**
 * Comma-separated address lists for `worksheet.getRanges`. Excel rejects long lists (reports put the
 * limit near 8,192 characters and 512 areas), so each list stays well under both.
 */
export function addressLists(ranges: readonly CellRange[], maxChars = 4000, maxAreas = 400): string[] {
  const lists: string[] = [];
  let parts: string[] = [];
  let length = 0;
  for (const range of ranges) {
    const address = rangeA1(range);
    if (parts.length > 0 && (length + 2 + address.length > maxChars || parts.length >= maxAreas)) {
      lists.push(parts.join(", "));
      parts = [];
      length = 0;
    }
    length += (parts.length > 0 ? 2 : 0) + address.length;
    parts.push(address);
  }
  if (parts.length > 0) lists.push(parts.join(", "));
  return lists;
}
