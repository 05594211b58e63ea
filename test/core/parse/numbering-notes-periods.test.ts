/**
 * Three general shapes of provincial templates: outline numbers before category names, a note in
 * brackets after a head label, and 年度 · 实施期 written under a merged 指标值 cell.
 */
import { checkWorkbook } from "../../../src/core/check/check";
import { categoryKey, level1Of, level2Key } from "../../../src/core/model/framework";
import { labelKey } from "../../../src/core/text/normalize";
import { headLabelOf } from "../../../src/core/vocabulary/labels";
import { gridOf, parseGrids, projectsOf } from "./grids";

describe("outline numbers are not part of a category's name", () => {
  it.each([
    ["1.产出指标", "产出"],
    ["1.1数量指标", "数量"],
    ["3.1服务对象满意度指标", "服务对象满意度"],
    ["一、效益指标", "效益"],
    ["（一）社会效益指标", "社会效益"],
    ["(2)质量指标", "质量"],
    ["2)时效指标", "时效"],
    ["12-质量指标", "质量"],
    ["数量指标（20分）", "数量"],
  ])("%s → %s", (text, key) => {
    expect(categoryKey(text)).toBe(key);
  });

  it("a numbered table raises no structure warning", () => {
    const grid = gridOf("目标", [
      ["项目名称", "文明城市创建"],
      ["预算数", 100, "财政资金", 100, "其他资金", 0],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["1.产出指标", "1.1数量指标", "公益广告投放数量", "≥500处"],
      [null, "1.2质量指标", "测评达标率", "≥90%"],
      ["2.效益指标", "2.1社会效益指标", "市民文明素质", "≥5%"],
      ["3.满意度指标", "3.1服务对象满意度指标", "市民满意度", "≥85%"],
    ]);
    const { report } = checkWorkbook({ sheets: [grid] });
    expect(report.diagnostics.map((d) => `${d.rule}@${d.cell}`)).toEqual([]);
    expect([level1Of("2.效益指标"), level2Key("2.1社会效益指标")]).toEqual(["效益", "社会效益"]);
  });
});

describe("a note in brackets after a head label", () => {
  it.each([
    ["项目名称\n（全称）", "projectName"],
    ["填报单位（盖章）", "agency"],
    ["预算数（万元）", "total"],
    ["项目（资金）名称", null],
    ["一级指标（必填）", null],
  ])("%s → %s", (text, label) => {
    expect(headLabelOf(labelKey(text))).toBe(label);
  });
});

describe("年度 · 实施期 under a merged 指标值", () => {
  const rows = [
    ["项目名称", "智慧校园建设"],
    ["预算数", 260, "财政资金", 260, "其他资金", 0],
    ["一级指标", "二级指标", "三级指标", "指标值", null],
    [null, null, null, "年度", "实施期"],
    ["产出指标", "数量指标", "建设智慧教室", "≥80间", "≥60间"],
    ["效益指标", "社会效益指标", "教学信息化水平", "≥10%", "≥20%"],
    ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"],
  ];
  const merges = ["D3:E3", "A3:A4", "B3:B4", "C3:C4"];

  it("reads two value columns and no header row as an indicator", () => {
    const [project] = projectsOf(parseGrids(gridOf("目标表", rows, merges)));
    expect(project!.indicators.map((i) => [i.level3?.value, i.value?.value ?? null, i.periodValue?.value ?? null])).toEqual([
      ["建设智慧教室", "≥80间", "≥60间"],
      ["教学信息化水平", "≥10%", "≥20%"],
      ["师生满意度", "≥90%", "≥90%"],
    ]);
  });

  it("checks the year against the period", () => {
    const { report } = checkWorkbook({ sheets: [gridOf("目标表", rows, merges)] });
    expect(report.diagnostics.map((d) => `${d.rule}@${d.cell}`)).toEqual(["annual-beyond-period@D5"]);
  });
});

describe("符号 · 数值 · 单位 under a merged 指标值", () => {
  const rows = [
    ["项目名称", "食品安全风险监测经费"],
    ["预算数", 38.5, "财政资金", 30, "其他资金", 8.5],
    ["一级指标", "二级指标", "三级指标", "指标值", null, null, "权重"],
    [null, null, null, "符号", "数值", "单位", null],
    ["产出指标", "数量指标", "抽检批次", "≥", 1200, "批次", 20],
    ["产出指标", "质量指标", "抽检任务完成率", "＝", 120, "%", 20],
    ["效益指标", "社会效益指标", "食品安全水平", null, "稳步提升", null, 30],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%", 30],
  ];
  const merges = ["D3:F3", "A3:A4", "B3:B4", "C3:C4", "G3:G4"];

  it("joins the three into one target, and checks it", () => {
    const grid = gridOf("目标表", rows, merges);
    const [project] = projectsOf(parseGrids(grid));
    expect(project!.indicators.map((i) => i.value?.value ?? null)).toEqual(["≥1200批次", "＝120%", "稳步提升", "≥90%"]);
    const { report } = checkWorkbook({ sheets: [grid] });
    expect(report.diagnostics.filter((d) => d.severity !== "info").map((d) => `${d.rule}@${d.cell}`)).toEqual(["rate-above-100@E6"]);
  });

  it("a qualitative target typed into the 符号 cell, the others blank, is the target (not a missing value)", () => {
    const typed = rows.map((r, i) => (i === 6 ? ["效益指标", "社会效益指标", "食品安全水平", "稳步提升", null, null, 30] : r));
    const grid = gridOf("目标表", typed, merges);
    const [project] = projectsOf(parseGrids(grid));
    expect(project!.indicators.map((i) => [i.value?.value ?? null, i.value?.cell ?? null])[2]).toEqual(["稳步提升", "D7"]);
    const { report } = checkWorkbook({ sheets: [grid] });
    expect(report.diagnostics.filter((d) => d.severity !== "info").map((d) => `${d.rule}@${d.cell}`)).toEqual(["rate-above-100@E6"]);
  });

  it("an operator alone, with 数值 blank, is still a missing value", () => {
    const typed = rows.map((r, i) => (i === 4 ? ["产出指标", "数量指标", "抽检批次", "≥", null, "批次", 20] : r));
    const { report } = checkWorkbook({ sheets: [gridOf("目标表", typed, merges)] });
    expect(report.diagnostics.filter((d) => d.severity !== "info").map((d) => `${d.rule}@${d.cell}`)).toEqual(["empty-indicator-field@E5", "rate-above-100@E6"]);
  });
});
