import type { ProjectTable } from "./model";
import { level1Of, level2Key, type Framework } from "./framework";
import { LEVEL2_2021 } from "../vocabulary/categories";

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
