import { a1 } from "../grid/address";
import { categoryKey, displayCategory, level1Of, level2Key, type Level1 } from "../model/framework";
import type { MoneyUnit, ProjectTable, BudgetColumn, BudgetRow, BudgetTable, Table } from "../model/model";
import { moneyIn, roundMoney } from "../money/amounts";
import { projectNameKey } from "../text/name-match";
import { listEntries, matchProjectsToLists, projectLists, type ListEntry } from "../money/project-list";
import type { Diagnostic } from "../types";
import { tidy } from "../text/normalize";
import { chooseFunctionTable, functionClassLines } from "./function-class";
import { agencyOf, typePrefixOf, UNNAMED_AGENCY, UNTYPED } from "./names";
import { MONEY_UNITS } from "../vocabulary/units";
import type {
  ConsolidatedSummary,
  CategoryTotal,
  IndicatorCategoryCount,
  Level1Counts,
  ProjectLine,
  SourceTotal,
  SummaryInput,
  SummaryNote,
  TypeSource,
} from "./types";
import { LEVEL1_ORDER } from "./types";

/** Blank 一级 / 二级 cells are counted under this label. */
const BLANK_CATEGORY = "（未填）";

/** A row of a 项目支出表 that is not itself a parsed project (the list layout's rows are). */
/** A text column of a list row whose header matches, e.g. 项目类型 or 项目单位 / 资金使用单位. */
function rowText(row: BudgetRow, header: RegExp): string | null {
  for (const [key, value] of Object.entries(row.texts)) {
    if (header.test(key) && tidy(value.value) !== "") return tidy(value.value);
  }
  return null;
}

const TYPE_HEADER = /类型|类别/u;
const AGENCY_HEADER = /单位|部门/u;

interface Money {
  readonly total: number;
  readonly fiscal: number;
  readonly other: number;
  readonly specialAccount: number;
}

const wan = (value: number, unit: MoneyUnit): number => moneyIn(value, unit, "万元");

function projectMoney(table: ProjectTable): Money {
  const b = table.budget;
  const fiscal = roundMoney((b?.fiscal ? wan(b.fiscal.value, table.unit) : 0) + (b?.upperLevel ? wan(b.upperLevel.value, table.unit) : 0));
  const specialAccount = b?.specialAccount ? wan(b.specialAccount.value, table.unit) : 0;
  const other = roundMoney((b?.other ? wan(b.other.value, table.unit) : 0) + specialAccount);
  const total = b?.total ? wan(b.total.value, table.unit) : roundMoney(fiscal + other);
  return { total, fiscal, other, specialAccount };
}

function listMoney(entry: ListEntry): Money {
  const { list, row } = entry;
  const sum = (roles: readonly BudgetColumn["role"][]): number =>
    roundMoney(list.columns.filter((c) => roles.includes(c.role)).reduce((s, c) => s + (row.amounts.get(c.col)?.value ?? 0), 0));
  const fiscal = wan(sum(["fiscal"]), list.unit);
  const specialAccount = wan(sum(["special-account"]), list.unit);
  // Columns of no known role in a project list (事业收入, 上级补助收入 …) are sources other than the budget.
  const other = roundMoney(wan(sum(["other", "amount"]), list.unit) + specialAccount);
  const total = entry.total ? wan(entry.total.value, list.unit) : roundMoney(fiscal + other);
  return { total, fiscal, other, specialAccount };
}

function countIndicators(table: ProjectTable): Level1Counts {
  const counts: Record<Level1 | "其他", number> = { 产出: 0, 效益: 0, 满意度: 0, 成本: 0, 其他: 0 };
  for (const indicator of table.indicators) counts[level1Of(indicator.level1?.value ?? "") ?? "其他"]++;
  return counts;
}

const NO_INDICATORS: Level1Counts = { 产出: 0, 效益: 0, 满意度: 0, 成本: 0, 其他: 0 };

function severityCounts(diagnostics: readonly Diagnostic[], tableId: string): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.table !== tableId) continue;
    if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
  }
  return { errors, warnings };
}

/**
 * The workbook's own unit: the first unit of its 部门(单位) table, else the agency most of its
 * projects name, else the unit a 项目支出表 names most.
 */
function departmentOf(tables: readonly Table[], entries: readonly ListEntry[]): { name: string; code: string | null } | null {
  for (const t of tables) {
    if (t.kind !== "budget-summary" || t.summaryKind !== "agency") continue;
    const first = t.rows.find((r) => r.kind === "item" && r.label);
    const agency = first?.label ? agencyOf(first.label.value) : null;
    if (agency) return agency;
  }
  const votes = new Map<string, { agency: { name: string; code: string | null }; count: number }>();
  const vote = (text: string | null | undefined): void => {
    const agency = text ? agencyOf(text) : null;
    if (!agency) return;
    const v = votes.get(agency.name) ?? { agency, count: 0 };
    v.count++;
    votes.set(agency.name, v);
  };
  for (const t of tables) if (t.kind === "project") vote(t.agency?.value);
  if (votes.size === 0) for (const e of entries) vote(rowText(e.row, AGENCY_HEADER));
  let best: { agency: { name: string; code: string | null }; count: number } | null = null;
  for (const v of votes.values()) if (!best || v.count > best.count) best = v;
  return best?.agency ?? null;
}

interface WorkbookPart {
  readonly projects: ProjectLine[];
  readonly notes: SummaryNote[];
  readonly functionTable: BudgetTable | null;
}

function summarizeWorkbook(input: SummaryInput): WorkbookPart {
  const { file, parsed, diagnostics } = input;
  const tables = parsed.tables;
  const notes: SummaryNote[] = [];
  const targets = tables.filter((t): t is ProjectTable => t.kind === "project");
  const lists = projectLists(tables);
  const entries = lists.flatMap(listEntries);
  const matches = matchProjectsToLists(targets, entries);
  const department = departmentOf(tables, entries);

  const projects = targets.map((table) => targetTableLine(file, table, matches.get(table) ?? null, department, diagnostics));
  const converted = targets.filter((t) => t.unit !== "万元");
  if (converted.length > 0) notes.push({ id: "converted-to-wan", file, data: { count: converted.length, units: MONEY_UNITS.filter((u) => converted.some((t) => t.unit === u)) } });

  const matched = new Set(matches.values());
  const seen = new Set<string>();
  for (const list of lists) {
    const own = entries.filter((e) => e.list === list);
    const listOnly = own.filter((e) => !matched.has(e));
    const matchedHere = own.length - listOnly.length;
    if (matchedHere > 0) notes.push({ id: "list-matched", file, data: { list: list.name, sheet: list.sheet, matched: matchedHere, targets: targets.length } });
    let added = 0;
    for (const entry of listOnly) {
      // Two lists of one workbook (项目支出表 and a copy of it) must not count a project twice.
      const key = projectNameKey(entry.name);
      if (seen.has(key)) continue;
      seen.add(key);
      added++;
      projects.push(listOnlyLine(file, list, entry, department));
    }
    if (added > 0) notes.push({ id: "list-only", file, data: { list: list.name, sheet: list.sheet, count: added } });
  }
  const apart = tables.filter((t) => t.kind === "department" || t.kind === "self-evaluation");
  if (apart.length > 0) notes.push({ id: "apart-from-projects", file, data: { count: apart.length, names: apart.map((t) => t.id).join("、") } });
  if (projects.length === 0) notes.push({ id: "no-projects", file, data: {} });

  const functionTable = chooseFunctionTable(tables);
  if (functionTable) notes.push({ id: "function-table", file, data: { sheet: functionTable.sheet, table: functionTable.name } });
  return { projects, notes, functionTable };
}

type Agency = ReturnType<typeof agencyOf>;

function agencyFields(agency: Agency): Pick<ProjectLine, "agency" | "agencyCode"> {
  return { agency: agency?.name ?? UNNAMED_AGENCY, agencyCode: agency?.code ?? null };
}

/** 项目类型: the target table's own column, else the list's 项目类型, else the name's prefix. */
function projectType(column: string, listType: string | null, name: string): { type: string; typeSource: TypeSource } {
  if (column !== "") return { type: column, typeSource: "column" };
  if (listType) return { type: listType, typeSource: "list" };
  const prefix = typePrefixOf(name);
  return prefix ? { type: prefix, typeSource: "prefix" } : { type: UNTYPED, typeSource: "none" };
}

/** A project read from its target table, with the list row it was matched to. */
function targetTableLine(file: string, table: ProjectTable, entry: ListEntry | null, department: Agency, diagnostics: readonly Diagnostic[]): ProjectLine {
  const agency = (table.agency ? agencyOf(table.agency.value) : null) ?? agencyOf(entry ? (rowText(entry.row, AGENCY_HEADER) ?? "") : "") ?? department;
  const column = table.projectType ? tidy(table.projectType.value) : "";
  return {
    file,
    sheet: table.sheet,
    name: tidy(table.name.value),
    code: table.code ? tidy(table.code.value) : null,
    ...agencyFields(agency),
    ...projectType(column, entry ? rowText(entry.row, TYPE_HEADER) : null, table.name.value),
    ...projectMoney(table),
    sourceUnit: table.unit,
    indicators: countIndicators(table),
    indicatorCount: table.indicators.length,
    ...severityCounts(diagnostics, table.id),
    cell: a1(table.range.top, table.range.left),
    origin: "target-table",
    listed: entry
      ? {
          sheet: entry.list.sheet,
          cell: entry.total?.cell ?? entry.row.label?.cell ?? a1(entry.row.row, 0),
          name: entry.name,
          total: entry.total ? wan(entry.total.value, entry.list.unit) : null,
        }
      : null,
  };
}

/** A project named only in a 项目支出表-style list: its money from the row, no indicators. */
function listOnlyLine(file: string, list: BudgetTable, entry: ListEntry, department: Agency): ProjectLine {
  return {
    file,
    sheet: list.sheet,
    name: entry.name,
    code: null,
    ...agencyFields(agencyOf(rowText(entry.row, AGENCY_HEADER) ?? "") ?? department),
    ...projectType("", rowText(entry.row, TYPE_HEADER), entry.name),
    ...listMoney(entry),
    sourceUnit: list.unit,
    indicators: NO_INDICATORS,
    indicatorCount: 0,
    errors: 0,
    warnings: 0,
    cell: entry.row.label?.cell ?? a1(entry.row.row, 0),
    origin: "list-only",
    listed: null,
  };
}

function emptyTotal(key: string): { -readonly [K in keyof CategoryTotal]: CategoryTotal[K] } {
  return { key, total: 0, fiscal: 0, other: 0, specialAccount: 0, projects: 0 };
}

function roundTotal(t: CategoryTotal): CategoryTotal {
  return { ...t, total: roundMoney(t.total), fiscal: roundMoney(t.fiscal), other: roundMoney(t.other), specialAccount: roundMoney(t.specialAccount) };
}

/** Totals per key, in order of first appearance. */
export function totalsBy(projects: readonly ProjectLine[], keyOf: (p: ProjectLine) => string): CategoryTotal[] {
  const groups = new Map<string, ReturnType<typeof emptyTotal>>();
  for (const p of projects) {
    const key = keyOf(p);
    const g = groups.get(key) ?? emptyTotal(key);
    g.total += p.total;
    g.fiscal += p.fiscal;
    g.other += p.other;
    g.specialAccount += p.specialAccount;
    g.projects++;
    groups.set(key, g);
  }
  return [...groups.values()].map(roundTotal);
}

/**
 * By funding source; the four rows add up to the grand total. 其他资金 excludes 财政专户, which has a
 * row of its own; 未列明来源 is what the tables leave unassigned (合计 less the sources).
 */
export function totalsBySource(projects: readonly ProjectLine[]): SourceTotal[] {
  const sum = (f: (p: ProjectLine) => number): { amount: number; projects: number } => {
    let amount = 0;
    let count = 0;
    for (const p of projects) {
      const v = roundMoney(f(p));
      amount += v;
      if (Math.abs(v) > 1e-9) count++;
    }
    return { amount: roundMoney(amount), projects: count };
  };
  const fiscal = sum((p) => p.fiscal);
  const special = sum((p) => p.specialAccount);
  const other = sum((p) => p.other - p.specialAccount);
  const unassigned = sum((p) => p.total - p.fiscal - p.other);
  return [
    { key: "财政资金", total: fiscal.amount, fiscal: fiscal.amount, other: 0, specialAccount: 0, projects: fiscal.projects },
    { key: "财政专户", total: special.amount, fiscal: 0, other: special.amount, specialAccount: special.amount, projects: special.projects },
    { key: "其他资金", total: other.amount, fiscal: 0, other: other.amount, specialAccount: 0, projects: other.projects },
    { key: "未列明来源", total: unassigned.amount, fiscal: 0, other: 0, specialAccount: 0, projects: unassigned.projects },
  ];
}

function indicatorCategories(inputs: readonly SummaryInput[]): { byLevel1: Level1Counts; byLevel2: IndicatorCategoryCount[] } {
  const byLevel1: Record<Level1 | "其他", number> = { 产出: 0, 效益: 0, 满意度: 0, 成本: 0, 其他: 0 };
  const rows = new Map<string, { level1: string; level2: string; rank: number; indicators: number; projects: Set<string> }>();
  for (const [fileIndex, input] of inputs.entries()) {
    for (const table of input.parsed.tables) {
      if (table.kind !== "project") continue;
      for (const indicator of table.indicators) {
        const raw1 = indicator.level1?.value ?? "";
        const l1 = level1Of(raw1);
        byLevel1[l1 ?? "其他"]++;
        const level1 = l1 ? displayCategory(l1) : categoryKey(raw1) === "" ? BLANK_CATEGORY : tidy(raw1);
        const raw2 = indicator.level2?.value ?? "";
        const level2 = level2Key(raw2) === "" ? BLANK_CATEGORY : displayCategory(level2Key(raw2));
        const key = `${level1}\u0000${level2}`;
        const row = rows.get(key) ?? { level1, level2, rank: LEVEL1_ORDER.indexOf(l1 ?? "其他"), indicators: 0, projects: new Set<string>() };
        row.indicators++;
        row.projects.add(`${fileIndex}\u0000${table.id}`);
        rows.set(key, row);
      }
    }
  }
  // Framework order for 一级 (产出, 效益, 满意度, 成本), first appearance for 二级.
  const byLevel2 = [...rows.values()]
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.rank - b.r.rank || a.i - b.i)
    .map(({ r }) => ({ level1: r.level1, level2: r.level2, indicators: r.indicators, projects: r.projects.size }));
  return { byLevel1, byLevel2 };
}

/**
 * The summary budget officers build by hand, from one or more parsed and checked workbooks: a
 * project list in 万元 and totals by agency, funding source, project type and 支出功能分类, with
 * indicator counts. A project with both a target table and a 项目支出表 row is listed once, from its
 * target table; list rows without a target table are kept and marked list-only.
 */
export function buildSummary(inputs: readonly SummaryInput[]): ConsolidatedSummary {
  const parts = inputs.map(summarizeWorkbook);
  const projects = parts.flatMap((p) => p.projects);
  const notes = parts.flatMap((p) => p.notes);
  const functionTables = parts.flatMap((p) => (p.functionTable ? [p.functionTable] : []));
  if (functionTables.length === 0) notes.push({ id: "no-function-table", file: "", data: {} });
  const [totals] = totalsBy(projects, () => "合计");
  return {
    unit: "万元",
    files: inputs.map((i) => i.file),
    projects,
    byCategory: {
      agency: totalsBy(projects, (p) => p.agency),
      source: totalsBySource(projects),
      type: totalsBy(projects, (p) => p.type),
      function: functionClassLines(functionTables),
    },
    indicators: indicatorCategories(inputs),
    totals: totals ?? emptyTotal("合计"),
    notes,
  };
}
