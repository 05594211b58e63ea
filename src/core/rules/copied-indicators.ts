import { defineRule, type RuleReport } from "./types";
import { exampleProjects } from "./example-grid";
import type { Indicator, ProjectTable } from "../model/model";
import { labelKey } from "../text/normalize";
import { normaliseIndicatorValue } from "../value/parse-indicator-value";
import { level3Key } from "../indicator/names";

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

/** Lines that fit any project, so that a workbook copying them into every project set no target of its own. */
const GENERIC_LINES = [
  ["产出指标", "质量指标", "资金使用合规率", "100%"],
  ["产出指标", "时效指标", "资金使用时间", "2024年1月至12月"],
  ["效益指标", "社会效益指标", "保障机关正常运转", "基本保障"],
];

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
  examples: {
    invalid: exampleProjects(["项目甲", "项目乙", "项目丙"].map((name) => ({ name, indicators: GENERIC_LINES }))),
    errors: [["C3", "copied"], ["C9", "copied"], ["C15", "copied"]],
    valid: exampleProjects([
      { name: "项目甲", indicators: [["产出指标", "数量指标", "培训人数", "≥100人"], ["效益指标", "社会效益指标", "业务水平", "有效提升"]] },
      { name: "项目乙", indicators: [["产出指标", "数量指标", "维修设备数量", "≥20台"], ["效益指标", "社会效益指标", "设备完好率", "≥98%"]] },
      { name: "项目丙", indicators: [["产出指标", "数量指标", "印制手册数量", "≥500册"], ["效益指标", "社会效益指标", "政策知晓率", "≥90%"]] },
    ]),
  },
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
