import { defineRule } from "./types";
import examples from "./examples/self-eval-scores-total.json";

/** The 分值 of a self-evaluation total 100: 预算执行率 (10) and the indicators (90). */
export const selfEvalScoresTotal = defineRule({
  scope: "self-evaluation",
  id: "self-eval-scores-total",
  category: "weights",
  severity: "error",
  description: ["自评表各项分值合计应为100分", "A self-evaluation's points must total 100"],
  messages: {
    total: ["分值合计 {total} 分，应为 100 分", "Points total {total}, expected 100"],
  },
  examples,
  check(table) {
    const points = [...table.funds.map((f) => f.points), ...table.indicators.map((i) => i.points)].filter((p) => p !== null);
    if (points.length === 0) return [];
    const total = Math.round(points.reduce((s, p) => s + p.value, 0) * 100) / 100;
    if (Math.abs(total - 100) < 1e-9) return [];
    return [{ messageId: "total", cell: table.totals?.points?.cell ?? points[0]!.cell, related: points.map((p) => p.cell), data: { total } }];
  },
});
