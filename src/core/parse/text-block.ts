import { a1 } from "../grid/address";
import type { Indicator, MissingField, ProjectTable } from "../model/model";
import { fullWidth, projectTable } from "../model/project-table";
import type { Statements } from "../layouts/types";
import { mayHoldIndicatorText } from "../vocabulary/categories";
import { missingInHead, rowStartsBlock } from "./block";
import { isNoteRow } from "./indicators";
import { namesIndicatorPart } from "../vocabulary/labels";
import { level1Of } from "../model/framework";
import { readBlockHead } from "./head";
import { readIndicatorText, type ListCellReading } from "./list-text";
import type { Sheet } from "./sheet";
import { DEFAULT_MONEY_UNIT } from "../vocabulary/units";

/**
 * A block whose indicators are written as text, with no indicator header: the head (项目名称, 预算数 …)
 * as in any block, then the indicators in one cell (an outline "一、产出指标\n（一）数量指标：培训人数≥200人")
 * or one a line down a column ("一级指标：产出指标；二级指标：数量指标；三级指标：…；指标值：…"), read by
 * the grammar of a list's text cells (list-text.ts). Every indicator points at its cell; a line between
 * them, or an item in a cell, that does not read is reported at its cell.
 */
interface TextCell {
  readonly row: number;
  readonly col: number;
  readonly reading: ListCellReading;
}

/** Indicator cells one under another in a column, no block opening between them. */
interface Run {
  readonly col: number;
  readonly cells: TextCell[];
}

function indicatorTextAt(sheet: Sheet, row: number, col: number): ListCellReading | null {
  const value = sheet.value(row, col);
  if (typeof value !== "string" || !mayHoldIndicatorText(sheet.key(row, col))) return null;
  const reading = readIndicatorText(value, a1(row, col), row);
  return reading.indicators.length > 0 ? reading : null;
}

/** The first cell of a sheet that holds indicators written as text, or null. */
export function firstIndicatorTextCell(sheet: Sheet): string | null {
  for (let r = 0; r < sheet.height; r++) {
    for (const c of sheet.filledColumns(r)) if (indicatorTextAt(sheet, r, c)) return a1(r, c);
  }
  return null;
}

function runsOf(sheet: Sheet): Run[] {
  const runs: Run[] = [];
  for (let r = 0; r < sheet.height; r++) {
    const col = sheet.filledColumns(r).find((c) => indicatorTextAt(sheet, r, c) !== null);
    if (col === undefined) continue;
    const cell: TextCell = { row: r, col, reading: indicatorTextAt(sheet, r, col)! };
    const run = runs[runs.length - 1];
    const last = run?.cells[run.cells.length - 1];
    if (run && last && run.col === col && !opensBlockBetween(sheet, last.row, r)) run.cells.push(cell);
    else runs.push({ col, cells: [cell] });
  }
  return runs;
}

function opensBlockBetween(sheet: Sheet, above: number, below: number): boolean {
  for (let r = above + 1; r < below; r++) if (rowStartsBlock(sheet, r)) return true;
  return false;
}

/** What the run's cells could not give: a line in its column that reads as no indicator, items not split, targets left empty. */
function missingInRun(sheet: Sheet, run: Run): MissingField[] {
  const missing: MissingField[] = [];
  const first = run.cells[0]!.row;
  const last = run.cells[run.cells.length - 1]!.row;
  const read = new Map(run.cells.map((c) => [c.row, c.reading]));
  for (let r = first; r <= last; r++) {
    const cell = a1(r, run.col);
    const reading = read.get(r);
    if (!reading) {
      if (!sheet.blank(r, run.col)) missing.push({ field: "indicators", cell });
      continue;
    }
    if (reading.unreadItems > 0) missing.push({ field: "indicators", cell });
    if (reading.itemsWithoutValue > 0) missing.push({ field: "indicator-values", cell });
  }
  return missing;
}

/** A label of the indicator part or of a category (绩效指标, 一级指标, 产出指标) beside the lines: no indicator of its own. */
function isPartLabel(key: string): boolean {
  return namesIndicatorPart(key) || level1Of(key) !== null;
}

/**
 * Text in the indicator part that the run did not read: cells beside its lines in other columns, and
 * lines under its last one up to the next block, a note or the end (`end`). A reader that found the
 * lines of one column only must say so for the others, never pass over them.
 */
function unreadAround(sheet: Sheet, run: Run, end: number): MissingField[] {
  const missing: MissingField[] = [];
  const readCells = new Set(run.cells.map((c) => a1(c.row, c.col)));
  for (let r = run.cells[0]!.row; r <= end; r++) {
    if (rowStartsBlock(sheet, r) || isNoteRow(sheet, r)) break;
    for (const c of sheet.filledColumns(r)) {
      if (c === run.col && r <= run.cells[run.cells.length - 1]!.row) continue; // missingInRun's
      if (readCells.has(a1(r, c)) || typeof sheet.value(r, c) !== "string" || isPartLabel(sheet.key(r, c))) continue;
      missing.push({ field: "indicators", cell: a1(r, c) });
    }
  }
  return missing;
}

/**
 * The projects of a sheet whose indicators are written as text: each run of indicator cells with the
 * head above it, back to the run before. A run under no head of its own (no name, no budget) goes on
 * with the project before it; with none before, it is left unread, never guessed into a project.
 */
export function readTextBlocks(sheet: Sheet, statements: Statements): ProjectTable[] {
  const tables: ProjectTable[] = [];
  let prevEnd = -1;
  const runs = runsOf(sheet);
  runs.forEach((run, i) => {
    const end = i + 1 < runs.length ? runs[i + 1]!.cells[0]!.row - 1 : sheet.height - 1;
    const first = run.cells[0]!.row;
    const last = run.cells[run.cells.length - 1]!.row;
    const indicators: Indicator[] = run.cells.flatMap((c) => c.reading.indicators);
    const from = prevEnd + 1;
    const head = readBlockHead(sheet, from, first - 1, from > 0 ? statements.unitAbove(from - 1) : null);
    const previous = tables[tables.length - 1];
    if (!head.name && !head.budget?.total) {
      if (previous) {
        const range = { ...previous.range, bottom: last };
        tables[tables.length - 1] = { ...previous, indicators: [...previous.indicators, ...indicators], range, missing: [...previous.missing, ...missingInRun(sheet, run), ...unreadAround(sheet, run, end)] };
        prevEnd = last;
      }
      return;
    }
    const top = Math.min(head.firstRow, first);
    const stated = head.unit ?? statements.unitAbove(Math.max(0, top - 1));
    const unit = stated ?? DEFAULT_MONEY_UNIT;
    tables.push(
      projectTable({
        layout: "block",
        sheet: sheet.name,
        id: head.name?.value ?? sheet.name,
        name: head.name ?? { value: sheet.name, cell: a1(first, run.col) },
        title: head.title,
        code: head.code,
        agency: head.agency ?? statements.departmentAbove(first),
        unit,
        unitCell: head.unitCell,
        ...(stated === null ? { unitAssumed: true } : {}),
        budget: head.budget,
        plan: head.plan,
        goal: head.goal,
        use: head.use,
        indicators,
        range: fullWidth(top, last, sheet.width),
        missing: [...missingInHead(sheet, head, head.budget, top), ...missingInRun(sheet, run), ...unreadAround(sheet, run, end)],
        // One cell holding them all is the indicators' cell, as a list's is (the rules point at it).
        ...(run.cells.length === 1 ? { encodedCell: a1(first, run.col) } : {}),
        ...(head.periodBudget ? { periodBudget: head.periodBudget } : {}),
      }),
    );
    prevEnd = last;
  });
  return tables;
}
