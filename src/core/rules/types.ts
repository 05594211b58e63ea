/** What a rule is (meta, scope, check), defineRule that makes one from a rule file's declaration, and the walks rules share. */
import type { CellValue } from "../grid/grid";
import type { Framework, FrameworkBasis } from "../model/framework";
import type { DepartmentTable, Indicator, Sourced, ParsedWorkbook, ProjectTable, SelfEvaluationTable, SheetReading, BudgetTable, Table } from "../model/model";
import type { CheckConfig, DiagnosticData, Fix, Localized, Severity, Suggestion } from "../types";
import { ruleExamples } from "./example-grid";
import { type Target, type TargetCell, targetCells, targetsOf } from "../indicator/targets";

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
  /** The same framework with why it applies (the table's rows, its sheet, the workbook's evidence, the profile). */
  frameworkBasis(table: ProjectTable): FrameworkBasis;
}

/** What each scope's check receives and returns: a workbook rule says which table each report belongs to. */
interface Checks {
  project(table: ProjectTable, context: RuleContext): RuleReport[];
  summary(table: BudgetTable, context: RuleContext): RuleReport[];
  /** Rules that compare tables with each other. */
  workbook(context: RuleContext): (RuleReport & { readonly table: Table })[];
  /** Rules about how a sheet was read (a sheet that looks like a target table but gave none). */
  sheet(reading: SheetReading, context: RuleContext): RuleReport[];
  /** Rules of a department-wide table's own parts (its tasks and their amounts). */
  department(table: DepartmentTable, context: RuleContext): RuleReport[];
  /** Rules of a self-evaluation; no target-table rule runs on one. */
  "self-evaluation"(table: SelfEvaluationTable, context: RuleContext): RuleReport[];
}

export type RuleScope = keyof Checks;

export interface ScopedRule<S extends RuleScope> {
  readonly scope: S;
  readonly meta: RuleMeta;
  readonly check: Checks[S];
}

export type ProjectRule = ScopedRule<"project">;
export type SummaryRule = ScopedRule<"summary">;
export type WorkbookRule = ScopedRule<"workbook">;
export type SheetRule = ScopedRule<"sheet">;
export type DepartmentRule = ScopedRule<"department">;
export type SelfEvaluationRule = ScopedRule<"self-evaluation">;

export type Rule = { [S in RuleScope]: ScopedRule<S> }[RuleScope];

/** A message as a rule states it: Chinese, English, and its severity where that is not the rule's. */
export type MessageText = readonly [zh: string, en: string, severity?: Severity];

/** What a rule file states; defineRule makes the rule and its full meta from it. */
export interface RuleDeclaration<S extends RuleScope, M extends string> {
  readonly scope: S;
  readonly id: string;
  readonly category: RuleCategory;
  readonly severity: Severity;
  readonly description: readonly [zh: string, en: string];
  readonly messages: Readonly<Record<M, MessageText>>;
  /** Stated only by a rule whose reports may carry a fix (certainly safe) or suggestions (a person decides). */
  readonly fixable?: true;
  readonly hasSuggestions?: true;
  /** Its file examples/<rule-id>.json, read and checked by ruleExamples. */
  readonly examples: unknown;
  readonly check: Checks[S];
}

function messagesOf(declared: Readonly<Record<string, MessageText>>): Record<string, RuleMessage> {
  return Object.fromEntries(Object.entries(declared).map(([id, [zh, en, severity]]) => [id, severity === undefined ? { zh, en } : { zh, en, severity }]));
}

/** The one normaliser from a rule's declaration to the rule the runner, the docs and the tests read. */
export function defineRule<S extends RuleScope, const M extends string>(rule: RuleDeclaration<S, M>): ScopedRule<S> {
  const meta: RuleMeta = {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    description: { zh: rule.description[0], en: rule.description[1] },
    messages: messagesOf(rule.messages),
    fixable: rule.fixable ?? false,
    hasSuggestions: rule.hasSuggestions ?? false,
    examples: ruleExamples(rule.id, rule.examples, Object.keys(rule.messages)),
  };
  return { scope: rule.scope, meta, check: rule.check };
}

/** A project check that judges each target (指标值, 实施周期指标值) of each indicator on its own, in table order. */
export function eachTarget(judge: (target: Target, indicator: Indicator, table: ProjectTable) => RuleReport | null): Checks["project"] {
  return (table) => table.indicators.flatMap((ind) => targetsOf(ind).flatMap((t) => judge(t, ind, table) ?? []));
}

/** A project check that judges each target cell once (a merged cell shared by rows, a repeat in an encoded cell), in table order. */
export function eachTargetCell(judge: (target: TargetCell, table: ProjectTable) => RuleReport | null): Checks["project"] {
  return (table) => targetCells(table).flatMap((t) => judge(t, table) ?? []);
}

/** Each cell of one indicator field (一级, 绩效指标描述, 指标值设置依据 …) once, with the first indicator that shows it: rows sharing a merged cell count once. */
export function distinctCells<T>(table: ProjectTable, field: (indicator: Indicator) => Sourced<T> | null): { readonly cell: Sourced<T>; readonly indicator: Indicator }[] {
  const seen = new Set<string>();
  return table.indicators.flatMap((indicator) => {
    const cell = field(indicator);
    if (!cell || seen.has(cell.cell)) return [];
    seen.add(cell.cell);
    return [{ cell, indicator }];
  });
}

/** A project check that judges each cell of one indicator field once (see distinctCells). */
export function eachCellOf<T>(field: (indicator: Indicator) => Sourced<T> | null, judge: (cell: Sourced<T>, indicator: Indicator, table: ProjectTable) => RuleReport | null): Checks["project"] {
  return (table) => distinctCells(table, field).flatMap(({ cell, indicator }) => judge(cell, indicator, table) ?? []);
}
