import { planLabelUnit } from "../../../src/core/rules/plan-label-unit";
import type { CellValue } from "../../../src/core/grid/grid";
import { ruleTester, runRule } from "./rule-tester";

/** A seed-002 style block: 预算数, then the plan's label row and its points. */
function planned(total: number, label: string, points: readonly CellValue[]) {
  return {
    rows: [
      ["项目名称", "示例项目"],
      ["单位：万元"],
      ["预算数", total, "其中：财政资金", total, "其他资金", null],
      [label, "3月底", "6月底", "10月底", "12月底"],
      [null, ...points],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", "≥100人"],
    ],
  };
}

ruleTester(planLabelUnit, {
  valid: [
    { name: "meta example", grid: planLabelUnit.meta.examples.valid },
    { name: "labelled in 万元", grid: planned(720, "资金支出计划（万元）", [180, 360, 540, 720]) },
    { name: "a real percentage plan", grid: planned(720, "资金支出计划（%）", [25, 50, 75, 100]) },
    { name: "预算数 100 ending at 100 is ambiguous", grid: planned(100, "资金支出计划（%）", [30, 60, 90, 100]) },
  ],
  invalid: [
    { name: "meta example", grid: planLabelUnit.meta.examples.invalid, errors: [{ cell: "A4", messageId: "percentLabel", severity: "warning" }] },
    { name: "seed 002 first project: 180 / 360 / 540 / 720 of 720", grid: planned(720, "资金支出计划（%）", [180, 360, 540, 720]), errors: [{ cell: "A4", messageId: "percentLabel", severity: "warning" }] },
    { name: "seed 002 third project: only 9.00 at 6月底, 预算数 9", grid: planned(9, "资金支出计划（%）", [null, 9, null, null]), errors: [{ cell: "A4", messageId: "percentLabel", severity: "warning" }] },
  ],
});

describe("plan-label-unit suggestion", () => {
  it("relabels （%） with the table's unit", () => {
    const [d] = runRule(planLabelUnit, planned(720, "资金支出计划（%）", [180, 360, 540, 720]));
    expect(d?.suggestions).toEqual([
      { messageId: "relabel", data: { to: "资金支出计划（万元）" }, edits: [{ sheet: "Sheet1", cell: "A4", from: "资金支出计划（%）", to: "资金支出计划（万元）" }] },
    ]);
    expect(d?.data).toEqual({ label: "资金支出计划（%）", max: 720, last: 720, total: 720, unit: "万元" });
  });
});
