import { amountAsText } from "../../../src/core/rules/amount-as-text";
import type { CellValue } from "../../../src/core/grid/grid";
import { ruleTester, runRule, type TestGrid } from "./rule-tester";

const INDICATORS = [
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "培训人数", "≥100人"],
] as const;

/** A block table: 预算数 in B3, 财政资金 in D3, 其他资金 in F3. */
function block(total: CellValue, fiscal: CellValue, other: CellValue, unit = "单位：万元"): TestGrid {
  return { rows: [["项目名称", "示例项目"], [unit], ["预算数", total, "其中：财政资金", fiscal, "其他资金", other], ...INDICATORS] };
}

/** Seed 002's 资金支出计划: amounts in B5:E5. */
function plan(...amounts: CellValue[]): TestGrid {
  return {
    rows: [
      ["项目名称", "2023年市级信访积案化解资金"],
      ["单位：万元"],
      ["预算数", 720, "其中：财政资金", 720, "其他资金", null],
      ["资金支出计划", "3月底", "6月底", "10月底", "12月底"],
      [null, ...amounts],
      ...INDICATORS,
    ],
  };
}

function list(total: CellValue, fiscal: CellValue): TestGrid {
  return {
    rows: [
      ["项目支出绩效目标表"],
      ["部门名称：广州市荔湾区信访局", null, null, null, null, null, "单位：万元"],
      ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"],
      ["信访维稳工作专项经费", total, fiscal, null, null, "促进我区社会和谐稳定。", "1、1-产出指标；12-质量指标；信访事项及时受理率；实施周期指标值:100%；年度指标值:100%。"],
    ],
  };
}

ruleTester(amountAsText, {
  valid: [
    { name: "meta example", grid: amountAsText.meta.examples.valid },
    { name: "numbers", grid: block(100, 80.5, 19.5) },
    { name: "nil words and blanks are not amounts typed as text", grid: block(100, 100, "-") },
    { name: "（空）", grid: block(100, 100, "（空）") },
    { name: "inline label and amount in one cell", grid: { rows: [["项目名称", "示例项目"], ["单位：万元"], ["预算数：100", null, "财政资金：100"], ...INDICATORS] } },
    { name: "seed 002: a numeric spending plan", grid: plan(180, 360, 540, 720) },
    { name: "seed 003: numeric list amounts", grid: list(100, 100) },
  ],
  invalid: [
    { name: "meta example", grid: amountAsText.meta.examples.invalid, errors: [{ cell: "B3", messageId: "textWithUnit", severity: "warning" }] },
    {
      name: "thousands separators, full-width digits, a number typed as text",
      grid: block("1,234.50", "１２３４.５０", "0"),
      errors: [
        { cell: "B3", messageId: "text", severity: "warning" },
        { cell: "D3", messageId: "text", severity: "warning" },
        { cell: "F3", messageId: "text", severity: "warning" },
      ],
    },
    { name: "a redundant 万 in a 万元 table", grid: block("150万", "150万元", null), errors: [{ cell: "B3", messageId: "textWithUnit", severity: "warning" }, { cell: "D3", messageId: "textWithUnit", severity: "warning" }] },
    {
      // Every money unit of the vocabulary may close the text, 百万元 too (1.5百万元 is 150 万元).
      name: "a unit of the vocabulary written after the figure: 1.5百万元",
      grid: block("1.5百万元", "1.5百万元", null),
      errors: [
        { cell: "B3", messageId: "textWithUnit", severity: "warning", data: { field: "预算数", text: "1.5百万元", amount: 150, unit: "万元" } },
        { cell: "D3", messageId: "textWithUnit", severity: "warning", data: { field: "财政资金", text: "1.5百万元", amount: 150, unit: "万元" } },
      ],
    },
    { name: "the spending plan", grid: plan(180, "360", 540, "720.00"), errors: [{ cell: "C5", messageId: "text", severity: "warning" }, { cell: "E5", messageId: "text", severity: "warning" }] },
    { name: "a list row", grid: list("100", 100), errors: [{ cell: "B4", messageId: "text", severity: "warning" }] },
  ],
});

describe("amount-as-text fixes", () => {
  const edits = (grid: TestGrid) => runRule(amountAsText, grid).map((d) => d.fix?.edits);

  it("writes the number in the table's unit", () => {
    expect(edits(block("1,234.50", "１２３４.５０", "0"))).toEqual([
      [{ sheet: "Sheet1", cell: "B3", from: "1,234.50", to: 1234.5 }],
      [{ sheet: "Sheet1", cell: "D3", from: "１２３４.５０", to: 1234.5 }],
      [{ sheet: "Sheet1", cell: "F3", from: "0", to: 0 }],
    ]);
    expect(edits(block("150万", "150万元", null))).toEqual([
      [{ sheet: "Sheet1", cell: "B3", from: "150万", to: 150 }],
      [{ sheet: "Sheet1", cell: "D3", from: "150万元", to: 150 }],
    ]);
  });

  it("converts a magnitude in a 元 table", () => {
    expect(edits(block("1.5万", 15000, null, "单位：元"))).toEqual([[{ sheet: "Sheet1", cell: "B3", from: "1.5万", to: 15000 }]]);
  });

  it("fixes the spending plan and list rows", () => {
    expect(edits(plan(180, "360", 540, "720.00"))).toEqual([
      [{ sheet: "Sheet1", cell: "C5", from: "360", to: 360 }],
      [{ sheet: "Sheet1", cell: "E5", from: "720.00", to: 720 }],
    ]);
    expect(edits(list("100", 100))).toEqual([[{ sheet: "Sheet1", cell: "B4", from: "100", to: 100 }]]);
  });

  it("a source summed from several lines: each line typed as text is fixed in its own cell with its own number", () => {
    const bond: TestGrid = { rows: [["项目名称", "示例项目"], ["单位：万元"], ["预算数", 85, "本级财力", "60.00", "债券资金", "20.00", "其他资金", 5], ...INDICATORS] };
    expect(runRule(amountAsText, bond).map((d) => [d.cell, d.data, d.fix?.edits])).toEqual([
      ["D3", { field: "财政资金", text: "60.00", amount: 60, unit: "万元" }, [{ sheet: "Sheet1", cell: "D3", from: "60.00", to: 60 }]],
      ["F3", { field: "财政资金", text: "20.00", amount: 20, unit: "万元" }, [{ sheet: "Sheet1", cell: "F3", from: "20.00", to: 20 }]],
    ]);
  });

  it("上级补助 typed as text is fixed too", () => {
    const upper: TestGrid = { rows: [["项目名称", "示例项目"], ["单位：万元"], ["预算数", 95, "其中：本级财力", 80, "上级补助", "15"], ...INDICATORS] };
    expect(runRule(amountAsText, upper).map((d) => [d.cell, d.data])).toEqual([["F3", { field: "上级补助", text: "15", amount: 15, unit: "万元" }]]);
  });

  it("names the field, the text and the number", () => {
    const [total, point] = [runRule(amountAsText, block("150万", 150, null))[0], runRule(amountAsText, plan(180, "360", 540, 720))[0]];
    expect(total?.data).toEqual({ field: "预算数", text: "150万", amount: 150, unit: "万元" });
    expect(point?.data).toEqual({ field: "资金支出计划（6月底）", text: "360", amount: 360, unit: "万元" });
  });
});
