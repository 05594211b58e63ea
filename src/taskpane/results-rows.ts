/**
 * The result list as rows for a virtualised list: sheet and table headers and items, folded groups
 * left out; where each row sits given the heights measured so far; and which rows a viewport shows.
 */
import type { Diagnostic } from "../core/types";
import type { SeverityCounts } from "./i18n";
import { diagnosticKey, type SheetGroup } from "./results";

export type Row =
  | { readonly kind: "sheet"; readonly key: string; readonly sheet: string; readonly counts: SeverityCounts; readonly open: boolean }
  | { readonly kind: "table"; readonly key: string; readonly sheet: string; readonly table: string; readonly counts: SeverityCounts; readonly open: boolean }
  | { readonly kind: "item"; readonly key: string; readonly d: Diagnostic; readonly index: number };

export const sheetKey = (sheet: string): string => `s\u0000${sheet}`;
export const tableKey = (sheet: string, table: string): string => `t\u0000${sheet}\u0000${table}`;

/** Sheet → table → item rows; a folded sheet or table shows its header only. `indexOf`: an item's place in 上一个/下一个 order. */
export function buildRows(groups: readonly SheetGroup[], closed: ReadonlySet<string>, indexOf: ReadonlyMap<Diagnostic, number>): Row[] {
  const out: Row[] = [];
  for (const sheet of groups) {
    const sheetOpen = !closed.has(sheetKey(sheet.sheet));
    out.push({ kind: "sheet", key: sheetKey(sheet.sheet), sheet: sheet.sheet, counts: sheet.counts, open: sheetOpen });
    if (!sheetOpen) continue;
    for (const table of sheet.tables) {
      const key = tableKey(sheet.sheet, table.table);
      const open = !closed.has(key);
      out.push({ kind: "table", key, sheet: sheet.sheet, table: table.table, counts: table.counts, open });
      if (!open) continue;
      table.diagnostics.forEach((d, i) => out.push({ kind: "item", key: diagnosticKey(d, i), d, index: indexOf.get(d) ?? -1 }));
    }
  }
  return out;
}

/** A row's height before it has been measured (px at 320 px: an item wraps to about three lines and its actions). */
export function estimatedHeight(row: Row): number {
  return row.kind === "sheet" ? 44 : row.kind === "table" ? 36 : 96;
}

/** Each row's top, and the list's height after the last (`offsets[rows.length]`). */
export function rowOffsets(rows: readonly Row[], heights: ReadonlyMap<string, number>): number[] {
  const offsets = new Array<number>(rows.length + 1);
  let top = 0;
  rows.forEach((row, i) => {
    offsets[i] = top;
    top += heights.get(row.key) ?? estimatedHeight(row);
  });
  offsets[rows.length] = top;
  return offsets;
}

/** The first row ending below `y` (binary search over the offsets). */
function rowAt(offsets: readonly number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** The rows [first, last] that overlap the viewport widened by `overscan` px on each side. */
export function visibleRows(offsets: readonly number[], scrollTop: number, viewport: number, overscan: number): { first: number; last: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { first: 0, last: -1 };
  const first = rowAt(offsets, Math.max(0, scrollTop - overscan));
  const last = rowAt(offsets, scrollTop + viewport + overscan);
  return { first, last: Math.min(count - 1, last) };
}
