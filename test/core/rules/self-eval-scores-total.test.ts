import { selfEvalScoresTotal } from "../../../src/core/rules/self-eval-scores-total";
import { runRule, ruleTester } from "./rule-tester";

const evaluation = (points: readonly number[]) => ({
  rows: [
    ["项目支出绩效自评表"],
    ["项目名称", "示例项目"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 200, 220, 198, 10, "90%", 9],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ...points.map((p, i) => [i === 0 ? "产出指标" : null, "数量指标", `指标${"甲乙丙"[i]}`, "≥10次", "10次", p, p, null]),
    ["总分", null, null, null, null, 10 + points.reduce((s, p) => s + p, 0), 100],
  ],
});

ruleTester(selfEvalScoresTotal, {
  valid: [{ name: "10 + 90", grid: evaluation([50, 40]) }],
  invalid: [{ name: "10 + 80", grid: evaluation([50, 30]), errors: [{ cell: "F8", messageId: "total", severity: "error" }] }],
});

it("totals the funds line and the indicators", () => {
  expect(runRule(selfEvalScoresTotal, evaluation([50, 30]))[0]!.data).toEqual({ total: 90 });
});
