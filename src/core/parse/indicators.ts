import { a1 } from "../grid/address";
import { displayCategory, isKnownLevel2, level1Of, parentOfLevel2 } from "../model/framework";
import { storedValue, type Indicator, type IndicatorField, type Sourced, type TemplateRow } from "../model/model";
import { parseIndicatorValue } from "../value/parse-indicator-value";
import { alternation } from "../vocabulary/match";
import { FOOTER_WORDS, NOTE_WORDS } from "../vocabulary/notes";
import { CANONICAL_SYMBOL, DIRECTION_WORDS, OPERATOR_SYMBOLS, OPERATOR_WORDS } from "../vocabulary/operators";
import { indicatorNameWithoutNumbering, isPlaceholder } from "../vocabulary/placeholders";
import { endsAsSection, indicatorColumnOf, isLevelHeaderWord, isTotalLabel, mayBeIndicatorHeaderKey, isOutlineNameHeader, valuePeriodOf, isValueNumberWord, type IndicatorColumn } from "../vocabulary/labels";
import { CATEGORY_ENDING, categoryNameWithoutNumbering, POINTS_UNIT } from "../vocabulary/categories";
import { detectCostHeader } from "./cost-table";
import type { Sheet } from "./sheet";

export type IndicatorColumns = Partial<Record<IndicatorColumn, number>>;

export interface IndicatorHeader {
  /** First header row. */
  readonly row: number;
  /** Last header row (a second row holds sub-headers such as 年度指标值 / 实施周期指标值). */
  readonly lastRow: number;
  readonly columns: IndicatorColumns;
  /** 一级 and 二级 given by rows of their own above their indicators (一、产出指标 / （一）数量指标), not by columns. */
  readonly outline?: boolean;
  /** In an outline, the column left of the names (序号) where the categories stand: a 一级 merged down, or 一、产出指标 written there. */
  readonly categoryColumn?: number;
}

/** Maps header words in a row to indicator columns; the first column found for a field wins. */
function mapHeaderRow(sheet: Sheet, row: number, into: IndicatorColumns): void {
  for (const c of sheet.filledColumns(row)) {
    const field = indicatorColumnOf(sheet.key(row, c));
    if (field && into[field] === undefined) into[field] = c;
  }
}

/**
 * Header words merged down into this row from the row above (指标值 over both rows of a header whose
 * first row groups 一级 | 二级 | 三级 under 绩效指标): they name their columns in this row too.
 */
function mapMergedFromAbove(sheet: Sheet, row: number, into: IndicatorColumns): void {
  if (row === 0) return;
  for (const c of sheet.filledColumns(row - 1)) {
    const anchor = sheet.anchor(row, c);
    if (anchor.row !== row - 1 || anchor.col !== c) continue;
    const field = indicatorColumnOf(sheet.key(row - 1, c));
    if (field && into[field] === undefined) into[field] = c;
  }
}

/** 年度 · 实施期 written under a 指标值 cell merged across them: the value split by period. */
function mapValuePeriods(sheet: Sheet, row: number, header: IndicatorColumns, into: IndicatorColumns): void {
  const valueCol = header.value;
  if (valueCol === undefined) return;
  for (const c of sheet.filledColumns(row + 1)) {
    const above = sheet.anchor(row, c);
    if (above.row !== row || above.col !== valueCol) continue;
    const key = sheet.key(row + 1, c);
    const field = valuePeriodOf(key) ?? (isValueNumberWord(key) ? "value" : null);
    if (field && into[field] === undefined) into[field] = c;
  }
}

/**
 * A row is an indicator header when it names the 一级 and 二级 columns and a 三级 or a value column,
 * or, in templates without a 一级 column, the 二级, the 三级 and a value column (the 一级 follows from the 二级),
 * or, in templates without a 二级 column, the 一级, the 三级 (or 指标内容) and a value column.
 */
export function detectIndicatorHeader(sheet: Sheet, row: number): IndicatorHeader | null {
  const columns: IndicatorColumns = {};
  mapHeaderRow(sheet, row, columns);
  if (columns.level2 === undefined && columns.level1 === undefined) return null;
  mapMergedFromAbove(sheet, row, columns);
  // Without a 二级 column: a 一级, a name (三级 or 指标内容) and a value column (一级指标 | 三级指标 | 指标值).
  if (columns.level2 === undefined && ((columns.level3 ?? columns.content) === undefined || valueColumn(columns) === undefined)) return null;
  if (columns.level1 === undefined && (columns.level3 === undefined || valueColumn(columns) === undefined)) return null;
  let lastRow = row;
  // A merged 指标值 group may be split one row below: 年度指标值 / 实施周期指标值, or 指标性质 / 指标值 / 度量单位.
  if (row + 1 < sheet.height) {
    const below: IndicatorColumns = {};
    mapHeaderRow(sheet, row + 1, below);
    mapValuePeriods(sheet, row, columns, below);
    const belowFields = Object.keys(below) as IndicatorColumn[];
    if (belowFields.length > 0 && below.level1 === undefined && !hasIndicatorData(sheet, row + 1, columns)) {
      for (const f of belowFields) if (columns[f] === undefined || f === "value") columns[f] = below[f]!;
      lastRow = row + 1;
    }
  }
  if ((columns.level3 ?? columns.content) === undefined && valueColumn(columns) === undefined) return null;
  if ((columns.level3 ?? columns.content) === undefined) {
    const named = generalNameColumn(sheet, row, lastRow, columns);
    if (named !== undefined) columns.level3 = named;
  }
  return { row, lastRow, columns: withContentPlaced(columns) };
}

/**
 * Where no header word names the 三级, a general one (绩效指标, 指标, 考核指标) heading a column of its own
 * does; the same word merged down the left of the rows labels the whole indicator part instead.
 */
function generalNameColumn(sheet: Sheet, row: number, lastRow: number, columns: IndicatorColumns): number | undefined {
  const mapped = new Set(Object.values(columns));
  return sheet.filledColumns(row).find((c) => !mapped.has(c) && isOutlineNameHeader(sheet.key(row, c)) && (sheet.mergeAt(row, c)?.bottom ?? row) <= lastRow);
}

/**
 * 指标内容 names each indicator where no 三级 column is written, and describes it where one is; an
 * explanation (指标解释, 指标说明) is only ever the description.
 */
function withContentPlaced(columns: IndicatorColumns): IndicatorColumns {
  const { content, ...rest } = columns;
  if (content === undefined) return columns;
  if (rest.level3 === undefined) return { ...rest, level3: content };
  return rest.description === undefined ? { ...rest, description: content } : rest;
}

/**
 * 序号 | 绩效指标 | 指标值 over rows that name a 一级 category in the 三级 column with no value (一、产出指标),
 * as forms typed in a word processor lay them out: the categories are rows, the indicators under them.
 */
function outlineBelow(sheet: Sheet, row: number, columns: IndicatorColumns): boolean {
  const names = columns.level3;
  const values = valueColumn(columns);
  if (names === undefined || values === undefined) return false;
  const next = row + 1 < sheet.height ? row + 1 : row;
  return level1Of(sheet.text(next, names)) !== null && sheet.blank(next, values);
}

/** In an outline, a row naming a category (一、产出指标, （一）数量指标) with no value: what it names, or null. */
function outlineCategory(sheet: Sheet, row: number, header: IndicatorHeader): "level1" | "level2" | null {
  const names = header.columns.level3!;
  const values = valueColumn(header.columns)!;
  if (!header.outline || !sheet.blank(row, values)) return null;
  const text = sheet.text(row, names);
  if (level1Of(text) !== null) return "level1";
  return isKnownLevel2(text) ? "level2" : null;
}

function indicatorHeaderIn(sheet: Sheet, row: number): IndicatorHeader | null {
  const byWords = sheet.rowHasKey(row, mayBeIndicatorHeaderKey) ? detectIndicatorHeader(sheet, row) : null;
  return byWords ?? outlineHeaderAt(sheet, row) ?? headerByContents(sheet, row) ?? categoryOutlineAt(sheet, row);
}

/**
 * A header whose level words the vocabulary does not know (指标类别 | 指标子类 | 考核内容 | 指标值): the
 * first indicator row under it tells, a 一级 category (产出指标) with a known 二级 (数量指标) in the
 * next filled column. The 三级 is then the next header column; the value column is only ever taken
 * from its header word, so a table without one is reported as unread rather than guessed.
 */
function headerByContents(sheet: Sheet, row: number): IndicatorHeader | null {
  if (row + 1 >= sheet.height) return null;
  const heads = sheet.filledColumns(row);
  // A header is words: a row with a number in it (预算数 | 100 | 财政资金 | 100) is a line of the head.
  if (heads.length < 3 || heads.some((c) => typeof sheet.value(row, c) !== "string" || /^[\d.,，%]+$/u.test(sheet.key(row, c)))) return null;
  const below = sheet.filledColumns(row + 1);
  const at = below.findIndex((c) => level1Of(sheet.text(row + 1, c)) !== null);
  const level1 = below[at];
  const level2 = below[at + 1];
  if (level1 === undefined || level2 === undefined || !isKnownLevel2(sheet.text(row + 1, level2))) return null;
  // The header's own cells over them must be header text, not another indicator row.
  if (!heads.includes(level1) || !heads.includes(level2)) return null;
  if (level1Of(sheet.text(row, level1)) !== null || isKnownLevel2(sheet.text(row, level2))) return null;
  const columns: IndicatorColumns = {};
  mapHeaderRow(sheet, row, columns);
  if (columns.level1 !== undefined && columns.level2 !== undefined) return null;
  columns.level1 = level1;
  columns.level2 = level2;
  if (columns.level3 === undefined || columns.level3 <= level2) {
    const mapped = new Set(Object.values(columns));
    const next = heads.find((c) => c > level2 && !mapped.has(c));
    if (next === undefined) return null;
    columns.level3 = next;
  }
  return { row, lastRow: row, columns };
}

/** An outline's header: a name column (绩效指标, 指标名称) and a value column over a row naming a 一级 category. */
function outlineHeaderAt(sheet: Sheet, row: number): IndicatorHeader | null {
  const columns = outlineColumnsAt(sheet, row);
  return columns && outlineBelow(sheet, row, columns) ? { row, lastRow: row, columns, outline: true } : null;
}

/** An outline's header over a first row whose 一级 stands in the 序号 column (merged down, or 一、产出指标 there). */
function categoryOutlineAt(sheet: Sheet, row: number): IndicatorHeader | null {
  const columns = outlineColumnsAt(sheet, row);
  const categoryColumn = columns ? categoryColumnBelow(sheet, row, columns) : undefined;
  return columns && categoryColumn !== undefined ? { row, lastRow: row, columns, outline: true, categoryColumn } : null;
}

/** An outline header's columns: a name column and a value column, and no 一级 or 二级 column. */
function outlineColumnsAt(sheet: Sheet, row: number): IndicatorColumns | null {
  const columns: IndicatorColumns = {};
  mapHeaderRow(sheet, row, columns);
  if (columns.level1 !== undefined || columns.level2 !== undefined || valueColumn(columns) === undefined) return null;
  if (columns.level3 === undefined) {
    const named = sheet.filledColumns(row).find((c) => isOutlineNameHeader(sheet.key(row, c)));
    if (named === undefined) return null;
    columns.level3 = named;
  }
  return columns;
}

/**
 * A column left of an outline's names (its 序号 column) whose first row below the header names a 一级
 * category: category words in the first column of an indicator table are its categories.
 */
function categoryColumnBelow(sheet: Sheet, row: number, columns: IndicatorColumns): number | undefined {
  const names = columns.level3!;
  if (row + 1 >= sheet.height) return undefined;
  for (let c = 0; c < names; c++) if (level1Of(sheet.text(row + 1, c)) !== null) return c;
  return undefined;
}

interface Levels {
  readonly level1: Sourced<string> | null;
  readonly level2: Sourced<string> | null;
}

/**
 * The 一级 and 二级 after what an outline's category column says at a row (its merged cell's text), and
 * whether the row is only that: a section row (一、产出指标 with nothing beside it) heading the rows below.
 */
function levelsInCategoryColumn(sheet: Sheet, row: number, header: IndicatorHeader, levels: Levels): Levels & { section: boolean } {
  const col = header.categoryColumn;
  if (col === undefined) return { ...levels, section: false };
  const anchor = sheet.anchor(row, col);
  const field = category(sheet.sourced(anchor.row, anchor.col));
  const section = sheet.blank(row, header.columns.level3!) && sheet.blank(row, valueColumn(header.columns)!);
  if (field && level1Of(field.value) !== null) {
    return field.cell === levels.level1?.cell ? { ...levels, section: false } : { level1: field, level2: null, section };
  }
  if (field && isKnownLevel2(field.value)) {
    return field.cell === levels.level2?.cell ? { ...levels, section: false } : { level1: levels.level1 ?? inferredLevel1(field), level2: field, section };
  }
  return { ...levels, section: false };
}

/** The indicator header whose key row is `row` (once per sheet and row: several layouts ask), or null. */
export function indicatorHeaderAt(sheet: Sheet, row: number): IndicatorHeader | null {
  return sheet.memo(indicatorHeaderIn, row);
}

function hasIndicatorData(sheet: Sheet, row: number, columns: IndicatorColumns): boolean {
  const c1 = columns.level1;
  return c1 !== undefined && sheet.key(row, c1).endsWith(CATEGORY_ENDING) && !isLevelHeaderWord(sheet.key(row, c1));
}

export function valueColumn(columns: IndicatorColumns): number | undefined {
  return columns.annualValue ?? columns.value ?? columns.standard;
}

/** What 指标性质 / 指标方向性 cells say, as the operator a single-column template would write. */
const DIRECTION_OPERATOR: ReadonlyMap<string, string> = new Map([
  ...DIRECTION_WORDS.map(([word, op]) => [word, op === null ? "" : CANONICAL_SYMBOL[op]] as const),
  ...OPERATOR_WORDS.map(([word, op]) => [word, CANONICAL_SYMBOL[op]] as const),
]);
const OPERATOR_SYMBOL = new RegExp(`^(?:${alternation(OPERATOR_SYMBOLS.map(([symbol]) => symbol))}|[＞＜＝]|＞＝|＜＝)$`, "u");
const LEADING_OPERATOR = new RegExp(`^\\s*(?:${alternation([...OPERATOR_SYMBOLS.map(([symbol]) => symbol), ...OPERATOR_WORDS.map(([word]) => word)])}|[＞＜＝]|\\$?\\\\[gl]e)`, "u");
const LEADING_NUMBER = /^\s*[-+]?[\d０-９.．]/u;
const TRAILING_NUMBER = /[\d０-９.．]\s*$/u;

/** What a 指标性质 / 符号 cell holds when it is one: an operator symbol or a direction word (正向, 反向, 定性 …). */
function isOperatorText(text: string): boolean {
  const word = text.replace(/\s+/gu, "");
  return DIRECTION_OPERATOR.has(word) || OPERATOR_SYMBOL.test(word);
}

/**
 * Joins 指标性质 · 指标值 · 度量单位 into one value text, as the single-column templates write it.
 * The operator goes only before a bare number and the unit only after one: "定性 · 有效提升" stays
 * "有效提升", and a value that already carries its operator keeps it.
 */
export function joinSplitValue(operator: string, value: string, unit: string): string {
  const word = operator.replace(/\s+/gu, "");
  const op = DIRECTION_OPERATOR.get(word) ?? (OPERATOR_SYMBOL.test(word) ? word : "");
  const prefix = op !== "" && LEADING_NUMBER.test(value) && !LEADING_OPERATOR.test(value) ? op : "";
  const suffix = unit !== "" && TRAILING_NUMBER.test(value) ? unit : "";
  return `${prefix}${value}${suffix}`;
}

/** A weight written as text: 10, 10分, 10%. */
const WEIGHT = new RegExp(`^\\s*\\d+(\\.\\d+)?\\s*(${POINTS_UNIT}|%)?\\s*$`, "u");

/** True when the row carries no indicator content in any mapped column but 一级/二级. */
function rowEmpty(sheet: Sheet, row: number, columns: IndicatorColumns): boolean {
  for (const [field, col] of Object.entries(columns) as [IndicatorColumn, number][]) {
    if (field === "level1" || field === "level2") continue;
    if (!sheet.blank(row, col)) return false;
  }
  return true;
}

export interface IndicatorRowsResult {
  readonly indicators: Indicator[];
  /** Rows of the template left unfilled (三级 and 指标值 blank or placeholders): not indicators. */
  readonly templateRows: TemplateRow[];
  /** Last row that belongs to the indicator part. */
  readonly lastRow: number;
}

/**
 * Reads indicator rows below a header until a blank row or something that is not an indicator.
 * `isStop(row)` lets the caller end the part at the next block's head.
 */
export function readIndicatorRows(
  sheet: Sheet,
  header: IndicatorHeader,
  isStop: (row: number) => boolean,
  rowRange?: { from: number; to: number },
): IndicatorRowsResult {
  const cols = header.columns;
  const indicators: Indicator[] = [];
  const templateRows: TemplateRow[] = [];
  let level1: Sourced<string> | null = null;
  let level2: Sourced<string> | null = null;
  let lastRow = header.lastRow;
  const from = rowRange?.from ?? header.lastRow + 1;
  const to = rowRange?.to ?? sheet.height - 1;
  for (let r = from; r <= to; r++) {
    if (!rowRange && isStop(r)) break;
    const inColumn = levelsInCategoryColumn(sheet, r, header, { level1, level2 });
    ({ level1, level2 } = inColumn);
    if (inColumn.section) {
      lastRow = r;
      continue;
    }
    const l1Cell = cols.level1 !== undefined ? category(sheet.sourced(r, cols.level1)) : null;
    const l2Cell = cols.level2 !== undefined ? category(sheet.sourced(r, cols.level2)) : null;
    const empty = rowEmpty(sheet, r, cols);
    if (empty && !l1Cell && !l2Cell) {
      // A blank row ends the part unless a merged 一级 or 二级 cell runs past it.
      if (rowRange || mergedPast(sheet, r, cols.level1) || mergedPast(sheet, r, cols.level2)) continue;
      // Rows left blank inside the part (a deleted indicator) do not end it when indicators follow.
      if (indicatorsResume(sheet, r, to, cols, isStop)) continue;
      break;
    }
    if (!rowRange && (isNoteRow(sheet, r) || closesIndicatorPart(sheet, r, cols))) break;
    const outlined = outlineCategory(sheet, r, header);
    if (outlined) {
      const named = category(sheet.sourced(r, cols.level3!));
      if (outlined === "level1") [level1, level2] = [named, null];
      else level2 = named;
      lastRow = r;
      continue;
    }
    if (l1Cell && isCategoryBanner(sheet, r, cols)) {
      // "产出指标" written across the table above its rows: it names the 一级 of what follows.
      level1 = l1Cell;
      level2 = null;
      lastRow = r;
      continue;
    }
    if (l1Cell) {
      if (!level1 || l1Cell.value !== level1.value || l1Cell.cell !== level1.cell) level2 = null;
      level1 = l1Cell;
    } else level1 = carriedCategory(sheet, r, cols.level1, level1);
    level2 = l2Cell ?? carriedCategory(sheet, r, cols.level2, level2);
    if (cols.level1 === undefined && !header.outline) level1 = level2 ? inferredLevel1(level2) : null;
    lastRow = r;
    const get = (f: IndicatorColumn): Sourced<string> | null => (cols[f] !== undefined ? sheet.sourced(r, cols[f]!) : null);
    const { value, split } = targetOf(cols, get);
    const level3 = unnumbered(get("level3") ?? mergedFromAbove(sheet, r, cols.level3));
    const periodValue = cols.annualValue !== undefined ? get("periodValue") : null;
    if ([level3, value, periodValue, get("description")].every(unfilled)) {
      templateRows.push({ row: r, level3: filled(level3), value: filled(value) });
      continue;
    }
    const weightCell = cols.weight !== undefined ? sheet.value(r, cols.weight) : null;
    const weightNumber = typeof weightCell === "number" ? weightCell : typeof weightCell === "string" && WEIGHT.test(weightCell) ? parseFloat(weightCell) : null;
    indicators.push({
      row: r,
      level1,
      level2,
      level3,
      description: get("description"),
      value,
      periodValue,
      // A number cell is parsed as the number it holds, not as its display text.
      parsedValue: value ? parseIndicatorValue(split ? value.value : sheet.value(r, valueCellCol(cols)) ?? value.value) : null,
      basis: get("basis"),
      weight: weightNumber !== null ? { value: weightNumber, cell: a1(r, cols.weight!) } : null,
      lastYear: get("lastYear"),
    });
  }
  return { indicators, templateRows, lastRow };
}

/** A row's target: 年度指标值 or 指标值 (评分标准 where there is neither), joined from 指标性质 · 指标值 · 度量单位 when split. */
function targetOf(cols: IndicatorColumns, get: (f: IndicatorColumn) => Sourced<string> | null): { value: Sourced<string> | null; split: boolean } {
  const raw = get("annualValue") ?? get("value") ?? (cols.value === undefined && cols.annualValue === undefined ? get("standard") : null);
  const split = cols.operator !== undefined || cols.unit !== undefined;
  // "长期" typed into the 符号 cell of 符号 | 数值 | 单位 with the others blank: a qualitative target, not an operator.
  const typedInOperator = !raw && split ? get("operator") : null;
  if (typedInOperator && !isOperatorText(typedInOperator.value)) return { value: typedInOperator, split: true };
  return { value: raw && split ? { value: joinSplitValue(get("operator")?.value ?? "", raw.value, get("unit")?.value ?? ""), cell: raw.cell } : raw, split };
}

/** A field as the rules read it, its numbering dropped by `unnumber`; the cell keeps what it holds as `raw`. */
function withoutNumbering(field: Sourced<string> | null, unnumber: (text: string) => string): Sourced<string> | null {
  if (!field) return null;
  const name = unnumber(field.value);
  return name === field.value ? field : { value: name, cell: field.cell, raw: storedValue(field) };
}

/** A 一级 or 二级 without its outline number (一、产出指标 → 产出指标). */
function category(field: Sourced<string> | null): Sourced<string> | null {
  return withoutNumbering(field, categoryNameWithoutNumbering);
}

/** A 一级 or 二级 cell merged down from a row above names this row too; otherwise the category goes on. */
function carriedCategory(sheet: Sheet, row: number, col: number | undefined, current: Sourced<string> | null): Sourced<string> | null {
  if (col === undefined) return current;
  const anchor = sheet.anchor(row, col);
  return anchor.row !== row ? category(sheet.sourced(anchor.row, anchor.col)) ?? current : current;
}

/** A 三级 name without the template's numbering (指标1：培训人数 → 培训人数). */
function unnumbered(field: Sourced<string> | null): Sourced<string> | null {
  return withoutNumbering(field, indicatorNameWithoutNumbering);
}

/** The template rows a table keeps for the rules: those that still print placeholder text (a row left blank shows nothing). */
export function printedTemplateRows(rows: readonly TemplateRow[]): { templateRows?: readonly TemplateRow[] } {
  const printed = rows.filter((t) => t.level3 !== null || t.value !== null);
  return printed.length > 0 ? { templateRows: printed } : {};
}

/** A field with text in it; blank text (a space, a joined split value with nothing in it) is none. */
function filled(field: Sourced<string> | null): Sourced<string> | null {
  return field && field.value.trim() !== "" ? field : null;
}

/** A field a template row leaves as it came: blank, or a placeholder (指标1, ……, ≥**%). */
function unfilled(field: Sourced<string> | null): boolean {
  return field === null || isPlaceholder(field.value);
}

/** The 一级 a 二级 belongs to, for tables without a 一级 column: 数量指标 → 产出指标, 服务对象满意度指标 → 满意度指标. */
function inferredLevel1(level2: Sourced<string>): Sourced<string> | null {
  const parent = parentOfLevel2("2021", level2.value) ?? parentOfLevel2("legacy", level2.value);
  return parent ? { value: displayCategory(parent), cell: level2.cell } : null;
}

function mergedPast(sheet: Sheet, row: number, col: number | undefined): boolean {
  const m = col !== undefined ? sheet.mergeAt(row, col) : undefined;
  return m !== undefined && m.bottom > row;
}

/**
 * A row shaped like one of the table's indicator rows: a cell under each of its 一级, 二级, 三级 and 指标值
 * columns (a merged 一级 or 二级 from above counts) and no header word among them. Such a row goes on with
 * the table even where it was taken for the next table's header: what its 一级 says is for the rules.
 */
export function isIndicatorShapedRow(sheet: Sheet, row: number, columns: IndicatorColumns): boolean {
  const value = valueColumn(columns);
  if (columns.level3 === undefined || value === undefined || (columns.level1 === undefined && columns.level2 === undefined)) return false;
  const cells = [columns.level1, columns.level2, columns.level3, value].filter((c): c is number => c !== undefined);
  const filledAt = (c: number): boolean => {
    const at = sheet.anchor(row, c);
    return !sheet.blank(at.row, at.col);
  };
  if (!cells.every(filledAt)) return false;
  return sheet.filledColumns(row).every((c) => indicatorColumnOf(sheet.key(row, c)) === null && !isLevelHeaderWord(sheet.key(row, c)));
}

/** The next non-blank row, within three, starts with a known 一级 or 二级, or is shaped like an indicator row: the part goes on. */
function indicatorsResume(sheet: Sheet, row: number, to: number, cols: IndicatorColumns, isStop: (row: number) => boolean): boolean {
  for (let r = row + 1; r <= Math.min(to, row + 3); r++) {
    if (sheet.rowBlank(r)) continue;
    if (isStop(r)) return false;
    const l1 = cols.level1 !== undefined ? sheet.text(r, cols.level1) : "";
    const l2 = cols.level2 !== undefined ? sheet.text(r, cols.level2) : "";
    return (l1 !== "" && level1Of(l1) !== null) || (l2 !== "" && isKnownLevel2(l2)) || isIndicatorShapedRow(sheet, r, cols);
  }
  return false;
}

/** A 三级 cell merged down over several value rows names every one of them. */
function mergedFromAbove(sheet: Sheet, row: number, col: number | undefined): Sourced<string> | null {
  if (col === undefined) return null;
  const anchor = sheet.anchor(row, col);
  return anchor.row !== row ? sheet.sourced(anchor.row, anchor.col) : null;
}

function valueCellCol(cols: IndicatorColumns): number {
  return cols.annualValue ?? cols.value ?? cols.standard ?? -1;
}

/**
 * Rows that close an indicator table without being indicators: a 合计 line under the weights,
 * or the title of what follows (a cost breakdown, a second table) in one wide cell.
 */
function closesIndicatorPart(sheet: Sheet, row: number, cols: IndicatorColumns): boolean {
  const filled = sheet.filledColumns(row);
  const first = filled[0];
  if (first === undefined) return false;
  if (detectCostHeader(sheet, row, "万元") !== null) return true;
  const categoryEdge = Math.max(cols.level1 ?? 0, cols.level2 ?? 0);
  if (first <= categoryEdge && isTotalLabel(sheet.key(row, first))) return true;
  if (filled.length !== 1 || first > (cols.level1 ?? 0)) return false;
  if (isCategoryBanner(sheet, row, cols)) return false;
  if (spansToValue(sheet, row, first, cols)) return true;
  return endsAsSection(sheet.key(row, first));
}

function spansToValue(sheet: Sheet, row: number, col: number, cols: IndicatorColumns): boolean {
  const valueCol = valueColumn(cols) ?? cols.level3;
  return valueCol !== undefined && sheet.rightEdge(row, col) >= valueCol;
}

/** A 一级 category alone in a cell merged across the table, heading the rows below it. */
function isCategoryBanner(sheet: Sheet, row: number, cols: IndicatorColumns): boolean {
  const c = cols.level1;
  if (c === undefined || !spansToValue(sheet, row, c, cols) || level1Of(sheet.text(row, c)) === null) return false;
  const filled = sheet.filledColumns(row);
  return filled.length === 1 && filled[0] === c;
}

const NOTE = new RegExp(`^(?:${alternation(NOTE_WORDS)})[:：、]?`, "u");
/** A note's label in a cell of its own, or opening the note: "注：", "说明", "注1：…". */
const NOTE_LABEL = new RegExp(`^(?:${alternation(NOTE_WORDS)})(?:$|[:、\\d])`, "u");
/** The signature lines under a form: 填表人 · 联系电话 · 填报日期. */
const FOOTER_LABEL = new RegExp(`^(?:${alternation(FOOTER_WORDS)})(?:$|:)`, "u");

/** "注：…", "备注", "填报说明" lines and 填表人 / 联系电话 footers under a table. */
export function isNoteRow(sheet: Sheet, row: number): boolean {
  const filled = sheet.filledColumns(row);
  if (filled.length === 0) return false;
  const key = sheet.key(row, filled[0]!);
  if (filled.length === 1 && NOTE.test(key)) return true;
  return NOTE_LABEL.test(key) || FOOTER_LABEL.test(key);
}

/** Column map in the model's vocabulary, for fills and highlights. */
export function modelColumns(columns: IndicatorColumns): Partial<Record<IndicatorField, number>> {
  const out: Partial<Record<IndicatorField, number>> = {};
  const map: [IndicatorColumn, IndicatorField][] = [
    ["level1", "level1"],
    ["level2", "level2"],
    ["level3", "level3"],
    ["description", "description"],
    ["basis", "basis"],
    ["weight", "weight"],
    ["lastYear", "lastYear"],
    ["periodValue", "periodValue"],
    ["operator", "operator"],
    ["unit", "unit"],
  ];
  for (const [from, to] of map) if (columns[from] !== undefined) out[to] = columns[from];
  const v = valueColumn(columns);
  if (v !== undefined) out.value = v;
  return out;
}
