import type { CellValue } from "../grid/grid";
import type { Framework } from "../model/framework";
import type { DepartmentTable, ParsedWorkbook, ProjectTable, SelfEvaluationTable, SheetReading, BudgetTable, Table } from "../model/model";
import type { CheckConfig, DiagnosticData, Fix, Localized, Severity, Suggestion } from "../types";

export type RuleCategory = "reading" | "structure" | "value" | "weights" | "funds" | "cross-table";

/** What a rule reports; the runner adds the rule id, severity, sheet and table. */
export interface RuleReport {
  readonly messageId: string;
  readonly cell: string;
  readonly related?: readonly string[];
  readonly data?: DiagnosticData;
  readonly fix?: Fix;
  readonly suggestions?: readonly Suggestion[];
  /** Cross-sheet reports name their sheet; the default is the table's. */
  readonly sheet?: string;
}

/** A small grid for docs and tests: rows of cell values and merged areas (A1 ranges). */
export interface RuleExample {
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges?: readonly string[];
}

/** An invalid example states the [cell, messageId] pairs it raises; the docs show them and the meta test checks them. */
export interface InvalidExample extends RuleExample {
  readonly errors: readonly (readonly [cell: string, messageId: string])[];
}

/** A message of a rule; a message whose finding is weaker (or firmer) than the rule's states its own severity. */
export interface RuleMessage extends Localized {
  readonly severity?: Severity;
}

export interface RuleMeta {
  readonly id: string;
  readonly category: RuleCategory;
  readonly severity: Severity;
  readonly description: Localized;
  readonly messages: Readonly<Record<string, RuleMessage>>;
  readonly fixable: boolean;
  readonly hasSuggestions: boolean;
  readonly examples: { readonly invalid: InvalidExample; readonly valid: RuleExample };
}

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
  check(table: BudgetTable, context: RuleContext): RuleReport[];
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
