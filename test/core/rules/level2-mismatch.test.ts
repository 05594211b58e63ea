import { level2Mismatch } from "../../../src/core/rules/level2-mismatch";
import { runRule, ruleTester } from "./rule-tester";
import { block, LEGACY_ROWS, ROWS_2021 } from "./fixtures";

ruleTester(level2Mismatch, {
  valid: [
    { name: "legacy: 成本 under 产出", grid: block({ indicators: [...LEGACY_ROWS, ["产出指标", "成本指标", "控制成本", "≤100万元"]] }) },
    { name: "2021 framework", grid: block({ indicators: ROWS_2021 }) },
    { name: "legacy: 社会公众或服务对象满意度 under 效益", grid: block({ indicators: [["效益指标", "社会公众或服务对象满意度指标", "群众满意度", "≥90%"]] }) },
  ],
  invalid: [
    {
      name: "seed 004: 满意度指标 as a 二级 (2021)",
      grid: block({ indicators: [...ROWS_2021.slice(0, 5), ["满意度指标", "满意度指标", "来访群众满意度", "≥95%"]] }),
      errors: [{ cell: "B11", messageId: "notUnder", severity: "error" }],
    },
    { name: "质量指标 under 效益", grid: block({ indicators: [["效益指标", "质量指标", "合格率", "≥95%"]] }), errors: [{ cell: "B6", messageId: "notUnder", severity: "error" }] },
    { name: "经济成本 under 产出 in a 2021 table", grid: block({ indicators: [...ROWS_2021, ["产出指标", "经济成本指标", "单价", "≤1万元"]] }), errors: [{ cell: "B12", messageId: "notUnder", severity: "error" }] },
  ],
});

describe("level2-mismatch suggestions", () => {
  it("offers the one name 满意度 accepts, as an edit of the 二级 cell", () => {
    const [d] = runRule(level2Mismatch, block({ indicators: [["满意度指标", "满意度指标", "来访群众满意度", "≥95%"]] }));
    expect(d!.suggestions).toEqual([{ messageId: "rename", data: { to: "服务对象满意度指标" }, edits: [{ sheet: "Sheet1", cell: "B6", from: "满意度指标", to: "服务对象满意度指标" }] }]);
    expect(d!.related).toEqual(["A6"]);
  });
});

describe("level2-mismatch in encoded list cells", () => {
  it("checks every decoded item, not only the first one of the cell", () => {
    const grid = {
      rows: [
        ["单位：万元"],
        ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"],
        ["合计", 3, 3],
        ["购置经费", 3, 3, null, null, "保障运行", "1、1-产出指标；12-质量指标；受理率；实施周期指标值:100%；年度指标值:100%。2、2-效益指标；12-质量指标；运行率；实施周期指标值:100%；年度指标值:100%。3、3-满意度指标；31-服务对象满意度；满意度；实施周期指标值:≥90%；年度指标值:≥90%。"],
      ],
    };
    expect(runRule(level2Mismatch, grid).map((d) => [d.cell, d.data.level2, d.data.level1])).toEqual([["G4", "质量指标", "效益指标"]]);
  });
});
