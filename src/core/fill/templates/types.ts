import type { Level1 } from "../../model/framework";

/** The 指标值确定依据 a reviewer accepts; any other basis is reported (rule basis-not-standard). */
export type StandardBasis = "计划标准" | "行业标准" | "历史标准" | "预算支出标准" | "其他标准";

export type TemplateId = "it-maintenance" | "property-rent" | "personnel" | "legal-counsel" | "special-business" | "equipment" | "general";

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
