import { weightsTotal } from "../../../src/core/rules/weights-total";
import type { CellValue } from "../../../src/core/grid/grid";
import { renderMessage } from "../../../src/core/messages/render";
import { ruleTester, runRule } from "./rule-tester";

/** A seed-004 style block with the given weights. */
function weighted(...weights: (CellValue)[]) {
  const lines: [string, string, string, string][] = [
    ["产出指标", "数量指标", "维护信访大楼面积", "≥2380.4平方米"],
    ["产出指标", "质量指标", "信访大楼水、暖", "=100%"],
    ["产出指标", "时效指标", "资金拨付及时率", "=100%"],
    ["成本指标", "经济成本指标", "大楼水电暖维修费", "≤3万元"],
    ["效益指标", "社会效益指标", "促进我市信访工作", "有效促进"],
    ["满意度指标", "满意度指标", "来访群众满意度", "≥95%"],
  ];
  return {
    rows: [
      ["项目名称", "部门专项-信访局大楼运行经费"],
      ["单位：万元"],
      ["一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值", "指标分值权重"],
      ...weights.map((w, i) => [...lines[i % lines.length]!, "计划标准", null, w]),
    ],
  };
}

ruleTester(weightsTotal, {
  valid: [
    { name: "meta example", grid: weightsTotal.meta.examples.valid },
    { name: "seed 004: 90 (预算执行率 scores the other 10)", grid: weighted(20, 10, 10, 20, 20, 10) },
    { name: "100", grid: weighted(20, 20, 10, 20, 20, 10) },
    { name: "weights written as text with 分", grid: weighted("20分", "20", 10, 20, 20, 10) },
    { name: "no weights column", grid: { rows: [["项目名称", "示例项目"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人数", "≥100人"]] } },
    {
      name: "a 合计 row restating the total is not one more weight",
      grid: { rows: [...weighted(20, 20, 10, 20, 20, 10).rows, ["合计", null, null, null, null, null, 100]] },
    },
    { name: "90 against a configured set", grid: weighted(20, 10, 10, 20, 20, 10), config: { weightTotals: [90] } },
  ],
  invalid: [
    { name: "meta example", grid: weightsTotal.meta.examples.invalid, errors: [{ cell: "E2", messageId: "total", severity: "error" }] },
    { name: "85", grid: weighted(20, 10, 10, 15, 20, 10), errors: [{ cell: "G3", messageId: "total", severity: "error" }] },
    { name: "101", grid: weighted(20, 20, 10, 21, 20, 10), errors: [{ cell: "G3", messageId: "total", severity: "error" }] },
    { name: "90 where only 100 is accepted", grid: weighted(20, 10, 10, 20, 20, 10), config: { weightTotals: [100] }, errors: [{ cell: "G3", messageId: "total", severity: "error" }] },
  ],
});

describe("weights-total details", () => {
  it("reports the total and the accepted set, relating every weight", () => {
    const [d] = runRule(weightsTotal, weighted(20, 10, 10, 15, 20, 10));
    expect(d?.data).toEqual({ total: 85, expected: "90/100", acceptedTotals: ["90", "100"] });
    expect(renderMessage({ rule: "weights-total", messageId: d!.messageId, data: d!.data }, "zh-CN")).toBe("指标分值权重合计 85 分，应为 90 分或 100 分");
    expect(renderMessage({ rule: "weights-total", messageId: d!.messageId, data: d!.data }, "en")).toBe("Indicator weights add up to 85; expected 90 or 100");
    expect(d?.related).toEqual(["G4", "G5", "G6", "G7", "G8", "G9"]);
  });
});
