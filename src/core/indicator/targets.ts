/** The target cells of an indicator (指标值 / 年度指标值, 实施周期指标值) and how targets compare. */
import type { Indicator, ProjectTable, Sourced } from "../model/model";
import { stripSpaces, tidy } from "../text/normalize";
import type { IndicatorValue, NumericValue, Operator } from "../value/indicator-value";
import { normaliseIndicatorValue, parseIndicatorValue } from "../value/parse-indicator-value";
import { isMoneyUnit, moneyUnitFactor } from "../value/units";

/** One target cell of an indicator: 指标值 (or 年度指标值), and 实施周期指标值 where the layout has it. */
export interface Target {
  readonly field: "value" | "periodValue";
  readonly cell: string;
  readonly text: string;
  readonly parsed: IndicatorValue;
}

/** The indicator's targets; a 实施周期 value repeating the annual one in the same cell (encoded lists) is listed once. */
export function targetsOf(ind: Indicator): Target[] {
  const out: Target[] = [];
  if (ind.value) out.push({ field: "value", cell: ind.value.cell, text: ind.value.value, parsed: ind.parsedValue ?? parseIndicatorValue(ind.value.value) });
  const p = ind.periodValue;
  if (p && !(ind.value && ind.value.cell === p.cell && stripSpaces(ind.value.value) === stripSpaces(p.value))) {
    out.push({ field: "periodValue", cell: p.cell, text: p.value, parsed: parseIndicatorValue(p.value) });
  }
  return out;
}

/** A target with its indicator, and the whole cell's text when a fix may rewrite the cell (see wholeCellText). */
export interface TargetCell extends Target {
  readonly indicator: Indicator;
  readonly wholeCell: string | null;
}

/** Every target cell of a table once: merged cells shared by rows, and repeats in an encoded cell, count once. */
export function targetCells(table: ProjectTable): TargetCell[] {
  const out: TargetCell[] = [];
  const seen = new Set<string>();
  for (const indicator of table.indicators) {
    for (const target of targetsOf(indicator)) {
      const key = `${target.cell}\u0000${target.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...target, indicator, wholeCell: wholeCellText(table, indicator, target.field) });
    }
  }
  return out;
}

/**
 * The exact text of a value cell when the cell holds that one value and nothing else, or null:
 * decoded list cells hold many indicators, a line of text holds the name too, and split layouts (指标性质 · 指标值 · 度量单位) join
 * three cells into one value.
 */
export function wholeCellText(table: ProjectTable, ind: Indicator, field: "value" | "periodValue"): string | null {
  const sourced: Sourced<string> | null = ind[field];
  // A target in the cell of its own name is part of a line of text ("三级指标：…；指标值：≥300盏"), not the cell.
  if (!sourced || ind.codes !== undefined || sourced.cell === table.encodedCell || sourced.cell === ind.level3?.cell) return null;
  const columns = ind.columns ?? table.columns;
  if (columns.operator !== undefined || columns.unit !== undefined) return null;
  if (field === "periodValue") return sourced.value;
  // The parser keeps the untrimmed cell text in parsedValue.raw, so the edit's `from` matches the cell.
  const raw = ind.parsedValue?.raw;
  return raw !== undefined && stripSpaces(raw) === stripSpaces(sourced.value) ? raw : null;
}

/** The target as shown in messages. */
export function displayTarget(t: Target): string {
  return tidy(t.text);
}

/** A target that reads as a number, or null for periods, qualitative text and blanks. */
export function numericOf(text: string | null | undefined): NumericValue | null {
  if (text === null || text === undefined) return null;
  const v = parseIndicatorValue(text);
  return v.kind === "number" ? v : null;
}

/** The indicator's target as a number (the parsed 指标值 / 年度指标值). */
export function targetOf(ind: Indicator): NumericValue | null {
  return ind.parsedValue?.kind === "number" ? ind.parsedValue : null;
}

export function isLowerBound(op: Operator | null): boolean {
  return op === ">=" || op === ">";
}

export function isUpperBound(op: Operator | null): boolean {
  return op === "<=" || op === "<";
}

/**
 * Two values in one unit, or null when they measure different things. Money converts between
 * 元 / 万元 / 亿元; every other unit must match exactly (人 is not 人次, 天 is not 小时; two bare
 * numbers of one indicator count as the same unit).
 */
export function comparable(a: NumericValue, b: NumericValue): { readonly a: number; readonly b: number } | null {
  if (a.per.join("/") !== b.per.join("/")) return null;
  if (a.unit === b.unit) return { a: a.value, b: b.value };
  if (isMoneyUnit(a.unit) && isMoneyUnit(b.unit)) return { a: a.value * moneyUnitFactor(a.unit), b: b.value * moneyUnitFactor(b.unit) };
  return null;
}

const FLIPPED: Readonly<Record<Operator, Operator>> = { ">=": "<=", "<=": ">=", ">": "<", "<": ">", "=": "=" };

export function flipOperator(op: Operator): Operator {
  return FLIPPED[op];
}

export const OPERATOR_SYMBOL: Readonly<Record<Operator, string>> = { ">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<" };

/** The canonical spelling of a numeric target with its operator or unit replaced. */
export function rewriteTarget(v: NumericValue, change: { readonly operator?: Operator; readonly unit?: string }): string {
  return normaliseIndicatorValue({ ...v, operator: change.operator ?? v.operator, unit: change.unit ?? v.unit });
}
