import { a1 } from "../grid/address";
import type { Amount, MoneyUnit, ProjectTable, Sourced } from "../model/model";
import { headLabelOf, isTotalLabel, labelByMeaning, withoutPartOpening, type HeadLabel } from "../vocabulary/labels";
import { combinedAmount } from "../money/amounts";
import { indicatorHeaderAt, isNoteRow, modelColumns, printedTemplateRows, readIndicatorRows, type IndicatorHeader } from "./indicators";
import { FISCAL_GROUP_WORD, isProjectNameHeader } from "../vocabulary/list-headers";
import type { Sheet } from "./sheet";
import { moneyColumns } from "./column-units";
import { fullWidth, projectTable } from "../model/project-table";

/**
 * The column of 项目名称 in an indicator header: the flat layout (one row per indicator).
 * The cell may sit in the header row or be merged down into it from a group row above.
 */
export function projectColumnOf(sheet: Sheet, row: number): number | undefined {
  for (let c = 0; c < sheet.width; c++) {
    const at = sheet.anchor(row, c);
    if (at.col === c && isProjectNameHeader(sheet.key(at.row, at.col))) return c;
  }
  return undefined;
}

/** A flat header: an indicator header with the project's name column in it. */
export interface FlatHeader {
  readonly indicator: IndicatorHeader;
  readonly nameCol: number;
}

/** The flat header whose key row is `row`, or null. */
export function flatHeaderAt(sheet: Sheet, row: number): FlatHeader | null {
  const indicator = indicatorHeaderAt(sheet, row);
  const nameCol = indicator ? projectColumnOf(sheet, indicator.row) : undefined;
  return indicator && nameCol !== undefined ? { indicator, nameCol } : null;
}

/** The project's cells written again on every row of the project, instead of merged or left blank. */
function repeatsName(sheet: Sheet, nameCol: number, run: { start: number; name: Sourced<string> }, row: number): boolean {
  return sheet.mergeAt(row, nameCol) === undefined && sheet.mergeAt(run.start, nameCol) === undefined && sheet.text(row, nameCol) === run.name.value;
}

/**
 * Two rows of one project as far as its 项目编码 tells: the same code, or no code to tell (no column, or
 * the code written once). Projects of one name in different units differ by their codes.
 */
function sameCode(sheet: Sheet, codeCol: number | undefined, runStart: number, row: number): boolean {
  if (codeCol === undefined) return true;
  const code = sheet.text(row, codeCol);
  return code === "" || code === sheet.text(runStart, codeCol);
}

/**
 * The project's columns of a flat header by their words: 项目名称, 预算数, 财政拨款 … in the header
 * row, or under a group merged across them in the row above ("项目资金" over 合计 | 财政拨款 | 其他资金).
 */
function flatProjectColumns(sheet: Sheet, header: IndicatorHeader): { columns: Map<HeadLabel, number>; money: Map<HeadLabel, number[]>; paths: Map<number, string[]> } {
  const indicatorCols = new Set(Object.values(header.columns));
  const groupRow = header.row - 1;
  const hasGroupRow = groupRow >= 0 && sheet.filledColumns(groupRow).some((c) => {
    const m = sheet.mergeAt(groupRow, c);
    return m !== undefined && (m.bottom >= header.row || m.right > m.left);
  });
  const top = hasGroupRow ? groupRow : header.row;
  const out = new Map<HeadLabel, number>();
  const money = new Map<HeadLabel, number[]>();
  const paths = new Map<number, string[]>();
  for (let c = 0; c < sheet.width; c++) {
    if (indicatorCols.has(c)) continue;
    const path: string[] = [];
    for (let r = top; r <= header.lastRow; r++) {
      const at = sheet.anchor(r, c);
      const k = sheet.key(at.row, at.col);
      if (k !== "" && path[path.length - 1] !== k) path.push(k);
    }
    const leaf = path[path.length - 1];
    if (leaf === undefined) continue;
    let label = headLabelOf(leaf) ?? labelByMeaning(leaf);
    if (label === null && isTotalLabel(leaf) && path.slice(0, -1).some((p) => BUDGET_GROUPS.has(headLabelOf(p) ?? ""))) label = "total";
    if (label === null) continue;
    if (!out.has(label)) out.set(label, c);
    if (MONEY_LABELS.includes(label)) {
      money.set(label, [...(money.get(label) ?? []), c]);
      paths.set(c, path);
    }
  }
  return { columns: out, money, paths };
}

const MONEY_LABELS: readonly HeadLabel[] = ["total", "fiscal", "upperLevel", "other", "specialAccount"];

/**
 * The columns whose amounts are a source's money: all of them (本级财力 | 债券资金, both fiscal), but a 财政拨款
 * column beside other fiscal ones is their total, and a column opening with 其中 is a part of the one before.
 */
function columnsOfKind(label: HeadLabel, cols: readonly number[], paths: ReadonlyMap<number, readonly string[]>): readonly number[] {
  // Two total columns are two totals (资金总额 | 年度预算数), never one sum: the first is the budget's.
  if (cols.length <= 1 || label === "total") return cols.slice(0, 1);
  const leaf = (c: number): string => paths.get(c)!.at(-1)!;
  const whole = label === "fiscal" ? cols.find((c) => leaf(c).startsWith(FISCAL_GROUP_WORD)) : undefined;
  if (whole !== undefined) return [whole];
  const opensPart = (c: number): boolean => withoutPartOpening(leaf(c)) !== leaf(c);
  return cols.some((c, i) => i > 0 && opensPart(c) && !opensPart(cols[i - 1]!)) ? [cols[0]!] : cols;
}

const BUDGET_GROUPS: ReadonlySet<string> = new Set(["budgetGroup", "total"]);

/** A 合计 row under the projects: 合计 in the name column, merged over it, or first on the row left of it. */
function isTotalsRow(sheet: Sheet, row: number, nameCol: number): boolean {
  const anchor = sheet.anchor(row, nameCol);
  const first = sheet.filledColumns(row)[0];
  return isTotalLabel(sheet.key(anchor.row, anchor.col)) || (first !== undefined && first <= nameCol && isTotalLabel(sheet.key(row, first)));
}

/**
 * One row per indicator, with the project's columns (项目名称, 预算数, 单位 …) merged down
 * over its rows: each run of rows under one project name becomes a project table.
 */
export function readFlatProjects(
  sheet: Sheet,
  header: IndicatorHeader,
  nameCol: number,
  unitAbove: MoneyUnit | null,
  department: Sourced<string> | null,
  lastAllowedRow: number,
): { projects: ProjectTable[]; lastRow: number } {
  const { columns: projectCols, money: moneyCols, paths } = flatProjectColumns(sheet, header);
  const money = moneyColumns([...paths].map(([col, path]) => ({ col, path })), unitAbove);
  const kindCols = new Map(MONEY_LABELS.map((l) => [l, columnsOfKind(l, moneyCols.get(l) ?? [], paths)]));
  const unit = money.unit;
  const runs: { start: number; end: number; name: Sourced<string> }[] = [];
  const codeCol = projectCols.get("projectCode");
  for (let r = header.lastRow + 1; r <= lastAllowedRow && r < sheet.height; r++) {
    if (sheet.rowBlank(r)) {
      const m = sheet.mergeAt(r, nameCol);
      if (m && m.bottom > r) continue;
      break;
    }
    const anchor = sheet.anchor(r, nameCol);
    if (isNoteRow(sheet, r) || isTotalsRow(sheet, r, nameCol)) break;
    const name = sheet.sourced(anchor.row, anchor.col);
    const last = runs[runs.length - 1];
    if (name && anchor.row === r && !(last && repeatsName(sheet, nameCol, last, r) && sameCode(sheet, codeCol, last.start, r))) runs.push({ start: r, end: r, name });
    else if (last) last.end = r;
    else if (name) runs.push({ start: r, end: r, name });
  }
  const projects: ProjectTable[] = [];
  let lastRow = header.lastRow;
  for (const run of runs) {
    const { indicators, templateRows } = readIndicatorRows(sheet, header, () => false, { from: run.start, to: run.end });
    const at = (label: HeadLabel): Sourced<string> | null => {
      const c = projectCols.get(label);
      return c === undefined ? null : sheet.sourced(run.start, c);
    };
    const amount = (label: HeadLabel): Amount | null => {
      const amounts = (kindCols.get(label) ?? []).flatMap((c) => money.amount(sheet, run.start, c) ?? []);
      return amounts.length === 0 ? null : combinedAmount(amounts as [Amount, ...Amount[]]);
    };
    const labelCell = (label: HeadLabel): string | undefined => {
      const c = projectCols.get(label);
      return c === undefined ? undefined : a1(header.row, c);
    };
    const hasBudget = projectCols.has("total") || projectCols.has("fiscal") || projectCols.has("upperLevel") || projectCols.has("other");
    projects.push(projectTable({
      layout: "flat",
      sheet: sheet.name,
      name: run.name,
      code: at("projectCode"),
      agency: at("agency") ?? department,
      unit,
      ...(money.assumed ? { unitAssumed: true } : {}),
      budget: hasBudget
        ? {
            total: amount("total"),
            fiscal: amount("fiscal"),
            other: amount("other"),
            specialAccount: amount("specialAccount"),
            ...(projectCols.has("upperLevel") ? { upperLevel: amount("upperLevel") } : {}),
            labelCells: {
              ...(labelCell("total") ? { total: labelCell("total")! } : {}),
              ...(labelCell("fiscal") ? { fiscal: labelCell("fiscal")! } : {}),
              ...(labelCell("other") ? { other: labelCell("other")! } : {}),
              ...(labelCell("upperLevel") ? { upperLevel: labelCell("upperLevel")! } : {}),
            },
          }
        : null,
      goal: at("goal"),
      indicators,
      indicatorHeaderRow: header.row,
      columns: modelColumns(header.columns),
      range: fullWidth(run.start, run.end, sheet.width),
      // Every funds check starts from the total: sources found without it are a budget not read, said at their heading.
      missing: !hasBudget ? [{ field: "budget", cell: run.name.cell }] : projectCols.has("total") ? [] : [{ field: "budget", cell: labelCell("fiscal") ?? labelCell("upperLevel") ?? labelCell("other") ?? run.name.cell }],
      ...printedTemplateRows(templateRows),
    }));
    lastRow = run.end;
  }
  return { projects, lastRow };
}
