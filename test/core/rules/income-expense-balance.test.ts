import { incomeExpenseBalance } from "../../../src/core/rules/income-expense-balance";
import { ruleTester } from "./rule-tester";

const table1 = (rows: (string | number | null)[][]) => ({ rows: [["单位：万元"], ["收入", null, "支出"], ["项目", "预算数", "项目", "预算数"], ...rows], merges: ["A2:B2", "C2:D2"] });

ruleTester(incomeExpenseBalance, {
  valid: [
    {
      name: "seed 001 表1 excerpt",
      grid: table1([
        ["一、一般公共预算拨款收入", 449.53, "一、一般公共服务支出", 290.49],
        ["九、其他收入", 0.01, "六、社会保障和就业支出", 46.2],
        [null, null, "七、卫生健康支出", 24.06],
        [null, null, "十七、住房保障支出", 88.79],
        ["本年收入合计", 449.54, "本年支出合计", 449.54],
        ["上年结转结余", null, "年终结转结余", null],
        ["收入总计", 449.54, "支出总计", 449.54],
      ]),
    },
    {
      name: "seed 001 表4 shape: 一、 items with (1) sub-items",
      grid: table1([
        ["一、本年收入", 449.53, "一、本年支出", 449.53],
        ["(1) 一般公共预算拨款", 449.53, "(一) 一般公共服务支出", 290.48],
        [null, null, "(六) 社会保障和就业支出", 46.2],
        [null, null, "(七) 卫生健康支出", 24.06],
        [null, null, "(十七) 住房保障支出", 88.79],
        ["收入总计", 449.53, "支出总计", 449.53],
      ]),
    },
  ],
  invalid: [
    {
      name: "income ≠ expense",
      grid: table1([["一、一般公共预算拨款收入", 100, "一、一般公共服务支出", 90], ["本年收入合计", 100, "本年支出合计", 90]]),
      errors: [{ cell: "D5", messageId: "sidesDiffer", severity: "error" }],
    },
    {
      name: "a side's 合计 ≠ its items",
      grid: table1([["一、一般公共预算拨款收入", 100, "一、一般公共服务支出", 100], ["九、其他收入", 1, "二、教育支出", null], ["本年收入合计", 100, "本年支出合计", 100]]),
      errors: [{ cell: "B6", messageId: "sideSum", severity: "error" }],
    },
  ],
});
