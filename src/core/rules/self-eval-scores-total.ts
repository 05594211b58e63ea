import type { SelfEvaluationRule } from "./types";
import { exampleSelfEvaluation } from "./example-grid";

const rows = (points: number) => exampleSelfEvaluation([["产出指标", "数量指标", "服务人次", "≥5000人次", "5200人次", points, 80, null]]).rows;

/** The 分值 of a self-evaluation total 100: 预算执行率 (10) and the indicators (90). */
export const selfEvalScoresTotal: SelfEvaluationRule = {
  scope: "self-evaluation",
  meta: {
    id: "self-eval-scores-total",
    category: "weights",
    severity: "error",
    description: { zh: "自评表各项分值合计应为100分", en: "A self-evaluation's points must total 100" },
    messages: {
      total: { zh: "分值合计 {total} 分，应为 100 分", en: "Points total {total}, expected 100" },
    },
    fixable: false,
    hasSuggestions: false,
    examples: { invalid: { rows: rows(80), errors: [["F4", "total"]] }, valid: { rows: rows(90) } },
  },
  check(table) {
    const points = [...table.funds.map((f) => f.points), ...table.indicators.map((i) => i.points)].filter((p) => p !== null);
    if (points.length === 0) return [];
    const total = Math.round(points.reduce((s, p) => s + p.value, 0) * 100) / 100;
    if (Math.abs(total - 100) < 1e-9) return [];
    return [{ messageId: "total", cell: table.totals?.points?.cell ?? points[0]!.cell, related: points.map((p) => p.cell), data: { total } }];
  },
};
