/**
 * The grids that rule examples are written on (docs/rules.md shows them, the meta test runs them):
 * builders for the tables every example is made of, and the one function that turns a rule's
 * declared examples into the invalid and valid grids of its meta.
 */
import type { CellValue } from "../grid/grid";
import type { MoneyUnit } from "../model/model";
import { parseA1 } from "../grid/address";
import type { InvalidExample, RuleExample } from "./types";

export type ExampleRow = readonly CellValue[];

const INDICATOR_HEADER = ["一级指标", "二级指标", "三级指标", "指标值"] as const;
/** The indicator a funds or reading example carries only so that the table reads as a target table. */
const ANY_INDICATOR: ExampleRow = ["产出指标", "数量指标", "培训人数", "≥100人"];
const PLAN_POINTS = ["3月底", "6月底", "10月底", "12月底"] as const;

export interface ExampleProject {
  /** A title row above 项目名称. */
  readonly title?: string;
  /** 项目名称; 示例项目 unless the example compares projects. */
  readonly name?: string;
  /** A 单位：万元 (or 元) row under the name. */
  readonly unit?: MoneyUnit;
  /** The 预算数 row: 预算数, 其中：财政资金, 其他资金. */
  readonly budget?: readonly [total: CellValue, fiscal: CellValue, other: CellValue];
  /** Rows after the budget: 项目资金 blocks and the like. */
  readonly head?: readonly ExampleRow[];
  /** A 资金支出计划 (3月底 … 12月底) with its label and cumulative amounts. */
  readonly plan?: { readonly label?: string; readonly amounts: readonly CellValue[] };
  /** Header columns after 指标值 (指标值设置依据, 上年完成值, 指标分值权重 …). */
  readonly columns?: readonly string[];
  /** Header columns after 三级指标 when they are not 指标值 first (年度指标值 · 实施周期指标值, 绩效指标描述 · 指标值). */
  readonly valueColumns?: readonly string[];
  /** The indicator rows; one 培训人数 row when the example is not about them. */
  readonly indicators?: readonly ExampleRow[];
  /** A cost table under the indicators: 成本构成 (or another title), its items and the 合计 amount. */
  readonly costs?: { readonly title?: string; readonly items: readonly ExampleRow[]; readonly total: CellValue };
  /** Rows under everything else: a second table on the same sheet. */
  readonly below?: readonly ExampleRow[];
}

function projectHead(project: ExampleProject): ExampleRow[] {
  const rows: ExampleRow[] = project.title === undefined ? [] : [[project.title]];
  rows.push(["项目名称", project.name ?? "示例项目"]);
  if (project.unit) rows.push([`单位：${project.unit}`]);
  if (project.budget) rows.push(["预算数", project.budget[0], "其中：财政资金", project.budget[1], "其他资金", project.budget[2]]);
  rows.push(...(project.head ?? []));
  if (project.plan) rows.push([project.plan.label ?? "资金支出计划", ...PLAN_POINTS], [null, ...project.plan.amounts]);
  return rows;
}

function costRows(costs: NonNullable<ExampleProject["costs"]>): ExampleRow[] {
  return [[costs.title ?? "成本构成", "数量", "单价（元）", "金额（万元）", "测算依据"], ...costs.items, ["合计", null, null, costs.total, null]];
}

/** A one-project block: its head (name, unit, budget, plan), the indicator header and rows, a cost table, what lies below. */
export function exampleProject(project: ExampleProject): RuleExample {
  const header = project.valueColumns ? [...INDICATOR_HEADER.slice(0, 3), ...project.valueColumns] : [...INDICATOR_HEADER, ...(project.columns ?? [])];
  const tail = [...(project.costs ? costRows(project.costs) : []), ...(project.below ?? [])];
  return { rows: [...projectHead(project), header, ...(project.indicators ?? [ANY_INDICATOR]), ...tail] };
}

/** Several project blocks on one sheet, a blank row between them. */
export function exampleProjects(projects: readonly ExampleProject[]): RuleExample {
  return { rows: projects.flatMap((p, i) => [...(i === 0 ? [] : [[]]), ...exampleProject(p).rows]) };
}

const SELF_EVALUATION_HEAD: readonly ExampleRow[] = [
  ["项目支出绩效自评表"],
  ["项目名称", "示例项目"],
  ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
];
const SELF_EVALUATION_FUNDS: ExampleRow = [null, "年度资金总额", 200, 220, 198, 10, "90%", 9];
const SELF_EVALUATION_HEADER: ExampleRow = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

/** A 项目支出绩效自评表: its head, the 年度资金总额 row (执行率 90%), the indicator header and the indicator rows. */
export function exampleSelfEvaluation(indicators: readonly ExampleRow[], funds: ExampleRow = SELF_EVALUATION_FUNDS): RuleExample {
  return { rows: [...SELF_EVALUATION_HEAD, funds, SELF_EVALUATION_HEADER, ...indicators] };
}

const DEPARTMENT_HEAD: readonly ExampleRow[] = [
  ["2024年度部门（单位）整体支出绩效目标表"],
  ["部门（单位）名称", "示例局"],
  ["年度主要任务", "任务名称", "主要内容", "总额", "财政拨款", "其他资金"],
];
type TaskAmounts = readonly [total: CellValue, fiscal: CellValue, other: CellValue];

/** A 部门（单位）整体支出绩效目标表: the 年度主要任务 ([name, content, 总额, 财政拨款, 其他资金]), 金额合计, one indicator. */
export function exampleDepartment(tasks: readonly (readonly [name: string, content: string, ...amounts: TaskAmounts])[], total: TaskAmounts): RuleExample {
  const taskRows: ExampleRow[] = tasks.map((t) => [null, ...t]);
  return { rows: [...DEPARTMENT_HEAD, ...taskRows, [null, "金额合计", null, ...total], [...INDICATOR_HEADER], ["产出指标", "数量指标", "编制规划", "1项"]] };
}

/** A budget table (收支总表, 支出表 …) in 万元: the unit row, its header and its rows. */
export function exampleBudgetTable(header: ExampleRow, rows: readonly ExampleRow[]): RuleExample {
  return { rows: [["单位：万元"], header, ...rows] };
}

/**
 * A rule's examples as it states them: the invalid grid, the [cell, messageId] pairs it raises, and
 * the valid grid, either in full or as the cells that correct the invalid one (most fixes are one cell).
 */
export type ExampleDeclaration<M extends string = string> = {
  readonly invalid: RuleExample;
  readonly errors: readonly (readonly [cell: string, messageId: M])[];
} & ({ readonly valid: RuleExample } | { readonly corrected: Readonly<Record<string, CellValue>> });

/** The invalid grid with the given cells replaced; a cell outside the grid is a mistake in the rule file. */
function corrected(example: RuleExample, cells: Readonly<Record<string, CellValue>>): RuleExample {
  const rows = example.rows.map((r) => [...r]);
  for (const [address, value] of Object.entries(cells)) {
    const ref = parseA1(address);
    const row = ref ? rows[ref.row] : undefined;
    if (!ref || !row || ref.col >= row.length) throw new Error(`example correction ${address} lies outside the invalid grid`);
    row[ref.col] = value;
  }
  return { ...example, rows };
}

/** The examples of a rule's meta, from its declaration. */
export function ruleExamples(declared: ExampleDeclaration): { readonly invalid: InvalidExample; readonly valid: RuleExample } {
  const valid = "valid" in declared ? declared.valid : corrected(declared.invalid, declared.corrected);
  return { invalid: { ...declared.invalid, errors: declared.errors }, valid };
}
