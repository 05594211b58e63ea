import { selfEvalScoreAbovePoints } from "../../../src/core/rules/self-eval-score-above-points";
import { runRule, ruleTester } from "./rule-tester";

const evaluation = (fundsScore: number, score: number) => ({
  rows: [
    ["项目支出绩效自评表"],
    ["项目名称", "示例项目"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 200, 220, 198, 10, "90%", fundsScore],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "时效指标", "资金拨付及时率", "100%", "100%", 90, score, null],
  ],
});

ruleTester(selfEvalScoreAbovePoints, {
  valid: [{ name: "scores within their points", grid: evaluation(9, 90) }],
  invalid: [
    { name: "an indicator above its points", grid: evaluation(9, 95), errors: [{ cell: "G6", messageId: "above", severity: "error" }] },
    { name: "the funds line above its points", grid: evaluation(12, 90), errors: [{ cell: "H4", messageId: "above", severity: "error" }] },
  ],
});

it("names the line", () => {
  expect(runRule(selfEvalScoreAbovePoints, evaluation(9, 95))[0]!.data).toEqual({ name: "资金拨付及时率", score: 95, points: 90 });
});
