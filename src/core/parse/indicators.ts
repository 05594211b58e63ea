import { a1 } from "../grid/address";
import type { Indicator, IndicatorField, Sourced } from "../model/model";
import { parseIndicatorValue } from "../value/parse-indicator-value";
import { indicatorColumnOf, type IndicatorColumn } from "./labels";
import type { Sheet } from "./sheet";

export type IndicatorColumns = Partial<Record<IndicatorColumn, number>>;

export interface IndicatorHeader {
  /** First header row. */
  readonly row: number;
  /** Last header row (a second row holds sub-headers such as 年度指标值 / 实施周期指标值). */
  readonly lastRow: number;
  readonly columns: IndicatorColumns;
}

/** Maps header words in a row to indicator columns; the first column found for a field wins. */
function mapHeaderRow(sheet: Sheet, row: number, into: IndicatorColumns): void {
  for (const c of sheet.filledColumns(row)) {
    const field = indicatorColumnOf(sheet.key(row, c));
    if (field && into[field] === undefined) into[field] = c;
  }
}

/** A row is an indicator header when it names the 一级 and 二级 columns and a 三级 or a value column. */
export function detectIndicatorHeader(sheet: Sheet, row: number): IndicatorHeader | null {
  const columns: IndicatorColumns = {};
  mapHeaderRow(sheet, row, columns);
  if (columns.level1 === undefined || columns.level2 === undefined) return null;
  let lastRow = row;
  // A merged 指标值 group may be split one row below: 年度指标值 / 实施周期指标值, or 指标性质 / 指标值 / 度量单位.
  if (row + 1 < sheet.height) {
    const below: IndicatorColumns = {};
    mapHeaderRow(sheet, row + 1, below);
    const belowFields = Object.keys(below) as IndicatorColumn[];
    if (belowFields.length > 0 && below.level1 === undefined && !hasIndicatorData(sheet, row + 1, columns)) {
      for (const f of belowFields) if (columns[f] === undefined || f === "value") columns[f] = below[f]!;
      lastRow = row + 1;
    }
  }
  if (columns.level3 === undefined && valueColumn(columns) === undefined) return null;
  return { row, lastRow, columns };
}

function hasIndicatorData(sheet: Sheet, row: number, columns: IndicatorColumns): boolean {
  const c1 = columns.level1;
  return c1 !== undefined && /指标$/u.test(sheet.key(row, c1)) && !/^[一二三]级指标$/u.test(sheet.key(row, c1));
}

export function valueColumn(columns: IndicatorColumns): number | undefined {
  return columns.annualValue ?? columns.value ?? columns.valueOnly ?? columns.standard;
}

const OPERATOR_WORDS: Record<string, string> = {
  正向指标: "≥",
  反向指标: "≤",
  大于等于: "≥",
  小于等于: "≤",
  等于: "=",
  大于: ">",
  小于: "<",
  定性: "",
  定量: "",
};

/** Joins 指标性质 · 指标值 · 度量单位 into one value text, as the single-column templates write it. */
function joinSplitValue(operator: string, value: string, unit: string): string {
  const op = OPERATOR_WORDS[operator] ?? operator;
  const u = value.endsWith(unit) ? "" : unit;
  return `${op}${value}${u}`;
}

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
  let level1: Sourced<string> | null = null;
  let level2: Sourced<string> | null = null;
  let lastRow = header.lastRow;
  const from = rowRange?.from ?? header.lastRow + 1;
  const to = rowRange?.to ?? sheet.height - 1;
  for (let r = from; r <= to; r++) {
    if (!rowRange && isStop(r)) break;
    const l1Cell = cols.level1 !== undefined ? sheet.sourced(r, cols.level1) : null;
    const l2Cell = cols.level2 !== undefined ? sheet.sourced(r, cols.level2) : null;
    const empty = rowEmpty(sheet, r, cols);
    if (empty && !l1Cell && !l2Cell) {
      // A blank row ends the part unless a merged 一级 cell runs past it.
      const m = cols.level1 !== undefined ? sheet.mergeAt(r, cols.level1) : undefined;
      if (rowRange || (m && m.bottom > r)) continue;
      break;
    }
    if (!rowRange && isNoteRow(sheet, r)) break;
    if (l1Cell) {
      if (!level1 || l1Cell.value !== level1.value || l1Cell.cell !== level1.cell) level2 = null;
      level1 = l1Cell;
    } else if (cols.level1 !== undefined) {
      const anchor = sheet.anchor(r, cols.level1);
      if (anchor.row !== r) level1 = sheet.sourced(anchor.row, anchor.col) ?? level1;
    }
    if (l2Cell) level2 = l2Cell;
    else if (cols.level2 !== undefined) {
      const anchor = sheet.anchor(r, cols.level2);
      if (anchor.row !== r) level2 = sheet.sourced(anchor.row, anchor.col) ?? level2;
    }
    lastRow = r;
    const get = (f: IndicatorColumn): Sourced<string> | null => (cols[f] !== undefined ? sheet.sourced(r, cols[f]!) : null);
    let value = get("annualValue") ?? get("value") ?? get("valueOnly") ?? (cols.value === undefined && cols.annualValue === undefined ? get("standard") : null);
    if (cols.operator !== undefined || cols.unit !== undefined) {
      const v = value ?? null;
      const op = get("operator")?.value ?? "";
      const unit = get("unit")?.value ?? "";
      if (v) value = { value: joinSplitValue(op, v.value, unit), cell: v.cell };
    }
    const weightCell = cols.weight !== undefined ? sheet.value(r, cols.weight) : null;
    const weightNumber = typeof weightCell === "number" ? weightCell : typeof weightCell === "string" && /^\s*\d+(\.\d+)?\s*(分)?\s*$/u.test(weightCell) ? parseFloat(weightCell) : null;
    indicators.push({
      row: r,
      level1,
      level2,
      level3: get("level3"),
      description: get("description"),
      value,
      periodValue: cols.annualValue !== undefined ? get("periodValue") : null,
      parsedValue: value ? parseIndicatorValue(sheet.value(r, valueCellCol(cols)) ?? value.value) : null,
      basis: get("basis"),
      weight: weightNumber !== null ? { value: weightNumber, cell: a1(r, cols.weight!) } : null,
      lastYear: get("lastYear"),
    });
    if (cols.operator !== undefined || cols.unit !== undefined) {
      const last = indicators[indicators.length - 1]!;
      indicators[indicators.length - 1] = { ...last, parsedValue: last.value ? parseIndicatorValue(last.value.value) : null };
    }
  }
  return { indicators, lastRow };
}

function valueCellCol(cols: IndicatorColumns): number {
  return cols.annualValue ?? cols.value ?? cols.valueOnly ?? cols.standard ?? -1;
}

/** "注：…", "备注", "填报说明" lines under a table. */
export function isNoteRow(sheet: Sheet, row: number): boolean {
  const filled = sheet.filledColumns(row);
  if (filled.length !== 1) return false;
  return /^(?:注|备注|说明|填报说明|填表说明)[:：、]?/u.test(sheet.key(row, filled[0]!));
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
