import { missingCategory } from "../../../src/core/rules/missing-category";
import { runRule, ruleTester } from "./rule-tester";
import { block, LEGACY_ROWS, ROWS_2021 } from "./fixtures";

const LIST_HEADER = ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"];

ruleTester(missingCategory, {
  valid: [
    { name: "legacy, complete", grid: block({ indicators: LEGACY_ROWS }) },
    { name: "2021, complete", grid: block({ indicators: ROWS_2021 }) },
    { name: "legacy profile forced: no 成本 needed", grid: block({ indicators: LEGACY_ROWS }), config: { profile: "legacy" } },
    {
      name: "legacy: satisfaction filed as 社会公众或服务对象满意度指标 under 效益",
      grid: block({ indicators: [...LEGACY_ROWS.slice(0, 4), [null, "社会公众或服务对象满意度指标", "群众满意度", "≥90%"]] }),
    },
  ],
  invalid: [
    { name: "no 满意度", grid: block({ indicators: LEGACY_ROWS.slice(0, 4) }), errors: [{ cell: "A5", messageId: "missing", severity: "error" }] },
    { name: "no 效益 and no 满意度", grid: block({ indicators: LEGACY_ROWS.slice(0, 3) }), errors: [{ cell: "A5", messageId: "missing", severity: "error" }, { cell: "A5", messageId: "missing", severity: "error" }] },
    {
      name: "no 一级 column: shown at the 二级指标 header",
      grid: { rows: [["项目名称", "示例项目"], ["二级指标", "三级指标", "指标值"], ["数量指标", "培训人数", "≥100人"], ["社会效益指标", "业务水平", "有效提升"]] },
      errors: [{ cell: "A2", messageId: "missing", severity: "error" }],
    },
    { name: "2021 profile forced: 成本 required", grid: block({ indicators: LEGACY_ROWS }), config: { profile: "2021" }, errors: [{ cell: "A5", messageId: "missing", severity: "error" }] },
    {
      name: "list layout: the encoded cell",
      grid: {
        rows: [
          ["单位：万元"],
          LIST_HEADER,
          ["合计", 3, 3],
          ["购置经费", 3, 3, null, null, "保障运行", "1、1-产出指标；12-质量指标；信访事项及时受理率；实施周期指标值:100%；年度指标值:100%。2、2-效益指标；22-社会效益；正常运行率；实施周期指标值:100%；年度指标值:100%。"],
        ],
      },
      errors: [{ cell: "G4", messageId: "missing", severity: "error" }],
    },
  ],
});

it("names the missing category and the framework in the data", () => {
  const [d] = runRule(missingCategory, block({ indicators: LEGACY_ROWS.slice(0, 4) }));
  expect(d!.data).toEqual({ category: "满意度指标", framework: "legacy", required: "产出指标、效益指标、满意度指标" });
});

describe("missing-category across a workbook", () => {
  it("a table with no 成本 at all follows the 2021 tables of its sheet and is told 成本 is missing", () => {
    const withCost = block({ name: "甲", indicators: ROWS_2021 });
    const withoutCost = block({ name: "乙", indicators: ROWS_2021.slice(1) });
    const sameSheet = { rows: [...withCost.rows, [], [], ...withoutCost.rows] };
    const diagnostics = runRule(missingCategory, sameSheet);
    expect(diagnostics.map((d) => [d.cell, d.data.category, d.data.framework])).toEqual([["A18", "成本指标", "2021"]]);
    // On a sheet of its own, with nothing to follow, the lenient legacy framework applies.
    expect(runRule(missingCategory, [withCost, withoutCost])).toEqual([]);
  });

  it("rows left blank inside the indicator part do not hide the categories below them", () => {
    const rows = [...LEGACY_ROWS.slice(0, 3), [null, null, null, null], [null, null, null, null], ...LEGACY_ROWS.slice(4)];
    expect(runRule(missingCategory, block({ indicators: rows })).map((d) => d.data.category)).toEqual(["效益指标"]);
  });
});
