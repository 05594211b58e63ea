import { encodedCodeMismatch } from "../../../src/core/rules/encoded-code-mismatch";
import { ruleTester, runRule } from "./rule-tester";

const header = ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"];
const list = (...cells: string[]) => ({ rows: [header, ...cells.map((c, i) => [`示例项目${i + 1}`, 10, 10, null, null, "完成", c])] });

ruleTester(encodedCodeMismatch, {
  valid: [
    { name: "meta example", grid: encodedCodeMismatch.meta.examples.valid },
    {
      name: "seed 003: consistent codes",
      grid: list(
        "1、1-产出指标；12-质量指标；信访事项及时受理率；实施周期指标值:100%；年度指标值:100%。2、1-产出指标；12-质量指标；应急处置劝返率；实施周期指标值:100%；年度指标值:100%。3、2-效益指标；22-社会效益；社会稳定贡献；实施周期指标值:提高我区的和谐稳定程度；年度指标值:提高我区的和谐稳定程度。4、3-满意度指标；31-服务对象满意度；群众满意度；实施周期指标值:≥80%；年度指标值:≥80%。",
        "1、1-产出指标；11-数量指标；每年接待群众的人数；年度指标值:≥30人。2、1-产出指标；13-时效指标；接访案件转办及时率；年度指标值:100%。",
      ),
    },
    {
      name: "codes outside the known scheme are not judged; 41–43 are the cost codes fill writes",
      grid: list("1、2-效益指标；25-社会公众或服务对象满意度指标；群众满意度；年度指标值:≥90%。2、4-成本指标；41-经济成本指标；设备成本；年度指标值:≤5万元。"),
    },
    {
      name: "indicators typed in rows carry no codes",
      grid: { rows: [["项目名称", "示例项目"], ["一级指标", "二级指标", "三级指标", "指标值"], ["效益指标", "质量指标", "培训合格率", "100%"]] },
    },
  ],
  invalid: [
    { name: "meta example: 2-效益指标；12-质量指标", grid: encodedCodeMismatch.meta.examples.invalid, errors: [{ cell: "G2", messageId: "level2Prefix", severity: "error" }] },
    {
      name: "a 一级 code that disagrees with its name (the 二级 code then agrees with the name)",
      grid: list("1、2-产出指标；12-质量指标；验收合格率；年度指标值:100%。"),
      errors: [{ cell: "G2", messageId: "level1Code", severity: "error" }],
    },
    {
      name: "a cost code that disagrees with its name (41–43 are checked like the others)",
      grid: list("1、4-成本指标；42-经济成本指标；设备成本；年度指标值:≤5万元。"),
      errors: [{ cell: "G2", messageId: "level2Code", severity: "error" }],
    },
    {
      name: "a 二级 code that disagrees with its name",
      grid: list("1、1-产出指标；11-质量指标；验收合格率；年度指标值:100%。2、2-效益指标；21-社会效益指标；社会稳定贡献；年度指标值:有效提升。"),
      errors: [
        { cell: "G2", messageId: "level2Code", severity: "error" },
        { cell: "G2", messageId: "level2Code", severity: "error" },
      ],
    },
  ],
});

describe("encoded-code-mismatch details", () => {
  it("names the codes and the indicator", () => {
    const [d] = runRule(encodedCodeMismatch, encodedCodeMismatch.meta.examples.invalid);
    expect(d?.data).toEqual({ level3: "培训合格率", code: "12", name: "质量指标", parent: "2", parentName: "效益指标" });
  });
});
