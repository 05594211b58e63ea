import type { Grid, WorkbookGrids } from "../grid/grid";
import { a1 } from "../grid/address";
import type { MissingField, MoneyUnit, ParsedWorkbook, ProjectTable, SheetReading, Sourced, Table } from "../model/model";
import { readBlockHead } from "./head";
import { detectIndicatorHeader, modelColumns, readIndicatorRows, type IndicatorHeader } from "./indicators";
import { codedAgency, headLabelOf, indicatorTableTermOf, isTableTitle, labelByMeaning, splitInlineLabel, trailingUnitStatement, unitStatement } from "../vocabulary/labels";
import { Sheet } from "./sheet";
import { fullWidth, projectTable } from "../model/project-table";
import { detectTableHeader, readTable, type TableHeader } from "./tables";
import { readFlatProjects } from "./flat";
import { budgetWithCostTotal, findCostTable } from "./cost-table";
import { readingOf, selfEvaluationCell } from "./reading";
import { readSelfEvaluation } from "./self-evaluation";
import { departmentTitleCell, readDepartment } from "./department";
import { labelKey, tidy } from "../text/normalize";

/** How far above an indicator header a block's head may start. */
const MAX_HEAD_ROWS = 30;

/** Parses every sheet of a workbook into project and summary tables, whatever their layout. */
export function parseWorkbook(workbook: WorkbookGrids): ParsedWorkbook {
  const tables: Table[] = [];
  const unrecognisedSheets: string[] = [];
  const sheets: SheetReading[] = [];
  for (const grid of workbook.sheets) {
    const sheet = new Sheet(grid);
    const found = parseSheetTables(sheet);
    if (found.length === 0) unrecognisedSheets.push(grid.sheet);
    sheets.push(readingOf(sheet, found));
    for (const t of found) tables.push(t);
  }
  return { tables: uniqueIds(tables), unrecognisedSheets, sheets };
}

interface Candidate {
  readonly row: number;
  readonly indicator?: IndicatorHeader;
  readonly table?: TableHeader;
}

const MAY_BE_INDICATOR_HEADER = /级/u;
const MAY_BE_TABLE_HEADER = /编码|代码|项目|科目/u;

export function parseSheet(grid: Grid): Table[] {
  return parseSheetTables(new Sheet(grid));
}

function parseSheetTables(sheet: Sheet): Table[] {
  // A self-evaluation has 一级/二级/三级 columns too, but target-table rules do not apply to it.
  if (selfEvaluationCell(sheet) !== null) {
    const evaluation = readSelfEvaluation(sheet);
    return evaluation ? [evaluation] : [];
  }
  const tables = parseTargetTables(sheet);
  // A department-wide table: its indicator part is read as a block, the rest is the department's own.
  if (departmentTitleCell(sheet) !== null) {
    const department = readDepartment(sheet, tables.find((t): t is ProjectTable => t.kind === "project"));
    if (department) return [department];
  }
  return tables;
}

function parseTargetTables(sheet: Sheet): Table[] {
  const candidates: Candidate[] = [];
  const unitAbove: (MoneyUnit | null)[] = new Array(sheet.height).fill(null);
  const departmentAbove: (Sourced<string> | null)[] = new Array(sheet.height).fill(null);
  let unit: MoneyUnit | null = null;
  let department: Sourced<string> | null = null;
  let skipUntil = -1;
  for (let r = 0; r < sheet.height; r++) {
    const filled = sheet.filledColumns(r);
    let mayIndicator = false;
    let mayTable = false;
    for (const c of filled) {
      const k = sheet.key(r, c);
      if (MAY_BE_INDICATOR_HEADER.test(k)) mayIndicator = true;
      if (MAY_BE_TABLE_HEADER.test(k)) mayTable = true;
      const u = unitStatement(k);
      if (u) {
        unit = u;
        continue;
      }
      if (!k.includes(":") && !k.includes("(")) continue;
      let text = sheet.text(r, c);
      const trailing = trailingUnitStatement(text);
      if (trailing) {
        unit = trailing.unit;
        text = trailing.before;
      }
      const inline = splitInlineLabel(text);
      if (inline && headLabelOf(labelKey(inline.label)) === "agency") department = { value: tidy(inline.value), cell: a1(r, c) };
    }
    unitAbove[r] = unit;
    departmentAbove[r] = department;
    if (r <= skipUntil || filled.length < 2) continue;
    if (mayIndicator) {
      const indicator = detectIndicatorHeader(sheet, r);
      if (indicator) {
        candidates.push({ row: r, indicator });
        skipUntil = indicator.lastRow;
        continue;
      }
    }
    if (mayTable) {
      const table = detectTableHeader(sheet, r);
      if (table) {
        candidates.push({ row: r, table });
        skipUntil = table.bottom;
      }
    }
  }

  const tables: Table[] = [];
  let prevEnd = -1;
  // The head above a 长期绩效指标 table belongs to the 年度绩效指标 table that follows it.
  let carriedHead: { from: number; to: number } | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const cand = candidates[i]!;
    const nextStart = candidates[i + 1]?.table?.top ?? candidates[i + 1]?.row ?? sheet.height;
    if (cand.indicator) {
      const header = cand.indicator;
      const next = candidates[i + 1]?.indicator;
      if (!carriedHead && next && indicatorTableTerm(sheet, header) === "long-term" && indicatorTableTerm(sheet, next) === "year") {
        const from = Math.max(prevEnd + 1, header.row - MAX_HEAD_ROWS);
        carriedHead = { from, to: header.row - 1 };
        continue;
      }
      const flatName = flatProjectColumn(sheet, header.row);
      if (flatName !== undefined) {
        const result = readFlatProjects(sheet, header, flatName, unitAbove[header.row] ?? "万元", departmentAbove[header.row] ?? null, nextStart - 1);
        for (const p of result.projects) tables.push(p);
        prevEnd = result.lastRow;
        continue;
      }
      const headFrom = carriedHead?.from ?? Math.max(prevEnd + 1, header.row - MAX_HEAD_ROWS);
      const headTo = carriedHead?.to ?? header.row - 1;
      carriedHead = null;
      const head = readBlockHead(sheet, headFrom, headTo, headFrom > 0 ? unitAbove[headFrom - 1] ?? null : null);
      const isStop = (r: number): boolean => r >= nextStart || rowStartsBlock(sheet, r);
      const { indicators, templateRows, lastRow } = readIndicatorRows(sheet, header, isStop);
      const top = Math.min(head.firstRow, header.row);
      const unit = head.unit ?? unitAbove[Math.max(0, top - 1)] ?? "万元";
      const costTable = findCostTable(sheet, { from: headFrom, to: headTo }, lastRow, unit, isStop);
      const budget = budgetWithCostTotal(head.budget, costTable, unit);
      const end = costTable?.position === "below" ? costTable.lastRow : lastRow;
      const headerCell = a1(header.row, header.columns.level1 ?? 0);
      const missing: MissingField[] = [];
      if (!head.name) missing.push({ field: "name", cell: head.nameLooked ?? a1(top, 0) });
      const b = budget;
      // Every funds check starts from the total: sources found without it are a budget not read.
      if (!b?.total) missing.push({ field: "budget", cell: head.budgetLooked ?? head.name?.cell ?? head.nameLooked ?? a1(top, 0) });
      if (indicators.length === 0 && templateRows.length === 0) missing.push({ field: "indicators", cell: header.lastRow + 1 < sheet.height ? a1(header.lastRow + 1, header.columns.level1 ?? 0) : headerCell });
      const project = projectTable({
        layout: "block",
        sheet: sheet.name,
        id: head.name?.value ?? sheet.name,
        name: head.name ?? { value: sheet.name, cell: headerCell },
        title: head.title,
        code: head.code,
        agency: head.agency ?? departmentAbove[header.row] ?? null,
        unit,
        unitCell: head.unitCell,
        budget,
        plan: head.plan,
        goal: head.goal,
        use: head.use,
        indicators,
        indicatorHeaderRow: header.row,
        columns: modelColumns(header.columns),
        range: fullWidth(top, end, sheet.width),
        missing,
        ...(costTable ? { costTable } : {}),
        ...(head.periodBudget ? { periodBudget: head.periodBudget } : {}),
      });
      tables.push(project);
      prevEnd = end;
    } else if (cand.table) {
      const header = cand.table;
      const title = summaryTitle(sheet, header.top);
      const block = readTable(sheet, header, unitAbove[header.top] ?? "万元", title, departmentAbove[header.top] ?? null);
      tables.push(block.summary);
      // A list may hold more projects than a spread's argument limit.
      for (const p of block.projects) tables.push(p);
      prevEnd = block.lastRow;
    }
  }
  return tables;
}

/**
 * What the label left of an indicator header says the table is: 长期绩效指标 (the whole period) or
 * 年度绩效指标 (the year's), in county templates that give a project both.
 */
function indicatorTableTerm(sheet: Sheet, header: IndicatorHeader): "long-term" | "year" | null {
  const first = Math.min(...Object.values(header.columns));
  for (let c = 0; c < first; c++) {
    const at = sheet.anchor(header.row, c);
    const term = indicatorTableTermOf(sheet.key(at.row, at.col));
    if (term) return term;
  }
  return null;
}

/**
 * The column of 项目名称 in an indicator header: the flat layout (one row per indicator).
 * The cell may sit in the header row or be merged down into it from a group row above.
 */
function flatProjectColumn(sheet: Sheet, row: number): number | undefined {
  for (let c = 0; c < sheet.width; c++) {
    const at = sheet.anchor(row, c);
    if (at.col === c && /^项目名称/u.test(sheet.key(at.row, at.col))) return c;
  }
  return undefined;
}

const BLOCK_OPENING_LABELS: ReadonlySet<string> = new Set(["projectName", "agency", "projectCode", "total"]);

/**
 * A row that opens the next block: a title, a 项目名称 / 预算单位 / 预算数 label (alone or as
 * "label：value"), a unit statement, or an agency written with its code.
 */
function rowStartsBlock(sheet: Sheet, row: number): boolean {
  for (const c of sheet.filledColumns(row)) {
    const k = sheet.key(row, c);
    if (isTableTitle(k) || unitStatement(k)) return true;
    // By meaning only 项目…名称 opens a block: 资金…数 may be an indicator's name.
    const label = headLabelOf(k) ?? (labelByMeaning(k) === "projectName" ? "projectName" : null);
    if (label !== null) {
      if (BLOCK_OPENING_LABELS.has(label)) return true;
      continue;
    }
    if (!k.includes(":")) continue;
    const text = sheet.text(row, c);
    if (trailingUnitStatement(text)) return true;
    const inline = splitInlineLabel(text);
    if (inline && BLOCK_OPENING_LABELS.has(headLabelOf(labelKey(inline.label)) ?? "")) return true;
  }
  const filled = sheet.filledColumns(row);
  return filled.length <= 2 && filled.some((c) => codedAgency(sheet.text(row, c)) !== null);
}

/** A summary table's title: the nearest single-cell row above its header that reads like a title. */
function summaryTitle(sheet: Sheet, top: number): { name: string; cell: string | null } {
  for (let r = top - 1; r >= Math.max(0, top - 6); r--) {
    for (const c of sheet.filledColumns(r)) {
      const k = sheet.key(r, c);
      if (/表$/u.test(k) && !/^预算公开表/u.test(k)) return { name: sheet.text(r, c), cell: a1(r, c) };
    }
  }
  return { name: sheet.name, cell: null };
}

function uniqueIds(tables: Table[]): Table[] {
  const seen = new Map<string, number>();
  return tables.map((t) => {
    const n = (seen.get(t.id) ?? 0) + 1;
    seen.set(t.id, n);
    return n === 1 ? t : { ...t, id: `${t.id}（${n}）` };
  });
}
