import type { Amount, BudgetColumn, BudgetRow, BudgetTable, Table } from "../model/model";
import { roundMoney } from "../money/amounts";
import { tidy } from "../text/normalize";
import { convertMoney } from "../value/parse-amount";
import type { FunctionClassLine, FunctionLevel } from "./types";

/** 类 / 款 / 项 codes of the 支出功能分类科目: 201 / 20103 / 2010301. */
const CODE = /^\d{3}(?:\d{2}){0,2}$/u;
const LEVEL_BY_LENGTH: Readonly<Record<number, FunctionLevel>> = { 3: "类", 5: "款", 7: "项" };

interface Amounts {
  total: number;
  basic: number | null;
  project: number | null;
  fiscal: number | null;
  other: number | null;
}

/** The columns a function-class table provides, by role. */
interface FunctionColumns {
  readonly total: BudgetColumn;
  readonly basic: BudgetColumn | null;
  readonly project: BudgetColumn | null;
  readonly fiscal: readonly BudgetColumn[];
  readonly other: readonly BudgetColumn[];
}

function columnsOf(table: BudgetTable): FunctionColumns | null {
  const byCol = [...table.columns].sort((a, b) => a.col - b.col);
  const total = byCol.find((c) => c.role === "total");
  if (!total) return null;
  // 基本支出 is a role of its own, or a 合计 under a 基本支出 header (一般公共预算支出情况表).
  const basic = byCol.find((c) => c.role === "basic") ?? byCol.find((c) => c.role === "total" && c !== total && c.path.some((p) => p.includes("基本支出"))) ?? null;
  return {
    total,
    basic,
    project: byCol.find((c) => c.role === "project") ?? null,
    fiscal: byCol.filter((c) => c.role === "fiscal"),
    other: byCol.filter((c) => c.role === "other" || c.role === "special-account"),
  };
}

function amountIn(row: BudgetRow, column: BudgetColumn | null | undefined, table: BudgetTable): number {
  if (!column) return 0;
  const amount: Amount | null | undefined = row.amounts.get(column.col);
  return amount ? convertMoney(amount.value, table.unit, "万元") : 0;
}

function grandTotal(table: BudgetTable, columns: FunctionColumns): number {
  const totalRow = table.rows.find((r) => r.kind === "total" && r.amounts.get(columns.total.col));
  if (totalRow) return amountIn(totalRow, columns.total, table);
  return table.rows.filter((r) => r.code && r.code.value.length === 3).reduce((s, r) => s + amountIn(r, columns.total, table), 0);
}

/** A workbook's function-class table: the one covering the most money (部门支出总体 over 一般公共预算), first on ties. */
export function chooseFunctionTable(tables: readonly Table[]): BudgetTable | null {
  let best: { table: BudgetTable; total: number } | null = null;
  for (const t of tables) {
    if (t.kind !== "budget-summary" || t.summaryKind !== "function-class") continue;
    const columns = columnsOf(t);
    if (!columns || !t.rows.some((r) => r.code && CODE.test(r.code.value))) continue;
    const total = grandTotal(t, columns);
    if (!best || total > best.total + 1e-9) best = { table: t, total };
  }
  return best?.table ?? null;
}

interface Node {
  readonly code: string;
  name: string;
  readonly own: Amounts;
}

const addInto = (target: Amounts, add: Amounts): void => {
  target.total += add.total;
  if (add.basic !== null) target.basic = (target.basic ?? 0) + add.basic;
  if (add.project !== null) target.project = (target.project ?? 0) + add.project;
  if (add.fiscal !== null) target.fiscal = (target.fiscal ?? 0) + add.fiscal;
  if (add.other !== null) target.other = (target.other ?? 0) + add.other;
};

const zero = (): Amounts => ({ total: 0, basic: null, project: null, fiscal: null, other: null });

/**
 * The 类 → 款 → 项 tree of one or more function-class tables, in code order. Each table contributes
 * its leaves (codes with no child in that table); a subject's amount is its own leaves plus its
 * children, so a table with 项 rows and another with only 款 rows consolidate without double counting.
 */
export function functionClassLines(tables: readonly BudgetTable[]): FunctionClassLine[] {
  const nodes = new Map<string, Node>();
  let hasBasic = false;
  let hasProject = false;
  let hasSources = false;
  for (const table of tables) {
    const columns = columnsOf(table);
    if (!columns) continue;
    hasBasic ||= columns.basic !== null;
    hasProject ||= columns.project !== null;
    hasSources ||= columns.fiscal.length > 0 || columns.other.length > 0;
    const coded = table.rows.filter((r) => r.kind === "item" && r.code && CODE.test(r.code.value.trim()));
    const codes = coded.map((r) => r.code!.value.trim());
    coded.forEach((row, i) => {
      const code = codes[i]!;
      const node = nodes.get(code) ?? { code, name: tidy(row.label?.value ?? ""), own: zero() };
      if (node.name === "") node.name = tidy(row.label?.value ?? "");
      nodes.set(code, node);
      const isLeaf = !codes.some((other) => other.length > code.length && other.startsWith(code));
      if (!isLeaf) return;
      addInto(node.own, {
        total: amountIn(row, columns.total, table),
        basic: columns.basic ? amountIn(row, columns.basic, table) : null,
        project: columns.project ? amountIn(row, columns.project, table) : null,
        fiscal: columns.fiscal.length > 0 ? columns.fiscal.reduce((s, c) => s + amountIn(row, c, table), 0) : null,
        other: columns.other.length > 0 ? columns.other.reduce((s, c) => s + amountIn(row, c, table), 0) : null,
      });
    });
  }

  const codes = [...nodes.keys()].sort();
  const parentOf = (code: string): string | null => {
    for (let length = code.length - 2; length >= 3; length -= 2) {
      const prefix = code.slice(0, length);
      if (nodes.has(prefix)) return prefix;
    }
    return null;
  };
  const children = new Map<string | null, string[]>();
  for (const code of codes) {
    const parent = parentOf(code);
    children.set(parent, [...(children.get(parent) ?? []), code]);
  }

  const sums = new Map<string, Amounts>();
  const sumOf = (code: string): Amounts => {
    const sum: Amounts = { ...nodes.get(code)!.own };
    for (const child of children.get(code) ?? []) addInto(sum, sumOf(child));
    sums.set(code, sum);
    return sum;
  };
  for (const root of children.get(null) ?? []) sumOf(root);

  const pick = (has: boolean, v: number | null): number | null => (has ? roundMoney(v ?? 0) : null);
  const out: FunctionClassLine[] = [];
  const visit = (code: string, parent: string | null): void => {
    const node = nodes.get(code)!;
    const sum = sums.get(code)!;
    const kids = children.get(code) ?? [];
    out.push({
      key: node.name === "" ? code : `${code} ${node.name}`,
      code,
      name: node.name,
      level: LEVEL_BY_LENGTH[code.length]!,
      parent,
      leaf: kids.length === 0,
      total: roundMoney(sum.total),
      basic: pick(hasBasic, sum.basic),
      project: pick(hasProject, sum.project),
      fiscal: pick(hasSources, sum.fiscal),
      other: pick(hasSources, sum.other),
      projects: null,
      own: { total: roundMoney(node.own.total), basic: pick(hasBasic, node.own.basic), project: pick(hasProject, node.own.project) },
    });
    for (const child of kids) visit(child, code);
  };
  for (const root of children.get(null) ?? []) visit(root, null);
  return out;
}
