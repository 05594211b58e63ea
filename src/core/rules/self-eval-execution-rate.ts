import { defineRule } from "./types";
import { exampleSelfEvaluation } from "./example-grid";

/** 执行率 = 全年执行数 / 全年预算数 (to half a percentage point: published rates are rounded). */
export const selfEvalExecutionRate = defineRule({
  scope: "self-evaluation",
  id: "self-eval-execution-rate",
  category: "funds",
  severity: "error",
  description: ["自评表的执行率应等于全年执行数除以全年预算数", "A self-evaluation's execution rate must be executed / annual budget"],
  messages: {
    mismatch: ["执行率 {rate}% ≠ 全年执行数 {executed} ÷ 全年预算数 {annual} = {expected}%", "Execution rate {rate}% ≠ executed {executed} ÷ annual budget {annual} = {expected}%"],
  },
  examples: {
    invalid: exampleSelfEvaluation([["产出指标", "数量指标", "服务人次", "≥5000人次", "5200人次", 90, 90, null]], [null, "年度资金总额", 200, 220, 198, 10, "95%", 9]),
    errors: [["G4", "mismatch"]],
    corrected: { G4: "90%" },
  },
  check(table) {
    const out = [];
    for (const line of table.funds) {
      if (!line.rate || !line.executed || !line.annual || line.annual.value === 0) continue;
      const expected = line.executed.value / line.annual.value;
      if (Math.abs(expected - line.rate.value) <= 0.005 + 1e-9) continue;
      out.push({
        messageId: "mismatch",
        cell: line.rate.cell,
        related: [line.executed.cell, line.annual.cell],
        data: { rate: round2(line.rate.value * 100), executed: line.executed.value, annual: line.annual.value, expected: round2(expected * 100) },
      });
    }
    return out;
  },
});

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
