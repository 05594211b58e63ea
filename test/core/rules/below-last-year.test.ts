import { belowLastYear } from "../../../src/core/rules/below-last-year";
import { ruleTester, runRule, type TestGrid } from "./rule-tester";

/** Seed 004's columns: 指标值 in D, 指标值设置依据 in E, 上年完成值 in F; indicator rows start at row 5. */
function block(...indicators: (readonly (string | number | null)[])[]): TestGrid {
  return {
    rows: [
      ["项目名称", "部门专项-长期驻京驻乌劝返工作人员补贴"],
      ["单位：万元"],
      ["年度预算总额", 2, "财政拨款", 2, "其他资金", 0],
      ["一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值", "指标分值权重"],
      ...indicators,
    ],
  };
}

ruleTester(belowLastYear, {
  valid: [
    { name: "meta example", grid: belowLastYear.meta.examples.valid },
    { name: "seed 004: ≥2380.4平方米 against 2380.4平方米", grid: block(["产出指标", "数量指标", "维护信访大楼面积", "≥2380.4平方米", "历史标准", "2380.4平方米", 10]) },
    { name: "seed 004: =100% against 100%", grid: block(["产出指标", "质量指标", "资金发放准确率", "=100%", "历史标准", "100%", 10]) },
    { name: "seed 004: ≥95% against 95%", grid: block(["满意度指标", "满意度指标", "来访群众满意度", ">=95%", "历史标准", "95%", 10]) },
    { name: "seed 004: cost against 0万元", grid: block(["成本指标", "经济成本指标", "长期驻京人员差旅", "<=1万元", "预算支出标准", "0万元", 10]) },
    { name: "seed 004: qualitative against 无", grid: block(["效益指标", "社会效益指标", "促进我市信访工作", "有效促进", "历史标准", "无", 10]) },
    { name: "seed 004: qualitative against 达成目标", grid: block(["效益指标", "社会效益指标", "规范群众上访程序", "有效规范", "历史标准", "达成目标", 10]) },
    { name: "a ceiling below last year is the point", grid: block(["产出指标", "质量指标", "系统故障率", "≤3%", "历史标准", "5%", 10]) },
    { name: "a legacy cost row written as a floor is left to other rules", grid: block(["产出指标", "成本指标", "人员成本", "≥5万元", "历史标准", "8万元", 10]) },
    { name: "a bare target says no direction", grid: block(["产出指标", "数量指标", "维护系统数量", "1个", "历史标准", "2个", 10]) },
    { name: "different units are not compared", grid: block(["产出指标", "数量指标", "培训人数", "≥100人次", "历史标准", "150人", 10]) },
    { name: "a percentage against a fraction is not compared", grid: block(["产出指标", "质量指标", "验收合格率", "≥90%", "历史标准", 0.95, 10]) },
    { name: "a strict floor at last year's value", grid: block(["产出指标", "质量指标", "验收合格率", ">95%", "历史标准", "95%", 10]) },
    { name: "blank last year", grid: block(["产出指标", "质量指标", "验收合格率", "≥90%", "历史标准", null, 10]) },
  ],
  invalid: [
    { name: "meta example", grid: belowLastYear.meta.examples.invalid, errors: [{ cell: "D3", messageId: "belowLastYear", severity: "warning" }] },
    {
      name: "seed 004: 应急劝返及时率 >=90% against 100%",
      grid: block(["产出指标", "时效指标", "应急劝返及时率", ">=90%", "历史标准", "100%", 10]),
      errors: [{ cell: "D5", messageId: "belowLastYear", severity: "warning" }],
    },
    { name: "counts: ≥100人 against 120人", grid: block(["产出指标", "数量指标", "培训人数", "≥100人", "历史标准", "120人", 10]), errors: [{ cell: "D5", messageId: "belowLastYear", severity: "warning" }] },
    { name: "magnitudes: ≥1万件次 against 12000件次", grid: block(["产出指标", "数量指标", "办理信访件", "≥1万件次", "历史标准", "12000件次", 10]), errors: [{ cell: "D5", messageId: "belowLastYear", severity: "warning" }] },
    { name: "money converted: ≥5万元 against 60000元", grid: block(["效益指标", "经济效益指标", "增收金额", "≥5万元", "历史标准", "60000元", 10]), errors: [{ cell: "D5", messageId: "belowLastYear", severity: "warning" }] },
    { name: "words: 不低于90%", grid: block(["产出指标", "时效指标", "办结及时率", "不低于90%", "历史标准", "98%", 10]), errors: [{ cell: "D5", messageId: "belowLastYear", severity: "warning" }] },
  ],
});

describe("below-last-year data", () => {
  it("names the target and last year's actual, and points at the 上年完成值 cell", () => {
    const [d] = runRule(belowLastYear, block(["产出指标", "时效指标", "应急劝返及时率", ">=90%", "历史标准", "100%", 10]));
    expect(d).toMatchObject({ severity: "warning", related: ["F5"], data: { indicator: "应急劝返及时率", target: ">=90%", lastYear: "100%" } });
  });
});
