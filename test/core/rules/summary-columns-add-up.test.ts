import { summaryColumnsAddUp } from "../../../src/core/rules/summary-columns-add-up";
import { runRule, ruleTester } from "./rule-tester";

/** Seed 001 表5: 合计 | 基本支出 (合计 人员经费 公用经费) | 项目支出, with a two-level header. */
const table5 = (row: (string | number | null)[]) => ({
  rows: [["单位：万元"], ["项目", null, "合计", "基本支出", null, null, "项目支出"], ["科目编码", "科目名称", null, "合计", "人员经费", "公用经费", null], row],
  merges: ["A2:B2", "C2:C3", "D2:F2", "G2:G3"],
});

ruleTester(summaryColumnsAddUp, {
  valid: [
    { name: "seed 001 表5 合计 row", grid: table5([null, "合计", 449.53, 425.2, 363.69, 61.51, 24.33]) },
    { name: "blank parts and blank total", grid: table5(["20140", "信访事务", 24.33, null, null, null, 24.33]) },
  ],
  invalid: [
    { name: "合计 ≠ 基本支出 + 项目支出", grid: table5(["201", "一般公共服务支出", 290.49, 266.15, 204.64, 61.51, 24.33]), errors: [{ cell: "C4", messageId: "columnSum", severity: "error" }] },
    { name: "基本支出 ≠ 人员经费 + 公用经费", grid: table5(["201", "一般公共服务支出", 290.48, 266.15, 204.64, 61.5, 24.33]), errors: [{ cell: "D4", messageId: "columnSum", severity: "error" }] },
  ],
});

it("names the component columns", () => {
  const [d] = runRule(summaryColumnsAddUp, table5(["201", "一般公共服务支出", 290.49, 266.15, 204.64, 61.51, 24.33]));
  expect(d!.data).toMatchObject({ column: "合计", parts: "基本支出、项目支出", value: 290.49, sum: 290.48 });
  expect(d!.related).toEqual(["D4", "G4"]);
});
