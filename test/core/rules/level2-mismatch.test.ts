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

/** Both frameworks in one table (reported by frameworks-mixed): 成本 under 产出, and 成本指标 as a 一级. */
const MIXED_ROWS = [
  ["产出指标", "数量指标", "运营驿站数", "≥22个"],
  [null, "成本指标", "单个驿站年运营补贴", "≤6万元"],
  ["效益指标", "社会效益指标", "助餐助洁服务", "≥3万人次"],
  ["满意度指标", "服务对象满意度指标", "服务老人满意度", "≥90%"],
  ["成本指标", "经济成本指标", "运营补贴总额", "≤100万元"],
];

describe("level2-mismatch where the framework is mixed or lacks the 一级", () => {
  it("a mixed table: each row is judged by the frameworks its 一级 belongs to, so rows right in one of them pass", () => {
    expect(runRule(level2Mismatch, block({ indicators: MIXED_ROWS }))).toEqual([]);
  });

  it("a mixed table: a 二级 right in neither framework is reported, with the 二级 its 一级 allows", () => {
    const ds = runRule(level2Mismatch, block({ indicators: [...MIXED_ROWS, [null, "质量指标", "补贴发放准确率", "100%"]] }));
    expect(ds.map((d) => [d.cell, d.data])).toEqual([["B11", { level2: "质量指标", level1: "成本指标", framework: "2021", allowed: "经济成本指标、社会成本指标、生态环境成本指标" }]]);
  });

  it("a legacy table (by the profile) with 成本指标 as a 一级: its 二级 is judged by the 2021 framework, never against an empty list", () => {
    const legacy = { profile: "legacy" as const };
    expect(runRule(level2Mismatch, block({ indicators: ROWS_2021 }), legacy)).toEqual([]);
    const ds = runRule(level2Mismatch, block({ indicators: [...LEGACY_ROWS, ["成本指标", "数量指标", "采购数量", "≥10台"]] }), legacy);
    expect(ds.map((d) => [d.cell, d.data.framework, d.data.allowed])).toEqual([["B11", "2021", "经济成本指标、社会成本指标、生态环境成本指标"]]);
  });
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
