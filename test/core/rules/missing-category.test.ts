import { missingCategory } from "../../../src/core/rules/missing-category";
import { expectReports, runRule, ruleTester, toGrid, type TestGrid } from "./rule-tester";
import { checkWorkbook } from "../../../src/core/check/check";
import { planFill } from "../../../src/core/fill";
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
    {
      name: "a blank copy of the form (no name, no budget, only the printed 一级/二级): table-unreadable's, not a category's",
      grid: {
        rows: [
          ["项目支出绩效目标表"],
          [null, null, null, null, "单位：万元"],
          ["项目名称"],
          ["预算数", null, "其中：财政资金", null, "其他资金"],
          ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
          ["产出指标", "数量指标", null, null],
          [null, "质量指标", null, null],
          ["效益指标", "社会效益指标", null, null],
          ["满意度指标", "服务对象满意度指标", null, null],
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a named project with only the printed 一级/二级 filled in: every category is missing",
      grid: {
        rows: [
          ["项目名称", "禁毒宣传教育"],
          ["单位：万元"],
          ["预算数", 12, "其中：财政资金", 12],
          ["一级指标", "二级指标", "三级指标", "指标值"],
          ["产出指标", "数量指标", null, null],
          ["效益指标", "社会效益指标", null, null],
          ["满意度指标", "服务对象满意度指标", null, null],
        ],
      },
      errors: [{ cell: "A4", messageId: "missing", severity: "error" }, { cell: "A4", messageId: "missing", severity: "error" }, { cell: "A4", messageId: "missing", severity: "error" }],
    },
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
    expect(diagnostics.map((d) => [d.cell, d.messageId, d.data.category, d.data.framework])).toEqual([["A18", "missingByTables", "成本指标", "2021"]]);
  });

  it("rows left blank inside the indicator part do not hide the categories below them", () => {
    const rows = [...LEGACY_ROWS.slice(0, 3), [null, null, null, null], [null, null, null, null], ...LEGACY_ROWS.slice(4)];
    expect(runRule(missingCategory, block({ indicators: rows })).map((d) => d.data.category)).toEqual(["效益指标"]);
  });
});

/** The sheets of held-out batch 9's 10-cover-notes-per-sheet: a cover, the instructions, then one project a sheet. */
const COVER: TestGrid = { sheet: "封面", rows: [[], [], [null, "2025年度项目支出绩效目标申报材料"], [], [null, "申报单位：市生态环境局（盖章）"], [null, "填报日期：2025年1月"]] };
const NOTES_2021: TestGrid = {
  sheet: "填表说明",
  rows: [["填表说明："], ["1.一级指标包括成本指标、产出指标、效益指标、满意度指标。"], ["2.指标值应尽量量化，如≥95%。"], ["3.资金单位为万元。"], ["4.三级指标可根据实际情况增加，如指标1、指标2。"]],
};
const onSheet = (sheet: string, grid: TestGrid): TestGrid => ({ ...grid, sheet });
const WITHOUT_COST = LEGACY_ROWS;
const LEGACY_WITH_COST: typeof LEGACY_ROWS = [...LEGACY_ROWS.slice(0, 3), [null, "成本指标", "培训成本", "≤20万元"], ...LEGACY_ROWS.slice(3)];
const ALL_2021 = { category: "成本指标", framework: "2021", required: "成本指标、产出指标、效益指标、满意度指标", because: "workbook" };

describe("missing-category: the framework is the workbook's", () => {
  it("a project sheet without 成本 among sheets that have it, under instructions naming 成本指标 a 一级, is told 成本 is missing (batch 9 case 10)", () => {
    const sheets = [COVER, NOTES_2021, onSheet("项目1", block({ name: "城乡污水管网建设", indicators: ROWS_2021 })), onSheet("项目2", block({ name: "政务云平台租赁", indicators: WITHOUT_COST })), onSheet("项目3", block({ name: "生态公益林管护", indicators: ROWS_2021 }))];
    expectReports(runRule(missingCategory, sheets), [
      { sheet: "项目2", cell: "A5", messageId: "missingByNotes", severity: "error", data: { ...ALL_2021, evidence: "notes", source: "填表说明!A2" } },
    ]);
  });

  it("tables on other sheets that have 成本指标 as a 一级, and none filing it under 产出, hold a table without 成本 to 2021", () => {
    const sheets = [block({ name: "甲", indicators: ROWS_2021 }), block({ name: "乙", indicators: WITHOUT_COST })];
    expectReports(runRule(missingCategory, sheets), [
      { sheet: "Sheet2", cell: "A5", messageId: "missingByTables", severity: "error", data: { ...ALL_2021, evidence: "tables", source: "Sheet1!A6" } },
    ]);
  });

  it("instructions alone name 成本指标 a 一级: the one table without 成本 is told so", () => {
    expectReports(runRule(missingCategory, [NOTES_2021, onSheet("项目", block({ indicators: WITHOUT_COST }))]), [
      { sheet: "项目", cell: "A5", messageId: "missingByNotes", severity: "error", data: { ...ALL_2021, evidence: "notes", source: "填表说明!A2" } },
    ]);
  });

  it("a note under the table that names 成本指标 among the 一级指标 is the same evidence", () => {
    const grid = block({ indicators: WITHOUT_COST });
    const rows = [...grid.rows, [], ["注：一级指标包括成本指标、产出指标、效益指标和满意度指标；三级指标可增加。"]];
    expectReports(runRule(missingCategory, { ...grid, rows }), [{ cell: "A5", messageId: "missingByNotes", data: { ...ALL_2021, evidence: "notes", source: "Sheet1!A12" } }]);
  });

  it("instructions that list 成本指标 as a 二级 under 产出 (legacy) are no evidence of 2021", () => {
    const notes: TestGrid = { sheet: "填表说明", rows: [["填表说明"], ["一级指标包括产出指标、效益指标、满意度指标；二级指标中，产出指标包括数量指标、质量指标、时效指标、成本指标。"]] };
    expect(runRule(missingCategory, [notes, onSheet("项目", block({ indicators: WITHOUT_COST }))])).toEqual([]);
  });

  it("a workbook whose tables are all legacy stays legacy: nothing new", () => {
    const sheets = [block({ name: "甲", indicators: LEGACY_WITH_COST }), block({ name: "乙", indicators: WITHOUT_COST }), block({ name: "丙", indicators: LEGACY_WITH_COST })];
    expect(runRule(missingCategory, sheets)).toEqual([]);
    const { report } = checkWorkbook({ sheets: sheets.map((g, i) => toGrid(g, `Sheet${i + 1}`)) });
    expect(report.tables.map((t) => t.framework)).toEqual(["legacy", "legacy", "legacy"]);
  });

  it("a single table is judged as before: legacy without 成本, 2021 with it", () => {
    expect(runRule(missingCategory, block({ indicators: WITHOUT_COST }))).toEqual([]);
    expect(runRule(missingCategory, block({ indicators: ROWS_2021 }))).toEqual([]);
    expectReports(runRule(missingCategory, block({ indicators: ROWS_2021.slice(0, 5) })), [
      { cell: "A5", messageId: "missing", data: { category: "满意度指标", framework: "2021", required: "成本指标、产出指标、效益指标、满意度指标" } },
    ]);
  });

  it("tables that disagree, with no instructions, keep their own frameworks: the one without 成本 follows its sheet, else legacy", () => {
    const sheets = [block({ name: "甲", indicators: ROWS_2021 }), block({ name: "乙", indicators: LEGACY_WITH_COST }), block({ name: "丙", indicators: WITHOUT_COST })];
    expect(runRule(missingCategory, sheets)).toEqual([]);
    const { report } = checkWorkbook({ sheets: sheets.map((g, i) => toGrid(g, `Sheet${i + 1}`)) });
    expect(report.tables.map((t) => t.framework)).toEqual(["2021", "legacy", "legacy"]);
  });

  it("a profile set in the configuration overrides the workbook's evidence", () => {
    expect(runRule(missingCategory, [NOTES_2021, onSheet("项目", block({ indicators: WITHOUT_COST }))], { profile: "legacy" })).toEqual([]);
  });

  it("the table list shows the framework each table is held to", () => {
    const sheets = [COVER, NOTES_2021, onSheet("项目1", block({ name: "甲", indicators: ROWS_2021 })), onSheet("项目2", block({ name: "乙", indicators: WITHOUT_COST }))];
    const { report } = checkWorkbook({ sheets: sheets.map((g) => toGrid(g)) });
    expect(report.tables.map((t) => [t.sheet, t.framework])).toEqual([["项目1", "2021"], ["项目2", "2021"]]);
  });
});

describe("the workbook's framework beyond missing-category", () => {
  it("补全 adds the 成本指标 row the workbook's instructions ask for", () => {
    const sheets = [NOTES_2021, onSheet("项目", block({ indicators: WITHOUT_COST }))].map((g) => toGrid(g));
    const fill = planFill({ sheets }, { year: 2025 });
    expect(fill.plan.writes.filter((w) => w.source === "missing-category").map((w) => [w.sheet, w.cell.replace(/\d+$/u, ""), w.to]).slice(0, 2)).toEqual([
      ["项目", "A", "成本指标"],
      ["项目", "B", "经济成本指标"],
    ]);
    expect(planFill({ sheets: [sheets[1]!] }, { year: 2025 }).plan.writes.filter((w) => w.source === "missing-category")).toEqual([]);
  });

  it("under instructions naming 成本指标 a 一级, a table filing 成本 under 产出 is held to 2021 too: 成本 missing, and the 二级 out of place", () => {
    const sheets = [NOTES_2021, onSheet("项目", block({ indicators: LEGACY_WITH_COST }))].map((g) => toGrid(g));
    const { report } = checkWorkbook({ sheets });
    expect(report.diagnostics.filter((d) => d.severity === "error").map((d) => [d.sheet, d.cell, d.rule, d.messageId])).toEqual([
      ["项目", "A5", "missing-category", "missingByNotes"],
      ["项目", "B9", "level2-mismatch", "notUnder"],
    ]);
    expect(report.tables.map((t) => t.framework)).toEqual(["2021"]);
  });
});
