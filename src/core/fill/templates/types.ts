import type { Level1 } from "../../model/framework";
import { LEVEL1_NAMES } from "../../vocabulary/categories";
import { BASIS_STANDARDS } from "../../vocabulary/basis-standards";
import { fields, listOf, oneOf, readData, text } from "../../data/reader";

/** The 指标值确定依据 a reviewer accepts; any other basis is reported (rule basis-not-standard). */
export type StandardBasis = "计划标准" | "行业标准" | "历史标准" | "预算支出标准" | "其他标准";

export const TEMPLATE_IDS = ["it-maintenance", "property-rent", "personnel", "legal-counsel", "special-business", "equipment", "general"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/**
 * One suggested indicator. Categories are named as the 2021 framework names them (成本 is a 一级 with
 * 经济成本); for the legacy framework the renderer files 成本 under 产出.
 */
export interface TemplateIndicator {
  readonly level1: Level1;
  /** Canonical 二级 key, as level2Key gives it: 数量, 质量, 时效, 经济成本, 社会效益, 服务对象满意度 … */
  readonly level2: string;
  readonly level3: string;
  /** Other 三级 names (with their values) that fit the same row, offered where a person picks. */
  readonly alternatives?: readonly { readonly level3: string; readonly value: string; readonly description?: string }[];
  readonly description: string;
  /** The target; {预算数}, {单位} and {年度} are replaced when the template is rendered. */
  readonly value: string;
  readonly basis: StandardBasis;
}

/** A kind of project and the indicators it usually needs, drawn from the published tables the examples/ workbooks reproduce. */
export interface ProjectTemplate {
  readonly id: TemplateId;
  /** Chinese name, as the task pane and `--template` show it. */
  readonly name: string;
  /** The examples/ workbooks and projects its indicators were drawn from. */
  readonly drawnFrom: string;
  /** Other names accepted for `--template`. */
  readonly aliases: readonly string[];
  /** Words in a project name that suggest this template. */
  readonly keywords: readonly string[];
  /** 资金用途; {项目名称} is replaced. */
  readonly use: string;
  /** 绩效目标; {项目名称} and {年度} are replaced. */
  readonly goal: string;
  readonly indicators: readonly TemplateIndicator[];
}

const texts = listOf(text);

const indicator = fields<TemplateIndicator>(
  {
    level1: oneOf<Level1>(LEVEL1_NAMES),
    level2: text,
    level3: text,
    alternatives: listOf(fields<NonNullable<TemplateIndicator["alternatives"]>[number]>({ level3: text, value: text, description: text }, ["level3", "value"])),
    description: text,
    value: text,
    basis: oneOf(BASIS_STANDARDS.map(([name]) => name as StandardBasis)),
  },
  ["level1", "level2", "level3", "description", "value", "basis"],
);

const template = fields<ProjectTemplate>(
  { id: oneOf(TEMPLATE_IDS), name: text, drawnFrom: text, aliases: texts, keywords: texts, use: text, goal: text, indicators: listOf(indicator) },
  ["id", "name", "drawnFrom", "aliases", "keywords", "use", "goal", "indicators"],
);

/** A template from its file <id>.json beside this one; a file of the wrong shape, or not named for its id, throws naming it. */
export function readTemplate(id: TemplateId, data: unknown): ProjectTemplate {
  const read = readData(`fill template ${id}.json`, data, template, "template");
  if (read.id !== id) throw new Error(`fill template ${id}.json: template.id is “${read.id}”, not the file's name`);
  return read;
}
