import { annualBeyondPeriod } from "../../../src/core/rules/annual-beyond-period";
import { ruleTester, runRule, type TestGrid } from "./rule-tester";
import { encodedListWithTotals as list } from "./fixtures";

/** A block table with 年度指标值 in D and 实施周期指标值 in E; indicator rows start at row 5. */
function block(...indicators: (readonly (string | null)[])[]): TestGrid {
  return {
    rows: [
      ["项目名称", "示例项目"],
      ["单位：万元"],
      ["预算数", 100, "其中：财政资金", 100, "其他资金", null],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实施周期指标值"],
      ...indicators,
    ],
  };
}


ruleTester(annualBeyondPeriod, {
  valid: [
    { name: "meta example", grid: annualBeyondPeriod.meta.examples.valid },
    {
      name: "seed 003: annual and period values are equal",
      grid: list(
        "1、1-产出指标；11-数量指标；提供法律咨询服务案件数；实施周期指标值:≥15宗；年度指标值:≥15宗。2、1-产出指标；11-数量指标；进京到非接待场所上访纯人数；实施周期指标值:≤10；年度指标值:≤10。3、3-满意度指标；31-服务对象满意度；群众对信访工作的满意率；实施周期指标值:>80%；年度指标值:>80%。",
      ),
    },
    { name: "a floor below the period's", grid: block(["产出指标", "数量指标", "培训人数", "≥100人", "≥300人"]) },
    { name: "a year's cost ceiling within a longer period's", grid: block(["成本指标", "经济成本指标", "培训费", "≤30万元", "≤90万元"]) },
    { name: "a looser annual rate ceiling", grid: block(["产出指标", "质量指标", "系统故障率", "≤5%", "≤3%"]) },
    { name: "duration ceilings may be per case: not compared", grid: block(["产出指标", "时效指标", "办结时间", "≤10天", "≤20天"]) },
    { name: "money in different units: 50万元 < 600000元", grid: block(["效益指标", "经济效益指标", "增收金额", "≥50万元", "≥600000元"]) },
    { name: "magnitudes: ≥3万件次 = ≥30000件次", grid: block(["产出指标", "数量指标", "受理信访事项", "≥3万件次", "≥30000件次"]) },
    { name: "different units are not compared", grid: block(["产出指标", "数量指标", "培训", "≥300人次", "≥200人"]) },
    { name: "bare rates say no direction: not cumulative, not compared", grid: block(["产出指标", "质量指标", "验收合格率", "98%", "95%"]) },
    { name: "bare counts, the year within the period", grid: block(["产出指标", "数量指标", "新建站点", "3个", "4个"]) },
    { name: "a floor against a ceiling says no direction", grid: block(["产出指标", "时效指标", "办结时间", "≥30天", "≤20天"]) },
    { name: "qualitative period value", grid: block(["效益指标", "社会效益指标", "社会稳定", "≥95%", "有效提升"]) },
    {
      name: "no period column",
      grid: { rows: [["项目名称", "示例项目"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人数", "≥300人"]] },
    },
  ],
  invalid: [
    { name: "meta example", grid: annualBeyondPeriod.meta.examples.invalid, errors: [{ cell: "D3", messageId: "annualAbovePeriod", severity: "error" }] },
    { name: "a count floor above the period's", grid: block(["产出指标", "数量指标", "培训人数", "≥300人", "≥200人"]), errors: [{ cell: "D5", messageId: "annualAbovePeriod", severity: "error" }] },
    { name: "bare counts: a year's 4个 cannot exceed the whole period's 3个", grid: block(["产出指标", "数量指标", "新建站点", "4个", "3个"]), errors: [{ cell: "D5", messageId: "annualAbovePeriod", severity: "error" }] },
    { name: "= on both counts", grid: block(["产出指标", "数量指标", "培训人数", "=300人", "=200人"]), errors: [{ cell: "D5", messageId: "annualAbovePeriod", severity: "error" }] },
    { name: "a bare annual count against a period floor", grid: block(["产出指标", "数量指标", "培训人数", "300人", "≥200人"]), errors: [{ cell: "D5", messageId: "annualAbovePeriod", severity: "error" }] },
    { name: "a rate floor above the period's", grid: block(["产出指标", "质量指标", "验收合格率", "≥98%", "≥95%"]), errors: [{ cell: "D5", messageId: "annualAbovePeriodNotCumulative", severity: "warning" }] },
    { name: "a rate ceiling stricter than the period's", grid: block(["产出指标", "质量指标", "系统故障率", "≤3%", "≤5%"]), errors: [{ cell: "D5", messageId: "annualStricterCeiling", severity: "warning" }] },
    { name: "a year's cost ceiling above the whole period's", grid: block(["成本指标", "经济成本指标", "培训费", "≤90万元", "≤30万元"]), errors: [{ cell: "D5", messageId: "annualAbovePeriod", severity: "error" }] },
    { name: "money converted: ≤90万元 against ≤800000元", grid: block(["成本指标", "经济成本指标", "培训费", "≤90万元", "≤800000元"]), errors: [{ cell: "D5", messageId: "annualAbovePeriod", severity: "error" }] },
    { name: "a floor on work days", grid: block(["产出指标", "数量指标", "工作天数", "≥250天", "≥200天"]), errors: [{ cell: "D5", messageId: "annualAbovePeriodNotCumulative", severity: "warning" }] },
    {
      name: "encoded list: annual above period",
      grid: list("1、1-产出指标；11-数量指标；提供法律咨询服务案件数；实施周期指标值:≥15宗；年度指标值:≥20宗。"),
      errors: [{ cell: "G6", messageId: "annualAbovePeriod", severity: "error" }],
    },
  ],
});

describe("annual-beyond-period data", () => {
  it("names both values and points at the period cell", () => {
    const [d] = runRule(annualBeyondPeriod, block(["产出指标", "数量指标", "培训人数", "≥300人", "≥200人"]));
    expect(d).toMatchObject({ severity: "error", related: ["E5"], data: { indicator: "培训人数", annual: "≥300人", period: "≥200人" } });
  });

  it("is a warning for rates, which can tighten within the period", () => {
    expect(runRule(annualBeyondPeriod, block(["产出指标", "质量指标", "验收合格率", "≥98%", "≥95%"]))[0]?.severity).toBe("warning");
    expect(runRule(annualBeyondPeriod, block(["产出指标", "质量指标", "系统故障率", "≤3%", "≤5%"]))[0]?.severity).toBe("warning");
    expect(runRule(annualBeyondPeriod, block(["产出指标", "数量指标", "工作天数", "≥250天", "≥200天"]))[0]?.severity).toBe("warning");
  });

  it("is an error for counts and amounts, which are part of the period's", () => {
    expect(runRule(annualBeyondPeriod, block(["成本指标", "经济成本指标", "培训费", "≤90万元", "≤30万元"]))[0]?.severity).toBe("error");
  });
});
