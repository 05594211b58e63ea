import { selfEvalDeviationReason } from "../../../src/core/rules/self-eval-deviation-reason";
import { runRule, ruleTester } from "./rule-tester";

const evaluation = (target: string, actual: string, reason: string | null) => ({
  rows: [
    ["项目支出绩效自评表"],
    ["项目名称", "示例项目"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 200, 220, 198, 10, "90%", 9],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "助餐点数量", target, actual, 90, 80, reason],
  ],
});

ruleTester(selfEvalDeviationReason, {
  valid: [
    { name: "target met", grid: evaluation("≥12个", "12个", null) },
    { name: "missed, with a reason", grid: evaluation("12个", "10个", "选址调整") },
    { name: "an upper bound kept", grid: evaluation("≤24小时", "20小时", null) },
    { name: "qualitative", grid: evaluation("逐步健全", "基本健全", null) },
  ],
  invalid: [{ name: "missed without a reason", grid: evaluation("12个", "10个", null), errors: [{ cell: "E6", messageId: "missing", severity: "warning" }] }],
});

it("is a warning", () => {
  expect(runRule(selfEvalDeviationReason, evaluation("12个", "10个", null))[0]!.severity).toBe("warning");
});
