import { basisNotStandard } from "../../../src/core/rules/basis-not-standard";
import { ruleTester, runRule, type TestGrid } from "./rule-tester";

/** Seed 004's columns: 指标值设置依据 in E; indicator rows from row 5. */
function block(...bases: (string | null)[]): TestGrid {
  return {
    rows: [
      ["项目名称", "部门专项-聘请法律顾问经费"],
      ["单位：万元"],
      ["年度预算总额", 1, "财政拨款", 1, "其他资金", 0],
      ["一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值", "指标分值权重"],
      ...bases.map((b, i) => ["产出指标", "质量指标", `指标${i + 1}`, "=100%", b, null, 10]),
    ],
  };
}

ruleTester(basisNotStandard, {
  valid: [
    { name: "meta example", grid: basisNotStandard.meta.examples.valid },
    { name: "the five standards", grid: block("计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准") },
    { name: "blank basis", grid: block(null, "  ") },
    { name: "spaces inside a standard name", grid: block("历史 标准") },
    {
      name: "seed 002: 指标值确定依据 历史标准",
      grid: {
        rows: [
          ["项目名称", "2023年信访专项业务费"],
          ["一级指标", "二级指标", "三级指标", "指标解释", "指标值", "指标值确定依据"],
          ["产出指标", "时效指标", "信访事项及时受理率", "及时受理", "≥98%", "历史标准"],
        ],
      },
    },
  ],
  invalid: [
    { name: "meta example", grid: basisNotStandard.meta.examples.invalid, errors: [{ cell: "E3", messageId: "notStandard", severity: "warning" }] },
    { name: "seed 004: 行业或国家标准", grid: block("行业或国家标准"), errors: [{ cell: "E5", messageId: "notStandard", severity: "warning" }] },
    {
      name: "free text, with or without an obvious standard",
      grid: block("上年实际完成情况", "根据工作计划", "财政部文件", "历史标准、行业标准"),
      errors: [
        { cell: "E5", messageId: "notStandard", severity: "warning" },
        { cell: "E6", messageId: "notStandard", severity: "warning" },
        { cell: "E7", messageId: "notStandard", severity: "warning" },
        { cell: "E8", messageId: "notStandard", severity: "warning" },
      ],
    },
    {
      name: "a basis merged over two rows is reported once",
      grid: { ...block("国家标准", null), merges: ["E5:E6"] },
      errors: [{ cell: "E5", messageId: "notStandard", severity: "warning" }],
    },
  ],
});

describe("basis-not-standard suggestions", () => {
  it("seed 004: suggests 行业标准 for 行业或国家标准", () => {
    const [d] = runRule(basisNotStandard, block("行业或国家标准"));
    expect(d?.data).toEqual({ indicator: "指标1", basis: "行业或国家标准", standards: "计划标准、行业标准、历史标准、预算支出标准、其他标准" });
    expect(d?.fix).toBeUndefined();
    expect(d?.suggestions).toEqual([
      { messageId: "rename", data: { to: "行业标准" }, edits: [{ sheet: "Sheet1", cell: "E5", from: "行业或国家标准", to: "行业标准" }] },
    ]);
  });

  it("suggests only when the text points at exactly one standard", () => {
    const ds = runRule(basisNotStandard, block("上年实际完成情况", "根据工作计划", "财政部文件", "历史标准、行业标准"));
    expect(ds.map((d) => d.suggestions?.[0]?.data.to ?? null)).toEqual(["历史标准", "计划标准", null, null]);
  });
});
