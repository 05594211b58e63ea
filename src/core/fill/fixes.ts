/**
 * The catalogue's fixes and suggestions as plans. A fix is certainly safe and can be applied with
 * every other one at once; a suggestion needs a person, so each is offered on its own.
 */
import type { Diagnostic, Suggestion } from "../types";
import type { CellWrite, FillPlan } from "./plan";
import { EMPTY_PLAN } from "./plan";

/** Writes of the given diagnostics' fixes, on the sheet as it was checked. */
export function fixWrites(diagnostics: readonly Diagnostic[]): CellWrite[] {
  return diagnostics.flatMap((d) => (d.fix ? d.fix.edits.map((e): CellWrite => ({ kind: "fix", sheet: e.sheet, cell: e.cell, from: e.from, to: e.to, source: d.rule })) : []));
}

/** Every safe fix of a report (or those `select` picks, such as the one a user clicked) as one plan. */
export function planFixes(diagnostics: readonly Diagnostic[], select: (d: Diagnostic) => boolean = () => true): FillPlan {
  return { ...EMPTY_PLAN, writes: fixWrites(diagnostics.filter((d) => d.fix !== undefined && select(d))) };
}

/** One suggestion a person may accept, with the plan that applies it. */
export interface SuggestionOffer {
  readonly diagnostic: Diagnostic;
  /** Index of the suggestion within the diagnostic. */
  readonly index: number;
  readonly suggestion: Suggestion;
  readonly plan: FillPlan;
}

/** The suggestions of a report, one offer each, in report order. */
export function suggestionOffers(diagnostics: readonly Diagnostic[]): SuggestionOffer[] {
  return diagnostics.flatMap((d) => (d.suggestions ?? []).map((suggestion, index) => ({ diagnostic: d, index, suggestion, plan: planSuggestion(d, index) })));
}

/** The plan that applies the `index`-th suggestion of a diagnostic (an empty plan when there is none). */
export function planSuggestion(diagnostic: Diagnostic, index: number): FillPlan {
  const suggestion = diagnostic.suggestions?.[index];
  if (!suggestion) return EMPTY_PLAN;
  const writes = suggestion.edits.map((e): CellWrite => ({ kind: "fix", sheet: e.sheet, cell: e.cell, from: e.from, to: e.to, source: diagnostic.rule }));
  return { ...EMPTY_PLAN, writes };
}
