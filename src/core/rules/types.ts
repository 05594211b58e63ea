import type { CellValue } from "../grid/grid";
import type { Framework, ProfileSetting } from "../model/framework";
import type { DepartmentTable, ParsedWorkbook, ProjectTable, SelfEvaluationTable, SheetReading, SummaryTable, Table } from "../model/model";

export type Severity = "error" | "warning" | "info";
export type RuleCategory = "reading" | "structure" | "value" | "weights" | "funds" | "cross-table";

export interface Localized {
  readonly zh: string;
  readonly en: string;
}

/** One cell write. `from` is what the cell must still hold when the edit is applied (stale edits are refused). */
export interface CellEdit {
  readonly sheet: string;
  readonly cell: string;
  readonly from: CellValue;
  readonly to: CellValue;
}

export interface Fix {
  readonly edits: readonly CellEdit[];
}

export interface Suggestion {
  readonly messageId: string;
  readonly data: DiagnosticData;
  readonly edits: readonly CellEdit[];
}

/** Values a message is rendered from; a list (such as the fields a table is missing) renders joined. */
export type DiagnosticData = Readonly<Record<string, string | number | null | readonly string[]>>;

/** What a rule reports; the runner adds the rule id, severity, sheet and table. */
export interface RuleReport {
  readonly messageId: string;
  readonly cell: string;
  readonly related?: readonly string[];
  readonly data?: DiagnosticData;
  readonly fix?: Fix;
  readonly suggestions?: readonly Suggestion[];
  /** For rules whose finding is weaker in some cases (an info instead of a warning). */
  readonly severity?: Severity;
  /** Cross-sheet reports name their sheet; the default is the table's. */
  readonly sheet?: string;
}

export interface Diagnostic {
  readonly rule: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly related: readonly string[];
  /** The table's id (project name, or summary title). */
  readonly table: string;
  readonly data: DiagnosticData;
  readonly fix?: Fix;
  readonly suggestions?: readonly Suggestion[];
}

/** A small grid for docs and tests: rows of cell values, and the [cell, ruleId] pairs it must raise. */
export interface RuleExample {
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges?: readonly string[];
}

export interface RuleMeta {
  readonly id: string;
  readonly category: RuleCategory;
  readonly severity: Severity;
  readonly description: Localized;
  readonly messages: Readonly<Record<string, Localized>>;
  readonly fixable: boolean;
  readonly hasSuggestions: boolean;
  readonly examples: { readonly invalid: RuleExample; readonly valid: RuleExample };
}

export interface CheckConfig {
  readonly profile: ProfileSetting;
  /** Satisfaction targets below this percentage are reported. */
  readonly satisfactionFloor: number;
  /** Accepted per-project totals of 指标分值权重. */
  readonly weightTotals: readonly number[];
  /** Per-rule severity override, or "off". */
  readonly rules: Readonly<Record<string, Severity | "off">>;
}

export const DEFAULT_CONFIG: CheckConfig = {
  profile: "auto",
  satisfactionFloor: 80,
  weightTotals: [90, 100],
  rules: {},
};

export interface RuleContext {
  readonly config: CheckConfig;
  readonly workbook: ParsedWorkbook;
  /** The framework a project table is checked against (the profile, or detected when auto). */
  frameworkOf(table: ProjectTable): Framework;
}

interface RuleBase {
  readonly meta: RuleMeta;
}

export interface ProjectRule extends RuleBase {
  readonly scope: "project";
  check(table: ProjectTable, context: RuleContext): RuleReport[];
}

export interface SummaryRule extends RuleBase {
  readonly scope: "summary";
  check(table: SummaryTable, context: RuleContext): RuleReport[];
}

/** Rules that compare tables with each other; each report says which table it belongs to. */
export interface WorkbookRule extends RuleBase {
  readonly scope: "workbook";
  check(context: RuleContext): (RuleReport & { readonly table: Table })[];
}

/** Rules about how a sheet was read (a sheet that looks like a target table but gave none). */
export interface SheetRule extends RuleBase {
  readonly scope: "sheet";
  check(reading: SheetReading, context: RuleContext): RuleReport[];
}

/** Rules of a department-wide table's own parts (its tasks and their amounts). */
export interface DepartmentRule extends RuleBase {
  readonly scope: "department";
  check(table: DepartmentTable, context: RuleContext): RuleReport[];
}

/** Rules of a self-evaluation; no target-table rule runs on one. */
export interface SelfEvaluationRule extends RuleBase {
  readonly scope: "self-evaluation";
  check(table: SelfEvaluationTable, context: RuleContext): RuleReport[];
}

export type Rule = ProjectRule | SummaryRule | WorkbookRule | SheetRule | DepartmentRule | SelfEvaluationRule;
