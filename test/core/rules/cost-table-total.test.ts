import { costTableTotal } from "../../../src/core/rules/cost-table-total";
import { runRule, ruleTester } from "./rule-tester";

const rows = (total: number | string, lines: readonly (readonly [string, number | null])[] = [["讲课费", 4], ["场地费", 6]]) => ({
  rows: [
    ["项目名称", "示例项目"],
    ["预算数", 10, "其中：财政资金", 10, "其他资金", 0],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人数", "≥100人"],
    ["成本构成", "数量", "单价（元）", "金额（万元）", "测算依据"],
    ...lines.map(([item, amount]) => [item, null, null, amount, "按标准"]),
    ["合计", null, null, total, null],
  ],
});

ruleTester(costTableTotal, {
  valid: [
    { name: "合计 = Σ 金额", grid: rows(10) },
    { name: "within half a unit of the last decimal", grid: rows(10.004, [["讲课费", 4.001], ["场地费", 6]]) },
    { name: "合计 written as text", grid: rows("10.00") },
  ],
  invalid: [
    { name: "合计 short of the lines", grid: rows(9), errors: [{ cell: "D8", messageId: "mismatch", severity: "error" }] },
    { name: "a blank line counts as 0", grid: rows(10, [["讲课费", 4], ["场地费", null]]), errors: [{ cell: "D8", messageId: "mismatch", severity: "error" }] },
  ],
});

it("relates the line amounts and carries the figures", () => {
  const [d] = runRule(costTableTotal, rows(9));
  expect(d!.related).toEqual(["D6", "D7"]);
  expect(d!.data).toEqual({ total: 9, sum: 10, diff: -1, unit: "万元" });
});
