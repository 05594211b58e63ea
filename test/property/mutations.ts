/**
 * Random edits of a real workbook: cells turned into other values, merged areas added or removed,
 * rows shuffled, deleted or duplicated. Mutations are plain data (positions as naturals taken
 * modulo the sheet's size when applied), so fast-check can shrink a failing list to its core.
 */
import fc from "fast-check";
import type { CellRange } from "../../src/core/grid/address";
import type { CellValue, Grid, WorkbookGrids } from "../../src/core/grid/grid";
import { cellValue, ERROR_VALUES, longString, numberValue, textValue } from "./arbitraries";

export type Mutation =
  | { readonly kind: "set"; readonly sheet: number; readonly row: number; readonly col: number; readonly value: CellValue }
  | { readonly kind: "respell"; readonly sheet: number; readonly row: number; readonly col: number; readonly how: number }
  | { readonly kind: "add-merge"; readonly sheet: number; readonly row: number; readonly col: number; readonly height: number; readonly width: number }
  | { readonly kind: "remove-merge"; readonly sheet: number; readonly index: number }
  | { readonly kind: "shuffle-rows"; readonly sheet: number; readonly row: number; readonly length: number; readonly seed: number }
  | { readonly kind: "delete-row"; readonly sheet: number; readonly row: number }
  | { readonly kind: "duplicate-row"; readonly sheet: number; readonly row: number };

const sheet = fc.nat({ max: 63 });
const position = fc.nat({ max: 10_000 });

/** The value written: mostly text, numbers and error values, at times 10,000 characters. */
const newValue: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: textValue, weight: 5 },
  { arbitrary: numberValue, weight: 3 },
  { arbitrary: fc.constantFrom(...ERROR_VALUES), weight: 2 },
  { arbitrary: longString, weight: 1 },
  { arbitrary: cellValue, weight: 2 },
);

/** Ways a cell's own value gets rewritten by hand: padded, full-width, a number as text, with a unit. */
const RESPELLINGS: readonly ((v: CellValue) => CellValue)[] = [
  (v) => (v === null ? v : ` ${String(v)} `),
  (v) => (v === null ? v : `${String(v)}\u3000`),
  (v) => (typeof v === "number" ? String(v) : v),
  (v) => (typeof v === "number" ? `${v}万元` : typeof v === "string" ? `${v}万元` : v),
  (v) => (typeof v === "number" ? v.toLocaleString("en-US") : v),
  (v) => (v === null ? v : String(v).replace(/[0-9A-Za-z%:()]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))),
  (v) => (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : v),
  (v) => (typeof v === "string" ? v.replace(/\s+/gu, "") : v),
  (v) => (typeof v === "string" ? `${v}\n${v}` : v),
  () => "",
];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("set" as const), sheet, row: position, col: position, value: newValue }), weight: 8 },
  { arbitrary: fc.record({ kind: fc.constant("respell" as const), sheet, row: position, col: position, how: fc.nat({ max: RESPELLINGS.length - 1 }) }), weight: 4 },
  {
    arbitrary: fc.record({ kind: fc.constant("add-merge" as const), sheet, row: position, col: position, height: fc.nat({ max: 6 }), width: fc.nat({ max: 4 }) }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant("remove-merge" as const), sheet, index: position }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("shuffle-rows" as const), sheet, row: position, length: fc.integer({ min: 2, max: 200 }), seed: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("delete-row" as const), sheet, row: position }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("duplicate-row" as const), sheet, row: position }), weight: 2 },
);

interface MutableGrid {
  readonly sheet: string;
  cells: CellValue[][];
  merges: CellRange[];
}

function widthOf(cells: readonly (readonly CellValue[])[]): number {
  let w = 0;
  for (const r of cells) w = Math.max(w, r.length);
  return w;
}

/** A deterministic permutation from a seed (a small LCG drives Fisher–Yates). */
function permute<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0 || 1;
  const next = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
  for (let i = items.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function apply(g: MutableGrid, m: Mutation): void {
  const height = g.cells.length;
  switch (m.kind) {
    case "set": {
      // Within the sheet, or a row or column past its edge (the grid grows).
      const row = m.row % (height + 2);
      const col = m.col % (widthOf(g.cells) + 2);
      while (g.cells.length <= row) g.cells.push([]);
      const cells = g.cells[row]!;
      while (cells.length <= col) cells.push(null);
      cells[col] = m.value;
      return;
    }
    case "respell": {
      if (height === 0) return;
      // One of the row's filled cells: respelling a blank changes nothing.
      const cells = g.cells[m.row % height]!;
      const filled = cells.flatMap((v, c) => (v === null ? [] : [c]));
      if (filled.length === 0) return;
      const col = filled[m.col % filled.length]!;
      cells[col] = RESPELLINGS[m.how % RESPELLINGS.length]!(cells[col]!);
      return;
    }
    case "add-merge": {
      const width = widthOf(g.cells);
      if (height === 0 || width === 0) return;
      const top = m.row % height;
      const left = m.col % width;
      g.merges.push({ top, left, bottom: Math.min(height - 1, top + m.height), right: Math.min(width - 1, left + m.width) });
      return;
    }
    case "remove-merge":
      if (g.merges.length > 0) g.merges.splice(m.index % g.merges.length, 1);
      return;
    case "shuffle-rows": {
      if (height < 2) return;
      const start = m.row % height;
      const end = Math.min(height, start + m.length);
      g.cells.splice(start, end - start, ...permute(g.cells.slice(start, end), m.seed));
      return;
    }
    case "delete-row": {
      if (height === 0) return;
      const row = m.row % height;
      g.cells.splice(row, 1);
      // As a spreadsheet does: areas below move up, areas across the row shrink, one-row areas on it vanish.
      g.merges = g.merges.flatMap((a): CellRange[] => {
        if (a.bottom < row) return [a];
        if (a.top > row) return [{ ...a, top: a.top - 1, bottom: a.bottom - 1 }];
        if (a.top === a.bottom) return [];
        return [{ ...a, bottom: a.bottom - 1 }];
      });
      return;
    }
    case "duplicate-row": {
      if (height === 0) return;
      const row = m.row % height;
      g.cells.splice(row + 1, 0, [...g.cells[row]!]);
      g.merges = g.merges.map((a) => (a.top > row ? { ...a, top: a.top + 1, bottom: a.bottom + 1 } : a.bottom >= row ? { ...a, bottom: a.bottom + 1 } : a));
      return;
    }
  }
}

/** A fresh, mutated copy of `workbook`; the original is left as it was. */
export function mutate(workbook: WorkbookGrids, mutations: readonly Mutation[]): WorkbookGrids {
  const sheets: MutableGrid[] = workbook.sheets.map((g) => ({ sheet: g.sheet, cells: g.cells.map((r) => [...r]), merges: g.merges.map((m) => ({ ...m })) }));
  if (sheets.length === 0) return workbook;
  for (const m of mutations) apply(sheets[m.sheet % sheets.length]!, m);
  return { sheets: sheets.map((s): Grid => ({ sheet: s.sheet, cells: s.cells, merges: s.merges })) };
}
