import type { NumericValue } from "../value/indicator-value";
import { type UnitFamily, unitFamily } from "../value/units";
import { defineRule, type RuleReport } from "./types";
import { indicatorName } from "../indicator/names";
import { comparable, isLowerBound, isUpperBound, numericOf, targetOf } from "../indicator/targets";
import examples from "./examples/annual-beyond-period.json";

type Direction = "floor" | "ceiling" | "exact";

/** The annual target (年度指标值) must not go beyond the whole implementation period's (实施周期指标值). */
export const annualBeyondPeriod = defineRule({
  scope: "project",
  id: "annual-beyond-period",
  category: "value",
  severity: "error",
  description: ["年度指标值不应超过实施周期指标值", "The annual target must not exceed the implementation-period target"],
  messages: {
    annualAbovePeriod: ["“{indicator}”年度指标值 {annual} 超过实施周期指标值 {period}", "Annual target {annual} for “{indicator}” exceeds the implementation-period target {period}"],
    annualAbovePeriodNotCumulative: [
      "“{indicator}”年度指标值 {annual} 高于实施周期指标值 {period}，请核实",
      "Annual target {annual} for “{indicator}” is above the implementation-period target {period}; please check",
      "warning",
    ],
    annualStricterCeiling: [
      "“{indicator}”年度指标值 {annual} 严于实施周期指标值 {period}",
      "Annual ceiling {annual} for “{indicator}” is stricter than the implementation-period ceiling {period}",
      "warning",
    ],
  },
  examples,
  check(table) {
    const out: RuleReport[] = [];
    for (const ind of table.indicators) {
      if (!ind.value || !ind.periodValue) continue;
      const annual = targetOf(ind);
      const period = numericOf(ind.periodValue.value);
      if (!annual || !period) continue;
      const direction = directionOf(annual, period);
      const pair = comparable(annual, period);
      if (direction === null || pair === null) continue;
      const finding = direction === "exact" ? exactFinding(isCumulative(annual), pair.a, pair.b) : findingOf(direction, isCumulative(annual), annual.unit === "%" || annual.per.length > 0, pair.a, pair.b);
      if (finding === null) continue;
      out.push({
        messageId: finding,
        cell: ind.value.cell,
        ...(ind.periodValue.cell !== ind.value.cell ? { related: [ind.periodValue.cell] } : {}),
        data: { indicator: indicatorName(ind), annual: ind.value.value, period: ind.periodValue.value },
      });
    }
    return out;
  },
});

/**
 * A year's count or amount is part of the whole period's, so it can never exceed it, whether the
 * target is a floor or a ceiling (an error). A rate can tighten within the period, so an annual
 * rate stricter than the period's is only worth a look (a warning). Durations and other units,
 * which may be per case or cumulative, are compared only as floors.
 */
function findingOf(
  direction: "floor" | "ceiling",
  cumulative: boolean,
  rate: boolean,
  annual: number,
  period: number,
): string | null {
  const above = annual > period + 1e-9;
  const below = annual < period - 1e-9;
  if (direction === "floor") return above ? (cumulative ? "annualAbovePeriod" : "annualAbovePeriodNotCumulative") : null;
  if (cumulative) return above ? "annualAbovePeriod" : null;
  return rate && below ? "annualStricterCeiling" : null;
}

/** Exact figures (4个 against 3个, = or no operator on both): a year's count or amount above the whole period's is an error; other units say nothing. */
function exactFinding(cumulative: boolean, annual: number, period: number): string | null {
  return cumulative && annual > period + 1e-9 ? "annualAbovePeriod" : null;
}

const CUMULATIVE: ReadonlySet<UnitFamily> = new Set(["money", "count-person", "count-item", "count-times", "area", "length"]);

function isCumulative(v: NumericValue): boolean {
  return v.per.length === 0 && CUMULATIVE.has(unitFamily(v.unit));
}

/** Floor (≥) or ceiling (≤) as the two values state it; exact when both are bare numbers or =; null when they point both ways. */
function directionOf(annual: NumericValue, period: NumericValue): Direction | null {
  const ops = [annual.operator, period.operator];
  const floor = ops.some(isLowerBound);
  const ceiling = ops.some(isUpperBound);
  if (floor && ceiling) return null;
  if (!floor && !ceiling) return ops.every((op) => op === null || op === "=") ? "exact" : null;
  return floor ? "floor" : "ceiling";
}
