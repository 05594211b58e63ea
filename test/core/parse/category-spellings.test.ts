/**
 * Category names as provinces' templates spell them: 产出目标 / 数量目标 (the categories called
 * targets), the trailing word being only a spelling of 指标. Read by meaning, a table so spelled
 * raises nothing; a real misfiling is still reported.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import type { CellValue } from "../../../src/core/grid/grid";
import { level1Of, level2Key } from "../../../src/core/model/framework";
import { ordinaryBlock } from "./grids";

function report(indicators: CellValue[][]) {
  return checkWorkbook({ sheets: [ordinaryBlock(indicators)] }).report.diagnostics.map((d) => [d.rule, d.cell, d.messageId, d.severity]);
}

describe("二级 and 一级 spelled with 目标 for 指标", () => {
  it.each([
    ["数量目标", "数量"],
    ["质量目标", "质量"],
    ["时效目标", "时效"],
    ["成本目标", "成本"],
    ["经济效益目标", "经济效益"],
    ["社会效益目标", "社会效益"],
    ["生态效益目标", "生态效益"],
    ["可持续影响目标", "可持续影响"],
    ["服务对象满意度目标", "服务对象满意度"],
    ["经济成本目标", "经济成本"],
  ])("%s is the 二级 %s", (word, key) => {
    expect(level2Key(word)).toBe(key);
  });

  it.each([
    ["产出目标", "产出"],
    ["效益目标", "效益"],
    ["满意度目标", "满意度"],
    ["成本目标", "成本"],
  ])("%s is the 一级 %s", (word, l1) => {
    expect(level1Of(word)).toBe(l1);
  });

  it("a legacy table with every category so spelled raises nothing", () => {
    expect(
      report([
        ["产出目标", "数量目标", "培训人数", "≥100人"],
        ["产出目标", "质量目标", "培训合格率", "≥95%"],
        ["产出目标", "时效目标", "完成时间", "2025年1月至12月"],
        ["产出目标", "成本目标", "人均培训成本", "≤0.1万元"],
        ["效益目标", "经济效益目标", "带动增收", "≥5万元"],
        ["效益目标", "社会效益目标", "业务水平提升率", "≥10%"],
        ["效益目标", "生态效益目标", "纸张节约率", "≥5%"],
        ["效益目标", "可持续影响目标", "培训机制运行年限", "≥3年"],
        ["满意度目标", "服务对象满意度目标", "学员满意度", "≥90%"],
      ]),
    ).toEqual([]);
  });

  it("the standard 一级 over 二级 spelled with 目标 raises nothing either", () => {
    expect(
      report([
        ["产出指标", "数量目标", "培训人数", "≥100人"],
        ["效益指标", "社会效益目标", "业务水平提升率", "≥10%"],
        ["满意度指标", "服务对象满意度目标", "学员满意度", "≥90%"],
      ]),
    ).toEqual([]);
  });

  it("a 二级 under the wrong 一级 is still reported, however spelled", () => {
    expect(
      report([
        ["产出目标", "数量目标", "培训人数", "≥100人"],
        ["效益目标", "数量指标", "培训场次", "≥5次"],
        ["效益指标", "质量目标", "合格率", "≥95%"],
        ["效益目标", "社会效益目标", "业务水平提升率", "≥10%"],
        ["满意度目标", "服务对象满意度目标", "学员满意度", "≥90%"],
      ]),
    ).toEqual([
      ["level2-mismatch", "B8", "notUnder", "error"],
      ["level2-mismatch", "B9", "notUnder", "error"],
    ]);
  });

  it("a table with no 满意度, spelled with 目标, misses 满意度 and only that", () => {
    expect(
      report([
        ["产出目标", "数量目标", "培训人数", "≥100人"],
        ["效益目标", "社会效益目标", "业务水平提升率", "≥10%"],
      ]),
    ).toEqual([["missing-category", "A6", "missing", "error"]]);
  });
});
