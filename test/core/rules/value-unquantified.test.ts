import { valueUnquantified } from "../../../src/core/rules/value-unquantified";
import { ruleTester, runRule } from "./rule-tester";
import { indicatorRows as block, encodedProject as list } from "./fixtures";



/** Seed 003, 编外人员聘用经费 (G14 there): two of five indicators are left qualitative. */
const SEED_003_STAFF =
  "1、1-产出指标；12-质量指标；专款专用情况；实施周期指标值:按照相关要求专款专用；年度指标值:按照相关要求专款专用。" +
  "2、1-产出指标；12-质量指标；应急处置劝返率；实施周期指标值:100%；年度指标值:100%。" +
  "3、1-产出指标；13-时效指标；编外人员工资支付及时性；实施周期指标值:及时；年度指标值:及时。" +
  "4、2-效益指标；22-社会效益；《信访工作条例》宣传效益；实施周期指标值:按要求开展《信访工作条例》集中宣传活动，提高群众对《条例》的知悉度；年度指标值:按要求开展《信访工作条例》集中宣传活动，提高群众对《条例》的知悉度。" +
  "5、3-满意度指标；31-服务对象满意度；服务满意度；实施周期指标值:≥80%；年度指标值:≥80%。";

ruleTester(valueUnquantified, {
  valid: [
    { name: "seed 000 block: numbers, a period for 时效, qualitative 效益", grid: block(
      ["产出指标", "数量指标", "保障人数", "≤91人"],
      ["产出指标", "质量指标", "资金使用合规率", "100%"],
      ["产出指标", "时效指标", "资金使用时间", "2024年1月至12月"],
      ["产出指标", "成本指标", "控制成本", "≤81万元"],
      ["效益指标", "社会效益指标", "保障机关正常运转", "基本保障"],
      ["满意度指标", "服务对象满意度指标", "机关人员满意度", "≥95%"],
    ) },
    { name: "效益 and 满意度 may be graded in words", grid: block(["效益指标", "可持续影响指标", "长效机制", "逐步建立"], ["满意度指标", "服务对象满意度指标", "群众满意度", "较满意"]) },
    { name: "a number inside a sentence counts as quantified", grid: block(["产出指标", "数量指标", "培训开展", "完成3次培训"], ["产出指标", "时效指标", "完成时间", "12月底前完成"]) },
    { name: "counts in Chinese numerals", grid: block(["产出指标", "数量指标", "巡查频次", "每月一次"]) },
    { name: "deadlines in words for 时效", grid: block(["产出指标", "时效指标", "项目完成时间", "年底前完成"], ["产出指标", "时效指标", "资金拨付时间", "上半年"]) },
    { name: "the same day, in words, for 时效", grid: block(["产出指标", "时效指标", "生活垃圾清运时限", "日产日清"], ["产出指标", "时效指标", "来电办结时限", "当日办结"], ["产出指标", "时效指标", "故障响应时间", "次日修复"]) },
    { name: "无 for a cost means zero", grid: block(["成本指标", "社会成本指标", "社会成本", "无"]) },
    { name: "placeholders are value-unparseable's", grid: block(["产出指标", "数量指标", "培训人数", "待定"], ["产出指标", "质量指标", "合格率", "#REF!"]) },
    { name: "template leftovers are placeholder-indicator's", grid: block(["产出指标", "数量指标", "培训人数", "请填写"], ["产出指标", "质量指标", "验收质量", "XXX"]) },
    { name: "a 二级 the rule does not know", grid: block(["产出指标", "其他指标", "工作开展", "有序推进"]) },
  ],
  invalid: [
    {
      name: "a cost bounded by the budget in words: an error naming the project's budget",
      grid: { rows: [["项目名称", "示例项目"], ["单位：万元"], ["预算数", 132, "其中：财政资金", 132], ["一级指标", "二级指标", "三级指标", "指标值"], ["成本指标", "经济成本指标", "驿站运营成本", "≤预算金额"]] },
      errors: [{ cell: "D5", messageId: "budgetBound", severity: "error", data: { name: "驿站运营成本", text: "≤预算金额", total: 132, unit: "万元" } }],
    },
    {
      name: "控制在批复预算内, with no budget read: the same error without the amount",
      grid: block(["成本指标", "经济成本指标", "驿站运营成本", "控制在批复预算内"]),
      errors: [{ cell: "D3", messageId: "budgetBoundNoTotal", severity: "error", data: { name: "驿站运营成本", text: "控制在批复预算内" } }],
    },
    { name: "seed 003: 安保服务质量 高质量完成", grid: block(["产出指标", "数量指标", "需配备保安人员数量", "6人"], ["产出指标", "质量指标", "安保服务质量", "高质量完成"]), errors: [{ cell: "D4", messageId: "qualitative", severity: "error" }] },
    { name: "seed 003 encoded cell: each qualitative indicator is reported on the cell", grid: list(SEED_003_STAFF), errors: [{ cell: "G4", messageId: "qualitative", severity: "error" }, { cell: "G4", messageId: "qualitative", severity: "error" }] },
    { name: "a 数量 target in words", grid: block(["产出指标", "数量指标", "宣传覆盖范围", "全覆盖"]), errors: [{ cell: "D3", messageId: "qualitative", severity: "error" }] },
    { name: "时效 left as 及时 or 按时", grid: block(["产出指标", "时效指标", "工资支付及时性", "及时"], ["产出指标", "时效指标", "任务完成时间", "按时完成"]), errors: [{ cell: "D3", messageId: "qualitative", severity: "error" }, { cell: "D4", messageId: "qualitative", severity: "error" }] },
    { name: "a 2021 经济成本 in words", grid: block(["成本指标", "经济成本指标", "项目成本", "控制在预算范围内"]), errors: [{ cell: "D3", messageId: "budgetBoundNoTotal", severity: "error" }] },
    { name: "a 2021 经济成本 in words that are not the budget", grid: block(["成本指标", "经济成本指标", "项目成本", "严格控制"]), errors: [{ cell: "D3", messageId: "qualitative", severity: "error" }] },
    { name: "a legacy 成本 二级", grid: block(["产出指标", "成本指标", "控制成本", "严格控制"]), errors: [{ cell: "D3", messageId: "qualitative", severity: "error" }] },
    { name: "social cost and a 质量 pass are still reported (as warnings)", grid: block(["成本指标", "社会成本指标", "社会影响成本", "较低"], ["产出指标", "质量指标", "工程质量", "验收合格"]), errors: [{ cell: "D3", messageId: "qualitativeCheckable", severity: "warning" }, { cell: "D4", messageId: "qualitativeCheckable", severity: "warning" }] },
    { name: "a 实施周期 value differing from the annual one is checked too", grid: list("1、1-产出指标；13-时效指标；支付及时性；实施周期指标值:及时；年度指标值:100%。"), errors: [{ cell: "G4", messageId: "qualitative", severity: "error" }] },
  ],
});

describe("value-unquantified severities and data", () => {
  it("names the 三级, the category and the value", () => {
    const [d] = runRule(valueUnquantified, list(SEED_003_STAFF));
    expect(d).toMatchObject({ severity: "error", cell: "G4", data: { category: "质量指标", name: "专款专用情况", text: "按照相关要求专款专用" } });
  });

  it("warns (does not err) for social costs, quality passes and yes/no answers", () => {
    const grid = block(
      ["成本指标", "社会成本指标", "社会影响成本", "较低"],
      ["产出指标", "质量指标", "工程质量", "验收合格"],
      ["产出指标", "质量指标", "是否按规定使用", "是"],
      ["产出指标", "质量指标", "安保服务质量", "高质量完成"],
    );
    expect(runRule(valueUnquantified, grid).map((d) => [d.cell, d.severity])).toEqual([
      ["D3", "warning"],
      ["D4", "warning"],
      ["D5", "warning"],
      ["D6", "error"],
    ]);
  });
});
