import { departmentTasksTotal } from "../../../src/core/rules/department-tasks-total";
import { runRule, ruleTester } from "./rule-tester";

const department = (sum: readonly [number, number, number]) => ({
  rows: [
    ["部门整体支出绩效目标表"],
    ["部门名称", "示例局"],
    ["年度主要任务", "任务名称", "主要内容", "总额", "财政拨款", "其他资金"],
    [null, "规划编制", "编制规划", 100, 80, 20],
    [null, "耕地保护", "动态巡查", 50, 50, 0],
    [null, "金额合计", null, ...sum],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "编制规划", "1项"],
  ],
});

ruleTester(departmentTasksTotal, {
  valid: [{ name: "金额合计 = Σ tasks in each column", grid: department([150, 130, 20]) }],
  invalid: [
    { name: "总额 off", grid: department([160, 130, 20]), errors: [{ cell: "D6", messageId: "mismatch", severity: "error" }] },
    { name: "财政拨款 and 其他资金 off", grid: department([150, 120, 30]), errors: [{ cell: "E6", messageId: "mismatch", severity: "error" }, { cell: "F6", messageId: "mismatch", severity: "error" }] },
  ],
});

it("says which column is off", () => {
  const [d] = runRule(departmentTasksTotal, department([160, 130, 20]));
  expect(d!.data).toEqual({ column: "总额", total: 160, sum: 150, diff: 10, unit: "万元" });
  expect(d!.related).toEqual(["D4", "D5"]);
});
