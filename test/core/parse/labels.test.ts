/** The words the parser reads by: labels, header words, unit statements and split values, as tables. */
import { joinSplitValue } from "../../../src/core/parse/indicators";
import { codedAgency, headLabelOf, indicatorColumnOf, trailingUnitStatement, unitStatement } from "../../../src/core/vocabulary/labels";
import { labelKey } from "../../../src/core/text/normalize";

describe("headLabelOf", () => {
  it.each([
    ["项 目 名 称", "projectName"],
    ["项目名称：", "projectName"],
    ["预算数（万元）：", "total"],
    ["预算：", "total"],
    ["预算数合计", "total"],
    ["资金总额合计", "total"],
    ["财政拨款合计", "fiscal"],
    ["指标合计", null],
    ["年度资金总额：", "total"],
    ["资金总额", "total"],
    ["实施期资金总额", "periodTotal"],
    ["其中：财政拨款", "fiscal"],
    ["其中:本级财政资金", "fiscal"],
    ["一般公共预算资金", "fiscal"],
    ["财政专户管理资金", "specialAccount"],
    ["其他资金：", "other"],
    ["单位自筹", "other"],
    ["项目资金（万元）", "budgetGroup"],
    ["填报单位", "agency"],
    ["主管部门及代码", "agency"],
    ["年度总体目标", "goal"],
    ["一级指标", null],
    ["预算单位：某局", null],
  ])("%s → %s", (text, label) => {
    expect(headLabelOf(labelKey(text))).toBe(label);
  });
});

describe("unit statements", () => {
  it.each([
    ["单位：万元", "万元"],
    ["金额单位：元", "元"],
    ["单位(万元)", "万元"],
    ["（单位：万元）", "万元"],
    ["单位：人民币元", "元"],
    ["单位：千元", "千元"],
    ["金额单位：亿元", "亿元"],
    ["单位（百万元）", "百万元"],
    ["项目资金（万元）", null],
  ])("whole cell %s → %s", (text, unit) => {
    expect(unitStatement(labelKey(text))).toBe(unit);
  });

  it.each([
    ["填报单位：某镇人民政府　　金额单位：元", { unit: "元", before: "填报单位：某镇人民政府" }],
    ["340102某局 单位：万元", { unit: "万元", before: "340102某局" }],
    ["编制单位：某局（单位：万元）", { unit: "万元", before: "编制单位：某局" }],
    ["填报单位：某县水利局  单位：千元", { unit: "千元", before: "填报单位：某县水利局" }],
    ["资金使用单位（元）", null],
    ["单位：万元", null],
  ])("closing %s", (text, expected) => {
    expect(trailingUnitStatement(text)).toEqual(expected);
  });
});

describe("indicatorColumnOf", () => {
  it.each([
    ["一级指标", "level1"],
    ["一级\n指标", "level1"],
    ["三级指标（具体指标）", "level3"],
    ["指标名称", "level3"],
    ["指标值及单位", "value"],
    ["预期目标值（含单位）", "value"],
    ["指标值（2024年）", "value"],
    ["年度指标值", "annualValue"],
    ["2024年指标值", "annualValue"],
    ["全年目标值", "annualValue"],
    ["实施周期指标值", "periodValue"],
    ["实施期目标值", "periodValue"],
    ["指标性质", "operator"],
    ["指标方向性", "operator"],
    ["度量单位", "unit"],
    ["权重（%）", "weight"],
    ["分值（分）", "weight"],
    ["上年完成值", "lastYear"],
    ["2023年实际完成值", "lastYear"],
    ["绩效标准", "standard"],
    ["评（扣）分标准", "scoring"],
    ["指标值确定依据", "basis"],
    ["项目名称", null],
  ])("%s → %s", (text, column) => {
    expect(indicatorColumnOf(labelKey(text))).toBe(column);
  });
});

describe("joinSplitValue (指标性质 · 指标值 · 度量单位)", () => {
  it.each([
    ["≥", "95", "%", "≥95%"],
    ["≤", "30", "日", "≤30日"],
    ["=", "100", "%", "=100%"],
    ["定性", "有效提升", "", "有效提升"],
    ["正向指标", "120人", "", "≥120人"],
    ["反向指标", "≤0.2%", "", "≤0.2%"],
    ["正向", "有效提升", "%", "有效提升"],
    ["", "95", "%", "95%"],
    ["≥", "95%", "%", "≥95%"],
    ["越大越好", "95", "%", "95%"],
  ])("%s · %s · %s → %s", (operator, value, unit, joined) => {
    expect(joinSplitValue(operator, value, unit)).toBe(joined);
  });
});

describe("codedAgency", () => {
  it.each([
    ["340102天津市人民政府信访办公室", { code: "340102", name: "天津市人民政府信访办公室" }],
    ["389101 天津市东丽区人民政府信访办公室", { code: "389101", name: "天津市东丽区人民政府信访办公室" }],
    ["2024年度考核", null],
  ])("%s", (text, expected) => {
    expect(codedAgency(text)).toEqual(expected);
  });
});
