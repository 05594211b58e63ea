import { a1 } from "../grid/address";
import type { Budget, MissingField, ProjectTable } from "../model/model";
import { fullWidth, projectTable } from "../model/project-table";
import type { ReadContext, ReadResult, RowSpan } from "../layouts/types";
import { labelKey } from "../text/normalize";
import { codedAgency, headLabelOf, indicatorTableTermOf, isTableTitle, labelByMeaning, splitInlineLabel, trailingUnitStatement, unitStatement } from "../vocabulary/labels";
import { budgetWithCostTotal, findCostTable } from "./cost-table";
import { readBlockHead, type BlockHead } from "./head";
import { isIndicatorShapedRow, modelColumns, printedTemplateRows, readIndicatorRows, type IndicatorHeader } from "./indicators";
import type { Sheet } from "./sheet";
import { unreadSources } from "./unread-sources";
import { DEFAULT_MONEY_UNIT } from "../vocabulary/units";

/** How far above an indicator header a block's head may start. */
const MAX_HEAD_ROWS = 30;

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

const BLOCK_OPENING_LABELS: ReadonlySet<string> = new Set(["projectName", "agency", "projectCode", "total"]);

/**
 * A row that opens the next block: a title, a 项目名称 / 预算单位 / 预算数 label (alone or as
 * "label：value"), a unit statement, or an agency written with its code.
 */
export function rowStartsBlock(sheet: Sheet, row: number): boolean {
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

/** What a block's head could not find (its name, its budget, a source), each at the cell where it was looked for. */
export function missingInHead(sheet: Sheet, head: BlockHead, budget: Budget | null, top: number): MissingField[] {
  const missing: MissingField[] = [];
  if (!head.name) missing.push({ field: "name", cell: head.nameLooked ?? a1(top, 0) });
  // Every funds check starts from the total: sources found without it are a budget not read.
  if (!budget?.total) missing.push({ field: "budget", cell: head.budgetLooked ?? head.name?.cell ?? head.nameLooked ?? a1(top, 0) });
  // Only the head's own money rows: a cost table's items are costs, not sources.
  const [unreadSource] = head.budget?.total ? unreadSources(sheet, head.budget, head.budget.total.unit) : [];
  if (unreadSource) missing.push({ field: "fund-source", cell: unreadSource.cell });
  return missing;
}

/** What the block could not find, each at the cell where it was looked for. */
function missingFields(sheet: Sheet, head: BlockHead, budget: Budget | null, header: IndicatorHeader, top: number, rowsRead: number): MissingField[] {
  const missing = missingInHead(sheet, head, budget, top);
  const headerCell = a1(header.row, header.columns.level1 ?? 0);
  if (rowsRead === 0) missing.push({ field: "indicators", cell: header.lastRow + 1 < sheet.height ? a1(header.lastRow + 1, header.columns.level1 ?? 0) : headerCell });
  return missing;
}

/** One block: its head in rows `span`, the indicator rows under the header, and a cost table beside them. */
function readBlock(sheet: Sheet, header: IndicatorHeader, span: RowSpan, context: ReadContext): { table: ProjectTable; end: number } {
  const head = readBlockHead(sheet, span.from, span.to, span.from > 0 ? context.unitAbove(span.from - 1) : null);
  // The next header found may be an indicator row of this table (an unknown 一级 over known ones): it goes on.
  const isStop = (r: number): boolean => (r >= context.nextStart && !isIndicatorShapedRow(sheet, r, header.columns)) || rowStartsBlock(sheet, r);
  const { indicators, templateRows, lastRow } = readIndicatorRows(sheet, header, isStop);
  const top = Math.min(head.firstRow, header.row);
  const stated = head.unit ?? context.unitAbove(Math.max(0, top - 1));
  const unit = stated ?? DEFAULT_MONEY_UNIT;
  const costTable = findCostTable(sheet, span, lastRow, unit, isStop);
  const budget = budgetWithCostTotal(head.budget, costTable, unit);
  const end = costTable?.position === "below" ? costTable.lastRow : lastRow;
  const table = projectTable({
    layout: "block",
    sheet: sheet.name,
    id: head.name?.value ?? sheet.name,
    name: head.name ?? { value: sheet.name, cell: a1(header.row, header.columns.level1 ?? 0) },
    title: head.title,
    code: head.code,
    agency: head.agency ?? context.departmentAbove(header.row),
    unit,
    unitCell: head.unitCell,
    ...(stated === null ? { unitAssumed: true } : {}),
    budget,
    plan: head.plan,
    goal: head.goal,
    use: head.use,
    indicators,
    indicatorHeaderRow: header.row,
    columns: modelColumns(header.columns),
    range: fullWidth(top, end, sheet.width),
    missing: missingFields(sheet, head, budget, header, top, indicators.length + templateRows.length),
    ...(costTable ? { costTable } : {}),
    ...(head.periodBudget ? { periodBudget: head.periodBudget } : {}),
    ...printedTemplateRows(templateRows),
  });
  return { table, end };
}

/**
 * The block whose indicator header is `header`: its head is the rows above it, back to the table
 * before (at most MAX_HEAD_ROWS). A 长期绩效指标 table followed by the 年度 one hands its head on.
 */
export function readBlockAt(sheet: Sheet, header: IndicatorHeader, context: ReadContext): ReadResult {
  const span = { from: Math.max(context.prevEnd + 1, header.row - MAX_HEAD_ROWS), to: header.row - 1 };
  const next = context.next?.indicator;
  if (!context.carriedHead && next && indicatorTableTerm(sheet, header) === "long-term" && indicatorTableTerm(sheet, next) === "year") {
    return { tables: [], lastRow: context.prevEnd, carryHead: span };
  }
  const { table, end } = readBlock(sheet, header, context.carriedHead ?? span, context);
  return { tables: [table], lastRow: end };
}
