import { frameworksMixed } from "../../../src/core/rules/frameworks-mixed";
import { ruleTester, runRule } from "./rule-tester";

const head = [["项目名称", "示例项目"], ["单位：万元"], ["预算数", 100, "其中：财政资金", 100, "其他资金", null], ["一级指标", "二级指标", "三级指标", "指标值"]];

ruleTester(frameworksMixed, {
  valid: [
    { name: "meta example", grid: frameworksMixed.meta.examples.valid },
    {
      name: "legacy only: 成本指标 as a 二级 under 产出 (seed 000, 001)",
      grid: {
        rows: [
          ...head,
          ["产出指标", "数量指标", "保障人数", "≤91人"],
          [null, "成本指标", "控制成本", "≤81万元"],
          ["效益指标", "社会效益指标", "保障机关正常运转", "基本保障"],
          ["满意度指标", "服务对象满意度指标", "满意度", "≥95%"],
        ],
        merges: ["A5:A6"],
      },
    },
    {
      name: "2021 only: 成本指标 as a 一级 (seed 002, 004)",
      grid: {
        rows: [
          ...head,
          ["成本指标", "经济成本指标", "业务经费成本", "≤100万元"],
          ["产出指标", "数量指标", "受理信访事项数量", "≥3万件次"],
          ["效益指标", "社会效益指标", "领导接访公开率", "100%"],
          ["满意度指标", "服务对象满意度指标", "群众满意率", "≥90%"],
        ],
      },
    },
    {
      name: "encoded list without 成本 (seed 003)",
      grid: {
        rows: [
          ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"],
          ["示例项目", 10, 10, null, null, "完成培训", "1、1-产出指标；12-质量指标；信访事项及时受理率；实施周期指标值:100%；年度指标值:100%。2、3-满意度指标；31-服务对象满意度指标；群众满意度；年度指标值:≥80%。"],
        ],
      },
    },
  ],
  invalid: [
    { name: "meta example", grid: frameworksMixed.meta.examples.invalid, errors: [{ cell: "B5", messageId: "mixed", severity: "error" }] },
    {
      name: "一级 成本指标 and 产出/成本指标 with merged 一级 cells",
      grid: {
        rows: [
          ...head,
          ["成本指标", "经济成本指标", "设备购置成本", "≤50万元"],
          ["产出指标", "数量指标", "培训人数", "≥100人"],
          [null, "成本指标", "培训成本", "≤20万元"],
          ["效益指标", "社会效益指标", "业务水平", "有效提升"],
        ],
        merges: ["A6:A7"],
      },
      errors: [{ cell: "B7", messageId: "mixed", severity: "error" }],
    },
    {
      name: "2021 二级 经济成本指标 next to legacy 产出/成本",
      grid: {
        rows: [
          ...head,
          ["产出指标", "数量指标", "培训人数", "≥100人"],
          [null, "成本指标", "培训成本", "≤20万元"],
          [null, "经济成本指标", "设备成本", "≤30万元"],
        ],
        merges: ["A5:A7"],
      },
      errors: [{ cell: "B6", messageId: "mixed", severity: "error" }],
    },
  ],
});

describe("frameworks-mixed details", () => {
  it("relates the 2021 evidence to the legacy cell", () => {
    const [d] = runRule(frameworksMixed, frameworksMixed.meta.examples.invalid);
    expect(d?.related).toEqual(["A3", "B3"]);
    expect(d?.data).toEqual({ legacy: "产出指标/成本指标", modern: "成本指标" });
  });
});
