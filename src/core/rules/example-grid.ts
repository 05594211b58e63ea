/**
 * The grids that rule examples are written on (docs/rules.md shows them, the meta test runs them):
 * one builder instead of the same 项目名称 and header rows in every rule.
 */
import type { CellValue } from "../grid/grid";

export type ExampleRow = readonly CellValue[];

const INDICATOR_HEADER = ["一级指标", "二级指标", "三级指标", "指标值"] as const;

export interface ExampleProject {
  /** Rows between 项目名称 and the indicator header: 单位, 预算数 and its sources, 资金支出计划 … */
  readonly head?: readonly ExampleRow[];
  /** Header columns after 指标值 (指标值设置依据, 上年完成值, 指标分值权重 …). */
  readonly columns?: readonly string[];
  /** Header columns after 三级指标 when they are not 指标值 first (年度指标值 · 实施周期指标值, 绩效指标描述 · 指标值). */
  readonly valueColumns?: readonly string[];
  readonly indicators: readonly ExampleRow[];
}

/** A one-project block: 项目名称 示例项目, the head rows, the indicator header, the indicator rows. */
export function exampleProject(project: ExampleProject): { readonly rows: readonly ExampleRow[] } {
  const header = project.valueColumns ? [...INDICATOR_HEADER.slice(0, 3), ...project.valueColumns] : [...INDICATOR_HEADER, ...(project.columns ?? [])];
  return { rows: [["项目名称", "示例项目"], ...(project.head ?? []), header, ...project.indicators] };
}

const SELF_EVALUATION_HEAD: readonly ExampleRow[] = [
  ["项目支出绩效自评表"],
  ["项目名称", "示例项目"],
  ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
];
const SELF_EVALUATION_FUNDS: ExampleRow = [null, "年度资金总额", 200, 220, 198, 10, "90%", 9];
const SELF_EVALUATION_HEADER: ExampleRow = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

/** A 项目支出绩效自评表: its head, the 年度资金总额 row (执行率 90%), the indicator header and the indicator rows. */
export function exampleSelfEvaluation(indicators: readonly ExampleRow[], funds: ExampleRow = SELF_EVALUATION_FUNDS): { readonly rows: readonly ExampleRow[] } {
  return { rows: [...SELF_EVALUATION_HEAD, funds, SELF_EVALUATION_HEADER, ...indicators] };
}
