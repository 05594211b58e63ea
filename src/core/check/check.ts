import type { WorkbookGrids } from "../grid/grid";
import { parseA1, rangeA1 } from "../grid/address";
import type { Framework, FrameworkBasis, FrameworkStatement } from "../model/framework";
import { costCell, detectFramework, frameworkEvidence } from "../model/detect-framework";
import type { Budget, MoneyUnit, ParsedWorkbook, ProjectTable, SheetReading } from "../model/model";
import { parseWorkbook } from "../parse/parse-workbook";
import { fundsRole } from "../parse/self-evaluation";
import { RULES } from "../rules";
import type { Rule, RuleContext, RuleReport } from "../rules/types";
import type { CheckConfig, Diagnostic, Severity } from "../types";
import { DEFAULT_CONFIG } from "../types";
import { roundMoney } from "../money/amounts";

export interface FundsInfo {
  /** Null when no total was read: listed as not found, never as 0. */
  readonly total: number | null;
  readonly fiscal: number;
  readonly other: number;
}

/** One line of the report's table list (the CLI's JSON `tables`). */
export interface TableInfo {
  readonly sheet: string;
  /** department and self-evaluation tables are listed apart and never added to project totals. */
  readonly kind: "project" | "budget-summary" | "department" | "self-evaluation";
  readonly id: string;
  readonly name: string;
  readonly range: string;
  readonly unit: MoneyUnit;
  readonly budget: FundsInfo | null;
  /** 中期 / 实施期 money where the table states it beside the year's. */
  readonly periodBudget?: FundsInfo;
  readonly indicators: number;
  readonly layout?: string;
  readonly framework?: Framework;
  readonly summaryKind?: string;
  readonly rows?: number;
}

export interface Report {
  readonly tables: readonly TableInfo[];
  readonly diagnostics: readonly Diagnostic[];
  readonly stats: {
    /** One reading per sheet, in workbook order: read, partly read, unread, or not a target table and why. */
    readonly sheets: readonly SheetReading[];
    readonly projects: number;
    readonly summaries: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly unrecognisedSheets: readonly string[];
  };
}

export function resolveConfig(partial?: Partial<CheckConfig>): CheckConfig {
  return { ...DEFAULT_CONFIG, ...(partial ?? {}), rules: { ...DEFAULT_CONFIG.rules, ...(partial?.rules ?? {}) } };
}

/** What the framework decision reads of a parsed workbook: its tables and the cells that state a framework. */
export type FrameworkSources = Pick<ParsedWorkbook, "tables" | "frameworkStatements">;

/**
 * The framework each table is held to, and why. A profile other than auto decides. Otherwise the workbook's,
 * one template for one bureau and year: instructions that list the 一级指标 with 成本 (and none listing them
 * without it) make it 2021; so do tables that show 成本指标 as a 一级 when none files it under 产出. Where the
 * evidence disagrees, each table follows its own rows; one that shows neither (no 成本 at all) follows the
 * majority of the tables on its sheet, and the legacy framework when they show nothing either.
 */
export function frameworkBasisFor(config: CheckConfig, workbook: FrameworkSources = { tables: [] }): (table: ProjectTable) => FrameworkBasis {
  if (config.profile !== "auto") {
    const fixed: FrameworkBasis = { framework: config.profile, because: "profile" };
    return () => fixed;
  }
  const votes = new Map<string, { v2021: number; legacy: number }>();
  let first2021: string | null = null;
  let legacyTables = 0;
  for (const t of workbook.tables) {
    if (t.kind !== "project") continue;
    const e = frameworkEvidence(t);
    const v = votes.get(t.sheet) ?? { v2021: 0, legacy: 0 };
    if (e.as2021 && !e.asLegacy) {
      v.v2021++;
      const cell = costCell(t);
      first2021 ??= cell === null ? null : `${t.sheet}!${cell}`;
    } else if (e.asLegacy) {
      v.legacy++;
      legacyTables++;
    }
    votes.set(t.sheet, v);
  }
  const workbookBasis = workbookFramework(workbook.frameworkStatements ?? [], first2021, legacyTables);
  const cache = new Map<ProjectTable, FrameworkBasis>();
  return (table) => {
    let f = cache.get(table);
    if (!f) {
      const e = frameworkEvidence(table);
      const own = e.as2021 || e.asLegacy ? detectFramework(table) : null;
      const v = votes.get(table.sheet);
      if (workbookBasis) f = own === workbookBasis.framework ? { framework: own, because: "table" } : workbookBasis;
      else if (own) f = { framework: own, because: "table" };
      else if (v && v.v2021 > v.legacy) f = { framework: "2021", because: "sheet" };
      else f = { framework: "legacy", because: "default" };
      cache.set(table, f);
    }
    return f;
  };
}

/** The workbook's own framework when its evidence agrees: its instructions first, then its tables; null when it disagrees or shows nothing new. */
function workbookFramework(statements: readonly FrameworkStatement[], first2021: string | null, legacyTables: number): FrameworkBasis | null {
  const stated2021 = statements.find((s) => s.framework === "2021");
  const statedLegacy = statements.some((s) => s.framework === "legacy");
  if (stated2021 && !statedLegacy) return { framework: "2021", because: "workbook", evidence: "notes", source: `${stated2021.sheet}!${stated2021.cell}` };
  // Instructions that list the 一级 without 成本 are the legacy framework, which every table without 成本 follows anyway.
  if (statedLegacy && !stated2021) return null;
  if (first2021 !== null && legacyTables === 0) return { framework: "2021", because: "workbook", evidence: "tables", source: first2021 };
  return null;
}

/** The framework each project is checked against (see `frameworkBasisFor`). */
export function frameworkFor(config: CheckConfig, workbook: FrameworkSources = { tables: [] }): (table: ProjectTable) => Framework {
  const basis = frameworkBasisFor(config, workbook);
  return (table) => basis(table).framework;
}

const DEPARTMENT_TARGET_RULES: ReadonlySet<string> = new Set(["structure", "value", "reading"]);

/** A setting in the configuration overrides the rule's severity; otherwise the message's own, or the rule's. */
function severityOf(rule: Rule, messageId: string, config: CheckConfig): Severity {
  const setting = config.rules[rule.meta.id];
  if (setting !== undefined && setting !== "off") return setting;
  return rule.meta.messages[messageId]?.severity ?? rule.meta.severity;
}

/** Runs every enabled rule over a parsed workbook; diagnostics come sorted by sheet, row, column. */
export function runRules(parsed: ParsedWorkbook, config: CheckConfig, sheetOrder: readonly string[] = [], rules: readonly Rule[] = RULES): Diagnostic[] {
  const frameworkBasis = frameworkBasisFor(config, parsed);
  const context: RuleContext = { config, workbook: parsed, frameworkOf: (t) => frameworkBasis(t).framework, frameworkBasis };
  const out: Diagnostic[] = [];
  const add = (rule: Rule, table: { readonly sheet: string; readonly id: string }, r: RuleReport): void => {
    out.push({
      rule: rule.meta.id,
      messageId: r.messageId,
      severity: severityOf(rule, r.messageId, config),
      sheet: r.sheet ?? table.sheet,
      cell: r.cell,
      related: r.related ?? [],
      table: table.id,
      data: r.data ?? {},
      ...(r.fix ? { fix: r.fix } : {}),
      ...(r.suggestions ? { suggestions: r.suggestions } : {}),
    });
  };
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    if (setting === "off") continue;
    if (rule.scope === "workbook") {
      for (const r of rule.check(context)) add(rule, r.table, r);
      continue;
    }
    if (rule.scope === "sheet") {
      // A sheet's own diagnostics belong to no table: they are filed under the sheet's name.
      for (const reading of parsed.sheets) for (const r of rule.check(reading, context)) add(rule, { sheet: reading.sheet, id: reading.sheet }, r);
      continue;
    }
    for (const table of parsed.tables) {
      if (rule.scope === "project" && table.kind === "project") for (const r of rule.check(table, context)) add(rule, table, r);
      if (rule.scope === "summary" && table.kind === "budget-summary") for (const r of rule.check(table, context)) add(rule, table, r);
      if (table.kind === "department") {
        if (rule.scope === "department") for (const r of rule.check(table, context)) add(rule, table, r);
        // The department's 年度绩效指标 follow the projects' framework: the indicator and reading rules apply, not the funds ones.
        if (rule.scope === "project" && DEPARTMENT_TARGET_RULES.has(rule.meta.category)) for (const r of rule.check(table.targets, context)) add(rule, table, r);
      }
      if (rule.scope === "self-evaluation" && table.kind === "self-evaluation") for (const r of rule.check(table, context)) add(rule, table, r);
    }
  }
  const ruleOrder = new Map(rules.map((r, i) => [r.meta.id, i]));
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i]));
  const pos = (d: Diagnostic): [number, number, number] => {
    const ref = parseA1(d.cell);
    return [sheetIndex.get(d.sheet) ?? Number.MAX_SAFE_INTEGER, ref?.row ?? 0, ref?.col ?? 0];
  };
  return out
    .map((d) => ({ d, p: pos(d) }))
    .sort((a, b) => a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.p[2] - b.p[2] || ruleOrder.get(a.d.rule)! - ruleOrder.get(b.d.rule)!)
    .map((x) => x.d);
}

export function describeTables(parsed: ParsedWorkbook, config: CheckConfig): TableInfo[] {
  const frameworkOf = frameworkFor(config, parsed);
  return parsed.tables.map((t): TableInfo => {
    if (t.kind === "project") {
      const period = fundsInfo(t.periodBudget ?? null);
      return {
        sheet: t.sheet,
        kind: "project",
        id: t.id,
        name: t.name.value,
        range: rangeA1(t.range),
        unit: t.unit,
        budget: fundsInfo(t.budget),
        ...(period ? { periodBudget: period } : {}),
        indicators: t.indicators.length,
        layout: t.layout,
        framework: frameworkOf(t),
      };
    }
    if (t.kind === "department") {
      const sum = t.tasksTotal;
      return {
        sheet: t.sheet,
        kind: "department",
        id: t.id,
        name: t.name.value,
        range: rangeA1(t.range),
        unit: t.unit,
        budget: sum && (sum.total || sum.fiscal || sum.other) ? { total: sum.total?.value ?? 0, fiscal: sum.fiscal?.value ?? 0, other: sum.other?.value ?? 0 } : null,
        indicators: t.targets.indicators.length,
        framework: frameworkOf(t.targets),
      };
    }
    if (t.kind === "self-evaluation") {
      const [line, ...parts] = t.funds;
      const annualOf = (role: "fiscal" | "other"): number => roundMoney(parts.filter((p) => fundsRole(p.label.value) === role).reduce((s, p) => s + (p.annual?.value ?? 0), 0));
      return {
        sheet: t.sheet,
        kind: "self-evaluation",
        id: t.id,
        name: t.name.value,
        range: rangeA1(t.range),
        unit: t.unit,
        budget: line?.annual ? { total: line.annual.value, fiscal: annualOf("fiscal"), other: annualOf("other") } : null,
        indicators: t.indicators.length,
      };
    }
    return {
      sheet: t.sheet,
      kind: "budget-summary",
      id: t.id,
      name: t.name,
      range: rangeA1(t.range),
      unit: t.unit,
      budget: null,
      indicators: 0,
      summaryKind: t.summaryKind,
      rows: t.rows.length,
    };
  });
}

/** A budget as the report lists it: upper-level money counts as fiscal, 财政专户 as other; null when nothing was read. */
function fundsInfo(b: Budget | null): FundsInfo | null {
  return b && (b.total || b.fiscal || b.other || b.upperLevel)
    ? { total: b.total?.value ?? null, fiscal: roundMoney((b.fiscal?.value ?? 0) + (b.upperLevel?.value ?? 0)), other: roundMoney((b.other?.value ?? 0) + (b.specialAccount?.value ?? 0)) }
    : null;
}

/** Parse, check and describe one workbook: the one entry point the CLI, the add-in and the tests share. */
export function checkWorkbook(grids: WorkbookGrids, partial?: Partial<CheckConfig>): { parsed: ParsedWorkbook; report: Report } {
  const config = resolveConfig(partial);
  const parsed = parseWorkbook(grids);
  const diagnostics = runRules(parsed, config, grids.sheets.map((s) => s.sheet));
  const tables = describeTables(parsed, config);
  const count = (s: Severity): number => diagnostics.filter((d) => d.severity === s).length;
  return {
    parsed,
    report: {
      tables,
      diagnostics,
      stats: {
        sheets: parsed.sheets,
        projects: tables.filter((t) => t.kind === "project").length,
        summaries: tables.filter((t) => t.kind === "budget-summary").length,
        errors: count("error"),
        warnings: count("warning"),
        infos: count("info"),
        unrecognisedSheets: parsed.unrecognisedSheets,
      },
    },
  };
}
