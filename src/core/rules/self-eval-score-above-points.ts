import { defineRule } from "./types";
import examples from "./examples/self-eval-score-above-points.json";

/** No line scores more than its 分值. */
export const selfEvalScoreAbovePoints = defineRule({
  scope: "self-evaluation",
  id: "self-eval-score-above-points",
  category: "weights",
  severity: "error",
  description: ["自评表的得分不应超过分值", "A self-evaluation score must not exceed its points"],
  messages: {
    above: ["“{name}”得分 {score} 超过分值 {points}", "“{name}”: score {score} exceeds its points {points}"],
  },
  examples,
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
});
