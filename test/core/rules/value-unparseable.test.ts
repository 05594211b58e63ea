import { valueUnparseable } from "../../../src/core/rules/value-unparseable";
import { unreadableKind } from "../../../src/core/value/unreadable";
import { ruleTester } from "./rule-tester";
import { indicatorRows as block, encodedProject as list } from "./fixtures";

/** A block table whose indicator rows start at row 3 (指标值 in column D). */

/** A list-layout row (seed 003) whose indicators are encoded in G4. */

ruleTester(valueUnparseable, {
  valid: [
    { name: "numbers, periods and real qualitative text", grid: block(
      ["产出指标", "数量指标", "保障人数", "≤91人"],
      ["产出指标", "时效指标", "资金使用时间", "2024年1月至12月"],
      ["效益指标", "社会效益指标", "保障机关正常运转", "基本保障"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "$\\geq 95\\%$"],
    ) },
    { name: "qualitative targets are value-unquantified's, not this rule's", grid: block(
      ["产出指标", "质量指标", "安保服务质量", "高质量完成"],
      ["产出指标", "时效指标", "工资支付及时性", "及时"],
    ) },
    { name: "无 means none for an undesirable thing", grid: block(["产出指标", "质量指标", "重大安全事故", "无"]) },
    { name: "blank values are left to empty-indicator-field", grid: block(["产出指标", "数量指标", "培训人数", null], ["产出指标", "数量指标", "培训场次", " "]) },
    { name: "dates, round-the-clock and known Latin units", grid: block(
      ["产出指标", "时效指标", "完成时限", "2024-12-31"],
      ["产出指标", "质量指标", "服务时间", "7×24"],
      ["产出指标", "数量指标", "带宽", "≥100Mbps"],
      ["产出指标", "数量指标", "存储容量", "≥10 TB"],
    ) },
    { name: "template leftovers are placeholder-indicator's", grid: block(
      ["产出指标", "数量指标", "培训场次", "xx"],
      ["产出指标", "质量指标", "合格率", "XX%"],
      ["产出指标", "质量指标", "完成率", "≥XXX%"],
      ["产出指标", "质量指标", "达标率", "……"],
      ["产出指标", "质量指标", "验收率", "请填写"],
    ) },
    { name: "a sentence with a number in it", grid: block(["产出指标", "时效指标", "办结时限", "≤3个工作日内完成"]) },
    { name: "grades written in letters", grid: block(["效益指标", "经济效益指标", "信用等级", "AAA"]) },
    { name: "seed 003 list (encoded cell)", grid: list("1、1-产出指标；12-质量指标；信访事项及时受理率；实施周期指标值:100%；年度指标值:100%。2、2-效益指标；22-社会效益；社会稳定贡献；实施周期指标值:提高我区的和谐稳定程度。；年度指标值:提高我区的和谐稳定程度。3、3-满意度指标；31-服务对象满意度；群众满意度；实施周期指标值:≥80%；年度指标值:≥80%。") },
  ],
  invalid: [
    { name: "Excel error values", grid: block(["产出指标", "数量指标", "培训人数", "#REF!"], ["产出指标", "质量指标", "合格率", "#N/A"], ["产出指标", "质量指标", "达标率", "#DIV/0!"]), errors: [{ cell: "D3", messageId: "formulaError", severity: "warning" }, { cell: "D4", messageId: "formulaError", severity: "warning" }, { cell: "D5", messageId: "formulaError", severity: "warning" }] },
    { name: "placeholder words", grid: block(
      ["产出指标", "数量指标", "培训人数", "待定"],
      ["产出指标", "数量指标", "培训场次", "x"],
      ["产出指标", "质量指标", "合格率", "TBD"],
      ["效益指标", "社会效益指标", "社会影响", "待补充"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "同上"],
    ), errors: [{ cell: "D3", messageId: "placeholder", severity: "warning" }, { cell: "D4", messageId: "placeholder", severity: "warning" }, { cell: "D5", messageId: "placeholder", severity: "warning" }, { cell: "D6", messageId: "placeholder", severity: "warning" }, { cell: "D7", messageId: "placeholder", severity: "warning" }] },
    { name: "punctuation only", grid: block(["产出指标", "数量指标", "培训人数", "?"], ["产出指标", "数量指标", "培训场次", "—"], ["产出指标", "数量指标", "设备数量", "/"]), errors: [{ cell: "D3", messageId: "placeholder", severity: "warning" }, { cell: "D4", messageId: "placeholder", severity: "warning" }, { cell: "D5", messageId: "placeholder", severity: "warning" }] },
    { name: "an operator or a unit without its number", grid: block(["产出指标", "质量指标", "合格率", "≥%"], ["产出指标", "数量指标", "培训人数", "人"], ["满意度指标", "服务对象满意度指标", "群众满意度", "≥"]), errors: [{ cell: "D3", messageId: "noNumber", severity: "warning" }, { cell: "D4", messageId: "noNumber", severity: "warning" }, { cell: "D5", messageId: "noNumber", severity: "warning" }] },
    { name: "digits and symbols the grammar cannot read", grid: block(["产出指标", "质量指标", "合格率", "≥95%%"], ["产出指标", "质量指标", "验收合格率", "90%-95%"], ["产出指标", "数量指标", "培训人数", "3-5"]), errors: [{ cell: "D3", messageId: "malformed", severity: "warning" }, { cell: "D4", messageId: "malformed", severity: "warning" }, { cell: "D5", messageId: "malformed", severity: "warning" }] },
    { name: "a Latin unit nobody reads as a unit", grid: block(["产出指标", "质量指标", "合格率", "≥95xx"]), errors: [{ cell: "D3", messageId: "unknownUnit", severity: "warning" }] },
    { name: "in an encoded list cell, each indicator is reported on the cell", grid: list("1、1-产出指标；11-数量指标；培训人数；实施周期指标值:待定；年度指标值:待定。2、1-产出指标；12-质量指标；合格率；实施周期指标值:#REF!；年度指标值:#REF!。"), errors: [{ cell: "G4", messageId: "placeholder", severity: "warning" }, { cell: "G4", messageId: "formulaError", severity: "warning" }] },
  ],
});

describe("unreadableKind", () => {
  it.each([
    ["#VALUE!", "formulaError"],
    ["待定", "placeholder"],
    ["TBD", "placeholder"],
    ["N/A", "placeholder"],
    ["***", "placeholder"],
    ["？", "placeholder"],
    ["%", "noNumber"],
    ["≥万元", "noNumber"],
    ["100%/100%", "malformed"],
  ])("%s is %s", (text, kind) => {
    expect(unreadableKind(text)).toBe(kind);
  });

  it.each(["基本保障", "及时", "无", "有效促进", "合格", "2024.12.31", "", "AAA", "全年"])("%s is readable (or not this rule's)", (text) => {
    expect(unreadableKind(text)).toBeNull();
  });
});
