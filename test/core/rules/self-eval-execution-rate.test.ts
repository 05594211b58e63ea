import { selfEvalExecutionRate } from "../../../src/core/rules/self-eval-execution-rate";
import { runRule, ruleTester } from "./rule-tester";

const evaluation = (rate: string | number) => ({
  rows: [
    ["项目支出绩效自评表"],
    ["项目名称", "示例项目"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 200, 220, 198, 10, rate, 9],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "服务人次", "≥5000人次", "5200人次", 90, 90, null],
  ],
});

ruleTester(selfEvalExecutionRate, {
  valid: [
    { name: "198 / 220 = 90%", grid: evaluation("90%") },
    { name: "as Excel stores a percent: 0.9", grid: evaluation(0.9) },
    { name: "rounded to half a point", grid: evaluation("90.4%") },
  ],
  invalid: [{ name: "95% written for 90%", grid: evaluation("95%"), errors: [{ cell: "G4", messageId: "mismatch", severity: "error" }] }],
});

it("carries the rate, the amounts and the rate they give", () => {
  const [d] = runRule(selfEvalExecutionRate, evaluation("95%"));
  expect(d!.data).toEqual({ rate: 95, executed: 198, annual: 220, expected: 90 });
  expect(d!.related).toEqual(["E4", "D4"]);
});
