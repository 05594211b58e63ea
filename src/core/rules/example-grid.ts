/**
 * The grids that rule examples are written on (docs/rules.md shows them, the meta test runs them):
 * builders for the tables every example is made of, and the one function that turns a rule's
 * examples file (src/core/rules/examples/<rule-id>.json, data naming these builders) into the
 * invalid and valid grids of its meta.
 */
import type { CellValue } from "../grid/grid";
import type { MoneyUnit } from "../model/model";
import { parseA1 } from "../grid/address";
import type { InvalidExample, RuleExample } from "./types";
import { DataShapeError, fields, isRecord, listOf, oneOf, readData, text, type Reader } from "../data/reader";

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

const cell: Reader<CellValue> = (value, at) => {
  if (value !== null && !["string", "number", "boolean"].includes(typeof value)) throw new DataShapeError(`${at} must be a cell value (string, number, boolean or null)`);
  return value as CellValue;
};

const row = listOf(cell);
const rows = listOf(row);
const texts = listOf(text);
const address: Reader<string> = (value, at) => {
  const a1 = text(value, at);
  if (!parseA1(a1)) throw new DataShapeError(`${at} “${a1}” is not a cell address`);
  return a1;
};
const moneyUnit: Reader<MoneyUnit> = oneOf<MoneyUnit>(["万元", "元"]);

const project = fields<ExampleProject>(
  {
    title: text,
    name: text,
    unit: moneyUnit,
    budget: listOf(cell, 3) as Reader<TaskAmounts>,
    head: rows,
    plan: fields<NonNullable<ExampleProject["plan"]>>({ label: text, amounts: row }, ["amounts"]),
    columns: texts,
    valueColumns: texts,
    indicators: rows,
    costs: fields<NonNullable<ExampleProject["costs"]>>({ title: text, items: rows, total: cell }, ["items", "total"]),
    below: rows,
  },
  [],
);

type Task = readonly [name: string, content: string, ...amounts: TaskAmounts];
const task: Reader<Task> = (value, at) => {
  const [name, content, ...amounts] = listOf(cell, 5)(value, at);
  return [text(name, `${at}[0]`), text(content, `${at}[1]`), ...(amounts as unknown as TaskAmounts)];
};

/** How an examples file names a grid: one builder of this module with its arguments, or the raw rows. */
const GRIDS: Readonly<Record<string, Reader<RuleExample>>> = {
  project: (value, at) => exampleProject(project(value, at)),
  projects: (value, at) => exampleProjects(listOf(project)(value, at)),
  selfEvaluation: (value, at) => {
    const { indicators, funds } = fields<{ indicators: readonly ExampleRow[]; funds?: ExampleRow }>({ indicators: rows, funds: row }, ["indicators"])(value, at);
    return exampleSelfEvaluation(indicators, funds);
  },
  department: (value, at) => {
    const { tasks, total } = fields<{ tasks: readonly Task[]; total: TaskAmounts }>({ tasks: listOf(task), total: listOf(cell, 3) as Reader<TaskAmounts> }, ["tasks", "total"])(value, at);
    return exampleDepartment(tasks, total);
  },
  budgetTable: (value, at) => {
    const spec = fields<{ header: ExampleRow; rows: readonly ExampleRow[] }>({ header: row, rows }, ["header", "rows"])(value, at);
    return exampleBudgetTable(spec.header, spec.rows);
  },
  rows: (value, at) => ({ rows: rows(value, at) }),
};

/** A grid of an examples file: exactly one way of building it, and the merged areas (A1 ranges) if any. */
const grid: Reader<RuleExample> = (value, at) => {
  if (!isRecord(value)) throw new DataShapeError(`${at} must be an object`);
  const { merges, ...built } = value;
  const ways = Object.keys(built);
  if (ways.length !== 1) throw new DataShapeError(`${at} must name one way of building the grid (${Object.keys(GRIDS).join(", ")}), not ${ways.length}`);
  const way = ways[0]!;
  const build = GRIDS[way];
  if (!build) throw new DataShapeError(`${at} has an unknown key “${way}” (known: ${Object.keys(GRIDS).join(", ")}, merges)`);
  const example = build(built[way], `${at}.${way}`);
  return merges === undefined ? example : { ...example, merges: texts(merges, `${at}.merges`) };
};

/** The invalid grid with the given cells replaced; a cell outside the grid is a mistake in the examples file. */
function corrected(example: RuleExample, cells: Readonly<Record<string, CellValue>>): RuleExample {
  const rows = example.rows.map((r) => [...r]);
  for (const [address, value] of Object.entries(cells)) {
    const ref = parseA1(address);
    const row = ref ? rows[ref.row] : undefined;
    if (!ref || !row || ref.col >= row.length) throw new DataShapeError(`correction ${address} lies outside the invalid grid`);
    row[ref.col] = value;
  }
  return { ...example, rows };
}

const correction: Reader<Readonly<Record<string, CellValue>>> = (value, at) => {
  if (!isRecord(value)) throw new DataShapeError(`${at} must be an object of cells`);
  return Object.fromEntries(Object.entries(value).map(([a1, v]) => [address(a1, `${at} key`), cell(v, `${at}.${a1}`)]));
};

/**
 * A rule's examples from its file src/core/rules/examples/<rule-id>.json: the invalid grid, the
 * [cell, messageId] pairs it raises (each a message of the rule), and the valid grid, either in full
 * or as the cells that correct the invalid one (most fixes are one cell). A file of the wrong shape
 * throws, naming the rule and the place.
 */
export function ruleExamples(ruleId: string, declared: unknown, messageIds: readonly string[]): { readonly invalid: InvalidExample; readonly valid: RuleExample } {
  const messageId: Reader<string> = (value, at) => {
    const id = text(value, at);
    if (!messageIds.includes(id)) throw new DataShapeError(`${at} “${id}” is not a message of the rule (${messageIds.join(", ")})`);
    return id;
  };
  const pair: Reader<readonly [string, string]> = (value, at) => {
    const [cellAt, id] = listOf((v) => v, 2)(value, at);
    return [address(cellAt, `${at}[0]`), messageId(id, `${at}[1]`)];
  };
  const declaration: Reader<{ readonly invalid: InvalidExample; readonly valid: RuleExample }> = (value, at) => {
    const read = fields<{ invalid: RuleExample; errors: readonly (readonly [string, string])[]; valid?: RuleExample; corrected?: Readonly<Record<string, CellValue>> }>(
      { invalid: grid, errors: listOf(pair), valid: grid, corrected: correction },
      ["invalid", "errors"],
    )(value, at);
    const invalid = { ...read.invalid, errors: read.errors };
    if (read.valid !== undefined && read.corrected === undefined) return { invalid, valid: read.valid };
    if (read.corrected !== undefined && read.valid === undefined) return { invalid, valid: corrected(read.invalid, read.corrected) };
    throw new DataShapeError(`${at} must state either valid or corrected`);
  };
  return readData(`examples of ${ruleId}`, declared, declaration, "examples");
}
