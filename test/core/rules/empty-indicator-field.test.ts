import { emptyIndicatorField } from "../../../src/core/rules/empty-indicator-field";
import { ruleTester, runRule } from "./rule-tester";

const head = [["项目名称", "示例项目"], ["单位：万元"], ["预算数", 100, "其中：财政资金", 100, "其他资金", null]];
const header = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"];
const listHeader = ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"];

ruleTester(emptyIndicatorField, {
  valid: [
    { name: "meta example", grid: emptyIndicatorField.meta.examples.valid },
    {
      name: "an unused template row keeps only its 一级/二级",
      grid: {
        rows: [
          ...head,
          header,
          ["成本指标", "经济成本指标", "设备购置成本", "购置设备的成本", "≤50万元"],
          [null, "社会成本指标", null, null, null],
          ["产出指标", "数量指标", "培训人数", "参训人数", "≥100人"],
        ],
        merges: ["A5:A6"],
      },
    },
    {
      name: "seed 003: every encoded item has a name and a value",
      grid: {
        rows: [listHeader, ["信访工作经费", 3.2, 3.2, null, null, "督办", "1、1-产出指标；11-数量指标；督办上级交办信访事项；实施周期指标值:≥15宗；年度指标值:≥15宗。2、3-满意度指标；31-服务对象满意度指标；服务满意度；实施周期指标值:90%；年度指标值:90%。"]],
      },
    },
  ],
  invalid: [
    {
      name: "meta example",
      grid: emptyIndicatorField.meta.examples.invalid,
      errors: [
        { cell: "D3", messageId: "emptyValue", severity: "error" },
        { cell: "C4", messageId: "emptyLevel3", severity: "error" },
      ],
    },
    {
      name: "a description without name or value",
      grid: {
        rows: [...head, header, ["产出指标", "数量指标", null, "全年培训的人数", null], [null, "质量指标", "培训合格率", "考核合格的比例", "≥95%"]],
        merges: ["A5:A6"],
      },
      errors: [
        { cell: "C5", messageId: "emptyLevel3", severity: "error" },
        { cell: "E5", messageId: "emptyValue", severity: "error" },
      ],
    },
    {
      name: "an encoded item without a value reports the encoded cell",
      grid: {
        rows: [listHeader, ["信访工作经费", 3.2, 3.2, null, null, "督办", "1、1-产出指标；11-数量指标；督办上级交办信访事项。2、3-满意度指标；31-服务对象满意度指标；服务满意度；年度指标值:90%。"]],
      },
      errors: [{ cell: "G2", messageId: "emptyValue", severity: "error" }],
    },
  ],
});

describe("empty-indicator-field and weight totals", () => {
  it("does not take a 合计 row for an indicator", () => {
    const grid = {
      rows: [
        ["项目名称", "示例项目"],
        ["一级指标", "二级指标", "三级指标", "指标值", "指标分值权重"],
        ["产出指标", "数量指标", "培训人数", "≥100人", 50],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", 50],
        ["合计", null, null, null, 100],
      ],
    };
    expect(runRule(emptyIndicatorField, grid)).toEqual([]);
  });
});
