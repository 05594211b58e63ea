import { defineRule, eachCellOf, eachTarget } from "../../../src/core/rules/types";
import { exampleBudgetTable, exampleDepartment, exampleProject, ruleExamples } from "../../../src/core/rules/example-grid";
import { runRule } from "./rule-tester";

const sample = {
  scope: "project",
  id: "sample-rule",
  category: "value",
  severity: "error",
  description: ["示例", "Sample"],
  messages: { firm: ["甲", "A"], weak: ["乙", "B", "info"] },
  examples: { invalid: exampleProject({ indicators: [["产出指标", "数量指标", "培训人数", "待定"]] }), errors: [["D3", "firm"]], corrected: { D3: "≥100人" } },
} as const;
const declared = defineRule({ ...sample, check: eachTarget((t) => (t.text === "待定" ? { messageId: "firm", cell: t.cell } : null)) });

describe("defineRule: the meta the docs, the runner and the tests read", () => {
  it("spells out messages, flags and examples", () => {
    expect(declared.meta).toEqual({
      id: "sample-rule",
      category: "value",
      severity: "error",
      description: { zh: "示例", en: "Sample" },
      messages: { firm: { zh: "甲", en: "A" }, weak: { zh: "乙", en: "B", severity: "info" } },
      fixable: false,
      hasSuggestions: false,
      examples: {
        invalid: {
          rows: [["项目名称", "示例项目"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人数", "待定"]],
          errors: [["D3", "firm"]],
        },
        valid: { rows: [["项目名称", "示例项目"], ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人数", "≥100人"]] },
      },
    });
    expect(Object.keys(declared.meta.messages.firm!)).toEqual(["zh", "en"]);
  });

  it("eachTarget reports the 指标值 and the 实施周期指标值 of each row, in table order", () => {
    const grid = exampleProject({
      valueColumns: ["年度指标值", "实施周期指标值"],
      indicators: [
        ["产出指标", "数量指标", "培训人数", "待定", "待定"],
        ["产出指标", "质量指标", "培训合格率", "≥95%", "待定"],
      ],
    });
    expect(runRule(declared, grid).map((d) => [d.cell, d.messageId, d.severity])).toEqual([
      ["D3", "firm", "error"],
      ["E3", "firm", "error"],
      ["E4", "firm", "error"],
    ]);
  });
});

describe("eachCellOf", () => {
  // The sample rule's declaration with a check that reports every 一级 cell it is given.
  const everyLevel1 = defineRule({ ...sample, check: eachCellOf((ind) => ind.level1, (l1) => ({ messageId: "firm", cell: l1.cell })) });

  it("judges a merged 一级 cell once and each other cell once", () => {
    const grid = { ...exampleProject({ indicators: [["产出指标", "数量指标", "培训人数", "≥100人"], [null, "质量指标", "培训合格率", "≥95%"], ["效益指标", "社会效益指标", "业务水平", "有效提升"]] }), merges: ["A3:A4"] };
    expect(runRule(everyLevel1, grid).map((d) => d.cell)).toEqual(["A3", "A5"]);
  });
});

describe("example grids", () => {
  it("a correction replaces only its cells and leaves the invalid grid as it was", () => {
    const invalid = exampleBudgetTable(["科目编码", "科目名称", "合计"], [["201", "一般公共服务支出", 30]]);
    const { valid } = ruleExamples({ invalid, errors: [["C3", "x"]], corrected: { C3: 25 } });
    expect(valid.rows).toEqual([["单位：万元"], ["科目编码", "科目名称", "合计"], ["201", "一般公共服务支出", 25]]);
    expect(invalid.rows[2]).toEqual(["201", "一般公共服务支出", 30]);
  });

  it("a correction outside the invalid grid is refused", () => {
    const invalid = exampleBudgetTable(["科目编码", "科目名称", "合计"], [["201", "一般公共服务支出", 30]]);
    expect(() => ruleExamples({ invalid, errors: [], corrected: { D3: 25 } })).toThrow("example correction D3 lies outside the invalid grid");
    expect(() => ruleExamples({ invalid, errors: [], corrected: { C9: 25 } })).toThrow("example correction C9 lies outside the invalid grid");
  });

  it("a project's head, plan and cost table stand where the readers expect them", () => {
    const rows = exampleProject({ unit: "万元", budget: [10, 10, 0], plan: { amounts: [2, 4, 6, 10] }, costs: { items: [["培训费", 100, 1000, 10, "按标准"]], total: 10 } }).rows;
    expect(rows).toEqual([
      ["项目名称", "示例项目"],
      ["单位：万元"],
      ["预算数", 10, "其中：财政资金", 10, "其他资金", 0],
      ["资金支出计划", "3月底", "6月底", "10月底", "12月底"],
      [null, 2, 4, 6, 10],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", "≥100人"],
      ["成本构成", "数量", "单价（元）", "金额（万元）", "测算依据"],
      ["培训费", 100, 1000, 10, "按标准"],
      ["合计", null, null, 10, null],
    ]);
  });

  it("a department table lists its tasks, then 金额合计", () => {
    expect(exampleDepartment([["规划编制", "编制规划", 100, 80, 20]], [100, 80, 20]).rows.slice(2, 5)).toEqual([
      ["年度主要任务", "任务名称", "主要内容", "总额", "财政拨款", "其他资金"],
      [null, "规划编制", "编制规划", 100, 80, 20],
      [null, "金额合计", null, 100, 80, 20],
    ]);
  });
});
