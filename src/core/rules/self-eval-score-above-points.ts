import type { SelfEvaluationRule } from "./types";
import { exampleSelfEvaluation } from "./example-grid";

const rows = (score: number) => exampleSelfEvaluation([["产出指标", "时效指标", "资金拨付及时率", "100%", "100%", 90, score, null]]).rows;

/** No line scores more than its 分值. */
export const selfEvalScoreAbovePoints: SelfEvaluationRule = {
  scope: "self-evaluation",
  meta: {
    id: "self-eval-score-above-points",
    category: "weights",
    severity: "error",
    description: { zh: "自评表的得分不应超过分值", en: "A self-evaluation score must not exceed its points" },
    messages: {
      above: { zh: "“{name}”得分 {score} 超过分值 {points}", en: "“{name}”: score {score} exceeds its points {points}" },
    },
    fixable: false,
    hasSuggestions: false,
    examples: { invalid: { rows: rows(95), errors: [["G6", "above"]] }, valid: { rows: rows(90) } },
  },
  check(table) {
    const lines = [
      ...table.funds.map((f) => ({ name: f.label.value, points: f.points, score: f.score })),
      ...table.indicators.map((i) => ({ name: i.level3?.value ?? "", points: i.points, score: i.score })),
    ];
    const out = [];
    for (const { name, points, score } of lines) {
      if (!points || !score || score.value <= points.value + 1e-9) continue;
      out.push({ messageId: "above", cell: score.cell, related: [points.cell], data: { name, score: score.value, points: points.value } });
    }
    return out;
  },
};
