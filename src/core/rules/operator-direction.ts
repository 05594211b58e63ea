import { defineRule, eachTarget } from "./types";
import type { Suggestion } from "../types";
import type { Operator, NumericValue } from "../value/indicator-value";
import type { Indicator, ProjectTable } from "../model/model";
import { isMoneyUnit, unitFamily } from "../value/units";
import { containsAny, endsWithAny, indicatorKind, isChangeName, isCostLikeName, isDurationName, isRateName, isSatisfactionName, isSavingName, isStaffName, isUndesirableName } from "../indicator/kinds";
import { COUNT_NAME_ENDINGS, PROCESSING_WORDS, UNDESIRABLE_RATE_STEMS } from "../vocabulary/indicator-names";
import { alternation } from "../vocabulary/match";
import { indicatorName, nameKey } from "../indicator/names";
import { OPERATOR_SYMBOL, type Target, displayTarget, flipOperator, rewriteTarget, wholeCellText } from "../indicator/targets";
import examples from "./examples/operator-direction.json";

/** Rates of failures ("故障率", "投诉率"): a lower bound on them asks for more failures. */
const UNDESIRABLE_RATE = new RegExp(`(?:${alternation(UNDESIRABLE_RATE_STEMS)})率$`, "u");
const PROCESSING = containsAny(PROCESSING_WORDS);
const COUNT_NAME = endsWithAny(COUNT_NAME_ENDINGS);
const HEAD_UNITS = new Set(["人", "名", "位"]);

/**
 * The operator must point the way the indicator is judged: quantities, rates and satisfaction are lower
 * bounds (≥); costs, failure rates and durations are upper bounds (≤). Reported:
 * - a cost (money under 成本) with ≥ or > — warning (savings such as 节约额 are lower bounds and exempt);
 * - a rate of failures (故障率, 投诉率) with ≥ or > — warning;
 * - a rate of a good thing or a satisfaction with ≤ or < — warning (info under 效益), unless the 三级
 *   names something undesirable (故障, 投诉, 上访, 非正常 …), a cost (管理费用率) or a share (占比, 比例),
 *   whose direction varies;
 * - a 时效 handling time (办结时间, 拨付到位天数) with ≥ or > — warning;
 * - a 数量 count with ≤ or < — info only: a cap can be meant. Head counts of staff (部门人数 ≤91人,
 *   文员人数 ≤10人, 发放工资人员数量 ≤1人) are capped by the establishment (编制) and are not reported at
 *   all, nor are counts of undesirable things (进京到非接待场所上访纯人数 ≤10, 清退人员人数 ≤1人).
 * Each finding suggests the flipped operator.
 */
export const operatorDirection = defineRule({
  scope: "project",
  id: "operator-direction",
  category: "value",
  severity: "warning",
  description: ["指标值的比较符方向应与指标性质一致", "The operator of a target must point the way the indicator is judged"],
  messages: {
    costLowerBound: ["成本指标“{name}”的目标“{text}”用了{operator}，成本应设上限（≤）", "Cost “{name}” has the target “{text}” with {operator}; a cost takes an upper bound (≤)"],
    undesirableLowerBound: ["“{name}”越低越好，目标“{text}”应设上限（≤）而非{operator}", "“{name}” should be low; the target “{text}” needs an upper bound (≤), not {operator}"],
    rateUpperBound: ["“{name}”越高越好，目标“{text}”应设下限（≥）而非{operator}", "“{name}” should be high; the target “{text}” needs a lower bound (≥), not {operator}"],
    benefitRateUpperBound: [
      "效益指标“{name}”通常越高越好，目标“{text}”可考虑设下限（≥）而非{operator}",
      "Benefit “{name}” is usually better high; the target “{text}” may want a lower bound (≥), not {operator}",
      "info",
    ],
    durationLowerBound: [
      "时效指标“{name}”的目标“{text}”用了{operator}，用时应设上限（≤）",
      "Timeliness “{name}” has the target “{text}” with {operator}; a time taken takes an upper bound (≤)",
    ],
    quantityUpperBound: [
      "数量指标“{name}”的目标“{text}”用了{operator}，数量通常设下限（≥）或定值",
      "Quantity “{name}” has the target “{text}” with {operator}; a quantity is usually a lower bound (≥) or exact",
      "info",
    ],
    flip: ["改为“{to}”", "Change to “{to}”"],
  },
  hasSuggestions: true,
  examples,
  check: eachTarget((t, ind, table) => {
    const v = t.parsed;
    if (v.kind !== "number" || v.operator === null || v.operator === "=") return null;
    const messageId = judge(ind, v, v.operator);
    if (messageId === null) return null;
    const data = { name: indicatorName(ind), text: displayTarget(t), operator: OPERATOR_SYMBOL[v.operator] };
    return { messageId, cell: t.cell, data, ...suggestionsFor(table, ind, t, v, v.operator) };
  }),
});

function judge(ind: Indicator, v: NumericValue, op: Exclude<Operator, "=">): string | null {
  const kind = indicatorKind(ind);
  const name = nameKey(ind);
  const lower = op === ">=" || op === ">";
  const family = unitFamily(v.unit);
  const undesirable = isUndesirableName(name);

  if (kind === "成本") {
    const money = v.unit === null || isMoneyUnit(v.unit);
    if (lower && money && !isSavingName(name) && !isRateName(name)) return "costLowerBound";
    return null;
  }
  const rate = isRateName(name);
  const percentish = v.unit === null || family === "percent";
  if (rate && percentish && lower && undesirable && UNDESIRABLE_RATE.test(name)) return "undesirableLowerBound";
  const goodRate = (isSatisfactionName(name) || (/率$/u.test(name) && rate)) && !/比率$/u.test(name);
  if (goodRate && percentish && !lower && !undesirable && !isChangeName(name) && !isCostLikeName(name)) {
    return kind === "效益" ? "benefitRateUpperBound" : "rateUpperBound";
  }
  if (kind === "时效" && lower && family === "duration" && v.per.length === 0 && isDurationName(name) && PROCESSING.test(name)) {
    return "durationLowerBound";
  }
  if (kind === "数量" && !lower && !undesirable) {
    const counted = family === "count-person" || family === "count-item" || family === "count-times" || (v.unit === null && COUNT_NAME.test(name));
    const staff = v.unit !== null && HEAD_UNITS.has(v.unit) && isStaffName(name);
    if (counted && !staff) return "quantityUpperBound";
  }
  return null;
}

/** The flipped target, as an edit of the value cell when the cell holds this one value (not an encoded list or split cells). */
function suggestionsFor(table: ProjectTable, ind: Indicator, t: Target, v: NumericValue, op: Operator): { suggestions?: Suggestion[] } {
  const from = wholeCellText(table, ind, t.field);
  if (from === null) return {};
  const to = rewriteTarget(v, { operator: flipOperator(op) });
  return { suggestions: [{ messageId: "flip", data: { to }, edits: [{ sheet: table.sheet, cell: t.cell, from, to }] }] };
}
