import { satisfactionBelowFloor } from "../../../src/core/rules/satisfaction-below-floor";
import { ruleTester, runRule, type TestGrid } from "./rule-tester";
import { encodedListWithTotals as list } from "./fixtures";

const HEAD = [["项目名称", "示例项目"], ["单位：万元"], ["预算数", 100, "其中：财政资金", 100, "其他资金", null]] as const;

/** A block table whose indicator rows start at row 5 (values in D). */
function block(...indicators: (readonly (string | null)[])[]): TestGrid {
  return { rows: [...HEAD, ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人数", "≥100人"], ...indicators] };
}

/** Seed 003's layout: one row per project, every indicator encoded in G. */

ruleTester(satisfactionBelowFloor, {
  valid: [
    { name: "meta example", grid: satisfactionBelowFloor.meta.examples.valid },
    { name: "seed 003: ≥80% is at the floor", grid: list("1、3-满意度指标；31-服务对象满意度；群众满意度；实施周期指标值:≥80%；年度指标值:≥80%。") },
    { name: "seed 003: >80%", grid: list("1、3-满意度指标；31-服务对象满意度；群众对信访工作的满意率；实施周期指标值:>80%；年度指标值:>80%。") },
    { name: "seed 003: a bare 90%", grid: list("1、3-满意度指标；31-服务对象满意度；服务满意度；实施周期指标值:90%；年度指标值:90%。") },
    {
      name: "seed 003: a sentence that reaches 80%",
      grid: list("1、3-满意度指标；31-服务对象满意度；服务满意度；实施周期指标值:服务对象对项目开展的满意度水平达80%。；年度指标值:服务对象对项目开展的满意度水平达80%。"),
    },
    { name: "seed 001: OCR LaTeX ≥95%", grid: block(["满意度指标", "服务对象满意度指标", "群众满意度", "$\\geq 95\\%$"]) },
    { name: "seed 004: 满意度 misfiled as 二级 满意度指标, ≥95%", grid: block(["满意度指标", "满意度指标", "来访群众满意度", ">=95%"]) },
    { name: "a complaint rate is a ceiling", grid: block(["满意度指标", "服务对象满意度指标", "群众投诉率", "≤5%"]) },
    { name: "a dissatisfaction rate is a ceiling", grid: block(["满意度指标", "服务对象满意度指标", "群众不满意率", "10%"]) },
    { name: "a score is not a percentage", grid: block(["满意度指标", "服务对象满意度指标", "满意度评分", "≥4.5分"]) },
    { name: "qualitative", grid: block(["满意度指标", "服务对象满意度指标", "群众满意度", "较高"]) },
    { name: "a rate that is not satisfaction", grid: block(["效益指标", "社会效益指标", "信访事项办结率", "≥60%"]) },
    { name: "a lower floor from the config", grid: block(["满意度指标", "服务对象满意度指标", "群众满意度", "≥70%"]), config: { satisfactionFloor: 70 } },
  ],
  invalid: [
    { name: "meta example", grid: satisfactionBelowFloor.meta.examples.invalid, errors: [{ cell: "D3", messageId: "belowFloor", severity: "error" }] },
    {
      name: "seed 002: 信访事项处理群众满意率 ≥70%",
      grid: block(["满意度指标", "服务对象满意度指标", "信访事项处理群众满意率", "≥70%"]),
      errors: [{ cell: "D6", messageId: "belowFloor", severity: "error" }],
    },
    { name: "a bare 75%", grid: block(["满意度指标", "服务对象满意度指标", "学员满意度", "75%"]), errors: [{ cell: "D6", messageId: "belowFloor", severity: "error" }] },
    { name: "full-width digits and ％", grid: block(["满意度指标", "服务对象满意度指标", "学员满意度", "≥７５％"]), errors: [{ cell: "D6", messageId: "belowFloor", severity: "error" }] },
    { name: "words: 不低于60%", grid: block(["满意度指标", "服务对象满意度指标", "学员满意度", "不低于60%"]), errors: [{ cell: "D6", messageId: "belowFloor", severity: "error" }] },
    {
      name: "legacy: 社会公众或服务对象满意度 under 效益, any 三级",
      grid: block(["效益指标", "社会公众或服务对象满意度指标", "受益群众认可", "≥70%"]),
      errors: [{ cell: "D6", messageId: "belowFloor", severity: "error" }],
    },
    { name: "a 三级 满意率 under another 二级", grid: block(["效益指标", "社会效益指标", "群众满意率", "≥60%"]), errors: [{ cell: "D6", messageId: "belowFloor", severity: "error" }] },
    {
      name: "a stricter floor from the config",
      grid: block(["满意度指标", "服务对象满意度指标", "群众满意度", "≥85%"]),
      errors: [{ cell: "D6", messageId: "belowFloor", severity: "error" }],
      config: { satisfactionFloor: 90 },
    },
    {
      name: "annual and period values each below",
      grid: {
        rows: [
          ...HEAD,
          ["一级指标", "二级指标", "三级指标", "年度指标值", "实施周期指标值"],
          ["满意度指标", "服务对象满意度指标", "群众满意度", "≥70%", "≥75%"],
        ],
      },
      errors: [
        { cell: "D5", messageId: "belowFloor", severity: "error" },
        { cell: "E5", messageId: "belowFloor", severity: "error" },
      ],
    },
    {
      name: "encoded list: reported once on the encoded cell",
      grid: list("1、1-产出指标；12-质量指标；信访事项及时受理率；实施周期指标值:100%；年度指标值:100%。2、3-满意度指标；31-服务对象满意度；群众满意度；实施周期指标值:≥70%；年度指标值:≥70%。"),
      errors: [{ cell: "G6", messageId: "belowFloor", severity: "error" }],
    },
  ],
});

describe("satisfaction-below-floor data", () => {
  it("names the indicator, the value and the floor", () => {
    const [d] = runRule(satisfactionBelowFloor, block(["满意度指标", "服务对象满意度指标", "信访事项处理群众满意率", "≥70%"]));
    expect(d?.data).toEqual({ indicator: "信访事项处理群众满意率", value: "≥70%", floor: 80 });
    expect(d?.severity).toBe("error");
  });
});
