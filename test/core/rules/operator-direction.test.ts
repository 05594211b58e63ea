import { operatorDirection } from "../../../src/core/rules/operator-direction";
import { ruleTester, runRule } from "./rule-tester";
import { indicatorRows as block, encodedProject as list } from "./fixtures";



ruleTester(operatorDirection, {
  valid: [
    { name: "a pest-damage rate is kept low: ≤ is right", grid: block(["效益指标", "生态效益指标", "有害生物成灾率", "≤3‰"], ["效益指标", "生态效益指标", "林业有害生物成灾率", "≤5%"]) },
    { name: "seed 000: staff head counts capped by the establishment, costs with ≤", grid: block(
      ["产出指标", "数量指标", "保障人数", "≤91人"],
      ["产出指标", "数量指标", "部门人数", "≤91人"],
      ["产出指标", "数量指标", "文员人数", "≤10人"],
      ["产出指标", "成本指标", "控制成本", "≤81万元"],
      ["满意度指标", "服务对象满意度指标", "机关人员满意度", "≥95%"],
    ) },
    { name: "seed 001: paid and dismissed staff", grid: block(["产出指标", "数量指标", "发放工资人员数量", "≤ 1 人"], ["产出指标", "数量指标", "清退人员人数", "≤ 1 人"]) },
    { name: "seed 002: failures, handling times and undesirable counts with ≤", grid: block(
      ["产出指标", "质量指标", "系统故障率", "≤3%"],
      ["产出指标", "时效指标", "资金拨付到位天数", "≤20日"],
      ["产出指标", "时效指标", "系统故障修复处理时间", "≤24小时"],
      ["效益指标", "社会效益指标", "非正常接待场所上访次数", "≤5次"],
      ["成本指标", "经济成本指标", "市级信访积案化解资金成本", "≤720万元"],
    ) },
    { name: "seed 003: petitioners to Beijing", grid: list("1、1-产出指标；11-数量指标；进京到非接待场所上访纯人数；实施周期指标值:≤10；年度指标值:≤10。") },
    { name: "seed 004: cost per person per year", grid: block(["成本指标", "经济成本指标", "聘请法律顾问经费", "<=1万元/人/年"], ["产出指标", "数量指标", "聘请法律顾问人数", ">=1人"]) },
    { name: "savings under 成本 are lower bounds", grid: block(["成本指标", "经济成本指标", "成本节约额", "≥10万元"], ["成本指标", "经济成本指标", "成本节约率", "≥5%"]) },
    { name: "shares and cost rates may be capped", grid: block(["产出指标", "质量指标", "管理费用率", "≤5%"], ["产出指标", "质量指标", "自筹资金占比", "≤30%"]) },
    { name: "handling an undesirable thing is desirable", grid: block(["产出指标", "质量指标", "投诉办结率", "≥95%"], ["产出指标", "质量指标", "故障修复率", "≥98%"]) },
    { name: "exact values and bare numbers", grid: block(["产出指标", "数量指标", "维护系统数量", "1个"], ["产出指标", "质量指标", "信访大楼水、暖", "=100%"]) },
    { name: "service hours are lower bounds", grid: block(["产出指标", "时效指标", "窗口开放时长", "≥8小时"]) },
    { name: "disasters and damage are capped, fighting them is not", grid: block(
      ["效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰"],
      ["效益指标", "社会效益指标", "受灾群众人数", "≤50人"],
      ["产出指标", "质量指标", "火灾扑救率", "≥95%"],
    ) },
  ],
  invalid: [
    { name: "a cost with ≥", grid: block(["成本指标", "经济成本指标", "设备购置成本", "≥50万元"], ["产出指标", "成本指标", "控制成本", ">81万元"]), errors: [
        {
          cell: "D3",
          messageId: "costLowerBound",
          severity: "warning",
          data: { name: "设备购置成本", text: "≥50万元", operator: "≥" },
          fix: null,
          suggestions: [{ messageId: "flip", data: { to: "≤50万元" }, edits: [{ sheet: "Sheet1", cell: "D3", from: "≥50万元", to: "≤50万元" }] }],
        },
        { cell: "D4", messageId: "costLowerBound", severity: "warning", data: { name: "控制成本", text: ">81万元", operator: ">" } },
      ] },
    { name: "satisfaction and good rates with ≤", grid: block(
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≤90%"],
      ["产出指标", "质量指标", "验收合格率", "<95%"],
      ["产出指标", "时效指标", "资金拨付及时率", "$\\leq 98\\%$"],
    ), errors: [{ cell: "D3", messageId: "rateUpperBound", severity: "warning" }, { cell: "D4", messageId: "rateUpperBound", severity: "warning" }, { cell: "D5", messageId: "rateUpperBound", severity: "warning" }] },
    { name: "a failure rate with ≥", grid: block(["产出指标", "质量指标", "系统故障率", "≥3%"]), errors: [{ cell: "D3", messageId: "undesirableLowerBound", severity: "warning" }] },
    { name: "a damage rate with ≥", grid: block(["效益指标", "生态效益指标", "森林火灾受害率", "≥0.9‰"]), errors: [{ cell: "D3", messageId: "undesirableLowerBound", severity: "warning" }] },
    { name: "a handling time with ≥", grid: block(["产出指标", "时效指标", "信访事项办结时间", "≥60天"]), errors: [{ cell: "D3", messageId: "durationLowerBound", severity: "warning" }] },
    { name: "seed 001 绩效目标5: counts of equipment with ≤ (info)", grid: block(
      ["产出指标", "数量指标", "机柜数量", "≤ 10 件"],
      ["产出指标", "数量指标", "数据分析系统数量", "≤ 1 套"],
      ["产出指标", "数量指标", "摄像头数量", "≤ 15 个"],
    ), errors: [{ cell: "D3", messageId: "quantityUpperBound", severity: "info" }, { cell: "D4", messageId: "quantityUpperBound", severity: "info" }, { cell: "D5", messageId: "quantityUpperBound", severity: "info" }] },
    { name: "a count of people served with ≤ (info)", grid: block(["产出指标", "数量指标", "培训人次", "≤100人次"]), errors: [{ cell: "D3", messageId: "quantityUpperBound", severity: "info" }] },
    { name: "a 效益 rate with ≤ (info)", grid: block(["效益指标", "社会效益指标", "信访事项办结率", "≤95%"]), errors: [{ cell: "D3", messageId: "benefitRateUpperBound", severity: "info" }] },
    { name: "encoded list", grid: list("1、3-满意度指标；31-服务对象满意度；群众满意度；实施周期指标值:≤80%；年度指标值:≤80%。"), errors: [{ cell: "G4", messageId: "rateUpperBound", severity: "warning" }] },
  ],
});

describe("operator-direction severities and suggestions", () => {
  it("suggests the flipped operator on the value cell", () => {
    const [cost, sat, count] = runRule(operatorDirection, block(
      ["成本指标", "经济成本指标", "设备购置成本", "≥50万元"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "$\\leq 90\\%$"],
      ["产出指标", "数量指标", "机柜数量", "≤ 10 件"],
    ));
    expect(cost).toMatchObject({ severity: "warning", data: { name: "设备购置成本", text: "≥50万元", operator: "≥" } });
    expect(cost!.suggestions).toEqual([{ messageId: "flip", data: { to: "≤50万元" }, edits: [{ sheet: "Sheet1", cell: "D3", from: "≥50万元", to: "≤50万元" }] }]);
    expect(sat!.suggestions![0]!.edits).toEqual([{ sheet: "Sheet1", cell: "D4", from: "$\\leq 90\\%$", to: "≥90%" }]);
    expect(count).toMatchObject({ severity: "info", cell: "D5" });
    expect(count!.suggestions![0]!.data).toEqual({ to: "≥10件" });
  });

  it("offers no edit on an encoded list cell, which holds every indicator", () => {
    const [d] = runRule(operatorDirection, list("1、3-满意度指标；31-服务对象满意度；群众满意度；实施周期指标值:≤80%；年度指标值:≤80%。"));
    expect(d).toMatchObject({ severity: "warning", cell: "G4" });
    expect(d!.suggestions).toBeUndefined();
  });

  it("offers no edit when 指标性质 / 指标值 / 度量单位 sit in cells of their own", () => {
    const grid = { rows: [["项目名称", "示例项目"], ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"], ["满意度指标", "服务对象满意度指标", "群众满意度", "≤", "90", "%"]] };
    const [d] = runRule(operatorDirection, grid);
    expect(d).toMatchObject({ messageId: "rateUpperBound", cell: "E3" });
    expect(d!.suggestions).toBeUndefined();
  });

  it("reports a 效益 rate as info", () => {
    expect(runRule(operatorDirection, block(["效益指标", "社会效益指标", "信访事项办结率", "≤95%"]))[0]!.severity).toBe("info");
  });
});
