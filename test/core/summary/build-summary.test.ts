/**
 * The summary of the five example workbooks must tie back to the seeds' own figures (domain.md,
 * "Figures from the seeds worth a test"), and seed 001's 支出功能分类 must equal its 表3.
 */
import * as path from "path";
import { checkWorkbook } from "../../../src/core/check/check";
import type { Grid } from "../../../src/core/grid/grid";
import { agencyOf, buildSummary, typePrefixOf, type ConsolidatedSummary, type SummaryInput } from "../../../src/core/summary";
import { readWorkbookFile } from "../../../src/host/xlsx";
import { gridOf } from "../parse/grids";

const EXAMPLES = path.resolve(__dirname, "..", "..", "..", "examples");

async function inputOf(file: string): Promise<SummaryInput> {
  const read = await readWorkbookFile(path.join(EXAMPLES, file));
  if (!read.ok) throw new Error(`${file}: ${read.error.code}`);
  const { parsed, report } = checkWorkbook(read.grids);
  return { file, parsed, diagnostics: report.diagnostics };
}

function inputOfGrids(file: string, sheets: Grid[]): SummaryInput {
  const { parsed, report } = checkWorkbook({ sheets });
  return { file, parsed, diagnostics: report.diagnostics };
}

async function summaryOf(...files: string[]): Promise<ConsolidatedSummary> {
  return buildSummary(await Promise.all(files.map(inputOf)));
}

const r2 = (n: number): number => Math.round(n * 100) / 100;

describe("seed figures", () => {
  it.each([
    ["seed000-tianjin-blocks.xlsx", 7, 571.2],
    ["seed001-dongli-department.xlsx", 6, 24.34],
    ["seed002-qingdao-plan.xlsx", 3, 1618],
    ["seed003-liwan-list.xlsx", 10, 308],
    ["seed004-korla-weighted.xlsx", 3, 18],
  ])("%s: %i projects, %f 万元", async (file, projects, total) => {
    const summary = await summaryOf(file);
    expect(summary.unit).toBe("万元");
    expect(summary.projects).toHaveLength(projects);
    expect(r2(summary.totals.total)).toBe(total);
    // Every view of the money adds up to the same total.
    for (const view of [summary.byCategory.agency, summary.byCategory.type, summary.byCategory.source]) {
      expect(r2(view.reduce((s, c) => s + c.total, 0))).toBe(total);
    }
    expect(summary.byCategory.agency.reduce((s, c) => s + c.projects, 0)).toBe(projects);
  });

  it("000: 7 projects of 6 indicators under one agency, its code dropped", async () => {
    const summary = await summaryOf("seed000-tianjin-blocks.xlsx");
    expect(summary.projects.map((p) => p.indicatorCount)).toEqual([6, 6, 6, 6, 6, 6, 6]);
    expect(summary.byCategory.agency).toEqual([{ key: "天津市人民政府信访办公室", total: 571.2, fiscal: 571.2, other: 0, specialAccount: 0, projects: 7 }]);
    expect(summary.projects[0]!.agencyCode).toBe("340102");
    // Legacy framework: 成本指标 is a 二级 under 产出, so the 一级 成本 count stays 0.
    expect(summary.indicators.byLevel1).toEqual({ 产出: 28, 效益: 7, 满意度: 7, 成本: 0, 其他: 0 });
    expect(summary.indicators.byLevel2).toContainEqual({ level1: "产出指标", level2: "成本指标", indicators: 7, projects: 7 });
  });

  it("002: 720 + 889 + 9 with 8, 10 and 8 indicators; 成本 is a 一级", async () => {
    const summary = await summaryOf("seed002-qingdao-plan.xlsx");
    expect(summary.projects.map((p) => [p.total, p.indicatorCount, p.code])).toEqual([
      [720, 8, "37020023P88002811184N"],
      [889, 10, "37020023P880028111789"],
      [9, 8, "37020023P130004102147"],
    ]);
    expect(summary.projects.map((p) => p.indicators.成本)).toEqual([1, 1, 1]);
  });

  it("003: the list layout's rows are the projects, grouped under the 资金使用单位 row", async () => {
    const summary = await summaryOf("seed003-liwan-list.xlsx");
    expect(summary.projects.every((p) => p.origin === "target-table" && p.agency === "广州市荔湾区信访局")).toBe(true);
    expect(summary.projects[0]).toMatchObject({ name: "信访维稳工作专项经费", total: 100, fiscal: 100, cell: "A6" });
    expect(summary.notes.map((n) => n.id)).toEqual(["no-function-table"]);
  });

  it("004: 15 + 1 + 2 with 9, 7 and 8 indicators, typed by the 部门专项- prefix", async () => {
    const summary = await summaryOf("seed004-korla-weighted.xlsx");
    expect(summary.projects.map((p) => [p.total, p.indicatorCount, p.type, p.typeSource])).toEqual([
      [15, 9, "部门专项", "prefix"],
      [1, 7, "部门专项", "prefix"],
      [2, 8, "部门专项", "prefix"],
    ]);
    expect(summary.byCategory.type).toEqual([{ key: "部门专项", total: 18, fiscal: 18, other: 0, specialAccount: 0, projects: 3 }]);
  });

  it("errors and warnings are counted per project from the check's diagnostics", async () => {
    const input = await inputOf("seed002-qingdao-plan.xlsx");
    const summary = buildSummary([input]);
    const errors = input.diagnostics.filter((d) => d.severity === "error").length;
    expect(summary.projects.reduce((s, p) => s + p.errors, 0)).toBe(errors);
    expect(summary.projects.map((p) => p.errors)).toEqual([0, 1, 1]);
  });
});

describe("seed 001: target tables and 项目支出表 list the same projects", () => {
  let summary: ConsolidatedSummary;
  beforeAll(async () => {
    summary = await summaryOf("seed001-dongli-department.xlsx");
  });

  it("lists each project once, from its target table in 元, converted to 万元", () => {
    expect(summary.projects.map((p) => [p.name, p.total, p.origin, p.sourceUnit])).toEqual([
      ["(自有资金) 2026 年银行存款利息", 0.01, "target-table", "元"],
      ["编外人员经费", 5.3184, "target-table", "元"],
      ["信访接待中心运行费用项目", 4, "target-table", "元"],
      ["信访工作经费", 11, "target-table", "元"],
      ["信访信息维保费用", 1.5, "target-table", "元"],
      ["编外人员（清退）经费", 2.51, "target-table", "元"],
    ]);
    expect(r2(summary.totals.total)).toBe(24.34);
  });

  it("takes the type from the matched list row and keeps the row for reference", () => {
    expect(summary.projects.every((p) => p.type === "特定目标类" && p.typeSource === "list")).toBe(true);
    expect(summary.projects[4]!.listed).toEqual({ sheet: "表10", cell: "D12", name: "信访数据信息维护项目", total: 1.5 });
  });

  it("says so in the notes", () => {
    expect(summary.notes).toEqual([
      { id: "converted-to-wan", file: "seed001-dongli-department.xlsx", data: { count: 6, units: ["元"] } },
      { id: "list-matched", file: "seed001-dongli-department.xlsx", data: { list: "项目支出表", sheet: "表10", matched: 6, targets: 6 } },
      { id: "function-table", file: "seed001-dongli-department.xlsx", data: { sheet: "表3", table: "部门支出总体情况表" } },
    ]);
  });

  it("splits the money by source: 银行利息 is 其他资金 (单位资金)", () => {
    expect(summary.byCategory.source.map((s) => [s.key, r2(s.total), s.projects])).toEqual([
      ["财政资金", 24.33, 5],
      ["财政专户", 0, 0],
      ["其他资金", 0.01, 1],
      ["未列明来源", 0, 0],
    ]);
  });

  it("functional classes equal 表3, 类 → 款 → 项 with subtotals", () => {
    expect(summary.byCategory.function.map((f) => [f.code, f.level, f.parent, f.total, f.basic, f.project])).toEqual([
      ["201", "类", null, 290.49, 266.15, 24.34],
      ["20103", "款", "201", 266.16, 266.15, 0.01],
      ["2010301", "项", "20103", 266.16, 266.15, 0.01],
      ["20140", "款", "201", 24.33, 0, 24.33],
      ["2014004", "项", "20140", 24.33, 0, 24.33],
      ["208", "类", null, 46.2, 46.2, 0],
      ["20805", "款", "208", 46.2, 46.2, 0],
      ["2080505", "项", "20805", 30.8, 30.8, 0],
      ["2080506", "项", "20805", 15.4, 15.4, 0],
      ["210", "类", null, 24.06, 24.06, 0],
      ["21011", "款", "210", 24.06, 24.06, 0],
      ["2101101", "项", "21011", 20.21, 20.21, 0],
      ["2101103", "项", "21011", 3.85, 3.85, 0],
      ["221", "类", null, 88.79, 88.79, 0],
      ["22102", "款", "221", 88.79, 88.79, 0],
      ["2210201", "项", "22102", 88.79, 88.79, 0],
    ]);
    expect(summary.byCategory.function[0]!.key).toBe("201 一般公共服务支出");
    const classes = summary.byCategory.function.filter((f) => f.level === "类");
    expect(r2(classes.reduce((s, f) => s + f.total, 0))).toBe(449.54);
  });

  it("every subject's 合计 / 基本支出 / 项目支出 is the figure 表3 states", async () => {
    const input = await inputOf("seed001-dongli-department.xlsx");
    const table3 = input.parsed.tables.find((t) => t.kind === "budget-summary" && t.sheet === "表3");
    if (!table3 || table3.kind !== "budget-summary") throw new Error("表3 not parsed");
    const stated = table3.rows.filter((r) => r.code).map((r) => [r.code!.value, r.amounts.get(2)?.value ?? 0, r.amounts.get(3)?.value ?? 0, r.amounts.get(4)?.value ?? 0]);
    expect(summary.byCategory.function.map((f) => [f.code, f.total, f.basic, f.project])).toEqual(stated);
  });

  it("every functional line has the category JSON shape, with null where the table has no source split", () => {
    for (const f of summary.byCategory.function) expect(f).toMatchObject({ fiscal: null, other: null, projects: null });
  });
});

describe("several workbooks give one consolidated summary", () => {
  it("000 + 002 + 003 + 004: agencies side by side, totals add up", async () => {
    const summary = await summaryOf("seed000-tianjin-blocks.xlsx", "seed002-qingdao-plan.xlsx", "seed003-liwan-list.xlsx", "seed004-korla-weighted.xlsx");
    expect(summary.files).toHaveLength(4);
    expect(summary.byCategory.agency.map((a) => [a.key, r2(a.total), a.projects])).toEqual([
      ["天津市人民政府信访办公室", 571.2, 7],
      ["青岛市信访局本级", 1618, 3],
      ["广州市荔湾区信访局", 308, 10],
      ["库尔勒市信访局", 18, 3],
    ]);
    expect(r2(summary.totals.total)).toBe(2515.2);
    expect(summary.byCategory.type.map((t) => [t.key, r2(t.total)])).toEqual([
      ["（未分类）", 2497.2],
      ["部门专项", 18],
    ]);
  });
});

const targetTable = (name: string, unit: string, total: number, fiscal: number, other: number | null): (string | number | null)[][] => [
  ["项目名称", name],
  [unit],
  ["预算数", total, "其中：财政资金", fiscal, "其他资金", other],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "处理信访事项数量", "≥2000件次"],
  ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
];

describe("tables in 千元 and 亿元", () => {
  it("converts each table's own unit to 万元: 1,200 千元 is 120 万元, 0.5 亿元 is 5,000 万元", () => {
    const summary = buildSummary([
      inputOfGrids("k.xlsx", [gridOf("千元表", targetTable("河道清淤", "单位：千元", 1200, 1000, 200)), gridOf("亿元表", targetTable("干线公路改造", "金额单位：亿元", 0.5, 0.4, 0.1))]),
    ]);
    expect(summary.projects.map((p) => [p.name, p.total, p.fiscal, p.other])).toEqual([
      ["河道清淤", 120, 100, 20],
      ["干线公路改造", 5000, 4000, 1000],
    ]);
    expect(summary.notes.filter((n) => n.id === "converted-to-wan").map((n) => n.data)).toEqual([{ count: 2, units: ["千元", "亿元"] }]);
  });
});

describe("list-only projects and odd names", () => {
  const list = [
    ["项目支出表"],
    ["单位：万元"],
    ["项目类型", "项目名称", "项目单位", "合计", "财政拨款", "其他资金"],
    [null, "合计", null, 9, 5, 4],
    ["特定目标类", "信访工作经费项目", "示例单位", 6, 5, 1],
    ["运转类", '=HYPERLINK("http://x")', "389001 另一单位", 3, 0, 3],
  ];

  it("a 项目支出表 row without a target table still appears, flagged list-only", () => {
    const summary = buildSummary([inputOfGrids("a.xlsx", [gridOf("目标", targetTable("信访工作经费", "单位：元", 60000, 50000, 10000)), gridOf("表10", list)])]);
    expect(summary.projects.map((p) => [p.name, p.agency, p.agencyCode, p.type, p.total, p.fiscal, p.other, p.origin])).toEqual([
      ["信访工作经费", "示例单位", null, "特定目标类", 6, 5, 1, "target-table"],
      ['=HYPERLINK("http://x")', "另一单位", "389001", "运转类", 3, 0, 3, "list-only"],
    ]);
    expect(summary.notes.map((n) => [n.id, n.data])).toContainEqual(["list-only", { list: "项目支出表", sheet: "表10", count: 1 }]);
    expect(summary.byCategory.agency.map((a) => a.key)).toEqual(["示例单位", "另一单位"]);
  });

  it("财政专户 counts in 其他资金 and is kept apart", () => {
    const listWithSpecial = [
      ["项目支出表"],
      ["单位：万元"],
      ["项目名称", "合计", "财政拨款", "财政专户管理资金", "单位资金"],
      ["合计", 10, 5, 3, 2],
      ["甲项目", 10, 5, 3, 2],
    ];
    const summary = buildSummary([inputOfGrids("b.xlsx", [gridOf("表10", listWithSpecial)])]);
    expect(summary.projects[0]).toMatchObject({ total: 10, fiscal: 5, other: 5, specialAccount: 3 });
    expect(summary.byCategory.source.map((s) => [s.key, s.total])).toEqual([
      ["财政资金", 5],
      ["财政专户", 3],
      ["其他资金", 2],
      ["未列明来源", 0],
    ]);
  });
});

describe("支出功能分类 across workbooks", () => {
  const fnTable = (rows: (string | number | null)[][]): Grid =>
    gridOf("表3", [["部门支出总体情况表"], ["单位：万元"], ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], [null, "合计", null, null, null], ...rows]);

  it("one workbook down to 项, another only to 款: leaves add up once", () => {
    const a = inputOfGrids("a.xlsx", [
      fnTable([
        ["201", "一般公共服务支出", 10, 4, 6],
        ["20103", "政府办公厅（室）及相关机构事务", 10, 4, 6],
        ["2010301", "行政运行", 10, 4, 6],
      ]),
    ]);
    const b = inputOfGrids("b.xlsx", [
      fnTable([
        ["201", "一般公共服务支出", 5, 5, 0],
        ["20103", "政府办公厅（室）及相关机构事务", 5, 5, 0],
        ["208", "社会保障和就业支出", 2, 2, 0],
      ]),
    ]);
    const summary = buildSummary([a, b]);
    expect(summary.byCategory.function.map((f) => [f.code, f.total, f.leaf, f.own.total])).toEqual([
      ["201", 15, false, 0],
      ["20103", 15, false, 5],
      ["2010301", 10, true, 10],
      ["208", 2, true, 2],
    ]);
  });
});

describe("names", () => {
  it.each([
    ["389101 天津市东丽区人民政府信访办公室", { name: "天津市东丽区人民政府信访办公室", code: "389101" }],
    ["340102天津市人民政府信访办公室", { name: "天津市人民政府信访办公室", code: "340102" }],
    ["天津市东 丽区人民 政府信访 办公室", { name: "天津市东丽区人民政府信访办公室", code: null }],
    ["  ", null],
  ])("agency %s", (text, expected) => {
    expect(agencyOf(text)).toEqual(expected);
  });

  it.each([
    ["部门专项-信访局大楼运行经费", "部门专项"],
    ["一般性项目－办公设备购置", "一般性项目"],
    ["2023年信访专项业务费", null],
    ["2023-2024年信访经费", null],
    ["(自有资金)-利息", null],
    ["信访工作经费", null],
  ])("type prefix of %s", (name, expected) => {
    expect(typePrefixOf(name)).toBe(expected);
  });
});

describe("department-wide and self-evaluation tables in a summary", () => {
  it("are listed apart in the notes and never added to the project totals", async () => {
    const summary = await summaryOf("../test/corpus/files/03-department.xlsx", "../test/corpus/files/04-self-evaluation.xlsx", "../test/corpus/files/06b-left-label-header.xlsx");
    expect(summary.projects.map((p) => p.name)).toEqual(["职业技能提升培训补贴"]);
    expect(summary.notes.filter((n) => n.id === "apart-from-projects").map((n) => [n.file, n.data])).toEqual([
      ["../test/corpus/files/03-department.xlsx", { count: 1, names: "市自然资源和规划局" }],
      ["../test/corpus/files/04-self-evaluation.xlsx", { count: 1, names: "社区居家养老服务补助" }],
    ]);
  });
});
