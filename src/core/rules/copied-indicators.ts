import { defineRule, type RuleReport } from "./types";
import type { Indicator, ProjectTable } from "../model/model";
import { labelKey } from "../text/normalize";
import { normaliseIndicatorValue } from "../value/parse-indicator-value";
import { level3Key } from "../indicator/names";
import examples from "./examples/copied-indicators.json";

/** What counts as copying, each threshold with its reason. */
const COPYING = {
  /** Fewer projects than this say nothing about copying. */
  minProjects: 3,
  /** A line counts as boilerplate when at least this share of the projects carry it. */
  lineShare: 0.5,
  /** A project is a copy when it carries at least this many boilerplate lines. */
  minLines: 3,
  /** The workbook is reported when at least this share of its projects are copies. */
  projectShare: 0.5,
} as const;

interface Line {
  readonly key: string;
  readonly indicator: Indicator;
  readonly cell: string;
  readonly text: string;
}

/** 三级 + 指标值 as a reviewer compares them: spacing, full-width forms and OCR spellings do not count. */
function lineOf(ind: Indicator): Line | null {
  if (!ind.level3 || !ind.value) return null;
  const v = ind.parsedValue;
  const value = v && v.kind === "number" ? normaliseIndicatorValue(v) : labelKey(ind.value.value);
  return { key: `${level3Key(ind.level3.value)}|${value}`, indicator: ind, cell: ind.level3.cell, text: `${ind.level3.value} ${ind.value.value}` };
}

function linesOf(table: ProjectTable): Line[] {
  const out: Line[] = [];
  const seen = new Set<string>();
  for (const ind of table.indicators) {
    const line = lineOf(ind);
    if (!line || seen.has(line.key)) continue;
    seen.add(line.key);
    out.push(line);
  }
  return out;
}

/** The same indicator lines (三级 + 指标值) copied into most projects of a workbook: targets not set per project. */
export const copiedIndicators = defineRule({
  scope: "workbook",
  id: "copied-indicators",
  category: "structure",
  severity: "info",
  description: ["多数项目套用同一组指标", "Most projects reuse the same set of indicators"],
  messages: {
    copied: [
      "本项目有 {lines} 条指标与其他项目完全相同（{shared}/{projects} 个项目套用：{examples}），请按项目实际设置指标",
      "{lines} indicators of this project are identical to other projects' ({shared} of {projects} projects reuse: {examples}); set targets per project",
    ],
  },
  examples,
  check(context) {
    const projects = context.workbook.tables.filter((t): t is ProjectTable => t.kind === "project" && t.indicators.length > 0);
    if (projects.length < COPYING.minProjects) return [];
    const lines = new Map(projects.map((p) => [p, linesOf(p)]));
    const carriers = new Map<string, number>();
    for (const list of lines.values()) for (const line of list) carriers.set(line.key, (carriers.get(line.key) ?? 0) + 1);
    const lineFloor = Math.max(COPYING.minProjects, Math.ceil(COPYING.lineShare * projects.length));
    const copies: { project: ProjectTable; copied: Line[] }[] = [];
    for (const project of projects) {
      const copied = lines.get(project)!.filter((line) => (carriers.get(line.key) ?? 0) >= lineFloor);
      if (copied.length >= COPYING.minLines) copies.push({ project, copied });
    }
    if (copies.length < Math.max(COPYING.minProjects, Math.ceil(COPYING.projectShare * projects.length))) return [];
    const out: (RuleReport & { readonly table: ProjectTable })[] = [];
    for (const { project, copied } of copies) {
      const sorted = [...copied].sort((a, b) => a.indicator.row - b.indicator.row);
      const cell = sorted[0]!.cell;
      out.push({
        table: project,
        messageId: "copied",
        cell,
        related: [...new Set(sorted.slice(1).map((l) => l.cell))].filter((c) => c !== cell),
        data: { lines: sorted.length, shared: copies.length, projects: projects.length, examples: sorted.map((l) => l.text).join("；") },
      });
    }
    return out;
  },
});
