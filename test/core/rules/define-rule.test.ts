import { defineRule, eachCellOf, eachTarget, eachTargetCell } from "../../../src/core/rules/types";
import { exampleDepartment, exampleProject, ruleExamples } from "../../../src/core/rules/example-grid";
import { runRule } from "./rule-tester";

const sample = {
  scope: "project",
  id: "sample-rule",
  category: "value",
  severity: "error",
  description: ["示例", "Sample"],
  messages: { firm: ["甲", "A"], weak: ["乙", "B", "info"] },
  examples: { invalid: { project: { indicators: [["产出指标", "数量指标", "培训人数", "待定"]] } }, errors: [["D3", "firm"]], corrected: { D3: "≥100人" } },
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

describe("eachTargetCell", () => {
  const everyTarget = defineRule({ ...sample, check: eachTargetCell((t) => ({ messageId: "firm", cell: t.cell, data: { text: t.text } })) });

  it("judges a 指标值 cell merged over two rows once, and each other target cell once, in table order", () => {
    const grid = { ...exampleProject({ indicators: [["产出指标", "数量指标", "培训人数", "≥100人"], ["产出指标", "质量指标", "培训合格率", null], ["效益指标", "社会效益指标", "业务水平", "有效提升"]] }), merges: ["D3:D4"] };
    expect(runRule(everyTarget, grid).map((d) => [d.cell, d.data?.text])).toEqual([
      ["D3", "≥100人"],
      ["D5", "有效提升"],
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
  const table = { budgetTable: { header: ["科目编码", "科目名称", "合计"], rows: [["201", "一般公共服务支出", 30]] } };

  it("a rule's examples file names a builder and its arguments; a correction replaces only its cells", () => {
    const { invalid, valid } = ruleExamples("sample-rule", { invalid: table, errors: [["C3", "firm"]], corrected: { C3: 25 } }, ["firm"]);
    expect(invalid).toEqual({ rows: [["单位：万元"], ["科目编码", "科目名称", "合计"], ["201", "一般公共服务支出", 30]], errors: [["C3", "firm"]] });
    expect(valid.rows).toEqual([["单位：万元"], ["科目编码", "科目名称", "合计"], ["201", "一般公共服务支出", 25]]);
  });

  it("raw rows keep their merged areas", () => {
    const declared = { invalid: { rows: [["一级指标"], ["产出指标"]], merges: ["A1:B1"] }, errors: [["A2", "firm"]], valid: { rows: [["一级指标"]] } };
    expect(ruleExamples("sample-rule", declared, ["firm"])).toEqual({ invalid: { rows: [["一级指标"], ["产出指标"]], merges: ["A1:B1"], errors: [["A2", "firm"]] }, valid: { rows: [["一级指标"]] } });
  });

  it.each([
    ["a correction outside the invalid grid", { invalid: table, errors: [], corrected: { D3: 25 } }, "examples of sample-rule: correction D3 lies outside the invalid grid"],
    ["a correction below the invalid grid", { invalid: table, errors: [], corrected: { C9: 25 } }, "examples of sample-rule: correction C9 lies outside the invalid grid"],
    ["an unknown key", { invalid: table, errors: [], corrected: {}, note: "x" }, "examples of sample-rule: examples has an unknown key “note” (known: invalid, errors, valid, corrected)"],
    ["an unknown builder", { invalid: { sheet: [] }, errors: [], corrected: {} }, "examples of sample-rule: examples.invalid has an unknown key “sheet” (known: project, projects, selfEvaluation, department, budgetTable, rows, merges)"],
    ["an unknown project field", { invalid: { project: { budgets: [1, 1, 0] } }, errors: [], corrected: {} }, "examples of sample-rule: examples.invalid.project has an unknown key “budgets”"],
    ["two builders in one grid", { invalid: { ...table, rows: [] }, errors: [], corrected: {} }, "examples of sample-rule: examples.invalid must name one way of building the grid"],
    ["a budget of two amounts", { invalid: { project: { budget: [1, 1] } }, errors: [], corrected: {} }, "examples of sample-rule: examples.invalid.project.budget must hold 3 items, not 2"],
    ["a cell that is an object", { invalid: { rows: [[{ v: 1 }]] }, errors: [], corrected: {} }, "examples of sample-rule: examples.invalid.rows[0][0] must be a cell value"],
    ["a unit other than 万元 or 元", { invalid: { project: { unit: "千元" } }, errors: [], corrected: {} }, "examples of sample-rule: examples.invalid.project.unit must be one of 万元, 元"],
    ["an error at no cell", { invalid: table, errors: [["C", "firm"]], corrected: {} }, "examples of sample-rule: examples.errors[0][0] “C” is not a cell address"],
    ["an error naming no message of the rule", { invalid: table, errors: [["C3", "frim"]], corrected: {} }, "examples of sample-rule: examples.errors[0][1] “frim” is not a message of the rule (firm)"],
    ["no valid grid", { invalid: table, errors: [] }, "examples of sample-rule: examples must state either valid or corrected"],
    ["both a valid grid and a correction", { invalid: table, errors: [], valid: table, corrected: {} }, "examples of sample-rule: examples must state either valid or corrected"],
    ["no invalid grid", { errors: [], valid: table }, "examples of sample-rule: examples lacks “invalid”"],
  ])("%s is refused with the rule id and the place", (_, declared, message) => {
    expect(() => ruleExamples("sample-rule", declared, ["firm"])).toThrow(message);
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
