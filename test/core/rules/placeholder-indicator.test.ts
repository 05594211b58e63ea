import { isPlaceholder, placeholderIndicator } from "../../../src/core/rules/placeholder-indicator";
import { ruleTester } from "./rule-tester";

const head = [["项目名称", "示例项目"], ["单位：万元"], ["预算数", 100, "其中：财政资金", 100, "其他资金", null], ["一级指标", "二级指标", "三级指标", "指标值"]];

ruleTester(placeholderIndicator, {
  valid: [
    { name: "meta example", grid: placeholderIndicator.meta.examples.valid },
    {
      name: "real names that contain an X or digits",
      grid: {
        rows: [
          ...head,
          ["产出指标", "数量指标", "X光机检查人次", "≥1000人次"],
          [null, "数量指标", "指标体系建设数量", "≥3个"],
          [null, "质量指标", "设备完好率", "$\\geq 95\\%$"],
        ],
        merges: ["A5:A7"],
      },
    },
  ],
  invalid: [
    {
      name: "meta example",
      grid: placeholderIndicator.meta.examples.invalid,
      errors: [
        { cell: "C3", messageId: "placeholderLevel3", severity: "error" },
        { cell: "D4", messageId: "placeholderValue", severity: "error" },
      ],
    },
    {
      name: "template rows left as they came are not indicators, but each is reported where the form prints it; a placeholder name beside a real target is an indicator",
      grid: {
        rows: [
          ...head,
          ["产出指标", "数量指标", "指标1", "（请填写）"],
          [null, "数量指标", "指标2", "≥XX%"],
          [null, "质量指标", "……", "..."],
          ["效益指标", "社会效益指标", "ＸＸＸ满意度", "≥90%"],
        ],
        merges: ["A5:A7"],
      },
      errors: [
        { cell: "C5", messageId: "templateRow", severity: "warning", data: { row: 5, text: "指标1 | （请填写）" }, related: ["D5"] },
        { cell: "C6", messageId: "templateRow", severity: "warning", data: { row: 6, text: "指标2 | ≥XX%" }, related: ["D6"] },
        { cell: "C7", messageId: "templateRow", severity: "warning", data: { row: 7, text: "…… | ..." }, related: ["D7"] },
        { cell: "C8", messageId: "placeholderLevel3", severity: "error" },
      ],
    },
    {
      name: "placeholders left in the values of named indicators (issue 11, unfilled templates)",
      grid: {
        rows: [
          ...head,
          ["产出指标", "数量指标", "培训人数", "**人"],
          [null, "质量指标", "培训合格率", "≥**%"],
          [null, "成本指标", "培训成本", "XX万元"],
          [null, "时效指标", "完成时间", "指标1"],
          ["效益指标", "社会效益指标", "业务水平", "有效提升"],
        ],
        merges: ["A5:A8"],
      },
      errors: [
        { cell: "D5", messageId: "placeholderValue", severity: "error" },
        { cell: "D6", messageId: "placeholderValue", severity: "error" },
        { cell: "D7", messageId: "placeholderValue", severity: "error" },
        { cell: "D8", messageId: "placeholderValue", severity: "error" },
      ],
    },
    {
      name: "a placeholder inside an encoded cell",
      grid: {
        rows: [
          ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"],
          ["示例项目", 10, 10, null, null, "完成", "1、1-产出指标；11-数量指标；指标1；年度指标值:≥10件。2、3-满意度指标；31-服务对象满意度指标；群众满意度；年度指标值:≥90%。"],
        ],
      },
      errors: [{ cell: "G2", messageId: "placeholderLevel3", severity: "error" }],
    },
  ],
});

describe("isPlaceholder", () => {
  it.each(["指标1", "三级指标2", "指标十", "具体指标", "……", "…", "...", "XXX", "xx项目完成率", "××工程", "（请填写）", "请输入指标值", "**人", "≥＊＊%", "XX万元", "○○小区"])("%s is a placeholder", (t) => {
    expect(isPlaceholder(t)).toBe(true);
  });
  it.each(["培训人数", "≥95%", "X光机检查人次", "指标体系建设数量", "2024年1月至12月", "有效提升", "XL号服装数量", "≥5*2次"])("%s is not", (t) => {
    expect(isPlaceholder(t)).toBe(false);
  });
});
