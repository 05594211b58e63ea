/**
 * Small in-memory sheets for parser tests: rows as written, merges as A1 ranges.
 * Like a real host, a merged area keeps its value in the top-left cell only; a value
 * hidden under a merge is a mistake in the test and throws.
 */
import { parseRangeA1, rangeA1 } from "../../../src/core/grid/address";
import type { CellValue, Grid } from "../../../src/core/grid/grid";
import type { Amount, Indicator, ParsedWorkbook, ProjectTable, BudgetRow, BudgetTable } from "../../../src/core/model/model";
import { parseWorkbook } from "../../../src/core/parse/parse-workbook";

export type Row = readonly CellValue[];

export function gridOf(sheet: string, rows: readonly Row[], merges: readonly string[] = []): Grid {
  const ranges = merges.map((m) => {
    const r = parseRangeA1(m);
    if (!r) throw new Error(`bad merge ${m}`);
    return r;
  });
  for (const m of ranges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const v = rows[r]?.[c];
        if (v !== null && v !== undefined) throw new Error(`value under merge ${rangeA1(m)} at row ${r}, col ${c}`);
      }
    }
  }
  return { sheet, cells: rows.map((r) => [...r]), merges: ranges };
}

/** An ordinary one-project block (title, unit, name, budget 100 = 90 + 10, goal, the usual indicator header) over `indicators`. */
export function ordinaryBlock(indicators: readonly Row[]): Grid {
  return gridOf("绩效目标表", [
    ["项目支出绩效目标表"],
    ["单位：万元"],
    ["项目名称", "示范项目"],
    ["预算数", 100, "财政资金", 90, "其他资金", 10],
    ["绩效目标", "完成任务"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ...indicators,
  ]);
}

export function parseGrids(...grids: Grid[]): ParsedWorkbook {
  return parseWorkbook({ sheets: grids });
}

export function projectsOf(parsed: ParsedWorkbook): ProjectTable[] {
  return parsed.tables.filter((t): t is ProjectTable => t.kind === "project");
}

export function summariesOf(parsed: ParsedWorkbook): BudgetTable[] {
  return parsed.tables.filter((t): t is BudgetTable => t.kind === "budget-summary");
}

/** Blank rows to separate blocks. */
export function blankRows(n: number): Row[] {
  return Array.from({ length: n }, () => []);
}

/** Offsets merge ranges written for a block that starts at row 0 to where the block sits. */
export function shiftMerges(merges: readonly string[], rows: number): string[] {
  return merges.map((m) => {
    const r = parseRangeA1(m)!;
    return rangeA1({ top: r.top + rows, left: r.left, bottom: r.bottom + rows, right: r.right });
  });
}

/** Stacks blocks (rows + merges relative to each block) into one sheet. */
export function stack(sheet: string, blocks: readonly { rows: readonly Row[]; merges?: readonly string[] }[]): Grid {
  const rows: Row[] = [];
  const merges: string[] = [];
  for (const b of blocks) {
    merges.push(...shiftMerges(b.merges ?? [], rows.length));
    rows.push(...b.rows);
  }
  return gridOf(sheet, rows, merges);
}

export interface BudgetFigures {
  readonly unit: string;
  readonly total: number | null;
  readonly fiscal: number | null;
  readonly other: number | null;
}

export function budgetOf(p: ProjectTable): BudgetFigures {
  const v = (a: Amount | null | undefined): number | null => (a ? a.value : null);
  return { unit: p.unit, total: v(p.budget?.total), fiscal: v(p.budget?.fiscal), other: v(p.budget?.other) };
}

export interface IndicatorFigures {
  readonly level1: string | null;
  readonly level2: string | null;
  readonly level3: string | null;
  readonly value: string | null;
  readonly cell: string | null;
}

/** The fields a reviewer reads first: categories, name, target and where the target sits. */
export function indicatorOf(ind: Indicator | undefined): IndicatorFigures {
  if (!ind) throw new Error("no such indicator");
  return {
    level1: ind.level1?.value ?? null,
    level2: ind.level2?.value ?? null,
    level3: ind.level3?.value ?? null,
    value: ind.value?.value ?? null,
    cell: ind.value?.cell ?? null,
  };
}

export function rowSummary(row: BudgetRow): { kind: string; code: string | null; label: string | null } {
  return { kind: row.kind, code: row.code?.value ?? null, label: row.label?.value ?? null };
}

export function amountIn(row: BudgetRow | undefined, col: number): number | null {
  if (!row) throw new Error("no such row");
  return row.amounts.get(col)?.value ?? null;
}
