import { descriptionBoilerplate } from "../../../src/core/rules/description-boilerplate";
import { ruleTester, runRule } from "./rule-tester";

const head = [["项目名称", "示例项目"], ["单位：万元"], ["预算数", 81, "其中：财政资金", 81, "其他资金", null]];
const header = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"];

/** Seed 000's first block: six rows, every description 项目支出. */
const seed000Block = {
  rows: [
    ...head,
    header,
    ["产出指标", "数量指标", "保障人数", "项目支出", "≤91人"],
    [null, "质量指标", "资金使用合规率", "项目支出", "100%"],
    [null, "时效指标", "资金使用时间", "项目支出", "2024年1月至12月"],
    [null, "成本指标", "控制成本", "项目支出", "≤81万元"],
    ["效益指标", "社会效益指标", "保障机关正常运转", "项目支出", "基本保障"],
    ["满意度指标", "服务对象满意度指标", "机关人员满意度", "项目支出", "≥95%"],
  ],
  merges: ["A5:A8"],
};

ruleTester(descriptionBoilerplate, {
  valid: [
    { name: "meta example", grid: descriptionBoilerplate.meta.examples.valid },
    {
      name: "no descriptions at all (seed 004 has no such column)",
      grid: { rows: [...head, ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人数", "≥100人"], ["效益指标", "社会效益指标", "业务水平", "有效提升"]] },
    },
    {
      name: "two rows with the same real description",
      grid: { rows: [...head, header, ["产出指标", "数量指标", "培训人数", "全年培训情况", "≥100人"], [null, "质量指标", "培训合格率", "全年培训情况", "≥95%"]], merges: ["A5:A6"] },
    },
  ],
  invalid: [
    { name: "meta example", grid: descriptionBoilerplate.meta.examples.invalid, errors: [{ cell: "D3", messageId: "allSame", severity: "warning" }] },
    { name: "seed 000: every row says 项目支出 — once per project", grid: seed000Block, errors: [{ cell: "D5", messageId: "allSame", severity: "warning" }] },
    {
      name: "generic phrases among real descriptions",
      grid: {
        rows: [
          ...head,
          header,
          ["产出指标", "数量指标", "培训人数", "全年参加培训的人数", "≥100人"],
          [null, "质量指标", "培训合格率", "同上", "≥95%"],
          [null, "时效指标", "培训完成时间", "无", "2024年12月前"],
          ["满意度指标", "服务对象满意度指标", "学员满意度", "／", "≥90%"],
        ],
        merges: ["A5:A7"],
      },
      errors: [
        { cell: "D6", messageId: "generic", severity: "warning" },
        { cell: "D7", messageId: "generic", severity: "warning" },
        { cell: "D8", messageId: "generic", severity: "warning" },
      ],
    },
  ],
});

describe("description-boilerplate details", () => {
  it("relates the other description cells and counts them", () => {
    const [d] = runRule(descriptionBoilerplate, seed000Block);
    expect(d?.related).toEqual(["D6", "D7", "D8", "D9", "D10"]);
    expect(d?.data).toEqual({ text: "项目支出", count: 6 });
  });
});
