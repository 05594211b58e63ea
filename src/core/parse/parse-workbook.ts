import type { Grid, WorkbookGrids } from "../grid/grid";
import { a1 } from "../grid/address";
import type { MoneyUnit, ParsedWorkbook, ProjectTable, Sourced, Table } from "../model/model";
import { readBlockHead, isHeadLabelCell } from "./head";
import { detectIndicatorHeader, modelColumns, readIndicatorRows, type IndicatorHeader } from "./indicators";
import { headLabelOf, isTableTitle, splitInlineLabel, unitStatement } from "./labels";
import { Sheet } from "./sheet";
import { detectTableHeader, readTable, type TableHeader } from "./tables";
import { readFlatProjects } from "./flat";
import { labelKey } from "../text/normalize";

/** How far above an indicator header a block's head may start. */
const MAX_HEAD_ROWS = 30;

/** Parses every sheet of a workbook into project and summary tables, whatever their layout. */
export function parseWorkbook(workbook: WorkbookGrids): ParsedWorkbook {
  const tables: Table[] = [];
  const unrecognisedSheets: string[] = [];
  for (const grid of workbook.sheets) {
    const found = parseSheet(grid);
    if (found.length === 0) unrecognisedSheets.push(grid.sheet);
    tables.push(...found);
  }
  return { tables: uniqueIds(tables), unrecognisedSheets };
}

interface Candidate {
  readonly row: number;
  readonly indicator?: IndicatorHeader;
  readonly table?: TableHeader;
}

const MAY_BE_INDICATOR_HEADER = /级/u;
const MAY_BE_TABLE_HEADER = /编码|代码|项目|科目/u;

export function parseSheet(grid: Grid): Table[] {
  const sheet = new Sheet(grid);
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
      const u = unitStatement(k);
      if (u) unit = u;
      if (MAY_BE_INDICATOR_HEADER.test(k)) mayIndicator = true;
      if (MAY_BE_TABLE_HEADER.test(k)) mayTable = true;
      const inline = k.includes(":") ? splitInlineLabel(sheet.text(r, c)) : null;
      if (inline && headLabelOf(labelKey(inline.label)) === "agency") department = { value: inline.value, cell: a1(r, c) };
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
  for (let i = 0; i < candidates.length; i++) {
    const cand = candidates[i]!;
    const nextStart = candidates[i + 1]?.table?.top ?? candidates[i + 1]?.row ?? sheet.height;
    if (cand.indicator) {
      const header = cand.indicator;
      const flatName = flatProjectColumn(sheet, header.row);
      if (flatName !== undefined) {
        const result = readFlatProjects(sheet, header, flatName, unitAbove[header.row] ?? "万元", departmentAbove[header.row] ?? null, nextStart - 1);
        tables.push(...result.projects);
        prevEnd = result.lastRow;
        continue;
      }
      const headFrom = Math.max(prevEnd + 1, header.row - MAX_HEAD_ROWS);
      const head = readBlockHead(sheet, headFrom, header.row - 1, headFrom > 0 ? unitAbove[headFrom - 1] ?? null : null);
      const isStop = (r: number): boolean => r >= nextStart || rowStartsBlock(sheet, r);
      const { indicators, lastRow } = readIndicatorRows(sheet, header, isStop);
      const top = Math.min(head.firstRow, header.row);
      const project: ProjectTable = {
        kind: "project",
        layout: "block",
        sheet: sheet.name,
        id: head.name?.value ?? sheet.name,
        name: head.name ?? { value: sheet.name, cell: a1(header.row, header.columns.level1 ?? 0) },
        title: head.title,
        code: head.code,
        agency: head.agency ?? departmentAbove[header.row] ?? null,
        projectType: null,
        unit: head.unit ?? unitAbove[Math.max(0, top - 1)] ?? "万元",
        unitCell: head.unitCell,
        budget: head.budget,
        plan: head.plan,
        goal: head.goal,
        use: head.use,
        indicators,
        indicatorHeaderRow: header.row,
        columns: modelColumns(header.columns),
        range: { top, left: 0, bottom: lastRow, right: Math.max(0, sheet.width - 1) },
      };
      tables.push(project);
      prevEnd = lastRow;
    } else if (cand.table) {
      const header = cand.table;
      const title = summaryTitle(sheet, header.top);
      const block = readTable(sheet, header, unitAbove[header.top] ?? "万元", title, departmentAbove[header.top] ?? null);
      tables.push(block.summary, ...block.projects);
      prevEnd = block.lastRow;
    }
  }
  return tables;
}

/** The column of 项目名称 in an indicator header row: the flat layout (one row per indicator). */
function flatProjectColumn(sheet: Sheet, row: number): number | undefined {
  for (const c of sheet.filledColumns(row)) if (/^项目名称/u.test(sheet.key(row, c))) return c;
  return undefined;
}

/** A row that opens the next block: a title, or a 项目名称 / 预算单位 label. */
function rowStartsBlock(sheet: Sheet, row: number): boolean {
  for (const c of sheet.filledColumns(row)) {
    const k = sheet.key(row, c);
    if (isTableTitle(k)) return true;
    if (isHeadLabelCell(sheet, row, c)) {
      const label = headLabelOf(k);
      if (label === "projectName" || label === "agency" || label === "projectCode" || label === "total") return true;
    }
  }
  return false;
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
