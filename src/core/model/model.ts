import type { CellRange } from "../grid/address";
import type { IndicatorValue } from "../value/indicator-value";
import type { FrameworkStatement } from "./framework";

import type { MoneyUnit } from "../vocabulary/units";

export type { MoneyUnit };

/** A value read from the sheet, with the cell it came from (A1 address on the table's sheet). */
export interface Sourced<T> {
  readonly value: T;
  readonly cell: string;
  /** The cell's value as stored, when it differs from `value` (untrimmed text, a number): what an edit must expect. */
  readonly raw?: string | number | boolean;
}

/** What a cell holds, for an edit's `from`: the stored value, not the tidied text. */
export function storedValue(s: Sourced<string>): string | number | boolean {
  return s.raw ?? s.value;
}

/** An amount of money as read; `value` is in `unit`. `text` keeps the raw cell when it was not a plain number. */
export interface Amount {
  readonly value: number;
  readonly unit: MoneyUnit;
  readonly cell: string;
  /** Decimals shown (or written) in the source; drives the comparison tolerance. */
  readonly decimals: number;
  readonly text?: string;
  /** The lines that together state it (本级财力 and 债券资金, both fiscal), each in its own cell; the sum itself was typed nowhere. */
  readonly parts?: readonly Amount[];
}

export interface Budget {
  readonly total: Amount | null;
  readonly fiscal: Amount | null;
  /** 财政专户拨款 / 财政专户管理资金, where the layout has it. */
  readonly specialAccount: Amount | null;
  readonly other: Amount | null;
  /** 上级补助资金, where the layout names it apart from the unit's own 财政资金: fiscal money too. */
  readonly upperLevel?: Amount | null;
  /** Cells of the budget labels, for diagnostics when an amount is blank. */
  readonly labelCells: { readonly total?: string; readonly fiscal?: string; readonly other?: string; readonly specialAccount?: string; readonly upperLevel?: string };
}

/** One point of 资金支出计划: a cumulative amount by a month's end. */
export interface PlanPoint {
  readonly label: string;
  readonly labelCell: string;
  /** Null when the cell is blank. */
  readonly amount: Amount | null;
  readonly cell: string;
}

export interface SpendingPlan {
  readonly label: Sourced<string>;
  readonly points: readonly PlanPoint[];
}

/** An indicator line's place in the framework: its row and its 一级 / 二级 / 三级 names. */
export interface IndicatorLevels {
  /** Zero-based sheet row of the indicator (first row for a multi-row indicator). */
  readonly row: number;
  /** As written (after trimming); continuation rows carry the value of the merged/blank cell above, with its cell. */
  readonly level1: Sourced<string> | null;
  readonly level2: Sourced<string> | null;
  readonly level3: Sourced<string> | null;
}

export interface Indicator extends IndicatorLevels {
  readonly description: Sourced<string> | null;
  /** The target: 指标值, or 年度指标值 where the layout has both. Joined from 指标性质/指标值/度量单位 when split. */
  readonly value: Sourced<string> | null;
  /** 实施周期指标值 where the layout has it. */
  readonly periodValue: Sourced<string> | null;
  readonly parsedValue: IndicatorValue | null;
  readonly basis: Sourced<string> | null;
  readonly weight: Sourced<number> | null;
  readonly lastYear: Sourced<string> | null;
  /** Set when the indicator was decoded from an encoded list cell ("1、1-产出指标；12-质量指标；…"). */
  readonly codes?: { readonly level1?: string; readonly level2?: string };
  /**
   * The columns of the column group the indicator was read from, when they are not its table's: one
   * project's indicators continued in a second group to the right of its own header.
   */
  readonly columns?: Partial<Record<IndicatorField, number>>;
}

/** Which layout a project table was read from: the ids of the layouts registry (src/core/layouts). */
export type { ProjectLayout } from "../layouts";
import type { ProjectLayout } from "../layouts";

/** A part of a project table the reader looked for and could not find. */
export type ReadingField = "name" | "budget" | "fund-source" | "indicator-header" | "indicators" | "indicator-values" | "indicator-names" | "indicator-columns";

/** A field the reader could not find, with the cell where it looked. */
export interface MissingField {
  readonly field: ReadingField;
  readonly cell: string;
}

/** unread: looks like a target table, but nothing could be read; not-target: not one of ours, with why. */
export type SheetStatus = "read" | "partial" | "unread" | "not-target";

/** What the reader made of one sheet, for the report: never a silent pass. */
export interface SheetReading {
  readonly sheet: string;
  readonly status: SheetStatus;
  /** Tables read on this sheet. */
  readonly tables: number;
  readonly missing: readonly ReadingField[];
  /** For not-target and unread sheets: "empty" | "no-header-words" | "self-evaluation" | "cover" | "blank-form" | "no-indicator-header". */
  readonly reason: string | null;
  /** Where the reader looked (the title or a label), when known. */
  readonly cell: string | null;
}

/** One line of a cost-composition table: 明细 · 数量 · 单价 · 金额. */
export interface CostItem {
  readonly row: number;
  readonly label: Sourced<string>;
  readonly quantity: Sourced<number> | null;
  /** In the unit its header states (单价（元）), 元 by default. */
  readonly price: Amount | null;
  /** In the unit its header states (金额（万元）), else the table's. */
  readonly amount: Amount | null;
}

/** A cost-composition table beside the indicators (成本构成 | 数量 | 单价 | 金额 | 测算依据, 合计): its rows are not indicators. */
export interface CostTable {
  /** Above the indicators (成本测算 in the head, its 合计 may be the budget) or below them. */
  readonly position: "above" | "below";
  readonly headerRow: number;
  readonly items: readonly CostItem[];
  readonly total: Amount | null;
  readonly totalLabelCell: string | null;
  readonly lastRow: number;
}

/** What project, department and self-evaluation tables have alike: where they are, their name and title, their money unit. */
export interface NamedTable {
  readonly sheet: string;
  /** Unique within a workbook: the name, suffixed when repeated. */
  readonly id: string;
  readonly name: Sourced<string>;
  readonly title: Sourced<string> | null;
  readonly unit: MoneyUnit;
  readonly range: CellRange;
}

export interface ProjectTable extends NamedTable {
  readonly kind: "project";
  readonly layout: ProjectLayout;
  readonly code: Sourced<string> | null;
  readonly agency: Sourced<string> | null;
  readonly projectType: Sourced<string> | null;
  readonly unitCell: string | null;
  /** True when the table states no money unit (no 单位：…, no 预算数（元）, none above it) and its amounts were read in the default unit. */
  readonly unitAssumed?: boolean;
  readonly budget: Budget | null;
  readonly plan: SpendingPlan | null;
  readonly goal: Sourced<string> | null;
  readonly use: Sourced<string> | null;
  readonly indicators: readonly Indicator[];
  /** The header row of the indicator part (block and flat layouts). */
  readonly indicatorHeaderRow: number | null;
  /** Column of each indicator field in this table, for fills and highlights. */
  readonly columns: Partial<Record<IndicatorField, number>>;
  /** The encoded cell in list layouts. */
  readonly encodedCell?: string;
  /** What the reader could not find on this table (empty when it read everything it needs). */
  readonly missing: readonly MissingField[];
  /** A cost-composition table written beside the indicators. */
  readonly costTable?: CostTable;
  /** 中期 / 实施期 money written beside the year's `budget` (national 申报表); checked against itself, never as the year's. */
  readonly periodBudget?: Budget;
  /** Template rows left as they came, with placeholder text (指标1 | XXX): not indicators, but printed on the form. */
  readonly templateRows?: readonly TemplateRow[];
}

/** An indicator row of the template that was never filled in: the placeholder text its 三级 and 指标值 still show. */
export interface TemplateRow {
  readonly row: number;
  readonly level3: Sourced<string> | null;
  readonly value: Sourced<string> | null;
}

export type IndicatorField =
  | "level1"
  | "level2"
  | "level3"
  | "description"
  | "value"
  | "periodValue"
  | "operator"
  | "unit"
  | "basis"
  | "weight"
  | "lastYear";

export type BudgetTableKind =
  | "function-class" // 支出功能分类科目 (类/款/项)
  | "economic-class" // 经济分类科目
  | "agency" // 部门(单位)编码
  | "project-list" // 项目支出表 or a list of projects with amounts
  | "income-expense"; // 收支总体 (收入 | 支出 side by side)

export type BudgetRowKind = "total" | "subtotal" | "item";

export type ColumnRole =
  | "total" // 合计 / 总计 / 小计
  | "basic" // 基本支出
  | "project" // 项目支出
  | "personnel" // 人员经费
  | "public" // 公用经费
  | "fiscal" // 财政拨款 / 一般公共预算 / 财政资金
  | "special-account" // 财政专户
  | "other" // 其他资金 / 单位资金 / other sources
  | "amount"; // any other amount column

export interface BudgetColumn {
  readonly col: number;
  /** Header texts from the top header row down, e.g. ["基本支出", "人员经费"]. */
  readonly path: readonly string[];
  readonly role: ColumnRole;
}

export interface BudgetRow {
  readonly row: number;
  readonly kind: BudgetRowKind;
  readonly code: Sourced<string> | null;
  readonly label: Sourced<string> | null;
  /** Text columns by header, e.g. 项目类型, 项目单位. */
  readonly texts: Readonly<Record<string, Sourced<string>>>;
  /** Amounts by column index; null where the cell is blank. */
  readonly amounts: ReadonlyMap<number, Amount | null>;
  /** For list rows that are projects: the project's id. */
  readonly projectId?: string;
}

/** For income-expense tables: the two sides, each a set of rows with one amount column. */
export interface BudgetSide {
  readonly side: "income" | "expense";
  readonly labelCol: number;
  readonly amountCol: number;
}

/** A table of the department budget read from the workbook (功能分类, 经济分类, 单位, 项目支出表, 收支总体), not a summary we build. */
export interface BudgetTable {
  /** The kind the CLI's JSON has always reported for these tables. */
  readonly kind: "budget-summary";
  readonly summaryKind: BudgetTableKind;
  readonly sheet: string;
  readonly id: string;
  /** Title such as 部门支出总体情况表 (or the sheet name). */
  readonly name: string;
  readonly titleCell: string | null;
  readonly unit: MoneyUnit;
  readonly headerRows: readonly number[];
  readonly columns: readonly BudgetColumn[];
  readonly rows: readonly BudgetRow[];
  readonly sides?: readonly BudgetSide[];
  readonly range: CellRange;
}

/** One 年度主要任务 of a department-wide table: 任务名称 with 总额 = 财政拨款 + 其他资金. */
export interface DepartmentTask {
  readonly row: number;
  readonly name: Sourced<string>;
  readonly total: Amount | null;
  readonly fiscal: Amount | null;
  readonly other: Amount | null;
}

/**
 * 部门（单位）整体支出绩效目标表: one per department, filed beside the project tables. Its 金额合计 is the
 * department's money, never a project's; its 年度绩效指标 follow the projects' framework (`targets`).
 */
export interface DepartmentTable extends NamedTable {
  readonly kind: "department";
  /** 年度主要任务 (`name` is the 部门（单位）名称). */
  readonly tasks: readonly DepartmentTask[];
  /** The 金额合计 line: 总额 · 财政拨款 · 其他资金. */
  readonly tasksTotal: DepartmentTask | null;
  /** The 年度绩效指标 as a target table, for the indicator rules (no budget of its own). */
  readonly targets: ProjectTable;
}

/** One indicator line of a self-evaluation: 年度指标值 against 实际完成值, 分值 and 得分, 偏差原因. */
export interface SelfEvaluationIndicator extends IndicatorLevels {
  readonly target: Sourced<string> | null;
  readonly actual: Sourced<string> | null;
  readonly points: Sourced<number> | null;
  readonly score: Sourced<number> | null;
  readonly deviation: Sourced<string> | null;
}

/** The funds line of a self-evaluation: 年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分. */
export interface SelfEvaluationFunds {
  readonly row: number;
  readonly label: Sourced<string>;
  readonly initial: Amount | null;
  readonly annual: Amount | null;
  readonly executed: Amount | null;
  readonly points: Sourced<number> | null;
  /** As a fraction: 95% → 0.95. */
  readonly rate: Sourced<number> | null;
  readonly score: Sourced<number> | null;
}

/** 项目支出绩效自评表: the year-end self-evaluation of a project. Not a target table: target rules never run on it. */
export interface SelfEvaluationTable extends NamedTable {
  readonly kind: "self-evaluation";
  /** The 年度资金总额 line first, then 其中 lines (财政拨款, 上年结转, 其他资金). */
  readonly funds: readonly SelfEvaluationFunds[];
  readonly indicators: readonly SelfEvaluationIndicator[];
  /** The 总分 line: 分值 and 得分 totals as written. */
  readonly totals: { readonly row: number; readonly points: Sourced<number> | null; readonly score: Sourced<number> | null } | null;
}

export type Table = ProjectTable | BudgetTable | DepartmentTable | SelfEvaluationTable;

export interface ParsedWorkbook {
  readonly tables: readonly Table[];
  /** Sheets in which nothing was recognised, for the report. */
  readonly unrecognisedSheets: readonly string[];
  /** One reading per sheet, in workbook order. */
  readonly sheets: readonly SheetReading[];
  /** Cells that state the workbook's indicator framework (填表说明 listing the 一级指标), in workbook order. */
  readonly frameworkStatements?: readonly FrameworkStatement[];
}
