import type { ProjectTable } from "./model";
import { level1Of, level2Key, type Framework, type FrameworkStatement } from "./framework";
import { a1 } from "../grid/address";
import type { WorkbookGrids } from "../grid/grid";
import { LEVEL2_2021 } from "../vocabulary/categories";
import { level1Listed } from "../vocabulary/framework-statements";
import { LEVEL_MARK } from "../vocabulary/labels";

export interface FrameworkEvidence {
  /** 成本指标 written as a 一级 (2021), or its 二级 names 经济成本 … */
  readonly as2021: boolean;
  /** 成本指标 written as a 二级 under 产出指标 (legacy). */
  readonly asLegacy: boolean;
}

const COST_LEVEL2_2021 = new Set(LEVEL2_2021.成本);

const EVIDENCE = new WeakMap<ProjectTable, FrameworkEvidence>();

export function frameworkEvidence(table: ProjectTable): FrameworkEvidence {
  let known = EVIDENCE.get(table);
  if (!known) EVIDENCE.set(table, (known = collectEvidence(table)));
  return known;
}

function collectEvidence(table: ProjectTable): FrameworkEvidence {
  let as2021 = false;
  let asLegacy = false;
  for (const ind of table.indicators) {
    const l1 = ind.level1 ? level1Of(ind.level1.value) : null;
    const l2 = ind.level2 ? level2Key(ind.level2.value) : null;
    if (l1 === "成本" || (l2 !== null && COST_LEVEL2_2021.has(l2))) as2021 = true;
    if (l1 === "产出" && l2 === "成本") asLegacy = true;
  }
  return { as2021, asLegacy };
}

/** A table follows the 2021 framework when it has 成本指标 as a 一级; otherwise the legacy one. */
export function detectFramework(table: ProjectTable): Framework {
  const e = frameworkEvidence(table);
  return e.as2021 && !e.asLegacy ? "2021" : "legacy";
}

/** Where a table shows the 2021 framework: the first 成本指标 written as a 一级, else the first 二级 such as 经济成本指标. */
export function costCell(table: ProjectTable): string | null {
  let level2: string | null = null;
  for (const ind of table.indicators) {
    if (ind.level1 && level1Of(ind.level1.value) === "成本") return ind.level1.cell;
    if (level2 === null && ind.level2 && COST_LEVEL2_2021.has(level2Key(ind.level2.value))) level2 = ind.level2.cell;
  }
  return level2;
}

/**
 * Every cell of the workbook that lists the 一级指标 (a 填表说明 sheet, a note under a table): naming 成本 among
 * them states the 2021 framework, leaving it out the legacy one.
 */
export function frameworkStatementsOf(workbook: WorkbookGrids): FrameworkStatement[] {
  const out: FrameworkStatement[] = [];
  for (const grid of workbook.sheets) {
    grid.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value !== "string" || !value.includes(LEVEL_MARK)) return;
        const listed = level1Listed(value);
        if (listed) out.push({ sheet: grid.sheet, cell: a1(r, c), framework: listed.includes("成本") ? "2021" : "legacy" });
      }),
    );
  }
  return out;
}
