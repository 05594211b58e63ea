import { defineRule } from "./types";
import examples from "./examples/self-eval-execution-rate.json";

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
  examples,
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
