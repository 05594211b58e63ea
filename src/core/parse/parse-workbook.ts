import { a1, parseA1 } from "../grid/address";
import type { Grid, WorkbookGrids } from "../grid/grid";
import type { Indicator, MissingField, ParsedWorkbook, ProjectTable, ReadingField, SheetReading, Table } from "../model/model";
import { frameworkStatementsOf } from "../model/detect-framework";
import { LAYOUTS } from "../layouts";
import type { Found, HeaderLayout, Layout, RowSpan } from "../layouts/types";
import { Sheet } from "./sheet";
import { isBlankForm } from "../model/project-table";
import { readingOf } from "./reading";
import { bandGrid, sideBySideOf, type ColumnBand } from "./side-by-side";
import { statementsOf } from "./statements";
import { headLabelOf, indicatorColumnOf, isContinuationTitle, type IndicatorColumn } from "../vocabulary/labels";
import { labelKey } from "../text/normalize";

/**
 * Parses every sheet of a workbook into project and summary tables, whatever their layout: each
 * sheet is read by the layouts of the registry (`layouts`, src/core/layouts by default).
 */
export function parseWorkbook(workbook: WorkbookGrids, layouts: readonly Layout[] = LAYOUTS): ParsedWorkbook {
  const tables: Table[] = [];
  const unrecognisedSheets: string[] = [];
  const sheets: SheetReading[] = [];
  for (const grid of workbook.sheets) {
    const sheet = new Sheet(grid);
    const read = readSheet(sheet, layouts).map((t) => withUnreadHeaderCells(sheet, withUnreadColumns(t)));
    const found = read.filter((t) => !isBlankCopy(sheet, t));
    if (found.length === 0) unrecognisedSheets.push(grid.sheet);
    sheets.push(found.length === 0 && read.length > 0 ? blankFormReading(grid.sheet, read[0]!) : readingOf(sheet, found));
    for (const t of found) tables.push(t);
  }
  return { tables: uniqueIds(tables), unrecognisedSheets, sheets, frameworkStatements: frameworkStatementsOf(workbook) };
}

/**
 * A blank copy of the form: nothing read, and its name looked for beside its own 项目名称 label, left
 * empty. A filled form whose labels no list knows also reads nothing; it is a table read in part, said.
 */
function isBlankCopy(sheet: Sheet, t: Table): boolean {
  if (t.kind !== "project" || !isBlankForm(t)) return false;
  const looked = parseA1(t.missing.find((m) => m.field === "name")?.cell ?? "");
  return looked !== null && headLabelOf(sheet.key(looked.row, looked.col)) === "projectName";
}

/** A sheet holding nothing but blank copies of the form: not a target table, said at the first one's name label. */
function blankFormReading(sheet: string, first: Table): SheetReading {
  const cell = first.kind === "project" ? (first.missing.find((m) => m.field === "name")?.cell ?? first.name.cell) : null;
  return { sheet, status: "not-target", tables: 0, missing: [], reason: "blank-form", cell };
}

export function parseSheet(grid: Grid, layouts: readonly Layout[] = LAYOUTS): Table[] {
  return readSheet(new Sheet(grid), layouts);
}

/**
 * Tables side by side are read band by band; the bands are kept only when each holds a table (one
 * project's indicators continued in a second column group is read as one table, as before).
 */
function readSheet(sheet: Sheet, layouts: readonly Layout[]): Table[] {
  const sides = sideBySideOf(sheet);
  if (sides) {
    const perBand = sides.bands.map((band) =>
      // A table read in a band spans the band's columns, not the sheet's: fills and marks stay inside it.
      readWholeSheet(new Sheet(bandGrid(sheet.grid, band, sides.sharedRows)), layouts).map((t) => ({
        ...t,
        range: { ...t.range, left: Math.max(t.range.left, band.from), right: Math.min(t.range.right, band.to) },
      })),
    );
    // Two tables only when each band names its own project, in its own columns; else one project's indicators run on in a second group.
    if (sides.bands.every((band, i) => perBand[i]!.some((t) => namesOwnProject(t, band)))) return perBand.flat();
    return withContinuedGroups(readWholeSheet(sheet, layouts), perBand.slice(1).flat());
  }
  return readWholeSheet(sheet, layouts);
}

function namesOwnProject(t: Table, band: ColumnBand): boolean {
  if (t.kind !== "project" || t.missing.some((m) => m.field === "name") || t.name.cell === t.title?.cell) return false;
  const col = parseA1(t.name.cell)?.col;
  return col !== undefined && col >= band.from && col <= band.to;
}

/**
 * One project's indicators continued in the column groups to the right of its own: each group's
 * indicators (read from its own 一级 | 二级 | 三级 | 指标值 header) are the project's whose header is on
 * the same row, after its own; a group without a value column the vocabulary knows says so at its
 * header. A group with no 一级 column of its own beside a project that has one (一级 | 二级 | 三级 | 指标值
 * | 二级 | 三级 | 指标值: two indicators a row) is under the 一级 of its row, and the indicators are then
 * read row by row. A group no project's header lines up with is kept as a table of its own when it read
 * any indicators (a header over blank rows holds nothing to check).
 */
function withContinuedGroups(tables: Table[], groups: readonly Table[]): Table[] {
  const out = [...tables];
  for (const group of groups.map(withUnreadColumns)) {
    if (group.kind !== "project" || group.indicatorHeaderRow === null) continue;
    const at = out.findIndex((t) => t.kind === "project" && t.indicatorHeaderRow === group.indicatorHeaderRow);
    const project = out[at];
    if (project?.kind !== "project") {
      if (group.indicators.length > 0) out.push(group);
      continue;
    }
    const range = { ...project.range, right: Math.max(project.range.right, group.range.right), bottom: Math.max(project.range.bottom, group.range.bottom) };
    const missing = group.missing.filter((m) => INDICATOR_FIELDS.has(m.field));
    const sharesRows = group.columns.level1 === undefined && project.columns.level1 !== undefined;
    const own = group.indicators.map((ind) => ({ ...ind, columns: group.columns }));
    const indicators = sharesRows ? byRow(project.indicators, own.map((ind) => ({ ...ind, level1: level1AtRow(project.indicators, ind.row) ?? ind.level1 }))) : [...project.indicators, ...own];
    out[at] = { ...project, indicators, range, missing: [...project.missing, ...missing] };
  }
  return out;
}

/** The 一级 the indicators to the left stand under at a row: that of the last one on or above it. */
function level1AtRow(left: readonly Indicator[], row: number): Indicator["level1"] {
  let at: Indicator | undefined;
  for (const ind of left) if (ind.row <= row && (at === undefined || ind.row >= at.row)) at = ind;
  return at?.level1 ?? null;
}

/** Indicators of column groups side by side in reading order: row by row, left to right within a row. */
function byRow(left: readonly Indicator[], right: readonly Indicator[]): Indicator[] {
  return [...left.map((ind, i) => ({ ind, i })), ...right.map((ind, i) => ({ ind, i: left.length + i }))].sort((a, b) => a.ind.row - b.ind.row || a.i - b.i).map(({ ind }) => ind);
}

/** A sheet layout that recognises the sheet reads it; else every header layout reads its headers. */
function readWholeSheet(sheet: Sheet, layouts: readonly Layout[]): Table[] {
  const headerLayouts = layouts.filter((l): l is HeaderLayout => l.scope === "header");
  let headerTables: Table[] | undefined;
  const readHeaders = (): Table[] => (headerTables ??= readHeaderTables(sheet, headerLayouts));
  for (const layout of layouts) {
    if (layout.scope !== "sheet" || layout.detect(sheet) === null) continue;
    const tables = layout.read(sheet, readHeaders);
    if (tables) return [...tables];
  }
  return readHeaders();
}

interface Hit {
  readonly layout: HeaderLayout;
  readonly found: Found<unknown>;
}

/** Every header a layout recognises, top to bottom; the rows of a header found are not looked at again. */
function findHeaders(sheet: Sheet, layouts: readonly HeaderLayout[]): Hit[] {
  const hits: Hit[] = [];
  for (let r = 0; r < sheet.height; r++) {
    if (sheet.filledColumns(r).length < 2) continue;
    for (const layout of layouts) {
      const found = layout.detect(sheet, r);
      if (!found) continue;
      hits.push({ layout, found });
      r = found.lastRow;
      break;
    }
  }
  return hits;
}

/** Each header's layout reads its table, between the table before it and the next header. */
function readHeaderTables(sheet: Sheet, layouts: readonly HeaderLayout[]): Table[] {
  const hits = findHeaders(sheet, layouts);
  const statements = statementsOf(sheet);
  const tables: Table[] = [];
  let prevEnd = -1;
  let carriedHead: RowSpan | null = null;
  hits.forEach(({ layout, found }, i) => {
    // A header inside the rows the table above has read is one of its rows (an indicator row taken for a header).
    if (found.top <= prevEnd) return;
    const next = hits[i + 1]?.found ?? null;
    const read = layout.read(sheet, found, { ...statements, prevEnd, nextStart: next?.top ?? sheet.height, next, carriedHead });
    // A list may hold more tables than a spread's argument limit.
    for (const t of read.tables) {
      const last = tables[tables.length - 1];
      if (last?.kind === "project" && t.kind === "project" && continues(t, last)) tables[tables.length - 1] = joined(last, t);
      else tables.push(t);
    }
    prevEnd = read.lastRow;
    carriedHead = read.carryHead ?? null;
  });
  return tables;
}

/**
 * Indicators read from a header with no 指标值 column the vocabulary knows (一级 · 二级 · 三级 · 备注), or
 * no 三级 column (一级 · 二级 · 指标解释 · 指标值): every check of those fields would pass unseen, so the
 * table says its target values or its indicators' names were not read.
 */
function withUnreadColumns(table: Table): Table {
  if (table.kind !== "project" || table.indicators.length === 0 || table.indicatorHeaderRow === null) return table;
  const missing: MissingField[] = [];
  if (table.columns.value === undefined && table.columns.periodValue === undefined && table.indicators.every((i) => i.value === null && i.periodValue === null)) {
    missing.push({ field: "indicator-values", cell: a1(table.indicatorHeaderRow, table.columns.level3 ?? table.range.left) });
  }
  if (table.columns.level3 === undefined && table.indicators.every((i) => i.level3 === null)) {
    missing.push({ field: "indicator-names", cell: a1(table.indicatorHeaderRow, table.columns.description ?? table.range.left) });
  }
  return missing.length > 0 ? { ...table, missing: [...table.missing, ...missing] } : table;
}

/** The header words of what the checks read of an indicator: its categories, its name and its targets. */
const CHECKED_COLUMNS: ReadonlySet<IndicatorColumn> = new Set(["level1", "level2", "level3", "value", "annualValue", "periodValue"]);

/**
 * A header cell naming a 一级, 二级, 三级 or 指标值 column (in the header row, a row merged down into it,
 * or under a group merged across it: 年度 · 实施周期 under 指标值) that is none of the columns the table
 * reads (its header's columns, or a continued group's): whatever stands under it went unchecked, so the
 * table says so at that cell.
 */
function withUnreadHeaderCells(sheet: Sheet, table: Table): Table {
  if (table.kind !== "project" || table.indicatorHeaderRow === null) return table;
  const read = new Set([...Object.values(table.columns), ...table.indicators.flatMap((i) => Object.values(i.columns ?? {}))]);
  const missing: MissingField[] = headerCells(sheet, table.indicatorHeaderRow, table.range)
    .filter(({ row, col }) => !read.has(col) && namesCheckedColumn(sheet.key(row, col)))
    .map(({ row, col }) => ({ field: "indicator-columns", cell: a1(row, col) }));
  return missing.length > 0 ? { ...table, missing: [...table.missing, ...missing] } : table;
}

function namesCheckedColumn(key: string): boolean {
  const role = indicatorColumnOf(key);
  return role !== null && CHECKED_COLUMNS.has(role);
}

/** The cells of an indicator header within a table's columns: its row, words merged down into it, and sub-headers under a group merged across. */
function headerCells(sheet: Sheet, row: number, range: { left: number; right: number }): { row: number; col: number }[] {
  const within = (r: number): number[] => (r >= 0 && r < sheet.height ? sheet.filledColumns(r).filter((c) => c >= range.left && c <= range.right) : []);
  const above = within(row - 1).filter((c) => (sheet.mergeAt(row - 1, c)?.bottom ?? row - 1) >= row);
  const below = within(row + 1).filter((c) => {
    const group = sheet.mergeAt(row, c);
    return group !== undefined && group.right > group.left && group.bottom === row;
  });
  return [...above.map((col) => ({ row: row - 1, col })), ...within(row).map((col) => ({ row, col })), ...below.map((col) => ({ row: row + 1, col }))];
}

/** What a page or column group of a table could not read of its own: its indicators, their values or names. */
const INDICATOR_FIELDS: ReadonlySet<ReadingField> = new Set(["indicators", "indicator-values", "indicator-names"]);

/** A table under a title such as "申报表（续表）", with no name of its own: the next page of the table before it. */
function continues(table: Table, previous: Table): boolean {
  if (table.kind !== "project" || previous.kind !== "project" || table.layout !== previous.layout || !table.title) return false;
  return isContinuationTitle(labelKey(table.title.value)) && (table.name.cell === table.title.cell || table.missing.some((m) => m.field === "name"));
}

function joined(previous: ProjectTable, more: ProjectTable): ProjectTable {
  const range = { top: previous.range.top, left: Math.min(previous.range.left, more.range.left), bottom: Math.max(previous.range.bottom, more.range.bottom), right: Math.max(previous.range.right, more.range.right) };
  // What the continuation could not find of its own (a name, a budget) is the first page's.
  const missing = more.missing.filter((m) => INDICATOR_FIELDS.has(m.field));
  return { ...previous, indicators: [...previous.indicators, ...more.indicators], range, missing: [...previous.missing, ...missing] };
}

function uniqueIds(tables: Table[]): Table[] {
  const seen = new Map<string, number>();
  return tables.map((t) => {
    const n = (seen.get(t.id) ?? 0) + 1;
    seen.set(t.id, n);
    return n === 1 ? t : { ...t, id: `${t.id}（${n}）` };
  });
}
