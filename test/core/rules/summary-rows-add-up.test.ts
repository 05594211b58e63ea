import { summaryRowsAddUp } from "../../../src/core/rules/summary-rows-add-up";
import { runRule, ruleTester } from "./rule-tester";

const table = (rows: (string | number | null)[][]) => ({ rows: [["单位：万元"], ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ...rows] });

ruleTester(summaryRowsAddUp, {
  valid: [
    {
      name: "seed 001 表3 excerpt",
      grid: table([
        [null, "合计", 290.49, 266.15, 24.34],
        ["201", "一般公共服务支出", 290.49, 266.15, 24.34],
        ["20103", "政府办公厅（室）及相关机构事务", 266.16, 266.15, 0.01],
        ["2010301", "行政运行", 266.16, 266.15, 0.01],
        ["20140", "信访事务", 24.33, null, 24.33],
        ["2014004", "信访业务", 24.33, null, 24.33],
      ]),
    },
    {
      name: "a project list with 合计 and an agency subtotal",
      grid: { rows: [["单位：万元"], ["项目名称", "合计", "财政拨款"], ["合计", 5, 5], ["甲项目", 2, 2], ["乙项目", 3, 3]] },
    },
  ],
  invalid: [
    {
      name: "类 ≠ Σ 款 and 款 ≠ Σ 项",
      grid: table([
        ["201", "一般公共服务支出", 290.5, 266.15, 24.34],
        ["20103", "政府办公厅（室）及相关机构事务", 266.16, 266.15, 0.01],
        ["2010301", "行政运行", 266.15, 266.15, null],
        ["20140", "信访事务", 24.33, null, 24.33],
      ]),
      errors: [{ cell: "C3", messageId: "codeSum", severity: "error" }, { cell: "C4", messageId: "codeSum", severity: "error" }, { cell: "E4", messageId: "codeSum", severity: "error" }],
    },
    {
      name: "合计 row ≠ Σ 类",
      grid: table([[null, "合计", 100, 100, null], ["201", "一般公共服务支出", 60, 60, null], ["208", "社会保障和就业支出", 30, 30, null]]),
      errors: [{ cell: "C3", messageId: "totalSum", severity: "error" }, { cell: "D3", messageId: "totalSum", severity: "error" }],
    },
    {
      name: "agency subtotal ≠ its projects",
      grid: { rows: [["单位：万元"], ["项目名称（资金使用单位）", "总计", "财政拨款", "绩效目标"], ["合计", 5, 5], ["某某信访局", 6, 6], ["甲项目", 2, 2, "目标"], ["乙项目", 3, 3, "目标"]] },
      errors: [{ cell: "B4", messageId: "totalSum", severity: "error" }, { cell: "C4", messageId: "totalSum", severity: "error" }],
    },
  ],
});

it("relates the part cells and carries the figures", () => {
  const [d] = runRule(summaryRowsAddUp, table([["201", "一般公共服务支出", 30, null, null], ["20103", "政府办公厅", 20, null, null], ["20140", "信访事务", 5, null, null]]));
  expect(d!.related).toEqual(["C4", "C5"]);
  expect(d!.data).toEqual({ code: "201", label: "一般公共服务支出", column: "合计", value: 30, sum: 25, diff: 5 });
});
