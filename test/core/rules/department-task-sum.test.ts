import { departmentTaskSum } from "../../../src/core/rules/department-task-sum";
import { runRule, ruleTester } from "./rule-tester";

const department = (task: readonly [number, number | null, number | null]) => ({
  rows: [
    ["2024年度部门（单位）整体支出绩效目标表"],
    ["部门（单位）名称", "示例局"],
    ["年度主要任务", "任务名称", "主要内容", "预算金额"],
    [null, null, null, "总额", "财政拨款", "其他资金"],
    [null, "规划编制", "编制规划", ...task],
    [null, "金额合计", null, ...task],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "编制规划", "1项"],
  ],
  merges: ["A3:A6", "B3:B4", "C3:C4", "D3:F3"],
});

ruleTester(departmentTaskSum, {
  valid: [
    { name: "总额 = 财政拨款 + 其他资金", grid: department([100, 80, 20]) },
    { name: "no breakdown", grid: department([100, null, null]) },
    { name: "a project table is not a department's", grid: { rows: [["项目名称", "某项目"], ["预算数", 100, "其中：财政资金", 80, "其他资金", 10], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人数", "≥100人"]] } },
  ],
  invalid: [{ name: "总额 above its parts", grid: department([110, 80, 20]), errors: [{ cell: "D5", messageId: "mismatch", severity: "error" }] }],
});

it("names the task and carries the figures", () => {
  const [d] = runRule(departmentTaskSum, department([110, 80, 20]));
  expect([d!.table, d!.related]).toEqual(["示例局", ["E5", "F5"]]);
  expect(d!.data).toEqual({ task: "规划编制", total: 110, fiscal: 80, other: 20, diff: 10, unit: "万元" });
});
