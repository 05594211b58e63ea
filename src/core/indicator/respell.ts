/**
 * How a target cell may be rewritten safely: only its spelling changes (OCR LaTeX, full-width
 * forms, operator variants, spaces), never its meaning or any other text in it.
 */
import type { ProjectTable } from "../model/model";
import type { MessageText, RuleReport } from "../rules/types";
import { stripSpaces } from "../text/normalize";
import type { NumericValue } from "../value/indicator-value";
import { numeralsToHalfWidth } from "../value/number-text";
import { normaliseIndicatorValue } from "../value/parse-indicator-value";
import { LATEX_COMMANDS } from "../vocabulary/latex";
import { indicatorName } from "./names";
import { numericOf, type TargetCell } from "./targets";

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

/** The message of the suggestion respellingReport offers; a rule that reports with it states these among its messages. */
export const RESPELLING_MESSAGES = { respell: ["改为“{to}”", "Change to “{to}”"] } as const satisfies Readonly<Record<string, MessageText>>;

/**
 * A report on a target cell whose spelling can be corrected: a fix when certainly safe, a
 * suggestion when other text in the cell stays, neither for encoded or split cells.
 */
export function respellingReport(table: ProjectTable, target: TargetCell, value: NumericValue, messageId: string): RuleReport {
  const respelling = respell(target.wholeCell ?? target.text, value);
  const to = respelling?.to ?? normaliseIndicatorValue(value);
  const base: RuleReport = { messageId, cell: target.cell, data: { indicator: indicatorName(target.indicator), value: target.text, to } };
  if (target.wholeCell === null || respelling === null) return base;
  const edits = [{ sheet: table.sheet, cell: target.cell, from: target.wholeCell, to: respelling.to }];
  return respelling.kind === "fix" ? { ...base, fix: { edits } } : { ...base, suggestions: [{ messageId: "respell" satisfies keyof typeof RESPELLING_MESSAGES, data: { to: respelling.to }, edits }] };
}
