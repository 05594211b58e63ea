import { duplicateLevel3 } from "../../../src/core/rules/duplicate-level3";
import { ruleTester, runRule } from "./rule-tester";

const head = [["项目名称", "示例项目"], ["单位：万元"], ["预算数", 100, "其中：财政资金", 100, "其他资金", null], ["一级指标", "二级指标", "三级指标", "指标值"]];

ruleTester(duplicateLevel3, {
  valid: [
    { name: "meta example", grid: duplicateLevel3.meta.examples.valid },
    {
      name: "the same 三级 in two projects (seed 000: 资金使用合规率 in every block)",
      grid: {
        rows: [
          ["项目名称", "项目甲"],
          ["一级指标", "二级指标", "三级指标", "指标值"],
          ["产出指标", "质量指标", "资金使用合规率", "100%"],
          [],
          ["项目名称", "项目乙"],
          ["一级指标", "二级指标", "三级指标", "指标值"],
          ["产出指标", "质量指标", "资金使用合规率", "100%"],
        ],
      },
    },
    {
      name: "seed 003: distinct names in one encoded cell",
      grid: {
        rows: [
          ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"],
          ["进京劝返协调工作经费", 19.5, 19.5, null, null, "劝返", "1、1-产出指标；11-数量指标；进京到非接待场所上访纯人数；年度指标值:≤10。2、1-产出指标；12-质量指标；应急处置劝返率；年度指标值:100%。"],
        ],
      },
    },
  ],
  invalid: [
    { name: "meta example", grid: duplicateLevel3.meta.examples.invalid, errors: [{ cell: "C4", messageId: "duplicate", severity: "warning" }] },
    {
      name: "spaces and full-width forms do not make a new name",
      grid: {
        rows: [
          ...head,
          ["产出指标", "质量指标", "设备正常运 行率", "≥95%"],
          [null, "质量指标", "设备正常运行率", "≥98%"],
          [null, "时效指标", "设备正常运行率。", "100%"],
        ],
        merges: ["A5:A7"],
      },
      errors: [
        { cell: "C6", messageId: "duplicate", severity: "warning" },
        { cell: "C7", messageId: "duplicate", severity: "warning" },
      ],
    },
    {
      name: "twice in one encoded cell",
      grid: {
        rows: [
          ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"],
          ["示例项目", 10, 10, null, null, "劝返", "1、1-产出指标；12-质量指标；应急处置劝返率；年度指标值:100%。2、2-效益指标；22-社会效益指标；应急处置劝返率；年度指标值:≥95%。"],
        ],
      },
      errors: [{ cell: "G2", messageId: "duplicate", severity: "warning" }],
    },
  ],
});

describe("duplicate-level3 details", () => {
  it("points back at the first occurrence", () => {
    const [d] = runRule(duplicateLevel3, duplicateLevel3.meta.examples.invalid);
    expect(d?.related).toEqual(["C3"]);
    expect(d?.data).toEqual({ level3: "培训人数", first: "C3" });
  });
});
