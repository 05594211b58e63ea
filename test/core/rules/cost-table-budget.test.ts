import { costTableBudget } from "../../../src/core/rules/cost-table-budget";
import { runRule, ruleTester } from "./rule-tester";

const below = (budget: number, total: number) => ({
  rows: [
    ["项目名称", "示例项目"],
    ["单位：万元"],
    ["预算数", budget, "其中：财政资金", budget, "其他资金", 0],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人数", "≥100人"],
    ["成本构成", "数量", "单价（元）", "金额（万元）", "测算依据"],
    ["培训费", 100, 1000, total, "按标准"],
    ["合计", null, null, total, null],
  ],
});

/** 鄂州 style: the 成本测算 table above the indicators, its 合计 the budget. */
const above = {
  rows: [
    ["项目名称", "示例项目"],
    ["单位：万元"],
    ["项目预算成本构成", "金额", "测算依据"],
    ["培训费", 10, "按标准"],
    ["合计", 10, null],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人数", "≥100人"],
  ],
};

ruleTester(costTableBudget, {
  valid: [
    { name: "合计 = 预算数", grid: below(10, 10) },
    { name: "the 合计 above the indicators is the budget itself", grid: above },
  ],
  invalid: [{ name: "合计 below 预算数", grid: below(12, 10), errors: [{ cell: "D8", messageId: "differs", severity: "warning" }] }],
});

it("is a warning, relates the budget cell and carries both figures", () => {
  const [d] = runRule(costTableBudget, below(12, 10));
  expect(d!.severity).toBe("warning");
  expect(d!.related).toEqual(["B3"]);
  expect(d!.data).toEqual({ total: 10, budget: 12, diff: -2, unit: "万元" });
});
