/**
 * The smallest inputs the property tests found breaking a property, kept as plain examples.
 * Each names the property it broke and where the core went wrong.
 */
import { performance } from "node:perf_hooks";
import { checkWorkbook } from "../../src/core/check/check";
import type { CellValue, WorkbookGrids } from "../../src/core/grid/grid";
import { inspectWorkbook } from "./invariants";

const sheet = (cells: CellValue[][]): WorkbookGrids => ({ sheets: [{ sheet: "S", cells, merges: [] }] });

/** A minimal project block: a name, an indicator header and one indicator row. */
function project(name: string, level2: CellValue, value: CellValue, basis: CellValue = "历史标准", level1: CellValue = "产出指标"): CellValue[][] {
  return [
    ["项目名称", name],
    ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
    [level1, level2, "设备数量", value, basis],
  ];
}

describe("never throws", () => {
  // RangeError: toFixed() digits argument must be between 0 and 100, from normaliseIndicatorValue
  // (src/core/value/parse-indicator-value.ts) when a value has more than 100 decimals.
  it("an indicator value cell of 1e-101 in a workbook of three projects (copied-indicators)", () => {
    const cells = [...project("甲", "数量指标", 1e-101), [], ...project("乙", "数量指标", 1), [], ...project("丙", "数量指标", 1)];
    expect(() => checkWorkbook(sheet(cells))).not.toThrow();
  });

  it("an indicator value written with 101 decimals and a stray space (value-spelling respell)", () => {
    const value = `≥ 0.${"0".repeat(100)}1 %`;
    expect(() => checkWorkbook(sheet(project("甲", "数量指标", value)))).not.toThrow();
  });
});

describe("every diagnostic points at a cell", () => {
  // income-expense-balance/sideSum reports cell "" when a side's item has no amount and its row no
  // income label: `target.amount?.cell ?? target.row.label?.cell ?? ""`.
  it("an income/expense table whose expense item has no amount of its own", () => {
    const cells: CellValue[][] = [
      ["项目", "预算数", "项目", "预算数"],
      [null, null, "一、本年支出"],
      [null, null, "(一) 一般公共服务支出", 5],
    ];
    expect(inspectWorkbook(sheet(cells)).violations).toEqual([]);
  });
});

describe("suggested edits expect what the cell holds", () => {
  // Suggestions take `from` from the parsed (tidied, stringified) text, not the cell's value, so
  // applying them is refused as stale: level2-mismatch, basis-not-standard and plan-label-unit.
  it.each<[string, CellValue[][]]>([
    ["a 二级指标 cell with a line break (level2-mismatch)", project("甲", "数量指标\n数量指标", "≥1台")],
    ["a 二级指标 cell holding a number (level2-mismatch)", project("甲", 12, "≥95%", "历史标准", "满意度指标")],
    ["a 指标值确定依据 cell with a line break (basis-not-standard)", project("甲", "数量指标", "≥1台", "历史标准\n历史标准")],
    [
      "a 资金支出计划（%） label with spaces around it (plan-label-unit)",
      [
        ["项目名称", "示例项目"],
        ["单位：万元"],
        ["预算数", 400, "其中：财政资金", 400, "其他资金", null],
        [" 资金支出计划（%） ", "3月底", "6月底", "10月底", "12月底"],
        [null, 100, 200, 300, 400],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训人数", "≥100人"],
      ],
    ],
  ])("%s", (_name, cells) => {
    const { report, violations } = inspectWorkbook(sheet(cells));
    expect(report.diagnostics.some((d) => (d.suggestions ?? []).length > 0)).toBe(true);
    expect(violations).toEqual([]);
  });
});

describe("finishes within a bound", () => {
  // value-unparseable's unitSuffix (and value-unquantified) try every suffix of the text: quadratic
  // in its length. One cell of Excel's maximum length took 2.5 s, twenty of them 44 s.
  it("an indicator value of 32,767 characters (Excel's maximum) checks in under a second", () => {
    const value = "1、".repeat(16_384).slice(0, 32_767);
    const start = performance.now();
    checkWorkbook(sheet(project("甲", "数量指标", value)));
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
