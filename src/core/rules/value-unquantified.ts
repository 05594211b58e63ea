import { defineRule, eachTarget, type RuleReport } from "./types";
import { containsAny, costKind, indicatorKind } from "../indicator/kinds";
import { indicatorName } from "../indicator/names";
import { displayTarget } from "../indicator/targets";
import { unreadableKind } from "../value/unreadable";
import { isPlaceholder } from "../vocabulary/placeholders";
import { alternation } from "../vocabulary/match";
import { BINARY_ANSWERS, BUDGET_BOUND_WORDS, DEADLINE_WORDS, NIL_WORDS, PASS_WORDS } from "../vocabulary/target-words";
import { isCountInWords } from "../vocabulary/counts";
import examples from "./examples/value-unquantified.json";

/** Words that mean zero ("无" for a cost): a quantity, even if written in words. */
const NIL = new RegExp(`^(?:${alternation(NIL_WORDS)})$`, "u");
/** A deadline in words ("年底前完成", "上半年") fixes a date, which is what a 时效 target needs. */
const DEADLINE = containsAny(DEADLINE_WORDS);
/** A 质量 target naming a standard, a pass or a grade (合格, 达标, 优良) is weaker than a rate but not empty words. */
const PASS = containsAny(PASS_WORDS);
/** A cost bounded by the budget in words ("≤预算金额"). */
const BUDGET_BOUND = containsAny(BUDGET_BOUND_WORDS);
/** Yes/no answers. */
const BINARY = new RegExp(`^(?:${alternation(BINARY_ANSWERS)})$`, "u");

const CATEGORY_NAME: Readonly<Record<string, string>> = { 数量: "数量指标", 质量: "质量指标", 时效: "时效指标", 成本: "成本指标" };

/**
 * 数量, 质量, 时效 and 成本 targets must be quantified (a number, or a period for 时效); 效益 and
 * 满意度 may be graded in words, as the guidance allows, so they are not checked. Text the grammar
 * cannot read at all ("待定", "#REF!") is value-unparseable's, template leftovers placeholder-indicator's.
 * A cost bounded by the budget in words ("≤预算金额", "控制在预算范围内") is no amount either; its message
 * names the project's budget as the amount to start from.
 */
export const valueUnquantified = defineRule({
  scope: "project",
  id: "value-unquantified",
  category: "value",
  severity: "error",
  description: ["数量、质量、时效、成本指标应量化", "Quantity, quality, timeliness and cost targets must be quantified"],
  messages: {
    qualitative: [
      "{category}“{name}”的指标值“{text}”未量化，应写成可衡量的值，如“≥95%”“≥100人”“12月底前”",
      "The {category} target of “{name}”, “{text}”, is not quantified; write a measurable value such as “≥95%”, “≥100人” or “12月底前”",
    ],
    qualitativeCheckable: [
      "{category}“{name}”的指标值“{text}”未量化（可判定达成与否），能量化的请写成可衡量的值",
      "The {category} target of “{name}”, “{text}”, is not quantified (it can be judged met or not); quantify it where possible",
      "warning",
    ],
    budgetBound: [
      "成本指标“{name}”的指标值“{text}”以预算为限，但未写明金额；请写成金额，如“≤{total}{unit}”（本项目预算数）或该项成本的测算金额",
      "The cost target of “{name}”, “{text}”, is bounded by the budget but states no amount; write the amount, such as “≤{total}{unit}” (this project's budget) or the cost worked out for this item",
    ],
    budgetBoundNoTotal: [
      "成本指标“{name}”的指标值“{text}”以预算为限，但未写明金额；请写成金额，如“≤50万元”",
      "The cost target of “{name}”, “{text}”, is bounded by the budget but states no amount; write the amount, such as “≤50万元”",
    ],
  },
  examples,
  check: eachTarget((t, ind, table): RuleReport | null => {
    const kind = indicatorKind(ind);
    if (kind === null || kind === "效益" || kind === "满意度" || t.parsed.kind !== "qualitative") return null;
    const text = t.parsed.text;
    if (unreadableKind(t.text) !== null || isPlaceholder(t.text) || /\d/u.test(text) || isCountInWords(text) || NIL.test(text)) return null;
    if (kind === "时效" && DEADLINE.test(text)) return null;
    if (kind === "成本" && BUDGET_BOUND.test(text)) {
      const total = table.budget?.total;
      const data = { name: indicatorName(ind), text: displayTarget(t) };
      if (!total) return { messageId: "budgetBoundNoTotal", cell: t.cell, data };
      return { messageId: "budgetBound", cell: t.cell, data: { ...data, total: total.value, unit: table.unit } };
    }
    return {
      messageId: isCheckable(kind, costKind(ind), text) ? "qualitativeCheckable" : "qualitative",
      cell: t.cell,
      data: { category: CATEGORY_NAME[kind] ?? kind, name: indicatorName(ind), text: displayTarget(t) },
    };
  }),
});

/** Social and ecological costs are often hard to price, and a pass or yes/no is at least checkable: warnings. */
function isCheckable(kind: string, cost: ReturnType<typeof costKind>, text: string): boolean {
  if (kind === "成本" && (cost === "社会" || cost === "生态")) return true;
  return BINARY.test(text) || (kind === "质量" && PASS.test(text));
}
