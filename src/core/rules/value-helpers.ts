/**
 * Helpers for the value rules: which indicator values can be compared, and how a value cell may
 * be rewritten safely (only its spelling changes, never its meaning or any other text in it).
 */
import { LATEX_COMMANDS } from "../vocabulary/latex";
import type { Indicator, ProjectTable, Sourced } from "../model/model";
import { level1Of, level2Key } from "../model/framework";
import { stripSpaces } from "../text/normalize";
import type { IndicatorValue, NumericValue, Operator } from "../value/indicator-value";
import { numeralsToHalfWidth } from "../value/number-text";
import { normaliseIndicatorValue, parseIndicatorValue } from "../value/parse-indicator-value";
import { isMoneyUnit, moneyUnitFactor } from "../value/units";
import type { RuleReport } from "./types";

export function isLowerBound(op: Operator | null): boolean {
  return op === ">=" || op === ">";
}

export function isUpperBound(op: Operator | null): boolean {
  return op === "<=" || op === "<";
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

/** Cost rows (一级 成本指标, or 二级 成本指标 under 产出 in the legacy framework) are upper bounds. */
export function isCostIndicator(ind: Indicator): boolean {
  if (ind.level1 && level1Of(ind.level1.value) === "成本") return true;
  return ind.level2 !== null && level2Key(ind.level2.value).includes("成本");
}

/** The 三级 name for messages, or the 二级 when the 三级 is blank. */
export function indicatorName(ind: Indicator): string {
  return ind.level3?.value ?? ind.level2?.value ?? "";
}

/**
 * The exact text of a value cell when the cell holds that one value and nothing else, or null:
 * decoded list cells hold many indicators, and split layouts (指标性质 · 指标值 · 度量单位) join
 * three cells into one value.
 */
export function wholeCellText(table: ProjectTable, ind: Indicator, field: "value" | "periodValue"): string | null {
  const sourced: Sourced<string> | null = ind[field];
  if (!sourced || ind.codes !== undefined || sourced.cell === table.encodedCell) return null;
  if (table.columns.operator !== undefined || table.columns.unit !== undefined) return null;
  if (field === "periodValue") return sourced.value;
  // The parser keeps the untrimmed cell text in parsedValue.raw, so the edit's `from` matches the cell.
  const raw = ind.parsedValue?.raw;
  return raw !== undefined && stripSpaces(raw) === stripSpaces(sourced.value) ? raw : null;
}

const LATEX_SYMBOL: Readonly<Record<string, string>> = Object.fromEntries(LATEX_COMMANDS);
const LATEX_COMMAND = new RegExp(`\\\\(${LATEX_COMMANDS.map(([c]) => c).join("|")})(?![A-Za-z])`, "gu");

/** Text that OCR left as LaTeX: a $…$ span or a math command such as \geq or \%. */
export const LATEX_IN_TEXT = new RegExp(`\\$[^$]*\\$|\\\\(?:${LATEX_COMMANDS.map(([c]) => c).join("|")}|text|mathrm|%)(?![A-Za-z])`, "u");

/** Operator symbols the house spelling writes differently. */
const OPERATOR_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/>=|=>|≧|⩾|≮/gu, "≥"],
  [/<=|=<|≦|⩽|≯/gu, "≤"],
];

/**
 * The cell text with only its spelling artefacts removed (OCR LaTeX, full-width digits and ％,
 * operator variants, spaces); every other character stays as written.
 */
export function plainSpelling(raw: string): string {
  let text = raw;
  if (LATEX_IN_TEXT.test(text)) {
    text = text
      .replace(/\\(?:text|mathrm|textrm|rm|mbox)\s*\{([^{}]*)\}/gu, "$1")
      .replace(LATEX_COMMAND, (_m, command: string) => LATEX_SYMBOL[command] ?? "")
      .replace(/\\%/gu, "%")
      .replace(/\\[,;:! ]/gu, "")
      .replace(/[${}]/gu, "");
  }
  text = numeralsToHalfWidth(text).text;
  for (const [pattern, symbol] of OPERATOR_SPELLINGS) text = text.replace(pattern, symbol);
  return stripSpaces(text);
}

function sameMeaning(a: NumericValue, b: NumericValue): boolean {
  return (
    a.operator === b.operator &&
    a.value === b.value &&
    a.magnitude === b.magnitude &&
    a.unit === b.unit &&
    a.per.join("/") === b.per.join("/") &&
    a.prefix === b.prefix
  );
}

export type Respelling =
  /** The cell becomes the canonical value: nothing but artefacts differed. */
  | { readonly kind: "fix"; readonly to: string }
  /** The cell keeps other text (以上, 左右, a full stop); a person should confirm the rewrite. */
  | { readonly kind: "suggestion"; readonly to: string };

/**
 * How a numeric value cell could be respelt. A fix only when the artefact-free text is exactly
 * normaliseIndicatorValue(value); otherwise a suggestion when the rewrite still means the same.
 */
export function respell(raw: string, value: NumericValue): Respelling | null {
  const plain = plainSpelling(raw);
  if (plain === raw) return null;
  const reparsed = numericOf(plain);
  if (reparsed === null || !sameMeaning(reparsed, value) || reparsed.artefacts.length > 0) return null;
  return plain === normaliseIndicatorValue(value) ? { kind: "fix", to: plain } : { kind: "suggestion", to: plain };
}

/** One target cell of an indicator (指标值 / 年度指标值, or 实施周期指标值) with its parsed value. */
export interface TargetCell {
  readonly indicator: Indicator;
  readonly field: "value" | "periodValue";
  readonly sourced: Sourced<string>;
  readonly parsed: IndicatorValue;
  /** The whole cell's text when a fix may rewrite the cell (see wholeCellText). */
  readonly wholeCell: string | null;
}

/** Every target cell of a table once: merged cells shared by rows, and repeats in an encoded cell, count once. */
export function targetCells(table: ProjectTable): TargetCell[] {
  const out: TargetCell[] = [];
  const seen = new Set<string>();
  for (const indicator of table.indicators) {
    for (const field of ["value", "periodValue"] as const) {
      const sourced = indicator[field];
      if (!sourced) continue;
      const key = `${sourced.cell}\u0000${sourced.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const parsed = field === "value" && indicator.parsedValue ? indicator.parsedValue : parseIndicatorValue(sourced.value);
      out.push({ indicator, field, sourced, parsed, wholeCell: wholeCellText(table, indicator, field) });
    }
  }
  return out;
}

/**
 * A report on a target cell whose spelling can be corrected: a fix when certainly safe, a
 * suggestion when other text in the cell stays, neither for encoded or split cells.
 */
export function respellingReport(table: ProjectTable, target: TargetCell, value: NumericValue, messageId: string): RuleReport {
  const respelling = respell(target.wholeCell ?? target.sourced.value, value);
  const to = respelling?.to ?? normaliseIndicatorValue(value);
  const base: RuleReport = { messageId, cell: target.sourced.cell, data: { indicator: indicatorName(target.indicator), value: target.sourced.value, to } };
  if (target.wholeCell === null || respelling === null) return base;
  const edits = [{ sheet: table.sheet, cell: target.sourced.cell, from: target.wholeCell, to: respelling.to }];
  return respelling.kind === "fix" ? { ...base, fix: { edits } } : { ...base, suggestions: [{ messageId: "respell", data: { to: respelling.to }, edits }] };
}
